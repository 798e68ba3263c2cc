package org.coitimeline.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coitimeline.bulk.Bundle;
import org.coitimeline.bulk.BundleImporter;
import org.coitimeline.common.AggregateWrites;
import org.coitimeline.common.InvalidInput;
import org.coitimeline.common.NotFound;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;
import org.coitimeline.web.Cursor;
import org.coitimeline.web.PageView;
import org.coitimeline.web.Paging;

/** Reads of actors. */
@ApplicationScoped
public class ActorService {
  @Inject ActorRepository actors;
  @Inject BundleImporter importer;
  @Inject AggregateWrites writes;
  @Inject VocabularyRepository vocabularies;

  @Transactional
  public PageView<ActorView> list(
      String text, Set<String> types, Set<String> countries, String cursor, int limit) {
    if (!vocabularies.unknown(Vocabulary.ACTOR_TYPES, types).isEmpty()) {
      throw InvalidInput.of("type", "is not a known actor type (see /api/v1/actor-types)");
    }
    String fingerprint = Cursor.fingerprint("actors", text, types, countries);
    List<Actor> rows =
        actors.page(text, types, countries, Paging.afterId(cursor, fingerprint), limit + 1);
    Paging.Slice<Actor> page = Paging.slice(rows, limit, fingerprint, a -> List.of(a.slug));
    return new PageView<>(views(page.rows()), page.next());
  }

  @Transactional
  public ActorView get(String slug) {
    return views(List.of(actors.findBySlug(slug).orElseThrow(() -> new NotFound("actor")))).get(0);
  }

  private List<ActorView> views(List<Actor> page) {
    List<Long> ids = page.stream().map(a -> a.id).toList();
    Map<Long, List<String>> aliases = actors.aliases(ids);
    Map<Long, List<String>> countries = actors.countries(ids);
    return page.stream()
        .map(
            a ->
                new ActorView(
                    a.slug,
                    a.name,
                    a.originalName,
                    a.acronym,
                    aliases.getOrDefault(a.id, List.of()),
                    a.typeCode,
                    countries.getOrDefault(a.id, List.of()),
                    a.parent == null ? null : a.parent.slug,
                    a.description,
                    a.version,
                    a.createdAt,
                    a.updatedAt))
        .toList();
  }

  /** Creates the actor; a 409 when its id is taken. */
  @Transactional
  public ActorView create(ActorInput input) {
    writes.requireFreeId(Actor.class, "actor", input.id());
    importer.writeRecord(Bundle.of(input));
    return get(input.id());
  }

  /** Replaces the actor with this id, if {@code expectedVersion} is current (null: any). */
  @Transactional
  public ActorView update(String slug, ActorInput input, Long expectedVersion) {
    AggregateWrites.requireSameId(slug, input.id());
    writes.lockCurrent(Actor.class, "actor", slug, expectedVersion);
    importer.writeRecord(Bundle.of(input.withId(slug)));
    return get(slug);
  }

  /** Deletes the actor, leaving a tombstone; a 409 while live events or actors refer to it. */
  @Transactional
  public void delete(String slug, Long expectedVersion) {
    Actor actor = writes.lockCurrent(Actor.class, "actor", slug, expectedVersion);
    AggregateWrites.requireUnreferenced(actors.references(actor.id), "events or actors");
    writes.tombstone(actor);
  }
}
