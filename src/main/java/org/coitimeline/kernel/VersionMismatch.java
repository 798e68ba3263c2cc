package org.coitimeline.kernel;

/** A write based on a version of the record that is no longer the current one. */
public class VersionMismatch extends RuntimeException {
  public VersionMismatch() {
    super(
        "The record has changed since this version was read; GET it again and reapply the change.");
  }
}
