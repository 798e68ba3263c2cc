package org.coitimeline.source;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as the API returns it, with its reference-list entry. */
@Schema(name = "Source")
public record SourceView(
    @Schema(example = "r3d-2021-01-26") String id,
    @Schema(description = "The in-text citation.", example = "R3D 26 Jan. 2021") String citation,
    @Schema(example = "Red en Defensa de los Derechos Digitales (R3D)") String author,
    @Schema(description = "Named persons or sub-bodies after the date in the reference.")
        String authors,
    @Schema(description = "The title as the reference list prints it, with its punctuation.")
        String title,
    @Schema(description = "Whether the reference puts the title in quotation marks.")
        boolean titleQuoted,
    String publisher,
    @Schema(description = "EDTF; null when undated (N.d.).", example = "2021-01-26")
        String published,
    @Schema(description = "The date is inferred (printed in square brackets).")
        boolean publishedInferred,
    @Schema(description = "Letter that tells apart works of one author and date (N.d.a).")
        String dateSuffix,
    String url,
    LocalDate accessed,
    @Schema(example = "es") String language,
    @Schema(example = "ngo") String type,
    @Schema(description = "Whether the document's reference list has this entry.")
        boolean inReferenceList,
    String note,
    @Schema(
            description = "The full reference-list entry (derived, read-only).",
            example =
                "Red en Defensa de los Derechos Digitales (R3D). 26 January 2021. \"A la venta,"
                    + " bases de datos de BBVA, Santander e IMSS con millones de registros.\""
                    + " [Accessed 24 Aug. 2021]")
        String reference,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
