package org.coitimeline.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Parts of the API contract that no single operation declares: the bundle format (the data set and
 * import format), the problem document, the bearer scheme, the server and the tags.
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
            // No licence has been chosen for the service; the SPDX "LicenseRef-" form says so.
            license = @License(name = "LicenseRef-Proprietary")),
    // Relative: the API is served wherever the document is (behind any proxy or base path).
    servers = @Server(url = "/", description = "The host that serves this document"),
    tags = {
      @Tag(name = "Events", description = "Dated, cited country-condition events."),
      @Tag(name = "Actors", description = "Who took part: institutions, groups, people."),
      @Tag(name = "Sources", description = "What the events cite."),
      @Tag(name = "Information gaps", description = "What is known not to be known."),
      @Tag(name = "Timeline views", description = "Aggregates over the events."),
      @Tag(name = "Changes", description = "Revisions and the change feed."),
      @Tag(name = "Vocabularies", description = "The controlled terms records use."),
      @Tag(name = "Bulk", description = "Import and export of whole data sets.")
    },
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
