package org.coitimeline.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coitimeline.bulk.Bundle;
import org.coitimeline.bulk.BundleImporter;
import org.coitimeline.history.HistoryReader;
import org.coitimeline.history.RevisionView;
import org.coitimeline.kernel.AggregateWrites;
import org.coitimeline.kernel.Cursor;
import org.coitimeline.kernel.Gone;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.NotFound;
import org.coitimeline.kernel.PageView;
import org.coitimeline.kernel.Paging;
import org.coitimeline.kernel.Text;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;

/** Reads of actors. */
@ApplicationScoped
public class ActorService {
  @Inject ActorRepository actors;
  @Inject BundleImporter importer;
  @Inject AggregateWrites writes;
  @Inject VocabularyRepository vocabularies;
  @Inject HistoryReader history;

  @Transactional
  public PageView<ActorView> list(
      String text,
      Set<String> types,
      Set<String> countries,
      String cursor,
      int limit,
      Instant asOf) {
    if (!vocabularies.unknown(Vocabulary.ACTOR_TYPES, types).isEmpty()) {
      throw InvalidInput.of("type", "is not a known actor type (see /api/v1/actor-types)");
    }
    if (asOf != null) {
      List<ActorView> matching =
          history.all(Actor.class, asOf).stream()
              .map(ActorService::historyView)
              .filter(a -> text == null || matchesText(a, text))
              .filter(a -> types.isEmpty() || types.contains(a.type()))
              .filter(
                  a -> countries.isEmpty() || a.countries().stream().anyMatch(countries::contains))
              .sorted(Comparator.comparing(ActorView::id))
              .toList();
      return Paging.inMemory(
          matching,
          cursor,
          Cursor.fingerprint("actors", text, types, countries, asOf),
          limit,
          ActorView::id);
    }
    String fingerprint = Cursor.fingerprint("actors", text, types, countries);
    List<Actor> rows =
        actors.page(text, types, countries, Paging.afterId(cursor, fingerprint), limit + 1);
    Paging.Slice<Actor> page = Paging.slice(rows, limit, fingerprint, a -> List.of(a.slug));
    return new PageView<>(views(page.rows()), page.next());
  }

  /** One actor, now or as it stood at {@code asOf} (null: now). */
  @Transactional
  public ActorView get(String slug, Instant asOf) {
    if (asOf != null) {
      return historyView(history.find(Actor.class, "actor", slug, asOf));
    }
    Actor actor = actors.findBySlug(slug).orElseThrow(() -> new NotFound("actor"));
    if (actor.deletedAt != null) {
      throw new Gone("actor");
    }
    return views(List.of(actor)).get(0);
  }

  private List<ActorView> views(List<Actor> page) {
    List<Long> ids = page.stream().map(a -> a.id).toList();
    Map<Long, List<String>> aliases = actors.aliases(ids);
    Map<Long, List<String>> countries = actors.countries(ids);
    return page.stream()
        .map(
            a ->
                toView(
                    a,
                    aliases.getOrDefault(a.id, List.of()),
                    countries.getOrDefault(a.id, List.of())))
        .toList();
  }

  /** The view of an actor with its aliases and countries (loaded in bulk, or from history). */
  public static ActorView toView(Actor a, List<String> aliases, List<String> countries) {
    return new ActorView(
        a.slug,
        a.name,
        a.originalName,
        a.acronym,
        aliases,
        a.typeCode,
        countries,
        a.parent == null ? null : a.parent.slug,
        a.description,
        a.version,
        a.createdAt,
        a.updatedAt);
  }

  /** Creates the actor; a 409 when its id is taken. */
  @Transactional
  public ActorView create(ActorInput input) {
    writes.requireFreeId(Actor.class, "actor", input.id());
    importer.writeRecord(Bundle.of(input));
    return get(input.id(), null);
  }

  /** Replaces the actor with this id, if {@code expectedVersion} is current (null: any). */
  @Transactional
  public ActorView update(String slug, ActorInput input, Long expectedVersion) {
    AggregateWrites.requireSameId(slug, input.id());
    writes.lockCurrent(Actor.class, "actor", slug, expectedVersion);
    importer.writeRecord(Bundle.of(input.withId(slug)));
    return get(slug, null);
  }

  /** Deletes the actor, leaving a tombstone; a 409 while live events or actors refer to it. */
  @Transactional
  public void delete(String slug, Long expectedVersion) {
    Actor actor = writes.lockCurrent(Actor.class, "actor", slug, expectedVersion);
    AggregateWrites.requireUnreferenced(actors.references(actor.id), "events or actors");
    writes.tombstone(actor);
  }

  /** Every revision of the actor, with what changed. */
  @Transactional
  public List<RevisionView> history(String slug) {
    return history.history(Actor.class, "actor", slug, ActorService::historyView);
  }

  private static ActorView historyView(Actor actor) {
    return toView(actor, List.copyOf(actor.aliases), actor.countries.stream().sorted().toList());
  }

  private static boolean matchesText(ActorView actor, String text) {
    return Text.contains(actor.name(), text)
        || Text.contains(actor.originalName(), text)
        || Text.contains(actor.acronym(), text)
        || actor.aliases().stream().anyMatch(alias -> Text.contains(alias, text));
  }
}
