package org.coitimeline.history;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of a record: when, who, what kind of change, and what changed. */
@Schema(name = "Revision")
public record RevisionView(
    @Schema(description = "Revision number, increasing across the whole store.") long revision,
    Instant at,
    @Schema(description = "Subject of the token that made the change; system for the service.")
        String by,
    @Schema(enumeration = {"create", "update", "delete"}) String action,
    @Schema(description = "Each field whose value changed, with the value before and after.")
        List<FieldChange> changes) {}
