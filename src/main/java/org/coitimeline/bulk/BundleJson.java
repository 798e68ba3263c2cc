package org.coitimeline.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.JsonErrors;

/** Reads a bundle from JSON strictly: unknown fields and malformed values are 400s naming them. */
public final class BundleJson {
  private BundleJson() {}

  public static Bundle read(ObjectMapper mapper, String json) {
    if (json == null || json.isBlank()) {
      throw InvalidInput.of("body", "is required: a bundle");
    }
    try {
      return mapper
          .copy()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(json, Bundle.class);
    } catch (JsonProcessingException e) {
      throw JsonErrors.of(e);
    }
  }
}
