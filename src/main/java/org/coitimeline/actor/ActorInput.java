package org.coitimeline.actor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor as a client writes it; read-only fields of a GET body are ignored. */
@Schema(name = "ActorInput")
@JsonIgnoreProperties({"version", "createdAt", "updatedAt", "pseudonym"})
public record ActorInput(
    String id,
    String name,
    String originalName,
    String acronym,
    List<String> aliases,
    String type,
    List<String> countries,
    String parent,
    String description,
    @JsonProperty("protected")
        @Schema(
            description =
                "A private person at risk (a targeted journalist, a witness): anonymous readers"
                    + " see only a pseudonym. Absent or false: not protected.")
        Boolean protectedPerson) {
  /** The same record under this id (the id of a PUT is the one in its path). */
  public ActorInput withId(String id) {
    return new ActorInput(
        id,
        name,
        originalName,
        acronym,
        aliases,
        type,
        countries,
        parent,
        description,
        protectedPerson);
  }

  /** Whether the input protects the actor (absent means no). */
  public boolean protects() {
    return Boolean.TRUE.equals(protectedPerson);
  }
}
