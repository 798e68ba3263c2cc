package org.coitimeline.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coitimeline.actor.ActorRules;
import org.coitimeline.actor.ActorWriter;
import org.coitimeline.event.EventRules;
import org.coitimeline.event.EventWriter;
import org.coitimeline.gap.GapRules;
import org.coitimeline.gap.GapWriter;
import org.coitimeline.kernel.Aggregate;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.ExistingIds;
import org.coitimeline.kernel.FieldChecks;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Values;
import org.coitimeline.kernel.WriteResult;
import org.coitimeline.source.SourceRules;
import org.coitimeline.source.SourceWriter;
import org.coitimeline.vocabulary.KnownTerms;
import org.coitimeline.vocabulary.RecordRules;
import org.coitimeline.vocabulary.TermView;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;

/**
 * Writes a bundle into the store in one transaction: every record is checked first by its
 * aggregate's rules and the bundle's own checks (all errors reported together, each named by its
 * record and field), then vocabulary terms, actors, sources, events and gaps are written, in that
 * order, by their aggregates' writers. Nothing is written when any record is invalid. Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class BundleImporter {
  @Inject EntityManager em;
  @Inject VocabularyRepository vocabularies;
  @Inject AggregateRepository aggregates;
  @Inject ActorRules actorRules;
  @Inject SourceRules sourceRules;
  @Inject EventRules eventRules;
  @Inject GapRules gapRules;
  @Inject ActorWriter actors;
  @Inject SourceWriter sources;
  @Inject EventWriter events;
  @Inject GapWriter gaps;

  /**
   * Imports the bundle: creates or updates every record by id. A record that already holds exactly
   * the input is left alone (no new revision, same version) and reported unchanged.
   */
  public ImportReport importBundle(Bundle bundle) {
    return importPart(bundle, Part.WHOLE);
  }

  /**
   * Where a part of a longer import stands in it: the position of its first record of each kind
   * (for the names of records in errors) and those of its ids of each kind that the parts before it
   * held (an id may appear once in the whole import).
   */
  record Part(Map<RecordKind, Integer> offsets, Map<RecordKind, Set<String>> heldEarlier) {
    static final Part WHOLE = new Part(Map.of(), Map.of());

    int offset(RecordKind kind) {
      return offsets.getOrDefault(kind, 0);
    }

    boolean heldEarlier(RecordKind kind, String id) {
      return heldEarlier.getOrDefault(kind, Set.of()).contains(id);
    }
  }

  /** Imports one part of a longer import, as {@link #importBundle} imports a whole bundle. */
  ImportReport importPart(Bundle bundle, Part part) {
    check(bundle, part);
    Instant now = Aggregate.now();
    List<ImportReport.RecordResult> report = new ArrayList<>();
    if (bundle.vocabularies() != null) {
      for (Vocabulary vocabulary : Vocabulary.values()) {
        for (TermView term : BundleValidator.terms(bundle.vocabularies(), vocabulary)) {
          report.add(
              new ImportReport.RecordResult(
                  vocabulary.termName().replace(' ', '-'),
                  term.code(),
                  vocabularies.upsert(vocabulary, term)));
        }
      }
      em.flush();
    }
    List<WriteResult> written = new ArrayList<>();
    written.addAll(actors.write(Values.list(bundle.actors()), true, now));
    written.addAll(sources.write(Values.list(bundle.sources()), true, now));
    written.addAll(events.write(Values.list(bundle.events()), true, now));
    written.addAll(gaps.write(Values.list(bundle.gaps()), true, now));
    written.forEach(
        w ->
            report.add(
                new ImportReport.RecordResult(w.kind().label(), w.id(), w.action().label())));
    return ImportReport.of(false, report);
  }

  /** Every error of the bundle at once: its own checks, then each record's rules. */
  private void check(Bundle bundle, Part part) {
    BundleValidator validator = new BundleValidator(bundle, aggregates, part);
    FieldChecks checks = validator.validate();
    KnownTerms terms = new KnownTerms(vocabularies);
    for (Vocabulary vocabulary : Vocabulary.values()) {
      terms.with(
          vocabulary,
          BundleValidator.terms(bundle.vocabularies(), vocabulary).stream()
              .filter(t -> t != null && t.code() != null)
              .map(TermView::code)
              .toList());
    }
    ExistingIds.Wanted wanted = new ExistingIds.Wanted();
    references(actorRules, bundle.actors(), wanted);
    references(sourceRules, bundle.sources(), wanted);
    references(eventRules, bundle.events(), wanted);
    references(gapRules, bundle.gaps(), wanted);
    ExistingIds existing = aggregates.existing(wanted);
    validator.addOwnIds(existing);
    check(actorRules, bundle.actors(), checks, terms, existing, part.offset(RecordKind.ACTOR));
    check(sourceRules, bundle.sources(), checks, terms, existing, part.offset(RecordKind.SOURCE));
    check(eventRules, bundle.events(), checks, terms, existing, part.offset(RecordKind.EVENT));
    check(gapRules, bundle.gaps(), checks, terms, existing, part.offset(RecordKind.GAP));
    checks.throwIfAny();
  }

  private static <I> void references(
      RecordRules<I> rules, List<I> inputs, ExistingIds.Wanted wanted) {
    Values.list(inputs).stream()
        .filter(Objects::nonNull)
        .forEach(input -> rules.references(input, wanted));
  }

  private static <I> void check(
      RecordRules<I> rules,
      List<I> inputs,
      FieldChecks checks,
      KnownTerms terms,
      ExistingIds existing,
      int offset) {
    List<I> list = Values.list(inputs);
    for (int i = 0; i < list.size(); i++) {
      I input = list.get(i);
      if (input == null) {
        checks.error(
            rules.kind().plural() + "[" + (offset + i) + "]", "must be a record, not null");
        continue;
      }
      String at = BundleValidator.name(rules.kind(), offset + i, rules.id(input));
      rules.check(input, checks.under(at), terms, existing);
    }
  }
}
