package org.coitimeline.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.coitimeline.common.InvalidInput;

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
      throw InvalidInput.of(path(e), "is not a field of this record");
    } catch (JsonMappingException e) {
      throw InvalidInput.of(path(e), "has a value of the wrong type or form");
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw InvalidInput.of("body", "is not valid JSON" + line);
    }
  }

  /** A Jackson path as {@code events[3].date}. */
  public static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }
}
