package org.coitimeline.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import org.coitimeline.kernel.DateInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event as a client writes it (in a bundle; later through POST and PUT). It accepts the body a
 * GET returned: read-only and derived fields are ignored, other unknown fields are rejected.
 */
@Schema(name = "EventInput")
@JsonIgnoreProperties({"sourceCount", "version", "createdAt", "updatedAt", "possibleDuplicates"})
public record EventInput(
    String id,
    String title,
    String summary,
    DateInput date,
    String type,
    List<String> topics,
    List<String> countries,
    String subdivision,
    String place,
    List<ActorRef> actors,
    List<SourceRef> sources,
    List<FigureInput> figures,
    String corroboration,
    List<RelatedRef> related) {

  /** The same record under this id (the id of a PUT is the one in its path). */
  public EventInput withId(String id) {
    return new EventInput(
        id,
        title,
        summary,
        date,
        type,
        topics,
        countries,
        subdivision,
        place,
        actors,
        sources,
        figures,
        corroboration,
        related);
  }

  /** An actor and its role; the actor's name is read-only. */
  @Schema(name = "EventActorInput")
  @JsonIgnoreProperties({"name"})
  public record ActorRef(String id, String role) {}

  /** A citation; the in-text citation is read-only. */
  @Schema(name = "EventSourceInput")
  @JsonIgnoreProperties({"citation"})
  public record SourceRef(
      String id, String pinpoint, String quote, String quoteLanguage, Boolean translated) {}

  /** A structured number. */
  @Schema(name = "FigureInput")
  public record FigureInput(String label, BigDecimal value, String unit, String qualifier) {}

  /** A relation to another event; its title is read-only. */
  @Schema(name = "EventRelationInput")
  @JsonIgnoreProperties({"title"})
  public record RelatedRef(String id, String relation) {}
}
