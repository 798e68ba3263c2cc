package org.coitimeline.bulk;

/**
 * An import that failed after some of its chunks were committed: those stay written, and {@link
 * #imported} says exactly which records they held. The chunk that failed and everything after it
 * were not written.
 */
public class PartialImport extends RuntimeException {
  private final transient ImportReport imported;

  PartialImport(ImportReport imported, RuntimeException cause) {
    super(cause.getMessage(), cause);
    this.imported = imported;
  }

  public ImportReport imported() {
    return imported;
  }
}
