package org.coitimeline.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a write of an event: the event as stored, and the events it may duplicate. */
@Schema(name = "EventWritten")
public record EventWritten(
    @JsonUnwrapped EventView event,
    @Schema(
            description =
                "Live events this one may duplicate, best first, at most 5; empty when none."
                    + " Read-only: ignored when the body is sent back in a PUT.")
        List<PossibleDuplicate> possibleDuplicates) {}
