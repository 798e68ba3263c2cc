package org.coitimeline.actor;

import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.coitimeline.history.HistoryRepository;
import org.coitimeline.history.RevisionView;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.Cursor;
import org.coitimeline.kernel.Gone;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.NotFound;
import org.coitimeline.kernel.PageView;
import org.coitimeline.kernel.Paging;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Relevance;
import org.coitimeline.kernel.Retryable;
import org.coitimeline.vocabulary.SingleWrites;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;
import org.eclipse.microprofile.faulttolerance.Retry;

/** Reads and writes of actors. */
@ApplicationScoped
@Retry
@RetryWhen(exception = Retryable.class)
public class ActorService {
  @Inject ActorRepository actors;
  @Inject ActorRules rules;
  @Inject ActorWriter writer;
  @Inject AggregateRepository aggregates;
  @Inject SingleWrites writes;
  @Inject VocabularyRepository vocabularies;
  @Inject HistoryRepository history;

  @Transactional
  public PageView<ActorView> list(
      String text,
      Set<String> types,
      Set<String> countries,
      String cursor,
      int limit,
      Instant asOf,
      boolean withProtected) {
    if (!vocabularies.unknown(Vocabulary.ACTOR_TYPES, types).isEmpty()) {
      throw InvalidInput.of("type", "is not a known actor type (see /api/v1/actor-types)");
    }
    String fingerprint = Cursor.fingerprint("actors", text, types, countries, asOf);
    // Anonymous lists leave protected people out: their place in id order, a cursor ending on
    // them or a match of the search would tell their real id or name.
    if (asOf == null && text == null) {
      List<Actor> rows =
          actors.page(
              types, countries, Paging.afterId(cursor, fingerprint), limit + 1, withProtected);
      Paging.Slice<Actor> page = Paging.slice(rows, limit, fingerprint, a -> List.of(a.slug));
      return new PageView<>(actors.views(page.rows()), page.next());
    }
    ProtectedPeople hidden =
        withProtected || asOf == null ? ProtectedPeople.NONE : actors.protectedPeople();
    // Searches and as-of lists are ranked (or filtered) in memory over the matching actors.
    List<ActorView> matching =
        asOf == null
            ? actors.views(actors.matching(text, types, countries, withProtected))
            : history.all(Actor.class, asOf).stream()
                .map(ActorMapper::historyView)
                .filter(a -> types.isEmpty() || types.contains(a.type()))
                .filter(
                    a ->
                        countries.isEmpty() || a.countries().stream().anyMatch(countries::contains))
                .filter(a -> withProtected || !hidden.hides(a.id()))
                .toList();
    List<ActorView> ordered =
        text == null
            ? matching.stream().sorted(Comparator.comparing(ActorView::id)).toList()
            : Relevance.ranked(matching, a -> rank(a, text), ActorView::id);
    return Paging.inMemory(ordered, cursor, fingerprint, limit, ActorView::id);
  }

  /** One actor, now or as it stood at {@code asOf} (null: now). */
  @Transactional
  public ActorView get(String id, Instant asOf) {
    String slug = actors.slugOf(id);
    if (asOf != null) {
      return ActorMapper.historyView(history.find(Actor.class, RecordKind.ACTOR, slug, asOf));
    }
    Actor actor = actors.findBySlug(slug).orElseThrow(() -> new NotFound(RecordKind.ACTOR));
    if (actor.deletedAt != null) {
      throw new Gone(RecordKind.ACTOR);
    }
    return actors.views(List.of(actor)).get(0);
  }

  /** Creates the actor; a 409 when its id is taken. */
  @Transactional
  public ActorView create(ActorInput input) {
    writes.create(rules, writer, input);
    return get(input.id(), null);
  }

  /** Replaces the actor with this id, if {@code expectedVersion} is current (null: any). */
  @Transactional
  public ActorView update(String slug, ActorInput input, Long expectedVersion) {
    AggregateRepository.requireSameId(slug, input.id());
    writes.replace(rules, writer, Actor.class, slug, input.withId(slug), expectedVersion);
    return get(slug, null);
  }

  /** Deletes the actor, leaving a tombstone; a 409 while live events or actors refer to it. */
  @Transactional
  public void delete(String slug, Long expectedVersion) {
    Actor actor = aggregates.lockCurrent(Actor.class, RecordKind.ACTOR, slug, expectedVersion);
    AggregateRepository.requireUnreferenced(actors.references(actor.id), "events or actors");
    aggregates.tombstone(actor);
  }

  /** Every revision of the actor, with what changed. */
  @Transactional
  public List<RevisionView> history(String id) {
    return history.history(
        Actor.class, RecordKind.ACTOR, actors.slugOf(id), ActorMapper::historyView);
  }

  /**
   * The actors protected now, with their pseudonyms. Read on every anonymous answer, so without a
   * transaction of its own (two statements under read committed; a transaction would add three
   * round trips); inside a caller's transaction it joins it.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ProtectedPeople protectedPeople() {
    // Read for every answer, never kept: a person protected through another instance must be
    // hidden in the very next answer of this one (one statement on a key).
    return actors.protectedPeople();
  }

  /** The actor id a pseudonymous id stands for (any other id as it is). */
  @Transactional
  public String slugOf(String id) {
    return actors.slugOf(id);
  }

  /**
   * How well the actor matches a search: its name, acronym or original name exactly, then as a
   * prefix, then anywhere; then its aliases; then its description.
   */
  static int rank(ActorView actor, String text) {
    return Relevance.rank(
        text,
        java.util.Arrays.asList(actor.name(), actor.acronym(), actor.originalName()),
        actor.aliases(),
        java.util.Collections.singletonList(actor.description()));
  }
}
