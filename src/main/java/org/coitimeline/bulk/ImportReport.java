package org.coitimeline.bulk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, or would do in a dry run: one entry per record of the input. */
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
    List<RecordResult> records) {

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
    return of(dryRun, records, 1);
  }

  static ImportReport of(boolean dryRun, List<RecordResult> records, int parts) {
    return new ImportReport(
        dryRun,
        count(records, CREATED),
        count(records, UPDATED),
        count(records, UNCHANGED),
        parts,
        records);
  }

  /** The same report, marked as a dry run. */
  public ImportReport asDryRun() {
    return new ImportReport(true, created, updated, unchanged, parts, records);
  }

  private static int count(List<RecordResult> records, String action) {
    return (int) records.stream().filter(r -> r.action().equals(action)).count();
  }
}
