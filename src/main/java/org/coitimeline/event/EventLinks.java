package org.coitimeline.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Links of several events, grouped by event id. */
public final class EventLinks {
  /**
   * The links of one event read from its own collections: for an event loaded from history, whose
   * collections are the ones of its revision.
   */
  public static EventLinks of(Event event) {
    EventLinks links = new EventLinks();
    links.countries(event.id).addAll(event.countries);
    links.topics(event.id).addAll(event.topics);
    links.figures(event.id).addAll(event.figures);
    event.actors.stream()
        .sorted(Comparator.comparingInt(l -> l.position))
        .forEach(links.actors(event.id)::add);
    event.sources.stream()
        .sorted(Comparator.comparingInt(l -> l.position))
        .forEach(links.sources(event.id)::add);
    event.related.stream()
        .filter(l -> l.relatedEvent != null)
        .sorted(Comparator.comparingInt(l -> l.position))
        .forEach(links.related(event.id)::add);
    links.countries(event.id).sort(null);
    links.topics(event.id).sort(null);
    return links;
  }

  final Map<Long, List<String>> countries = new HashMap<>();
  final Map<Long, List<String>> topics = new HashMap<>();
  final Map<Long, List<Figure>> figures = new HashMap<>();
  final Map<Long, List<EventActor>> actors = new HashMap<>();
  final Map<Long, List<EventSource>> sources = new HashMap<>();
  final Map<Long, List<EventRelation>> related = new HashMap<>();

  List<String> countries(Object id) {
    return countries.computeIfAbsent((Long) id, k -> new ArrayList<>());
  }

  List<String> topics(Object id) {
    return topics.computeIfAbsent((Long) id, k -> new ArrayList<>());
  }

  List<Figure> figures(Object id) {
    return figures.computeIfAbsent((Long) id, k -> new ArrayList<>());
  }

  List<EventActor> actors(Object id) {
    return actors.computeIfAbsent((Long) id, k -> new ArrayList<>());
  }

  List<EventSource> sources(Object id) {
    return sources.computeIfAbsent((Long) id, k -> new ArrayList<>());
  }

  List<EventRelation> related(Object id) {
    return related.computeIfAbsent((Long) id, k -> new ArrayList<>());
  }
}
