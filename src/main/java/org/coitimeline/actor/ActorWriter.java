package org.coitimeline.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coitimeline.history.NewRecords;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.RecordWriter;
import org.coitimeline.kernel.Values;
import org.coitimeline.kernel.WriteResult;

/** Writes checked actor inputs into the store: creates or updates each by id. */
@ApplicationScoped
public class ActorWriter implements RecordWriter<ActorInput> {
  @Inject EntityManager em;
  @Inject ActorRepository actors;

  /**
   * Creates or updates every actor by id, then sets their parents (which may be among them). With
   * {@code skipUnchanged}, an actor that already holds exactly its input is left alone: no new
   * revision, same version.
   */
  @Override
  public List<WriteResult> write(List<ActorInput> inputs, boolean skipUnchanged, Instant now) {
    Map<String, Actor> bySlug = actors.findBySlugs(inputs.stream().map(ActorInput::id).toList());
    Map<String, ActorInput> unchanged = skipUnchanged ? unchanged(inputs, bySlug) : Map.of();
    List<WriteResult> results = new ArrayList<>();
    for (ActorInput input : inputs) {
      if (unchanged.containsKey(input.id())) {
        results.add(WriteResult.unchanged(RecordKind.ACTOR, input.id()));
        continue;
      }
      Actor actor = bySlug.get(input.id());
      results.add(WriteResult.written(RecordKind.ACTOR, input.id(), actor == null));
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
      Values.replace(actor.aliases, input.aliases());
      Values.replace(actor.countries, input.countries());
      actor.protectedPerson = input.protects();
      if (actor.protectedPerson && actor.pseudonym == null) {
        actor.pseudonym = actors.nextPseudonym();
      }
      actor.updatedAt = now;
      if (actor.id == null) {
        em.persist(actor);
        NewRecords.created(em, actor.id);
      }
      bySlug.put(actor.slug, actor);
    }
    List<String> parents =
        inputs.stream()
            .map(ActorInput::parent)
            .filter(p -> p != null && !bySlug.containsKey(p))
            .toList();
    bySlug.putAll(actors.findBySlugs(parents));
    for (ActorInput input : inputs) {
      if (!unchanged.containsKey(input.id())) {
        bySlug.get(input.id()).parent = input.parent() == null ? null : bySlug.get(input.parent());
      }
    }
    em.flush();
    return results;
  }

  /** The inputs that equal their stored actor, by id. */
  private Map<String, ActorInput> unchanged(List<ActorInput> inputs, Map<String, Actor> stored) {
    List<Actor> live = stored.values().stream().filter(a -> a.deletedAt == null).toList();
    Map<String, ActorView> views = new HashMap<>();
    actors.views(live).forEach(v -> views.put(v.id(), v));
    Map<String, ActorInput> unchanged = new HashMap<>();
    for (ActorInput input : inputs) {
      ActorView view = views.get(input.id());
      if (view != null && ActorMapper.toInput(view).equals(ActorMapper.canonical(input))) {
        unchanged.put(input.id(), input);
      }
    }
    return unchanged;
  }
}
