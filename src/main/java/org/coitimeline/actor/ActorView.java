package org.coitimeline.actor;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor as the API returns it. */
@Schema(name = "Actor")
public record ActorView(
    @Schema(example = "sspc") String id,
    @Schema(example = "Secretariat of Security and Citizen Protection") String name,
    @Schema(example = "Secretaría de Seguridad y Protección Ciudadana") String originalName,
    @Schema(example = "SSPC") String acronym,
    List<String> aliases,
    @Schema(example = "government-body") String type,
    @Schema(example = "[\"MX\"]") List<String> countries,
    @Schema(description = "Id of the actor this one is part of.") String parent,
    String description,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
