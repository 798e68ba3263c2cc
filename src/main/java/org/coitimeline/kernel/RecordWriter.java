package org.coitimeline.kernel;

import java.time.Instant;
import java.util.List;

/** Writes checked inputs of one kind of record into the store, creating or updating each by id. */
public interface RecordWriter<I> {
  /**
   * Creates or updates every record by id. With {@code skipUnchanged}, a record that already holds
   * exactly its input is left alone: no new revision, same version.
   */
  List<WriteResult> write(List<I> inputs, boolean skipUnchanged, Instant now);
}
