package org.coitimeline.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.coitimeline.kernel.DateView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as the API returns it. */
@Schema(name = "Event")
public record EventView(
    @Schema(example = "imss-database-offered-for-sale") String id,
    String title,
    String summary,
    DateView date,
    @Schema(example = "data-breach") String type,
    List<String> topics,
    @Schema(example = "[\"MX\"]") List<String> countries,
    @Schema(example = "MX-SLP") String subdivision,
    String place,
    List<ActorLink> actors,
    List<SourceLink> sources,
    List<FigureView> figures,
    @Schema(enumeration = {"corroborated", "single-source", "not-corroborated"})
        String corroboration,
    @Schema(description = "Number of distinct sources cited (derived).") int sourceCount,
    List<RelatedLink> related,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** An actor's part in the event; {@code name} is for display and ignored on input. */
  @Schema(name = "EventActor")
  public record ActorLink(String id, String name, String role) {}

  /** A citation: the source, where in it, and what it says. */
  @Schema(name = "EventSource")
  public record SourceLink(
      String id,
      @Schema(description = "The in-text citation (read-only).", example = "R3D 26 Jan. 2021")
          String citation,
      @Schema(example = "147") String pinpoint,
      String quote,
      @Schema(example = "en") String quoteLanguage,
      @Schema(description = "The quote is the researcher's translation ([translation]).")
          boolean translated) {}

  /** A structured number. */
  @Schema(name = "Figure")
  public record FigureView(
      @Schema(example = "records in the IMSS database") String label,
      @Schema(example = "42000000") BigDecimal value,
      @Schema(example = "records") String unit,
      @Schema(
              enumeration = {"at-least", "more-than", "about", "at-most", "less-than"},
              nullable = true,
              description = "How the value bounds the number; null when it is exact.")
          String qualifier) {}

  /** A link to another event. */
  @Schema(name = "EventRelation")
  public record RelatedLink(
      String id,
      @Schema(description = "The related event's title (read-only).") String title,
      @Schema(example = "follows") String relation) {}
}
