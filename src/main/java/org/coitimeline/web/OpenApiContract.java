package org.coitimeline.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Parts of the API contract that no single operation declares: the bundle format (the data set and
 * import format) and the problem document.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "COI Timeline API",
            version = "1.0",
            description =
                "Country-condition events as a queryable, cited timeline with actors, sources and"
                    + " information gaps. Dates are EDTF; lists are keyset-paged; errors are"
                    + " application/problem+json.",
            license = @License(name = "Proprietary")),
    components =
        @Components(
            schemas = {@Schema(name = "Problem", implementation = ProblemDocument.class)},
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = "bearer",
                    type = SecuritySchemeType.HTTP,
                    scheme = "bearer",
                    bearerFormat = "JWT",
                    description =
                        "A JWT from the configured identity provider; roles come from its"
                            + " groups claim: reader, editor, admin.")))
public class OpenApiContract extends Application {}
