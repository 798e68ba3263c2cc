package org.coitimeline.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coitimeline.actor.Actor;
import org.coitimeline.actor.ActorInput;
import org.coitimeline.actor.ActorRepository;
import org.coitimeline.actor.ActorService;
import org.coitimeline.actor.ActorView;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.event.Event;
import org.coitimeline.event.EventActor;
import org.coitimeline.event.EventInput;
import org.coitimeline.event.EventMapper;
import org.coitimeline.event.EventRelation;
import org.coitimeline.event.EventRepository;
import org.coitimeline.event.EventSource;
import org.coitimeline.event.Figure;
import org.coitimeline.gap.GapInput;
import org.coitimeline.gap.GapRepository;
import org.coitimeline.gap.GapService;
import org.coitimeline.gap.GapView;
import org.coitimeline.gap.InformationGap;
import org.coitimeline.kernel.FieldError;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.source.Source;
import org.coitimeline.source.SourceInput;
import org.coitimeline.source.SourceRepository;
import org.coitimeline.source.SourceView;
import org.coitimeline.vocabulary.TermView;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;

/**
 * Writes a bundle into the store in one transaction: every record is checked first (all errors
 * reported together, each named by its record and field), then vocabulary terms, actors, sources,
 * events and gaps are created or updated by id. Nothing is written when any record is invalid.
 */
@ApplicationScoped
public class BundleImporter {
  @Inject EntityManager em;
  @Inject VocabularyRepository vocabularies;
  @Inject ActorRepository actors;
  @Inject SourceRepository sources;
  @Inject EventRepository events;
  @Inject GapRepository gaps;

  /**
   * Imports the bundle: creates or updates every record by id. A record that already holds exactly
   * the input is left alone (no new revision, same version) and reported unchanged.
   */
  @Transactional
  public ImportReport importBundle(Bundle bundle) {
    return ImportReport.of(false, write(bundle, false));
  }

  /**
   * Creates or updates the one record of this bundle, the body of a single write: its errors name
   * fields alone ({@code date}), not the record. The caller has checked existence and version.
   */
  @Transactional
  public void writeRecord(Bundle bundle) {
    write(bundle, true);
  }

  private List<ImportReport.RecordResult> write(Bundle bundle, boolean singleRecord) {
    BundleValidator validator = new BundleValidator(bundle, vocabularies, em, singleRecord);
    List<FieldError> errors = validator.validate();
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<ImportReport.RecordResult> report = new ArrayList<>();
    if (bundle.vocabularies() != null) {
      for (Vocabulary vocabulary : Vocabulary.values()) {
        for (TermView term : BundleValidator.terms(bundle.vocabularies(), vocabulary)) {
          report.add(
              result(
                  vocabulary.termName().replace(' ', '-'),
                  term.code(),
                  vocabularies.upsert(vocabulary, term)));
        }
      }
      em.flush();
    }
    // A bulk import leaves a record that equals its input alone; a single write always writes.
    boolean skipUnchanged = !singleRecord;
    Set<String> unchanged = new HashSet<>();
    Map<String, Actor> actorsBySlug = new HashMap<>();
    for (ActorInput input : list(bundle.actors())) {
      Actor actor = actors.findBySlug(input.id()).orElse(null);
      if (skipUnchanged && actor != null && sameActor(actor, input)) {
        report.add(result("actor", input.id(), ImportReport.UNCHANGED));
        unchanged.add("actor:" + input.id());
        actorsBySlug.put(actor.slug, actor);
        continue;
      }
      report.add(result("actor", input.id(), actor == null));
      if (actor == null) {
        actor = new Actor();
        actor.slug = input.id();
        actor.createdAt = now;
      }
      actor.name = input.name();
      actor.originalName = input.originalName();
      actor.acronym = input.acronym();
      actor.typeCode = input.type();
      actor.description = input.description();
      replace(actor.aliases, input.aliases());
      replace(actor.countries, input.countries());
      actor.updatedAt = now;
      if (actor.id == null) {
        em.persist(actor);
      }
      actorsBySlug.put(actor.slug, actor);
    }
    for (ActorInput input : list(bundle.actors())) {
      if (unchanged.contains("actor:" + input.id())) {
        continue;
      }
      actorsBySlug.get(input.id()).parent =
          input.parent() == null ? null : actorOf(input.parent(), actorsBySlug);
    }
    Map<String, Source> sourcesBySlug = new HashMap<>();
    for (SourceInput input : list(bundle.sources())) {
      Source source = sources.findBySlug(input.id()).orElse(null);
      if (skipUnchanged
          && source != null
          && BundleRecords.source(SourceView.of(source)).equals(BundleRecords.source(input))) {
        report.add(result("source", input.id(), ImportReport.UNCHANGED));
        sourcesBySlug.put(source.slug, source);
        continue;
      }
      report.add(result("source", input.id(), source == null));
      if (source == null) {
        source = new Source();
        source.slug = input.id();
        source.createdAt = now;
      }
      source.citation = input.citation();
      source.author = input.author();
      source.authors = input.authors();
      source.title = input.title();
      source.titleQuoted = !Boolean.FALSE.equals(input.titleQuoted());
      source.publisher = input.publisher();
      source.published = input.published();
      source.publishedInferred = Boolean.TRUE.equals(input.publishedInferred());
      source.dateSuffix = input.dateSuffix();
      source.url = input.url();
      source.accessed = input.accessed();
      source.language = input.language();
      source.typeCode = input.type();
      source.inReferenceList = !Boolean.FALSE.equals(input.inReferenceList());
      source.note = input.note();
      source.updatedAt = now;
      if (source.id == null) {
        em.persist(source);
      }
      sourcesBySlug.put(source.slug, source);
    }
    em.flush();
    Map<String, Event> stored =
        events.findBySlugs(list(bundle.events()).stream().map(EventInput::id).toList());
    Map<String, EventInput> storedInputs = skipUnchanged ? storedEvents(stored) : Map.of();
    Map<String, Event> eventsBySlug = new HashMap<>();
    for (EventInput input : list(bundle.events())) {
      Event event = stored.get(input.id());
      if (event != null
          && storedInputs.containsKey(input.id())
          && storedInputs.get(input.id()).equals(BundleRecords.event(input))) {
        report.add(result("event", input.id(), ImportReport.UNCHANGED));
        unchanged.add("event:" + input.id());
        eventsBySlug.put(event.slug, event);
        continue;
      }
      report.add(result("event", input.id(), event == null));
      if (event == null) {
        event = new Event();
        event.slug = input.id();
        event.createdAt = now;
      } else {
        // Links are replaced whole; removing them first keeps the unique keys free for the new.
        event.actors.clear();
        event.sources.clear();
        event.related.clear();
        em.flush();
      }
      applyEvent(input, event, actorsBySlug, sourcesBySlug);
      event.updatedAt = now;
      if (event.id == null) {
        em.persist(event);
      }
      eventsBySlug.put(event.slug, event);
    }
    em.flush();
    for (EventInput input : list(bundle.events())) {
      if (unchanged.contains("event:" + input.id())) {
        continue;
      }
      Event event = eventsBySlug.get(input.id());
      int position = 0;
      for (EventInput.RelatedRef ref : list(input.related())) {
        EventRelation relation = new EventRelation();
        relation.event = event;
        relation.relatedEvent = eventOf(ref.id(), eventsBySlug);
        relation.relationCode = ref.relation();
        relation.position = position++;
        event.related.add(relation);
      }
    }
    for (GapInput input : list(bundle.gaps())) {
      InformationGap gap = gaps.findBySlug(input.id()).orElse(null);
      if (skipUnchanged && gap != null && sameGap(gap, input)) {
        report.add(result("gap", input.id(), ImportReport.UNCHANGED));
        continue;
      }
      report.add(result("gap", input.id(), gap == null));
      if (gap == null) {
        gap = new InformationGap();
        gap.slug = input.id();
        gap.createdAt = now;
      }
      gap.statement = input.statement();
      gap.periodEdtf = input.period() == null ? null : input.period().edtf().trim();
      gap.researchedAt = input.researchedAt();
      gap.source = input.source() == null ? null : sourceOf(input.source(), sourcesBySlug);
      replace(gap.countries, input.countries());
      replace(gap.topics, input.topics());
      gap.updatedAt = now;
      if (gap.id == null) {
        em.persist(gap);
      }
    }
    em.flush();
    return report;
  }

  private static boolean sameActor(Actor actor, ActorInput input) {
    ActorView view =
        ActorService.toView(actor, List.copyOf(actor.aliases), List.copyOf(actor.countries));
    return BundleRecords.actor(view).equals(BundleRecords.actor(input));
  }

  private static boolean sameGap(InformationGap gap, GapInput input) {
    GapView view = GapService.toView(gap, List.copyOf(gap.countries), List.copyOf(gap.topics));
    return BundleRecords.gap(view).equals(BundleRecords.gap(input));
  }

  /** The live stored events in their canonical input shape, their links read in bulk. */
  private Map<String, EventInput> storedEvents(Map<String, Event> stored) {
    List<Event> live = stored.values().stream().filter(e -> e.deletedAt == null).toList();
    EventRepository.EventLinks links = events.links(live.stream().map(e -> e.id).toList());
    Map<String, EventInput> inputs = new HashMap<>();
    for (Event event : live) {
      inputs.put(event.slug, BundleRecords.event(EventMapper.toView(event, links)));
    }
    return inputs;
  }

  private static ImportReport.RecordResult result(String kind, String id, boolean created) {
    return result(kind, id, created ? ImportReport.CREATED : ImportReport.UPDATED);
  }

  private static ImportReport.RecordResult result(String kind, String id, String action) {
    return new ImportReport.RecordResult(kind, id, action);
  }

  private void applyEvent(
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
    replace(event.countries, input.countries());
    replace(event.topics, input.topics());
    event.figures.clear();
    for (EventInput.FigureInput f : list(input.figures())) {
      Figure figure = new Figure();
      figure.label = f.label();
      figure.value = f.value();
      figure.unit = f.unit();
      figure.qualifier = f.qualifier();
      event.figures.add(figure);
    }
    int position = 0;
    for (EventInput.ActorRef ref : list(input.actors())) {
      EventActor link = new EventActor();
      link.event = event;
      link.actor = actorOf(ref.id(), actorsBySlug);
      link.roleCode = ref.role();
      link.position = position++;
      event.actors.add(link);
    }
    position = 0;
    for (EventInput.SourceRef ref : list(input.sources())) {
      EventSource link = new EventSource();
      link.event = event;
      link.source = sourceOf(ref.id(), sourcesBySlug);
      link.pinpoint = ref.pinpoint();
      link.quote = ref.quote();
      link.quoteLanguage = ref.quoteLanguage();
      link.translated = Boolean.TRUE.equals(ref.translated());
      link.position = position++;
      event.sources.add(link);
    }
  }

  private Actor actorOf(String slug, Map<String, Actor> bySlug) {
    return bySlug.computeIfAbsent(slug, s -> actors.findBySlug(s).orElseThrow());
  }

  private Source sourceOf(String slug, Map<String, Source> bySlug) {
    return bySlug.computeIfAbsent(slug, s -> sources.findBySlug(s).orElseThrow());
  }

  private Event eventOf(String slug, Map<String, Event> bySlug) {
    return bySlug.computeIfAbsent(slug, s -> events.findBySlug(s).orElseThrow());
  }

  private static <T> T orElse(T value, T fallback) {
    return value == null ? fallback : value;
  }

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static void replace(Set<String> target, List<String> values) {
    Set<String> wanted = new LinkedHashSet<>(list(values));
    target.retainAll(wanted);
    target.addAll(wanted);
  }
}
