package org.coitimeline.event;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.coitimeline.actor.Actor;
import org.coitimeline.actor.ActorRepository;
import org.coitimeline.history.HistoryRepository;
import org.coitimeline.history.ReadCacheConfig;
import org.coitimeline.history.RevisionView;
import org.coitimeline.history.StoreVersion;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.Cursor;
import org.coitimeline.kernel.FieldError;
import org.coitimeline.kernel.Gone;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.NotFound;
import org.coitimeline.kernel.PageView;
import org.coitimeline.kernel.Paging;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Retryable;
import org.coitimeline.source.Source;
import org.coitimeline.vocabulary.SingleWrites;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Reads of the timeline: filtered, sorted, keyset-paged lists, single events and counts.
 *
 * <p>Reads of the current state run without a transaction of their own ({@code SUPPORTS}): under
 * read committed every statement reads its own fresh snapshot anyway, so a transaction would add
 * three round trips (autocommit off, commit, autocommit on) and nothing else. Their statements read
 * scalars into plain objects ({@link EventLinkRepository}), so the request's session holds no
 * entity to dirty-check or flush. Called inside a write's transaction (a create returns the event
 * it made) they join it and see its writes.
 */
@ApplicationScoped
@Retry
@RetryWhen(exception = Retryable.class)
public class EventService {
  @Inject EventRepository events;
  @Inject TimelineRepository timeline;
  @Inject EventLinkRepository eventLinks;
  @Inject VocabularyRepository vocabularies;
  @Inject EventRules rules;
  @Inject EventWriter writer;
  @Inject AggregateRepository aggregates;
  @Inject SingleWrites writes;
  @Inject HistoryRepository history;
  @Inject DuplicateCheck duplicates;
  @Inject TransactionManager transactions;
  @Inject ActorRepository actors;
  @Inject StoreVersion versions;
  @Inject ManagedExecutor readAhead;
  @Inject ExportConfig export;

  private final Cache<PageKey, PageView<EventView>> pages;

  @Inject
  EventService(ReadCacheConfig cache) {
    // Upkeep (eviction, expiry) on the reading thread, not a thread woken for it (see EventMapper).
    pages =
        Caffeine.newBuilder()
            .maximumSize(cache.pages())
            .expireAfterWrite(cache.ttl())
            .executor(Runnable::run)
            .build();
  }

  /**
   * The matching events as the store stood at {@code asOf}, in the list's order, as their ids and
   * last writes only (no event is loaded), read a page of keys at a time; at most {@code max} + 1,
   * so that the caller can tell a result that is too long.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TimelineRepository.PageRow> stamps(
      EventFilter filter, String sortParameter, Instant asOf, int max) {
    EventSort sort = EventSort.parse(sortParameter, filter.hasText());
    EventFilter resolved = filter.withActors(actors::slugOf);
    checkReferences(resolved, false);
    Long revision = history.revisionAt(asOf);
    List<TimelineRepository.PageRow> all = new ArrayList<>();
    List<String> after = null;
    while (revision != null && all.size() <= max) {
      List<TimelineRepository.PageRow> rows =
          timeline.page(resolved, sort, after, Paging.MAX_LIMIT, revision);
      all.addAll(rows);
      if (rows.size() < Paging.MAX_LIMIT) {
        break;
      }
      after = rows.get(rows.size() - 1).key();
    }
    return all;
  }

  /**
   * A page of the timeline, now or as the store stood at {@code asOf} (null: now). Pages of now are
   * kept for the store's version (see {@link StoreVersion}): the same question asked again before
   * any write is answered without reading the store, but for the version.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PageView<EventView> list(
      EventFilter filter, String sortParameter, String cursor, int limit, Instant asOf) {
    Optional<StoreVersion.Version> version = asOf == null ? versions.current() : Optional.empty();
    if (version.isEmpty()) {
      return page(filter, sortParameter, cursor, limit, asOf, EventMapper::toView);
    }
    // A page that fails (an unknown topic, a bad cursor) throws and is not kept.
    return pages.get(
        new PageKey(version.get(), filter.canonical(), sortParameter, cursor, limit),
        key -> page(filter, sortParameter, cursor, limit, null, EventMapper::toView));
  }

  /** What a page of now depends on: the store's version and the question. */
  private record PageKey(
      StoreVersion.Version version, String filter, String sort, String cursor, int limit) {}

  /**
   * The whole filtered timeline for the export formats, {@link ExportConfig#pageSize} events at a
   * time with their references and actor types, walked with the cursor. The question is checked and
   * the first page read now, so that a filter the store cannot answer is still a 400 problem. Like
   * a page of the list, without a transaction of its own: under read committed it would give its
   * statements no common snapshot, only three more round trips and a session to flush before each.
   *
   * <p>Of the current state, each page after the first is read on a worker thread while the caller
   * writes the page before it: the service formats one page while the database reads the next (on a
   * 10 k store the two took about as long, one after the other). Those reads touch no session, only
   * pooled connections ({@link EventLinkRepository}); the views are made on the caller's thread
   * (the references formatted once per source stay on one thread). A page as of a revision is read
   * from history through the request's session, so on the caller's thread when it asks for it.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CitedPages citedPages(EventFilter filter, String sortParameter, Instant asOf) {
    Question question = question(filter, sortParameter, asOf);
    Map<String, String> references = new HashMap<>();
    return new CitedPages(
        cursor ->
            read(
                question,
                cursor,
                export.pageSize(),
                (e, links) -> () -> EventMapper.toCited(e, links, references)),
        asOf == null ? readAhead : null);
  }

  /**
   * A question checked once for all its pages: its order, the filter as asked (cursors are bound to
   * it) and with pseudonymous actor ids resolved, and the revision of {@code asOf} (null: the
   * current state, or no revision yet at {@code asOf}).
   */
  private record Question(
      EventSort sort, EventFilter asked, EventFilter filter, Instant asOf, Long revision) {

    /** Whether the store had nothing yet at {@code asOf}. */
    boolean beforeFirstRevision() {
      return asOf != null && revision == null;
    }

    /** What the cursors of its pages are bound to. */
    String fingerprint() {
      return Cursor.fingerprint(sort.parameter, asked.canonical(), asOf);
    }
  }

  private Question question(EventFilter filter, String sortParameter, Instant asOf) {
    EventSort sort = EventSort.parse(sortParameter, filter.hasText());
    // The cursor is bound to the filter as asked: a pseudonymous actor id never turns into the
    // real one inside a cursor an anonymous reader gets.
    EventFilter resolved = filter.withActors(actors::slugOf);
    checkReferences(resolved, asOf == null);
    Long revision = null;
    if (asOf != null) {
      if (sort == EventSort.RELEVANCE) {
        throw InvalidInput.of("sort", "relevance is not available with asOf");
      }
      revision = history.revisionAt(asOf);
    }
    return new Question(sort, filter, resolved, asOf, revision);
  }

  private <T> PageView<T> page(
      EventFilter filter,
      String sortParameter,
      String cursor,
      int limit,
      Instant asOf,
      BiFunction<Event, EventLinks, T> view) {
    return read(question(filter, sortParameter, asOf), cursor, limit, view);
  }

  private <T> PageView<T> read(
      Question question, String cursor, int limit, BiFunction<Event, EventLinks, T> view) {
    if (question.beforeFirstRevision()) {
      return new PageView<>(List.of(), null);
    }
    EventSort sort = question.sort();
    String fingerprint = question.fingerprint();
    List<String> after =
        cursor == null ? null : Cursor.decode(cursor, fingerprint, sort.columns.size()).key();
    Long revision = question.revision();
    Paging.Slice<TimelineRepository.PageRow> page =
        Paging.slice(
            timeline.page(question.filter(), sort, after, limit + 1, revision),
            limit,
            fingerprint,
            TimelineRepository.PageRow::key);
    List<Long> ids = page.rows().stream().map(TimelineRepository.PageRow::id).toList();
    List<T> items;
    if (revision == null) {
      EventLinks links = eventLinks.links(ids);
      items = eventLinks.load(ids).stream().map(e -> view.apply(e, links)).toList();
    } else {
      // An event read from history: its collections are those of its revision.
      items =
          history.atRevision(Event.class, ids, revision).stream()
              .map(e -> view.apply(e, EventLinks.of(e)))
              .toList();
    }
    return new PageView<>(items, page.next());
  }

  /** The events of one actor (404 when there is no such actor), with the same filters. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PageView<EventView> listOfActor(
      String actor, EventFilter filter, String sort, String cursor, int limit, Instant asOf) {
    String slug = actors.slugOf(actor);
    if (asOf != null) {
      history.find(Actor.class, RecordKind.ACTOR, slug, asOf);
    } else if (!aggregates.unknown(RecordKind.ACTOR, Set.of(slug)).isEmpty()) {
      throw new NotFound(RecordKind.ACTOR);
    }
    return list(filter.withScopeActor(actor), sort, cursor, limit, asOf);
  }

  /** The events citing one source (404 when there is no such source), with the same filters. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PageView<EventView> listOfSource(
      String source, EventFilter filter, String sort, String cursor, int limit, Instant asOf) {
    if (asOf != null) {
      history.find(Source.class, RecordKind.SOURCE, source, asOf);
    } else if (!aggregates.unknown(RecordKind.SOURCE, Set.of(source)).isEmpty()) {
      throw new NotFound(RecordKind.SOURCE);
    }
    return list(filter.withScopeSource(source), sort, cursor, limit, asOf);
  }

  /** One event, now or as it stood at {@code asOf} (null: now). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public EventView get(String slug, Instant asOf) {
    if (asOf != null) {
      return historyView(history.find(Event.class, RecordKind.EVENT, slug, asOf));
    }
    Event event = eventLinks.findBySlug(slug).orElseThrow(() -> new NotFound(RecordKind.EVENT));
    if (event.deletedAt != null) {
      throw new Gone(RecordKind.EVENT);
    }
    return EventMapper.toView(event, eventLinks.links(List.of(event.id)));
  }

  /** Every revision of the event, with what changed. */
  @Transactional
  public List<RevisionView> history(String slug) {
    return history.history(Event.class, RecordKind.EVENT, slug, EventService::historyView);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TimelineRepository.PeriodCount> histogram(
      EventFilter filter, String interval, Instant asOf) {
    boolean monthly;
    if (interval == null || interval.equals("year")) {
      monthly = false;
    } else if (interval.equals("month")) {
      monthly = true;
    } else {
      throw InvalidInput.of("interval", "must be year or month");
    }
    filter = filter.withActors(actors::slugOf);
    checkReferences(filter, asOf == null);
    if (asOf == null) {
      return timeline.histogram(filter, monthly, null);
    }
    Long revision = history.revisionAt(asOf);
    return revision == null ? List.of() : timeline.histogram(filter, monthly, revision);
  }

  /** The view of an event read from history: its collections are those of its revision. */
  private static EventView historyView(Event event) {
    return EventMapper.toView(event, EventLinks.of(event));
  }

  /** Unknown codes and ids in a filter are the caller's mistake, not an empty answer. */
  private void checkReferences(EventFilter filter, boolean current) {
    List<FieldError> errors = new ArrayList<>();
    if (!vocabularies.unknown(Vocabulary.TOPICS, filter.topics()).isEmpty()) {
      errors.add(new FieldError("topic", "is not a known topic (see /api/v1/topics)"));
    }
    if (!vocabularies.unknown(Vocabulary.EVENT_TYPES, filter.types()).isEmpty()) {
      errors.add(new FieldError("type", "is not a known event type (see /api/v1/event-types)"));
    }
    // Ids of actors and sources that exist only in the past are fine in an asOf query.
    if (current && !aggregates.unknown(RecordKind.ACTOR, filter.actors()).isEmpty()) {
      errors.add(new FieldError("actor", "is not the id of an actor (see /api/v1/actors)"));
    }
    if (current && !aggregates.unknown(RecordKind.SOURCE, filter.sources()).isEmpty()) {
      errors.add(new FieldError("source", "is not the id of a source (see /api/v1/sources)"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  /**
   * Creates the event (a 409 when its id is taken) and answers it with its possible duplicates.
   * With {@code dryRun} the write is rolled back once answered: nothing is stored, no revision.
   */
  @Transactional
  public EventWritten create(EventInput input, boolean dryRun) {
    writes.create(rules, writer, input);
    EventWritten created = written(input.id());
    if (dryRun) {
      try {
        transactions.setRollbackOnly();
      } catch (SystemException e) {
        throw new IllegalStateException("The dry run could not be rolled back", e);
      }
    }
    return created;
  }

  /** Replaces the event with this id, if {@code expectedVersion} is current (null: any). */
  @Transactional
  public EventWritten update(String slug, EventInput input, Long expectedVersion) {
    AggregateRepository.requireSameId(slug, input.id());
    writes.replace(rules, writer, Event.class, slug, input.withId(slug), expectedVersion);
    return written(slug);
  }

  /** The event just written, with the live events it may duplicate. */
  private EventWritten written(String slug) {
    Event event = events.findBySlug(slug).orElseThrow(() -> new NotFound(RecordKind.EVENT));
    return new EventWritten(
        EventMapper.toView(event, eventLinks.links(List.of(event.id))), duplicates.of(event));
  }

  /** Deletes the event, leaving a tombstone; a 409 while live events relate to it. */
  @Transactional
  public void delete(String slug, Long expectedVersion) {
    Event event = aggregates.lockCurrent(Event.class, RecordKind.EVENT, slug, expectedVersion);
    AggregateRepository.requireUnreferenced(
        events.relationsTo(event.id), "relations of other events");
    aggregates.tombstone(event);
  }
}
