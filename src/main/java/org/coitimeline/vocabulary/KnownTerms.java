package org.coitimeline.vocabulary;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.coitimeline.kernel.FieldChecks;

/**
 * The terms inputs may use: the stored vocabularies, each read once when first needed, plus the
 * terms a bundle defines for itself. One per write or import, so that checking a thousand records
 * costs at most one query per vocabulary.
 */
public final class KnownTerms {
  private final VocabularyRepository repository;
  private final Map<Vocabulary, Set<String>> codes = new EnumMap<>(Vocabulary.class);

  public KnownTerms(VocabularyRepository repository) {
    this.repository = repository;
  }

  /** Adds terms that the same import defines. */
  public KnownTerms with(Vocabulary vocabulary, Collection<String> added) {
    known(vocabulary).addAll(added);
    return this;
  }

  public boolean knows(Vocabulary vocabulary, String code) {
    return known(vocabulary).contains(code);
  }

  /** Checks that the field holds a term of the vocabulary ("is required" when null). */
  public void check(FieldChecks checks, String field, Vocabulary vocabulary, String code) {
    if (code == null) {
      checks.error(field, "is required");
    } else if (!knows(vocabulary, code)) {
      checks.error(field, "is not a known " + vocabulary.termName());
    }
  }

  private Set<String> known(Vocabulary vocabulary) {
    return codes.computeIfAbsent(vocabulary, v -> new HashSet<>(repository.codes(v)));
  }
}
