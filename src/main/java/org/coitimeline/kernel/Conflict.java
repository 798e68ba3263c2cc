package org.coitimeline.kernel;

/** A write that contradicts what is stored (an id already taken, a record still referenced). */
public class Conflict extends RuntimeException {
  public Conflict(String message) {
    super(message);
  }
}
