package org.coitimeline.history;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of the change feed: one aggregate changed in one revision. */
@Schema(name = "Change")
public record ChangeView(
    @Schema(
            description = "The revision; revisions rise in the order they were made.",
            example = "123")
        long revision,
    Instant at,
    @Schema(
            description = "Who made it: the token's subject, or system.",
            example = "editor@example.org")
        String by,
    @Schema(enumeration = {"event", "actor", "source", "gap"}) String kind,
    @Schema(description = "Id of the changed record.", example = "imss-database-offered-for-sale")
        String id,
    @Schema(enumeration = {"create", "update", "delete"}) String action,
    @Schema(
            description = "Path of the record (a deleted record answers 410 there).",
            example = "/api/v1/events/imss-database-offered-for-sale")
        String href) {}
