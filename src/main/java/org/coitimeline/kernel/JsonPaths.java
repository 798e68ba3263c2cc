package org.coitimeline.kernel;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a JSON document Jackson failed, as the API names fields: {@code events[3].date}. */
public final class JsonPaths {
  private JsonPaths() {}

  /** The path of the failing value; empty when the document itself is at fault. */
  public static String of(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The path, or {@code body} when the document itself is at fault. */
  public static String orBody(JsonMappingException e) {
    String path = of(e);
    return path.isEmpty() ? "body" : path;
  }
}
