package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.coitimeline.actor.Actor;
import org.coitimeline.actor.ActorRepository;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.RecordWriter;
import org.coitimeline.kernel.Values;
import org.coitimeline.kernel.WriteResult;
import org.coitimeline.source.Source;
import org.coitimeline.source.SourceRepository;

/**
 * Writes checked event inputs into the store: creates or updates each by id, its links replaced
 * whole. The actors and sources the inputs name are read in one query each.
 */
@ApplicationScoped
public class EventWriter implements RecordWriter<EventInput> {
  @Inject EntityManager em;
  @Inject EventRepository events;
  @Inject EventLinkRepository eventLinks;
  @Inject ActorRepository actors;
  @Inject SourceRepository sources;
  @Inject NewEventRepository newEvents;

  /**
   * Creates or updates every event by id, then links the related events (which may be among them).
   * With {@code skipUnchanged}, an event that already holds exactly its input is left alone: no new
   * revision, same version. New events are written by {@link NewEventRepository} in multi-row
   * statements; stored ones are updated through the ORM.
   */
  @Override
  public List<WriteResult> write(List<EventInput> inputs, boolean skipUnchanged, Instant now) {
    Map<String, Event> bySlug = events.findBySlugs(inputs.stream().map(EventInput::id).toList());
    Map<String, EventInput> stored = skipUnchanged ? storedInputs(bySlug) : Map.of();
    Map<String, Actor> actorsBySlug =
        actors.findBySlugs(referenced(inputs, e -> e.actors(), EventInput.ActorRef::id));
    Map<String, Source> sourcesBySlug =
        sources.findBySlugs(referenced(inputs, e -> e.sources(), EventInput.SourceRef::id));
    List<WriteResult> results = new ArrayList<>();
    List<EventInput> written = new ArrayList<>();
    Map<String, Event> created = new LinkedHashMap<>();
    List<EventInput> updated = new ArrayList<>();
    for (EventInput input : inputs) {
      if (EventMapper.canonical(input).equals(stored.get(input.id()))) {
        results.add(WriteResult.unchanged(RecordKind.EVENT, input.id()));
        continue;
      }
      Event event = bySlug.get(input.id());
      results.add(WriteResult.written(RecordKind.EVENT, input.id(), event == null));
      if (event == null) {
        event = new Event();
        event.slug = input.id();
        apply(input, event, actorsBySlug, sourcesBySlug);
        event.id = newEvents.nextId(event);
        created.put(event.slug, event);
      } else {
        // Links are replaced whole; removing them first keeps the unique keys free for the new.
        event.actors.clear();
        event.sources.clear();
        event.related.clear();
        updated.add(input);
      }
      written.add(input);
    }
    if (!updated.isEmpty()) {
      // One flush for all the removals: a flush checks every entity the session holds, so one per
      // event made an update of n events cost n² checks (16 s for 1,000 events of a stored bundle).
      em.flush();
      for (EventInput input : updated) {
        Event event = bySlug.get(input.id());
        apply(input, event, actorsBySlug, sourcesBySlug);
        event.updatedAt = now;
      }
    }
    em.flush();
    Map<String, Long> ids = new HashMap<>();
    bySlug.forEach((slug, event) -> ids.put(slug, event.id));
    created.forEach((slug, event) -> ids.put(slug, event.id));
    List<String> relatedElsewhere =
        referenced(written, e -> e.related(), EventInput.RelatedRef::id).stream()
            .filter(slug -> !ids.containsKey(slug))
            .toList();
    events.findBySlugs(relatedElsewhere).forEach((slug, event) -> ids.put(slug, event.id));
    for (EventInput input : written) {
      Event event = created.getOrDefault(input.id(), bySlug.get(input.id()));
      boolean isNew = created.containsKey(input.id());
      int position = 0;
      for (EventInput.RelatedRef ref : Values.list(input.related())) {
        EventRelation relation = new EventRelation();
        relation.event = event;
        Long relatedId = ids.get(ref.id());
        relation.relatedEvent = isNew ? idOnly(relatedId) : em.getReference(Event.class, relatedId);
        relation.relationCode = ref.relation();
        relation.position = position++;
        event.related.add(relation);
      }
    }
    newEvents.insert(List.copyOf(created.values()), now);
    em.flush();
    return results;
  }

  /** An event standing for its id alone, as a new event's relation row needs. */
  private static Event idOnly(Long id) {
    Event event = new Event();
    event.id = id;
    return event;
  }

  /** The live stored events in their canonical input shape, their links read in bulk. */
  private Map<String, EventInput> storedInputs(Map<String, Event> stored) {
    List<Event> live = stored.values().stream().filter(e -> e.deletedAt == null).toList();
    EventLinks links = eventLinks.links(live.stream().map(e -> e.id).toList());
    Map<String, EventInput> inputs = new HashMap<>();
    for (Event event : live) {
      inputs.put(event.slug, EventMapper.toInput(EventMapper.toView(event, links)));
    }
    return inputs;
  }

  private static <R> List<String> referenced(
      List<EventInput> inputs, Function<EventInput, List<R>> refs, Function<R, String> id) {
    return inputs.stream()
        .flatMap(e -> Values.list(refs.apply(e)).stream())
        .map(id)
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  static void apply(
      EventInput input,
      Event event,
      Map<String, Actor> actorsBySlug,
      Map<String, Source> sourcesBySlug) {
    Edtf date = Edtf.parse(input.date().edtf());
    event.title = input.title();
    event.summary = input.summary();
    event.dateEdtf = date.text();
    event.startEarliest = orElse(date.earliestStart(), Event.OPEN_START);
    event.startLatest = orElse(date.latestStart(), Event.OPEN_START);
    event.endEarliest = orElse(date.earliestEnd(), Event.OPEN_END);
    event.endLatest = orElse(date.latestEnd(), Event.OPEN_END);
    event.datePrecision = date.precision().code();
    event.typeCode = input.type();
    event.subdivision = input.subdivision();
    event.place = input.place();
    event.corroboration = input.corroboration();
    Values.replace(event.countries, input.countries());
    Values.replace(event.topics, input.topics());
    event.figures.clear();
    for (EventInput.FigureInput f : Values.list(input.figures())) {
      Figure figure = new Figure();
      figure.label = f.label();
      figure.value = f.value();
      figure.unit = f.unit();
      figure.qualifier = f.qualifier();
      event.figures.add(figure);
    }
    int position = 0;
    for (EventInput.ActorRef ref : Values.list(input.actors())) {
      EventActor link = new EventActor();
      link.event = event;
      link.actor = actorsBySlug.get(ref.id());
      link.roleCode = ref.role();
      link.position = position++;
      event.actors.add(link);
    }
    position = 0;
    for (EventInput.SourceRef ref : Values.list(input.sources())) {
      EventSource link = new EventSource();
      link.event = event;
      link.source = sourcesBySlug.get(ref.id());
      link.pinpoint = ref.pinpoint();
      link.quote = ref.quote();
      link.quoteLanguage = ref.quoteLanguage();
      link.translated = Boolean.TRUE.equals(ref.translated());
      link.position = position++;
      event.sources.add(link);
    }
  }

  private static LocalDate orElse(LocalDate value, LocalDate fallback) {
    return value == null ? fallback : value;
  }
}
