package org.coitimeline.edtf;

/**
 * Thrown when text is not a valid EDTF level 0/1 date; the message is safe to show to API users.
 */
public final class InvalidEdtfException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidEdtfException(String message) {
    super(message);
  }
}
