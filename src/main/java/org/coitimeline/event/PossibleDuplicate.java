package org.coitimeline.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live event that may record the same fact as the event just written. */
@Schema(
    name = "PossibleDuplicate",
    description =
        "A live event that may overlap the written event in time, shares an actor or a country"
            + " with it and has a similar title or summary. Link the two with the relation"
            + " same-as when they are one fact.")
public record PossibleDuplicate(
    @Schema(example = "imss-database-offered-for-sale") String id,
    String title,
    @Schema(description = "The event's display date.", example = "22 January 2021")
        String displayDate,
    @Schema(
            description =
                "How alike the texts are, 0 to 1 (two decimals): the larger of the Jaccard"
                    + " similarity of the titles' words and of the summaries' words.",
            example = "0.71")
        double score) {}
