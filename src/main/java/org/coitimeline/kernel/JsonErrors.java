package org.coitimeline.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;

/**
 * What Jackson could not read, as field errors: the field named by its path ({@code
 * events[3].date}), what was expected, and never a Java type name or the rejected value. The one
 * wording of these errors, for request bodies, imports and the bundled data set alike.
 */
public final class JsonErrors {
  private JsonErrors() {}

  public static InvalidInput of(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return InvalidInput.of(
          pathOrBody(unknown), "is not a field here; see the schema in the API contract");
    }
    if (e instanceof MismatchedInputException mismatch) {
      return InvalidInput.of(pathOrBody(mismatch), "must be " + expected(mismatch.getTargetType()));
    }
    if (e instanceof JsonMappingException mapping && !path(mapping).isEmpty()) {
      return InvalidInput.of(path(mapping), "has a value of the wrong type or form");
    }
    String where =
        e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")";
    return InvalidInput.of("body", "is not valid JSON" + where);
  }

  /** The path of the failing value; empty when the document itself is at fault. */
  static String path(JsonMappingException e) {
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

  private static String pathOrBody(JsonMappingException e) {
    String path = path(e);
    return path.isEmpty() ? "body" : path;
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (Number.class.isAssignableFrom(type)
        || (type.isPrimitive() && type != boolean.class && type != char.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "text";
    }
    if (type == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 date and time";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }
}
