package org.coitimeline.actor;

import jakarta.enterprise.context.ApplicationScoped;
import org.coitimeline.kernel.ExistingIds;
import org.coitimeline.kernel.FieldChecks;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Values;
import org.coitimeline.vocabulary.KnownTerms;
import org.coitimeline.vocabulary.RecordRules;
import org.coitimeline.vocabulary.Vocabulary;

/** The field rules of an actor, for every way an actor is written. */
@ApplicationScoped
public class ActorRules extends RecordRules<ActorInput> {

  public ActorRules() {
    super(RecordKind.ACTOR, ActorInput::id);
  }

  @Override
  public void references(ActorInput a, ExistingIds.Wanted wanted) {
    wanted.add(RecordKind.ACTOR, a.parent());
  }

  @Override
  public void check(ActorInput a, FieldChecks checks, KnownTerms terms, ExistingIds existing) {
    if (Pseudonym.reserved(a.id())) {
      checks.error("id", "protected-<number> is kept for the pseudonyms of protected people");
    }
    checks.required("name", a.name(), 300);
    checks.optional("originalName", a.originalName(), 300);
    checks.optional("acronym", a.acronym(), 40);
    checks.optional("description", a.description(), 2000);
    checks.size("aliases", a.aliases(), 50);
    checks.size("countries", a.countries(), 50);
    Values.list(a.aliases()).forEach(alias -> checks.required("aliases", alias, 300));
    terms.check(checks, "type", Vocabulary.ACTOR_TYPES, a.type());
    checks.countries("countries", a.countries(), false);
    if (a.parent() != null) {
      if (a.parent().equals(a.id())) {
        checks.error("parent", "must not be the actor itself");
      } else if (!existing.has(RecordKind.ACTOR, a.parent())) {
        checks.error("parent", "is not the id of an actor in the bundle or the store");
      }
    }
  }
}
