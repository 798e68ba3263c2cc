package org.coitimeline.kernel;

/** A change sent without the version it is based on (If-Match). */
public class PreconditionRequired extends RuntimeException {
  public PreconditionRequired() {
    super("Send the ETag of the version you changed in an If-Match header.");
  }
}
