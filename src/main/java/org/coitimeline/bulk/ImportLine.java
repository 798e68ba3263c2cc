package org.coitimeline.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's shape of one NDJSON line of an import. */
@Schema(
    name = "ImportLine",
    description =
        "One line of an NDJSON import (application/x-ndjson, one JSON object a line): `kind` and"
            + " the fields of the record in the shape a write takes (ActorInput, SourceInput,"
            + " EventInput, GapInput, or a vocabulary term: code, label, description).",
    additionalProperties = Schema.True.class)
public record ImportLine(
    @Schema(
            required = true,
            enumeration = {
              "actor",
              "source",
              "event",
              "gap",
              "topic",
              "event-type",
              "actor-role",
              "actor-type",
              "source-type",
              "relation-kind"
            })
        String kind) {}
