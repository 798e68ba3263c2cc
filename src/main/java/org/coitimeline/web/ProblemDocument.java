package org.coitimeline.web;

import java.util.List;
import org.coitimeline.kernel.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of every error response (RFC 9457), for the API contract. */
@Schema(
    name = "Problem",
    description = "RFC 9457 problem details; every 4xx and 5xx response has this body.")
public record ProblemDocument(
    @Schema(
            description = "Identifies the kind of problem.",
            example = "urn:coi-timeline:problem:invalid-input")
        String type,
    @Schema(example = "Invalid input") String title,
    @Schema(example = "400") int status,
    @Schema(example = "from: must be YYYY, YYYY-MM or YYYY-MM-DD") String detail,
    @Schema(description = "For invalid input: every field or parameter at fault.")
        List<FieldError> errors,
    @Schema(
            description =
                "For an import that failed after parts of it were written: exactly the records"
                    + " written (an ImportReport); nothing else was.",
            ref = "#/components/schemas/ImportReport")
        Object imported) {}
