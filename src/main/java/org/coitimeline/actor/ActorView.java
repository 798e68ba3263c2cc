package org.coitimeline.actor;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor as the API returns it. */
@Schema(name = "Actor")
public record ActorView(
    @Schema(
            example = "sspc",
            description =
                "The actor's id; for anonymous readers, a protected person's pseudonymous id"
                    + " (protected-3).")
        String id,
    @Schema(example = "Secretariat of Security and Citizen Protection") String name,
    @Schema(example = "Secretaría de Seguridad y Protección Ciudadana") String originalName,
    @Schema(example = "SSPC") String acronym,
    List<String> aliases,
    @Schema(example = "government-body") String type,
    @Schema(example = "[\"MX\"]") List<String> countries,
    @Schema(description = "Id of the actor this one is part of.") String parent,
    String description,
    @JsonProperty("protected")
        @Schema(
            description =
                "A private person at risk: anonymous readers see the pseudonym instead of the"
                    + " name, original name, acronym, aliases and description.")
        boolean protectedPerson,
    @Schema(
            nullable = true,
            example = "protected-3",
            description =
                "The pseudonymous id anonymous readers see (its name is \"Protected person"
                    + " <n>\"); null for an actor never protected (read-only).")
        String pseudonym,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
