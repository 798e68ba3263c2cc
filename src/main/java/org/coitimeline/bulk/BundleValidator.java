package org.coitimeline.bulk;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.coitimeline.actor.ActorInput;
import org.coitimeline.event.EventInput;
import org.coitimeline.gap.GapInput;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.ExistingIds;
import org.coitimeline.kernel.FieldChecks;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Slugs;
import org.coitimeline.kernel.Values;
import org.coitimeline.source.SourceInput;
import org.coitimeline.vocabulary.TermView;
import org.coitimeline.vocabulary.Vocabulary;

/**
 * The checks that concern a bundle as a whole rather than one record: its format, the vocabulary
 * terms it defines, and its ids (valid, not repeated, not those of deleted records). Each record's
 * own fields are checked by its aggregate's rules. Errors name the record: {@code
 * events[some-id].date}.
 */
final class BundleValidator {
  private final Bundle bundle;
  private final AggregateRepository aggregates;
  private final FieldChecks checks = new FieldChecks("");
  private final ExistingIds ownIds = new ExistingIds();

  private final BundleImporter.Part part;

  BundleValidator(Bundle bundle, AggregateRepository aggregates, BundleImporter.Part part) {
    this.bundle = bundle;
    this.aggregates = aggregates;
    this.part = part;
  }

  static List<TermView> terms(Bundle.Vocabularies v, Vocabulary vocabulary) {
    if (v == null) {
      return List.of();
    }
    return Values.list(
        switch (vocabulary) {
          case EVENT_TYPES -> v.eventTypes();
          case TOPICS -> v.topics();
          case ACTOR_ROLES -> v.actorRoles();
          case ACTOR_TYPES -> v.actorTypes();
          case SOURCE_TYPES -> v.sourceTypes();
          case RELATION_KINDS -> v.relationKinds();
        });
  }

  /** How a record of the bundle is named in errors: by its id when valid, else its position. */
  static String name(RecordKind kind, int index, String id) {
    return kind.plural() + "[" + (Slugs.isValid(id) ? id : String.valueOf(index)) + "]";
  }

  /** The bundle's own checks; the returned checks collect the records' errors too. */
  FieldChecks validate() {
    if (!Bundle.FORMAT.equals(bundle.format())) {
      checks.error("format", "must be " + Bundle.FORMAT);
    }
    if (bundle.formatVersion() == null || bundle.formatVersion() != 1) {
      checks.error("formatVersion", "must be 1");
    }
    for (Vocabulary vocabulary : Vocabulary.values()) {
      Set<String> codes = new HashSet<>();
      List<TermView> terms = terms(bundle.vocabularies(), vocabulary);
      for (int i = 0; i < terms.size(); i++) {
        TermView term = terms.get(i);
        FieldChecks at = checks.under("vocabularies." + vocabulary.bundleName() + "[" + i + "]");
        if (term == null || !Slugs.isValid(term.code()) || term.code().length() > 40) {
          at.error("code", "must be a code of lower-case words joined by hyphens, at most 40");
          continue;
        }
        if (!codes.add(term.code())) {
          at.error("code", "appears twice");
        }
        at.required("label", term.label(), 200);
        at.optional("description", term.description(), 1000);
      }
    }
    ids(RecordKind.ACTOR, bundle.actors(), ActorInput::id);
    ids(RecordKind.SOURCE, bundle.sources(), SourceInput::id);
    ids(RecordKind.EVENT, bundle.events(), EventInput::id);
    ids(RecordKind.GAP, bundle.gaps(), GapInput::id);
    return checks;
  }

  /** Counts the bundle's own records as existing, for the references between them. */
  void addOwnIds(ExistingIds existing) {
    existing.addAll(ownIds);
  }

  private <I> void ids(RecordKind kind, List<I> records, Function<I, String> id) {
    Set<String> seen = new HashSet<>();
    List<I> list = Values.list(records);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        continue; // reported with the record's own checks
      }
      String value = id.apply(list.get(i));
      String problem = Slugs.problem(value);
      if (problem != null) {
        checks.error(kind.plural() + "[" + (part.offset(kind) + i) + "].id", problem);
      } else if (!seen.add(value) || part.heldEarlier(kind, value)) {
        checks.error(kind.plural() + "[" + value + "].id", "appears twice in the bundle");
      }
    }
    ownIds.add(kind, seen);
    // Ids of deleted records stay taken: a tombstone is never overwritten.
    for (String slug : aggregates.deleted(kind, seen)) {
      checks.error(
          name(kind, -1, slug) + ".id", "belongs to a deleted record; ids are never reused");
    }
  }
}
