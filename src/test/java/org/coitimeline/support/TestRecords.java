package org.coitimeline.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coitimeline.actor.ActorInput;
import org.coitimeline.bulk.Bundle;
import org.coitimeline.source.SourceInput;

/**
 * Actors and sources with the fields that {@link TestBundle} fixes (type, countries, author,
 * title), added to a bundle it built. Use ids from {@link TestBundle#id} so they stay unique.
 */
public final class TestRecords {
  private TestRecords() {}

  public static ActorInput actor(
      String id, String name, String type, List<String> countries, String... aliases) {
    return new ActorInput(
        id, name, null, null, List.of(aliases), type, countries, null, "Test actor " + name);
  }

  public static SourceInput source(
      String id, String citation, String author, String title, String type) {
    return new SourceInput(
        id,
        citation,
        author,
        null,
        title,
        true,
        null,
        "2021-01-26",
        false,
        null,
        "https://example.org/" + id,
        LocalDate.of(2021, 8, 24),
        "es",
        type,
        true,
        null);
  }

  /** The bundle with these actors and sources added after its own. */
  public static Bundle with(Bundle bundle, List<ActorInput> actors, List<SourceInput> sources) {
    List<ActorInput> allActors = new ArrayList<>(bundle.actors());
    allActors.addAll(actors);
    List<SourceInput> allSources = new ArrayList<>(bundle.sources());
    allSources.addAll(sources);
    return new Bundle(
        bundle.format(),
        bundle.formatVersion(),
        bundle.vocabularies(),
        allActors,
        allSources,
        bundle.events(),
        bundle.gaps());
  }
}
