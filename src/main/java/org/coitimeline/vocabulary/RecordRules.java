package org.coitimeline.vocabulary;

import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.ExistingIds;
import org.coitimeline.kernel.FieldChecks;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Slugs;

/**
 * The field rules of one kind of record, the one place each rule is written: single writes (POST,
 * PUT), bundle and CSV imports and the seed loader all check inputs through it.
 */
public interface RecordRules<I> {
  RecordKind kind();

  /** The input's id. */
  String id(I input);

  /** Adds the ids of the records the input refers to, so they are read in one query per kind. */
  void references(I input, ExistingIds.Wanted wanted);

  /** Adds an error for every rule the input breaks. */
  void check(I input, FieldChecks checks, KnownTerms terms, ExistingIds existing);

  /**
   * The rules of a single write: every error at once, fields named alone ({@code date}).
   *
   * @throws org.coitimeline.kernel.InvalidInput when any rule is broken
   */
  default void require(I input, VocabularyRepository vocabularies, AggregateRepository aggregates) {
    ExistingIds.Wanted wanted = new ExistingIds.Wanted();
    references(input, wanted);
    FieldChecks checks = new FieldChecks("");
    checks.check("id", Slugs.problem(id(input)));
    ExistingIds existing = aggregates.existing(wanted);
    if (id(input) != null) {
      existing.add(kind(), java.util.List.of(id(input)));
    }
    check(input, checks, new KnownTerms(vocabularies), existing);
    checks.throwIfAny();
  }
}
