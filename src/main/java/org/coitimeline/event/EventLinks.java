package org.coitimeline.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links of several events, grouped by event id: one entry per event holding all its lists, so that
 * a view looks its event up once, not once per kind of link.
 */
public final class EventLinks {
  /** The links of one event, each list in its stored order. */
  static final class Of {
    final List<String> countries;
    final List<String> topics;
    final List<Figure> figures;
    final List<EventActor> actors;
    final List<EventSource> sources;
    final List<EventRelation> related;

    private Of(boolean empty) {
      countries = empty ? List.of() : new ArrayList<>();
      topics = empty ? List.of() : new ArrayList<>();
      figures = empty ? List.of() : new ArrayList<>();
      actors = empty ? List.of() : new ArrayList<>();
      sources = empty ? List.of() : new ArrayList<>();
      related = empty ? List.of() : new ArrayList<>();
    }
  }

  /** The links of an event that has none (read only). */
  private static final Of NONE = new Of(true);

  /**
   * The links of one event read from its own collections: for an event loaded from history, whose
   * collections are the ones of its revision.
   */
  public static EventLinks of(Event event) {
    EventLinks links = new EventLinks();
    Of of = links.adding(event.id);
    of.countries.addAll(event.countries);
    of.topics.addAll(event.topics);
    of.figures.addAll(event.figures);
    event.actors.stream().sorted(Comparator.comparingInt(l -> l.position)).forEach(of.actors::add);
    event.sources.stream()
        .sorted(Comparator.comparingInt(l -> l.position))
        .forEach(of.sources::add);
    event.related.stream()
        .filter(l -> l.relatedEvent != null)
        .sorted(Comparator.comparingInt(l -> l.position))
        .forEach(of.related::add);
    of.countries.sort(null);
    of.topics.sort(null);
    return links;
  }

  private final Map<Long, Of> byEvent = new HashMap<>();

  /** The links of the event with this id, to read (empty lists when it has none). */
  Of of(Long id) {
    return byEvent.getOrDefault(id, NONE);
  }

  /** The links of the event with this id, to add to. */
  Of adding(Long id) {
    return byEvent.computeIfAbsent(id, k -> new Of(false));
  }
}
