package org.coitimeline.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.JsonPaths;

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
    } catch (UnrecognizedPropertyException e) {
      throw InvalidInput.of(JsonPaths.orBody(e), "is not a field of this record");
    } catch (JsonMappingException e) {
      throw InvalidInput.of(JsonPaths.orBody(e), "has a value of the wrong type or form");
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw InvalidInput.of("body", "is not valid JSON" + line);
    }
  }
}
