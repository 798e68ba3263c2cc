package org.coitimeline.vocabulary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.coitimeline.kernel.JdbcRows;

/** Reads and extends the controlled vocabularies. */
@ApplicationScoped
public class VocabularyRepository {
  /** Codes kept per vocabulary at most (see {@link #unknown}). */
  static final int KEPT_CODES = 10_000;

  @Inject EntityManager em;
  @Inject JdbcRows jdbc;
  @Inject TransactionSynchronizationRegistry transactions;

  /** Codes a committed read found, per vocabulary (see {@link #unknown}). */
  private final Map<Vocabulary, Set<String>> committed = new ConcurrentHashMap<>();

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

  /**
   * The codes among {@code codes} that are not terms of the vocabulary. A list filtered by topic or
   * type asks this on every read, so codes found by a read outside any transaction (committed) are
   * kept, up to {@link #KEPT_CODES} per vocabulary: terms are never removed, so a code once stored
   * stays a term, and a filter of known codes is checked without a statement. A code not found is
   * looked up again each time (it may be added).
   */
  public Set<String> unknown(Vocabulary vocabulary, Collection<String> codes) {
    Set<String> missing = new HashSet<>(codes);
    missing.remove(null);
    Set<String> kept = committed.computeIfAbsent(vocabulary, v -> ConcurrentHashMap.newKeySet());
    missing.removeAll(kept);
    if (missing.isEmpty()) {
      return missing;
    }
    List<String> found = new ArrayList<>();
    jdbc.rows(
        "SELECT t.code FROM " + table(vocabulary) + " t WHERE t.code IN (:codes)",
        Map.of("codes", List.copyOf(missing)),
        r -> found.add(r.getString(1)));
    if (transactions.getTransactionKey() == null && kept.size() < KEPT_CODES) {
      kept.addAll(found);
    }
    missing.removeAll(found);
    return missing;
  }

  private static String table(Vocabulary vocabulary) {
    return vocabulary.entity.getAnnotation(Table.class).name();
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
