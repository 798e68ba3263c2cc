package org.coitimeline.event;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.kernel.DateInput;
import org.coitimeline.kernel.DateView;
import org.coitimeline.kernel.Values;
import org.coitimeline.source.ReferenceFormatter;
import org.coitimeline.source.ReferenceParts;

/** Builds API views from events and their links, without touching lazy associations. */
public final class EventMapper {
  /**
   * Date views by their EDTF text (immutable, so shared): a page of 2,000 events for an export
   * parses each distinct date once, not once per event. Its upkeep (eviction) runs on the reading
   * thread: handed to the common pool, as by default, it woke a thread every few hundred reads,
   * which cost more than the reads.
   */
  private static final Cache<String, DateView> DATES =
      Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();

  private EventMapper() {}

  public static EventView toView(Event e, EventLinks links) {
    return toView(e, links.of(e.id));
  }

  private static EventView toView(Event e, EventLinks.Of links) {
    List<EventView.SourceLink> sources = new ArrayList<>(links.sources.size());
    Set<String> cited = new HashSet<>();
    for (EventSource l : links.sources) {
      sources.add(
          new EventView.SourceLink(
              l.source.slug,
              l.source.citation,
              l.pinpoint,
              l.quote,
              l.quoteLanguage,
              l.translated));
      cited.add(l.source.slug);
    }
    List<EventView.ActorLink> actors = new ArrayList<>(links.actors.size());
    for (EventActor l : links.actors) {
      actors.add(new EventView.ActorLink(l.actor.slug, l.actor.name, l.roleCode));
    }
    List<EventView.FigureView> figures = new ArrayList<>(links.figures.size());
    for (Figure f : links.figures) {
      figures.add(new EventView.FigureView(f.label, plain(f.value), f.unit, f.qualifier));
    }
    List<EventView.RelatedLink> related = new ArrayList<>(links.related.size());
    for (EventRelation l : links.related) {
      related.add(
          new EventView.RelatedLink(l.relatedEvent.slug, l.relatedEvent.title, l.relationCode));
    }
    return new EventView(
        e.slug,
        e.title,
        e.summary,
        DATES.get(e.dateEdtf, text -> Edtf.parse(text).view()),
        e.typeCode,
        List.copyOf(links.topics),
        List.copyOf(links.countries),
        e.subdivision,
        e.place,
        List.copyOf(actors),
        List.copyOf(sources),
        List.copyOf(figures),
        e.corroboration,
        cited.size(),
        List.copyOf(related),
        e.version,
        e.createdAt,
        e.updatedAt);
  }

  /** The view of the event with its sources' references and its actors' types. */
  public static CitedEvent toCited(Event e, EventLinks links) {
    return toCited(e, links, new HashMap<>());
  }

  /**
   * As {@link #toCited(Event, EventLinks)}, taking each source's reference from {@code formatted}
   * (by source id) and adding the ones it lacks: events read together, in one statement, share
   * their sources' state, so a page formats each source once.
   */
  public static CitedEvent toCited(Event e, EventLinks links, Map<String, String> formatted) {
    EventLinks.Of of = links.of(e.id);
    Map<String, String> references = new HashMap<>();
    for (EventSource l : of.sources) {
      references.put(
          l.source.slug,
          formatted.computeIfAbsent(
              l.source.slug, slug -> ReferenceFormatter.format(ReferenceParts.of(l.source))));
    }
    Map<String, String> actorTypes = new HashMap<>();
    for (EventActor l : of.actors) {
      actorTypes.put(l.actor.slug, l.actor.typeCode);
    }
    return new CitedEvent(toView(e, of), references, actorTypes);
  }

  /** The canonical input of a stored event (see {@link #canonical}). */
  public static EventInput toInput(EventView v) {
    return new EventInput(
        v.id(),
        v.title(),
        v.summary(),
        new DateInput(v.date().edtf()),
        v.type(),
        Values.sorted(v.topics()),
        Values.sorted(v.countries()),
        v.subdivision(),
        v.place(),
        v.actors().stream().map(a -> new EventInput.ActorRef(a.id(), a.role())).toList(),
        v.sources().stream()
            .map(
                s ->
                    new EventInput.SourceRef(
                        s.id(), s.pinpoint(), s.quote(), s.quoteLanguage(), s.translated()))
            .toList(),
        v.figures().stream()
            .map(f -> new EventInput.FigureInput(f.label(), f.value(), f.unit(), f.qualifier()))
            .toList(),
        v.corroboration(),
        v.related().stream().map(r -> new EventInput.RelatedRef(r.id(), r.relation())).toList());
  }

  /**
   * A valid input as it will be stored: sets sorted, defaults filled in, the date normalised,
   * figure values without trailing zeros. A stored event and an input that would store exactly it
   * come out equal, which is how a write tells an unchanged event, and what an export writes.
   */
  public static EventInput canonical(EventInput i) {
    return new EventInput(
        i.id(),
        i.title(),
        i.summary(),
        new DateInput(Edtf.parse(i.date().edtf()).text()),
        i.type(),
        Values.sorted(i.topics()),
        Values.sorted(i.countries()),
        i.subdivision(),
        i.place(),
        Values.list(i.actors()),
        Values.list(i.sources()).stream()
            .map(
                s ->
                    new EventInput.SourceRef(
                        s.id(),
                        s.pinpoint(),
                        s.quote(),
                        s.quoteLanguage(),
                        Boolean.TRUE.equals(s.translated())))
            .toList(),
        Values.list(i.figures()).stream()
            .map(
                f ->
                    new EventInput.FigureInput(
                        f.label(), plain(f.value()), f.unit(), f.qualifier()))
            .toList(),
        i.corroboration(),
        Values.list(i.related()));
  }

  /** 42000000.000000 as 42000000 and 38.600000 as 38.6, never in exponent form. */
  public static java.math.BigDecimal plain(java.math.BigDecimal value) {
    java.math.BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
