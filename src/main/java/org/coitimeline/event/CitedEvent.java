package org.coitimeline.event;

import java.util.Map;

/**
 * An event with what the export formats print beyond its JSON view: the reference-list entry of
 * each source it cites and the type of each of its actors, both by id.
 */
public record CitedEvent(
    EventView event, Map<String, String> references, Map<String, String> actorTypes) {

  public CitedEvent {
    references = Map.copyOf(references);
    actorTypes = Map.copyOf(actorTypes);
  }

  /** The reference-list entry of a cited source, or its in-text citation when there is none. */
  public String reference(EventView.SourceLink source) {
    return references.getOrDefault(source.id(), source.citation());
  }

  /** The actor type code of an actor of the event (e.g. person, government-body), or null. */
  public String actorType(String actorId) {
    return actorTypes.get(actorId);
  }
}
