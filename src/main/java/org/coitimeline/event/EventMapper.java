package org.coitimeline.event;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    List<EventView.SourceLink> sources =
        links.sources(e.id).stream()
            .map(
                l ->
                    new EventView.SourceLink(
                        l.source.slug,
                        l.source.citation,
                        l.pinpoint,
                        l.quote,
                        l.quoteLanguage,
                        l.translated))
            .toList();
    return new EventView(
        e.slug,
        e.title,
        e.summary,
        DATES.get(e.dateEdtf, text -> Edtf.parse(text).view()),
        e.typeCode,
        List.copyOf(links.topics(e.id)),
        List.copyOf(links.countries(e.id)),
        e.subdivision,
        e.place,
        links.actors(e.id).stream()
            .map(l -> new EventView.ActorLink(l.actor.slug, l.actor.name, l.roleCode))
            .toList(),
        sources,
        links.figures(e.id).stream()
            .map(f -> new EventView.FigureView(f.label, plain(f.value), f.unit, f.qualifier))
            .toList(),
        e.corroboration,
        (int) sources.stream().map(EventView.SourceLink::id).distinct().count(),
        links.related(e.id).stream()
            .map(
                l ->
                    new EventView.RelatedLink(
                        l.relatedEvent.slug, l.relatedEvent.title, l.relationCode))
            .toList(),
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
    Map<String, String> references = new LinkedHashMap<>();
    links
        .sources(e.id)
        .forEach(
            l ->
                references.computeIfAbsent(
                    l.source.slug,
                    k ->
                        formatted.computeIfAbsent(
                            k, slug -> ReferenceFormatter.format(ReferenceParts.of(l.source)))));
    Map<String, String> actorTypes = new LinkedHashMap<>();
    links.actors(e.id).forEach(l -> actorTypes.put(l.actor.slug, l.actor.typeCode));
    return new CitedEvent(toView(e, links), references, actorTypes);
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
