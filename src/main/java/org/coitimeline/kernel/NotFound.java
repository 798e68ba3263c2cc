package org.coitimeline.kernel;

/** A resource that does not exist (or no longer does). The id is not repeated to the caller. */
public class NotFound extends RuntimeException {
  private final String kind;

  public NotFound(String kind) {
    super("No " + kind + " has this id.");
    this.kind = kind;
  }

  public NotFound(RecordKind kind) {
    this(kind.label());
  }

  public String kind() {
    return kind;
  }
}
