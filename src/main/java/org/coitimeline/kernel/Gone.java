package org.coitimeline.kernel;

/** A resource that was deleted: its tombstone and history remain, its id is never reused. */
public class Gone extends RuntimeException {
  public Gone(String kind) {
    super("This " + kind + " was deleted; its history remains available.");
  }

  public Gone(RecordKind kind) {
    this(kind.label());
  }
}
