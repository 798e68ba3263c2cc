package org.coitimeline.vocabulary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Reads and extends the controlled vocabularies. */
@ApplicationScoped
public class VocabularyRepository {
  @Inject EntityManager em;

  public List<TermView> list(Vocabulary vocabulary) {
    return em.createQuery(
            "select t from " + vocabulary.entity.getSimpleName() + " t order by t.code",
            VocabularyTerm.class)
        .getResultStream()
        .map(t -> new TermView(t.code, t.label, t.description))
        .toList();
  }

  /** Every code of the vocabulary (a few dozen at most). */
  public Set<String> codes(Vocabulary vocabulary) {
    return new HashSet<>(
        em.createQuery(
                "select t.code from " + vocabulary.entity.getSimpleName() + " t", String.class)
            .getResultList());
  }

  /** The codes among {@code codes} that are not terms of the vocabulary. */
  public Set<String> unknown(Vocabulary vocabulary, Collection<String> codes) {
    Set<String> missing = new HashSet<>(codes);
    missing.remove(null);
    if (missing.isEmpty()) {
      return missing;
    }
    missing.removeAll(
        em.createQuery(
                "select t.code from "
                    + vocabulary.entity.getSimpleName()
                    + " t where t.code in :codes",
                String.class)
            .setParameter("codes", missing)
            .getResultList());
    return missing;
  }

  /**
   * Adds the term, or updates its label and description when the code exists.
   *
   * @return created, updated, or unchanged when the term already had this label and description
   */
  public String upsert(Vocabulary vocabulary, TermView term) {
    VocabularyTerm entity = em.find(vocabulary.entity, term.code());
    if (entity == null) {
      entity = vocabulary.newTerm();
      entity.code = term.code();
      entity.label = term.label();
      entity.description = term.description();
      em.persist(entity);
      return "created";
    }
    if (Objects.equals(entity.label, term.label())
        && Objects.equals(entity.description, term.description())) {
      return "unchanged";
    }
    entity.label = term.label();
    entity.description = term.description();
    return "updated";
  }
}
