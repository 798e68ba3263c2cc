package org.coitimeline.gap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coitimeline.kernel.DateView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An information gap as the API returns it. */
@Schema(name = "InformationGap")
public record GapView(
    @Schema(example = "unauthorized-access-to-plataforma-mexico") String id,
    @Schema(description = "What research looked for and did not find, in the document's words.")
        String statement,
    @Schema(example = "[\"MX\"]") List<String> countries,
    List<String> topics,
    @Schema(description = "The period the research covered.") DateView period,
    LocalDate researchedAt,
    @Schema(description = "Id of the document that states the gap.") String source,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
