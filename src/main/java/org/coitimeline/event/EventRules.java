package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.edtf.InvalidEdtfException;
import org.coitimeline.kernel.Countries;
import org.coitimeline.kernel.DateInput;
import org.coitimeline.kernel.ExistingIds;
import org.coitimeline.kernel.FieldChecks;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Values;
import org.coitimeline.vocabulary.KnownTerms;
import org.coitimeline.vocabulary.RecordRules;
import org.coitimeline.vocabulary.Vocabulary;

/** The field rules of an event, for every way an event is written. */
@ApplicationScoped
public class EventRules extends RecordRules<EventInput> {
  /** The qualifiers a figure may carry. */
  public static final Set<String> QUALIFIERS =
      Set.of("at-least", "more-than", "about", "at-most", "less-than");

  private static final BigDecimal FIGURE_LIMIT = new BigDecimal("1e18");

  public EventRules() {
    super(RecordKind.EVENT, EventInput::id);
  }

  @Override
  public void references(EventInput e, ExistingIds.Wanted wanted) {
    Values.list(e.actors()).stream()
        .filter(r -> r != null)
        .forEach(r -> wanted.add(RecordKind.ACTOR, r.id()));
    Values.list(e.sources()).stream()
        .filter(r -> r != null)
        .forEach(r -> wanted.add(RecordKind.SOURCE, r.id()));
    Values.list(e.related()).stream()
        .filter(r -> r != null)
        .forEach(r -> wanted.add(RecordKind.EVENT, r.id()));
  }

  @Override
  public void check(EventInput e, FieldChecks checks, KnownTerms terms, ExistingIds existing) {
    checks.required("title", e.title(), 500);
    checks.optional("summary", e.summary(), 20000);
    checks.optional("place", e.place(), 300);
    date(e.date(), checks);
    terms.check(checks, "type", Vocabulary.EVENT_TYPES, e.type());
    checks.size("topics", e.topics(), 50);
    checks.size("countries", e.countries(), 50);
    checks.size("actors", e.actors(), 200);
    checks.size("sources", e.sources(), 100);
    checks.size("figures", e.figures(), 100);
    checks.size("related", e.related(), 100);
    Values.list(e.topics()).forEach(t -> terms.check(checks, "topics", Vocabulary.TOPICS, t));
    checks.countries("countries", e.countries(), true);
    if (e.subdivision() != null
        && (!Countries.isSubdivision(e.subdivision())
            || !Values.list(e.countries()).contains(e.subdivision().substring(0, 2)))) {
      checks.error(
          "subdivision",
          "must be an ISO 3166-2 code (e.g. MX-SLP) of one of the event's countries");
    }
    if (e.corroboration() == null || !EventFilter.CORROBORATION.contains(e.corroboration())) {
      checks.error("corroboration", "must be corroborated, single-source or not-corroborated");
    }
    actors(e, checks, terms, existing);
    sources(e, checks, existing);
    figures(e, checks);
    related(e, checks, terms, existing);
  }

  private static void date(DateInput date, FieldChecks checks) {
    if (date == null || date.edtf() == null) {
      checks.error("date", "is required (an EDTF date such as 2021-01-22 or 2012/2018)");
      return;
    }
    try {
      if (!storable(Edtf.parse(date.edtf()))) {
        checks.error("date", "must lie between the years 1 and 9999");
      }
    } catch (InvalidEdtfException ex) {
      checks.check("date", Edtf.problem(date.edtf()));
    }
  }

  /** Whether every bound of the date fits the bound columns (years 1 to 9999). */
  private static boolean storable(Edtf date) {
    for (LocalDate d :
        new LocalDate[] {
          date.earliestStart(), date.latestStart(), date.earliestEnd(), date.latestEnd()
        }) {
      if (d != null && (d.isBefore(Event.OPEN_START) || d.isAfter(Event.OPEN_END))) {
        return false;
      }
    }
    return true;
  }

  private static void actors(
      EventInput e, FieldChecks checks, KnownTerms terms, ExistingIds existing) {
    Set<String> actorRoles = new HashSet<>();
    for (EventInput.ActorRef ref : Values.list(e.actors())) {
      if (ref == null || !existing.has(RecordKind.ACTOR, ref.id())) {
        checks.error("actors", "names an actor id that is not in the bundle or the store");
        continue;
      }
      terms.check(checks, "actors.role", Vocabulary.ACTOR_ROLES, ref.role());
      if (!actorRoles.add(ref.id() + " " + ref.role())) {
        checks.error("actors", "lists the same actor with the same role twice");
      }
    }
  }

  private static void sources(EventInput e, FieldChecks checks, ExistingIds existing) {
    for (EventInput.SourceRef ref : Values.list(e.sources())) {
      if (ref == null || !existing.has(RecordKind.SOURCE, ref.id())) {
        checks.error("sources", "names a source id that is not in the bundle or the store");
        continue;
      }
      checks.optional("sources.pinpoint", ref.pinpoint(), 200);
      checks.optional("sources.quote", ref.quote(), 20000);
      checks.language("sources.quoteLanguage", ref.quoteLanguage());
    }
  }

  private static void figures(EventInput e, FieldChecks checks) {
    for (EventInput.FigureInput f : Values.list(e.figures())) {
      if (f == null) {
        checks.error("figures", "must not contain null");
        continue;
      }
      checks.required("figures.label", f.label(), 300);
      checks.required("figures.unit", f.unit(), 40);
      if (f.value() == null) {
        checks.error("figures.value", "is required");
      } else if (f.value().abs().compareTo(FIGURE_LIMIT) >= 0 || f.value().scale() > 6) {
        checks.error("figures.value", "must be below 10^18 with at most 6 decimals");
      }
      if (f.qualifier() != null && !QUALIFIERS.contains(f.qualifier())) {
        checks.error(
            "figures.qualifier", "must be at-least, more-than, about, at-most or less-than");
      }
    }
  }

  private static void related(
      EventInput e, FieldChecks checks, KnownTerms terms, ExistingIds existing) {
    Set<String> relations = new HashSet<>();
    for (EventInput.RelatedRef ref : Values.list(e.related())) {
      if (ref == null || !existing.has(RecordKind.EVENT, ref.id())) {
        checks.error("related", "names an event id that is not in the bundle or the store");
        continue;
      }
      if (ref.id().equals(e.id())) {
        checks.error("related", "must not relate the event to itself");
      }
      terms.check(checks, "related.relation", Vocabulary.RELATION_KINDS, ref.relation());
      if (!relations.add(ref.id() + " " + ref.relation())) {
        checks.error("related", "lists the same relation twice");
      }
    }
  }
}
