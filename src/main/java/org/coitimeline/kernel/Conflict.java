package org.coitimeline.kernel;

/** A write that contradicts what is stored (an id already taken, a record still referenced). */
public class Conflict extends RuntimeException {
  public Conflict(String message) {
    super(message);
  }

  /** The id of a new record is taken by a record of its kind (deleted ones keep theirs). */
  public static Conflict idTaken(RecordKind kind) {
    return new Conflict(
        "A " + kind.label() + " with this id exists already; ids are never reused.");
  }
}
