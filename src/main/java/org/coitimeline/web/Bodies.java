package org.coitimeline.web;

import org.coitimeline.kernel.InvalidInput;

/** Request bodies of writes. */
public final class Bodies {
  private Bodies() {}

  /** The body, or a 400 when the request had none. */
  public static <T> T required(T body) {
    if (body == null) {
      throw InvalidInput.of("body", "is required: a JSON object");
    }
    return body;
  }
}
