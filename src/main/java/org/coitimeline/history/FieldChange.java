package org.coitimeline.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field's value before and after a revision (null where it had none). */
@Schema(name = "FieldChange")
public record FieldChange(
    @Schema(example = "title") String field,
    @Schema(ref = "FieldValue", description = "The value before; absent for a new record.")
        JsonNode from,
    @Schema(ref = "FieldValue", description = "The value after.") JsonNode to) {}
