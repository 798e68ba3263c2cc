package org.coitimeline.bulk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Slugs;
import org.coitimeline.kernel.Values;

/**
 * What a streamed import has written so far, chunk by chunk (each chunk committed on its own), in
 * memory that does not grow with the import: exact counts and the first {@code reportRecords}
 * records of the report, and the ids of the chunks before in a table of the database (an id may
 * appear once in an import). Later chunks refer to the records of earlier ones as to any stored
 * record: they are committed.
 */
final class ImportRun implements AutoCloseable {
  private final int reportRecords;
  private final Supplier<ImportedIdRepository.Table> openIds;
  private final List<ImportReport.RecordResult> records = new ArrayList<>();
  private int created;
  private int updated;
  private int unchanged;
  private int omitted;
  private int chunks;

  /** The table of the ids of the chunks before the last; opened with the second chunk. */
  private ImportedIdRepository.Table ids;

  /** The ids of the last chunk, noted in the table when the next one comes. */
  private Map<RecordKind, List<String>> lastIds = new EnumMap<>(RecordKind.class);

  ImportRun(int reportRecords, Supplier<ImportedIdRepository.Table> openIds) {
    this.reportRecords = Math.max(0, reportRecords);
    this.openIds = openIds;
  }

  int chunks() {
    return chunks;
  }

  /**
   * Those ids of each kind in the chunk that earlier chunks held. Call once per chunk, before it is
   * imported; an import of one chunk never opens the table.
   */
  Map<RecordKind, Set<String>> heldEarlier(Bundle chunk) {
    Map<RecordKind, List<String>> chunkIds = new EnumMap<>(RecordKind.class);
    chunkIds.put(RecordKind.ACTOR, ids(chunk.actors(), r -> r.id()));
    chunkIds.put(RecordKind.SOURCE, ids(chunk.sources(), r -> r.id()));
    chunkIds.put(RecordKind.EVENT, ids(chunk.events(), r -> r.id()));
    chunkIds.put(RecordKind.GAP, ids(chunk.gaps(), r -> r.id()));
    Map<RecordKind, Set<String>> held = new EnumMap<>(RecordKind.class);
    if (!lastIds.isEmpty()) {
      if (ids == null) {
        ids = openIds.get();
      }
      lastIds.forEach(ids::add);
      chunkIds.forEach(
          (kind, list) -> {
            Set<String> repeated = ids.held(kind, list);
            if (!repeated.isEmpty()) {
              held.put(kind, repeated);
            }
          });
    }
    lastIds = chunkIds;
    return held;
  }

  /** The valid ids of a chunk's records of one kind (the others never reach the store). */
  private static <I> List<String> ids(List<I> inputs, Function<I, String> id) {
    List<String> list = new ArrayList<>();
    for (I input : Values.list(inputs)) {
      if (input != null && Slugs.isValid(id.apply(input))) {
        list.add(id.apply(input));
      }
    }
    return list;
  }

  /** Adds the report of a chunk that was committed (or, in a dry run, checked and rolled back). */
  void add(ImportReport report) {
    chunks++;
    created += report.created();
    updated += report.updated();
    unchanged += report.unchanged();
    omitted += report.recordsOmitted();
    List<ImportReport.RecordResult> chunkRecords = report.records();
    int listed = Math.min(chunkRecords.size(), reportRecords - records.size());
    records.addAll(chunkRecords.subList(0, listed));
    omitted += chunkRecords.size() - listed;
  }

  /** The report of everything written so far. */
  ImportReport report(boolean dryRun) {
    return new ImportReport(
        dryRun, created, updated, unchanged, chunks, List.copyOf(records), omitted);
  }

  /** Drops the table of ids, if the import opened one. */
  @Override
  public void close() {
    if (ids != null) {
      ids.close();
      ids = null;
    }
  }
}
