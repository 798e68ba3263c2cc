package org.coitimeline.actor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor as a client writes it; read-only fields of a GET body are ignored. */
@Schema(name = "ActorInput")
@JsonIgnoreProperties({"version", "createdAt", "updatedAt"})
public record ActorInput(
    String id,
    String name,
    String originalName,
    String acronym,
    List<String> aliases,
    String type,
    List<String> countries,
    String parent,
    String description) {}
