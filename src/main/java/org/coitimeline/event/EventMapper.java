package org.coitimeline.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.source.ReferenceFormatter;
import org.coitimeline.source.ReferenceParts;

/** Builds API views from events and their links, without touching lazy associations. */
public final class EventMapper {
  private EventMapper() {}

  public static EventView toView(Event e, EventRepository.EventLinks links) {
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
        Edtf.parse(e.dateEdtf).view(),
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
  public static CitedEvent toCited(Event e, EventRepository.EventLinks links) {
    Map<String, String> references = new LinkedHashMap<>();
    links
        .sources(e.id)
        .forEach(
            l ->
                references.computeIfAbsent(
                    l.source.slug, k -> ReferenceFormatter.format(ReferenceParts.of(l.source))));
    Map<String, String> actorTypes = new LinkedHashMap<>();
    links.actors(e.id).forEach(l -> actorTypes.put(l.actor.slug, l.actor.typeCode));
    return new CitedEvent(toView(e, links), references, actorTypes);
  }

  /** 42000000.000000 as 42000000 and 38.600000 as 38.6, never in exponent form. */
  public static java.math.BigDecimal plain(java.math.BigDecimal value) {
    java.math.BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
