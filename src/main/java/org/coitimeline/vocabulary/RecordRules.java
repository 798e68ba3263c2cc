package org.coitimeline.vocabulary;

import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.ExistingIds;
import org.coitimeline.kernel.FieldChecks;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Slugs;

/**
 * The field rules of one kind of record, the one place each rule is written: single writes (POST,
 * PUT), bundle and CSV imports and the seed loader all check inputs through it.
 */
public abstract class RecordRules<I> {
  @Inject protected VocabularyRepository vocabularies;
  @Inject protected AggregateRepository aggregates;

  private final RecordKind kind;
  private final Function<I, String> id;

  protected RecordRules(RecordKind kind, Function<I, String> id) {
    this.kind = kind;
    this.id = id;
  }

  public RecordKind kind() {
    return kind;
  }

  /** The input's id. */
  public String id(I input) {
    return id.apply(input);
  }

  /** Adds the ids of the records the input refers to, so they are read in one query per kind. */
  public abstract void references(I input, ExistingIds.Wanted wanted);

  /** Adds an error for every rule the input breaks. */
  public abstract void check(I input, FieldChecks checks, KnownTerms terms, ExistingIds existing);

  /**
   * The rules of a single write: every error at once, fields named alone ({@code date}).
   *
   * @throws org.coitimeline.kernel.InvalidInput when any rule is broken
   */
  public void require(I input) {
    ExistingIds.Wanted wanted = new ExistingIds.Wanted();
    references(input, wanted);
    FieldChecks checks = new FieldChecks("");
    checks.check("id", Slugs.problem(id(input)));
    ExistingIds existing = aggregates.existing(wanted);
    if (id(input) != null) {
      existing.add(kind, List.of(id(input)));
    }
    check(input, checks, new KnownTerms(vocabularies), existing);
    checks.throwIfAny();
  }
}
