package org.coitimeline.bulk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Values;

/**
 * What a streamed import has written so far, chunk by chunk (each chunk committed on its own):
 * exact counts and the first {@code reportRecords} records of the report, and the ids of each kind
 * already imported (an id may appear once in an import, and later chunks may refer to the records
 * of earlier ones, which are stored).
 */
final class ImportRun {
  private final int reportRecords;
  private final Map<RecordKind, Set<String>> ids = new EnumMap<>(RecordKind.class);
  private final List<ImportReport.RecordResult> records = new ArrayList<>();
  private int created;
  private int updated;
  private int unchanged;
  private int omitted;
  private int chunks;

  ImportRun(int reportRecords) {
    this.reportRecords = Math.max(0, reportRecords);
  }

  /** The ids of each kind that earlier chunks held. */
  Map<RecordKind, Set<String>> earlierIds() {
    return ids;
  }

  int chunks() {
    return chunks;
  }

  /** Adds a chunk that was committed (or, in a dry run, checked and rolled back). */
  void add(Bundle chunk, ImportReport report) {
    chunks++;
    created += report.created();
    updated += report.updated();
    unchanged += report.unchanged();
    omitted += report.recordsOmitted();
    List<ImportReport.RecordResult> chunkRecords = report.records();
    int listed = Math.min(chunkRecords.size(), reportRecords - records.size());
    records.addAll(chunkRecords.subList(0, listed));
    omitted += chunkRecords.size() - listed;
    note(RecordKind.ACTOR, chunk.actors(), r -> r.id());
    note(RecordKind.SOURCE, chunk.sources(), r -> r.id());
    note(RecordKind.EVENT, chunk.events(), r -> r.id());
    note(RecordKind.GAP, chunk.gaps(), r -> r.id());
  }

  private <I> void note(RecordKind kind, List<I> inputs, Function<I, String> id) {
    Set<String> set = ids.computeIfAbsent(kind, k -> new HashSet<>());
    for (I input : Values.list(inputs)) {
      if (input != null && id.apply(input) != null) {
        set.add(id.apply(input));
      }
    }
  }

  /** The report of everything written so far. */
  ImportReport report(boolean dryRun) {
    return new ImportReport(
        dryRun, created, updated, unchanged, chunks, List.copyOf(records), omitted);
  }
}
