package org.coitimeline.actor;

import java.util.List;
import org.coitimeline.kernel.Values;

/**
 * Actors between entity, API view and input. {@link #toInput} and {@link #canonical} give the
 * canonical input shape (sets sorted): a stored actor and an input that would store exactly it come
 * out equal, which is how a write tells an unchanged actor, and what an export writes.
 */
public final class ActorMapper {
  private ActorMapper() {}

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
        a.protectedPerson,
        Pseudonym.id(a.pseudonym),
        a.version,
        a.createdAt,
        a.updatedAt);
  }

  /** The view of an actor read from history, whose collections are those of its revision. */
  public static ActorView historyView(Actor actor) {
    return toView(actor, List.copyOf(actor.aliases), actor.countries.stream().sorted().toList());
  }

  public static ActorInput toInput(ActorView v) {
    return new ActorInput(
        v.id(),
        v.name(),
        v.originalName(),
        v.acronym(),
        Values.sorted(v.aliases()),
        v.type(),
        Values.sorted(v.countries()),
        v.parent(),
        v.description(),
        v.protectedPerson() ? Boolean.TRUE : null);
  }

  /** A valid input as it will be stored. */
  public static ActorInput canonical(ActorInput i) {
    return new ActorInput(
        i.id(),
        i.name(),
        i.originalName(),
        i.acronym(),
        Values.sorted(i.aliases()),
        i.type(),
        Values.sorted(i.countries()),
        i.parent(),
        i.description(),
        i.protects() ? Boolean.TRUE : null);
  }
}
