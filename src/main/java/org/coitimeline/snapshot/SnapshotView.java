package org.coitimeline.snapshot;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A snapshot as the API returns it. */
@Schema(name = "Snapshot")
public record SnapshotView(
    @Schema(
            required = true,
            example = "7f3a9c0b12de",
            description = "Random, 12 lower-case hex digits.")
        String id,
    @Schema(required = true) SnapshotQuery query,
    @Schema(
            required = true,
            description =
                "The instant the events are read as of (to the millisecond); every later edit,"
                    + " deletion or new event is left out.")
        Instant asOf,
    @Schema(required = true, description = "How many events the snapshot holds.") int eventCount,
    @Schema(
            required = true,
            description =
                "Lower-case hex SHA-256 of the canonical result: for each event in order, the line"
                    + " `<id> <updatedAt>\\n` (updatedAt as the event's JSON shows it), in UTF-8.",
            example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String sha256,
    @Schema(
            required = true,
            description = "What the snapshot holds, in words.",
            example = "Events: country MX, January 2021")
        String title,
    @Schema(
            required = true,
            description =
                "A reference-list entry to paste, accessed today (UTC): author, date, title,"
                    + " snapshot id, instant and permalink.")
        String citation,
    @Schema(required = true, description = "The snapshot's own URL, to cite.") String permalink,
    @Schema(required = true, description = "Its events, in every format of the timeline.")
        String events) {}
