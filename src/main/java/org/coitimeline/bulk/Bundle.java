package org.coitimeline.bulk;

import java.util.List;
import org.coitimeline.actor.ActorInput;
import org.coitimeline.event.EventInput;
import org.coitimeline.gap.GapInput;
import org.coitimeline.source.SourceInput;
import org.coitimeline.vocabulary.TermView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A data set as one JSON document: vocabulary terms, actors, sources, events and information gaps.
 * It is the format of the bundled seed data and of bulk import and export.
 */
@Schema(
    name = "Bundle",
    description =
        "A data set: vocabulary terms (added to the built-in ones), actors, sources, events and"
            + " information gaps. Records refer to each other by id.")
public record Bundle(
    @Schema(enumeration = FORMAT, required = true) String format,
    @Schema(enumeration = "1", required = true) Integer formatVersion,
    Vocabularies vocabularies,
    List<ActorInput> actors,
    List<SourceInput> sources,
    List<EventInput> events,
    List<GapInput> gaps) {

  public static final String FORMAT = "coi-timeline-bundle";

  /** Vocabulary terms the data set uses beyond the built-in ones. */
  @Schema(name = "BundleVocabularies")
  public record Vocabularies(
      List<TermView> eventTypes,
      List<TermView> topics,
      List<TermView> actorRoles,
      List<TermView> actorTypes,
      List<TermView> sourceTypes,
      List<TermView> relationKinds) {}
}
