package org.coitimeline.bulk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did, or would do in a dry run: exact counts, and one entry per record of the input
 * up to timeline.import.report-records (the first ones; the rest are counted in recordsOmitted).
 */
@Schema(name = "ImportReport")
public record ImportReport(
    @Schema(description = "True when nothing was written: the report says what would happen.")
        boolean dryRun,
    @Schema(description = "Records created.") int created,
    @Schema(description = "Records changed.") int updated,
    @Schema(description = "Records that already held exactly the input: not written again.")
        int unchanged,
    @Schema(
            description =
                "Transactions the import was written in: 1 for a body of up to"
                    + " timeline.max-body-size; a longer import is written in parts of about that"
                    + " size, each committed on its own.")
        int parts,
    @Schema(
            description =
                "What happened to each record, in the order of the input: the first"
                    + " timeline.import.report-records (10,000 by default) only; recordsOmitted"
                    + " says how many more the counts hold.")
        List<RecordResult> records,
    @Schema(
            description =
                "Records left out of records (0 when it lists every record): the counts above"
                    + " cover them all.")
        int recordsOmitted) {

  public static final String CREATED = "created";
  public static final String UPDATED = "updated";
  public static final String UNCHANGED = "unchanged";

  /** What happened to one record, in the order of the input. */
  @Schema(name = "ImportRecordResult")
  public record RecordResult(
      @Schema(
              enumeration = {
                "event",
                "actor",
                "source",
                "gap",
                "topic",
                "event-type",
                "actor-role",
                "actor-type",
                "source-type",
                "relation-kind"
              })
          String kind,
      String id,
      @Schema(enumeration = {CREATED, UPDATED, UNCHANGED}) String action) {}

  static ImportReport of(boolean dryRun, List<RecordResult> records) {
    return new ImportReport(
        dryRun,
        count(records, CREATED),
        count(records, UPDATED),
        count(records, UNCHANGED),
        1,
        records,
        0);
  }

  /** The same report, marked as a dry run. */
  public ImportReport asDryRun() {
    return new ImportReport(true, created, updated, unchanged, parts, records, recordsOmitted);
  }

  /** The same report, its list of records cut to the first {@code max} (counts unchanged). */
  ImportReport listingAtMost(int max) {
    if (records.size() <= max) {
      return this;
    }
    return new ImportReport(
        dryRun,
        created,
        updated,
        unchanged,
        parts,
        List.copyOf(records.subList(0, max)),
        recordsOmitted + records.size() - max);
  }

  /** Every record the report counts, listed or not. */
  long total() {
    return (long) created + updated + unchanged;
  }

  private static int count(List<RecordResult> records, String action) {
    return (int) records.stream().filter(r -> r.action().equals(action)).count();
  }
}
