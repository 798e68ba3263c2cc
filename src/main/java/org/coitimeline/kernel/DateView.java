package org.coitimeline.kernel;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An EDTF date with the bounds a reader needs: earliest possible start ({@code start}), latest
 * possible end ({@code end}, null when open), and the latest start and earliest end that tell
 * "possibly" from "certainly". Only {@code edtf} is read on input.
 */
@Schema(name = "EdtfDate", description = "An EDTF date with its derived bounds and display text.")
public record DateView(
    @Schema(example = "2012/2018") String edtf,
    @Schema(description = "Earliest possible start; null when the start is open or unknown.")
        LocalDate start,
    @Schema(description = "Latest possible end; null when the end is open or unknown.")
        LocalDate end,
    @Schema(description = "Latest possible start; null when the start is open.")
        LocalDate latestStart,
    @Schema(description = "Earliest possible end; null when the end is open.")
        LocalDate earliestEnd,
    @Schema(enumeration = {"day", "month", "season", "year", "decade", "century"}) String precision,
    @Schema(example = "2012–2018") String display,
    boolean uncertain,
    boolean approximate) {}
