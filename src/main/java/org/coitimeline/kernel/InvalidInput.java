package org.coitimeline.kernel;

import java.util.List;

/** Input that breaks a rule: every field error found, reported together. */
public class InvalidInput extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidInput(List<FieldError> errors) {
    super(errors.size() == 1 ? errors.get(0).message() : errors.size() + " invalid fields");
    this.errors = List.copyOf(errors);
  }

  public static InvalidInput of(String field, String message) {
    return new InvalidInput(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
