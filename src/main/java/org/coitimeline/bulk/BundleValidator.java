package org.coitimeline.bulk;

import static org.coitimeline.bulk.BundleImporter.list;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.coitimeline.actor.ActorInput;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.edtf.InvalidEdtfException;
import org.coitimeline.event.Event;
import org.coitimeline.event.EventFilter;
import org.coitimeline.event.EventInput;
import org.coitimeline.gap.GapInput;
import org.coitimeline.kernel.Countries;
import org.coitimeline.kernel.DateInput;
import org.coitimeline.kernel.FieldError;
import org.coitimeline.kernel.Slugs;
import org.coitimeline.source.SourceInput;
import org.coitimeline.vocabulary.TermView;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;

/**
 * Checks every record of a bundle against the rules of the domain, including references between
 * records and to what is already stored. Each error names its record ({@code events[some-id]}) and
 * field.
 */
final class BundleValidator {
  static final Set<String> QUALIFIERS =
      Set.of("at-least", "more-than", "about", "at-most", "less-than");
  private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
  private static final Pattern SUFFIX = Pattern.compile("^[a-z]{1,4}$");

  private final Bundle bundle;
  private final VocabularyRepository vocabularies;
  private final EntityManager em;
  private final List<FieldError> errors = new ArrayList<>();
  private final Map<Vocabulary, Set<String>> bundleTerms = new EnumMap<>(Vocabulary.class);
  private final Set<String> actorIds = new HashSet<>();
  private final Set<String> sourceIds = new HashSet<>();
  private final Set<String> eventIds = new HashSet<>();
  private final boolean singleRecord;

  /**
   * @param singleRecord the bundle carries the body of one write: errors then name the field alone
   *     ({@code date}), not the record ({@code events[some-id].date})
   */
  BundleValidator(
      Bundle bundle, VocabularyRepository vocabularies, EntityManager em, boolean singleRecord) {
    this.bundle = bundle;
    this.vocabularies = vocabularies;
    this.em = em;
    this.singleRecord = singleRecord;
  }

  static List<TermView> terms(Bundle.Vocabularies v, Vocabulary vocabulary) {
    if (v == null) {
      return List.of();
    }
    return list(
        switch (vocabulary) {
          case EVENT_TYPES -> v.eventTypes();
          case TOPICS -> v.topics();
          case ACTOR_ROLES -> v.actorRoles();
          case ACTOR_TYPES -> v.actorTypes();
          case SOURCE_TYPES -> v.sourceTypes();
          case RELATION_KINDS -> v.relationKinds();
        });
  }

  List<FieldError> validate() {
    if (!Bundle.FORMAT.equals(bundle.format())) {
      error("format", "must be " + Bundle.FORMAT);
    }
    if (bundle.formatVersion() == null || bundle.formatVersion() != 1) {
      error("formatVersion", "must be 1");
    }
    for (Vocabulary vocabulary : Vocabulary.values()) {
      Set<String> codes = new HashSet<>();
      List<TermView> terms = terms(bundle.vocabularies(), vocabulary);
      for (int i = 0; i < terms.size(); i++) {
        TermView term = terms.get(i);
        String at = "vocabularies." + vocabulary.bundleName() + "[" + i + "]";
        if (term == null || !Slugs.isValid(term.code()) || term.code().length() > 40) {
          error(at + ".code", "must be a code of lower-case words joined by hyphens, at most 40");
          continue;
        }
        if (!codes.add(term.code())) {
          error(at + ".code", "appears twice");
        }
        required(at + ".label", term.label(), 200);
        optional(at + ".description", term.description(), 1000);
      }
      bundleTerms.put(vocabulary, codes);
    }
    collectIds(list(bundle.actors()).stream().map(ActorInput::id).toList(), "actors", actorIds);
    collectIds(list(bundle.sources()).stream().map(SourceInput::id).toList(), "sources", sourceIds);
    collectIds(list(bundle.events()).stream().map(EventInput::id).toList(), "events", eventIds);
    Set<String> gapIds = new HashSet<>();
    collectIds(list(bundle.gaps()).stream().map(GapInput::id).toList(), "gaps", gapIds);
    deleted("Actor", "actors", actorIds);
    deleted("Source", "sources", sourceIds);
    deleted("Event", "events", eventIds);
    deleted("InformationGap", "gaps", gapIds);
    Set<String> missingActors = missing("Actor", referencedActors(), actorIds);
    Set<String> missingSources = missing("Source", referencedSources(), sourceIds);
    Set<String> missingEvents = missing("Event", referencedEvents(), eventIds);

    List<ActorInput> actors = list(bundle.actors());
    for (int i = 0; i < actors.size(); i++) {
      ActorInput a = actors.get(i);
      String at = name("actors", i, a.id());
      required(at + ".name", a.name(), 300);
      optional(at + ".originalName", a.originalName(), 300);
      optional(at + ".acronym", a.acronym(), 40);
      optional(at + ".description", a.description(), 2000);
      size(at + ".aliases", a.aliases(), 50);
      size(at + ".countries", a.countries(), 50);
      list(a.aliases()).forEach(alias -> required(at + ".aliases", alias, 300));
      term(at + ".type", Vocabulary.ACTOR_TYPES, a.type(), true);
      countries(at + ".countries", a.countries(), false);
      if (a.parent() != null) {
        if (a.parent().equals(a.id())) {
          error(at + ".parent", "must not be the actor itself");
        } else if (missingActors.contains(a.parent())) {
          error(at + ".parent", "is not the id of an actor in the bundle or the store");
        }
      }
    }
    List<SourceInput> sources = list(bundle.sources());
    for (int i = 0; i < sources.size(); i++) {
      SourceInput s = sources.get(i);
      String at = name("sources", i, s.id());
      required(at + ".citation", s.citation(), 300);
      required(at + ".author", s.author(), 300);
      optional(at + ".authors", s.authors(), 500);
      optional(at + ".title", s.title(), 1000);
      optional(at + ".publisher", s.publisher(), 300);
      optional(at + ".note", s.note(), 2000);
      if (s.published() != null) {
        edtf(at + ".published", s.published());
      }
      if (s.dateSuffix() != null && !SUFFIX.matcher(s.dateSuffix()).matches()) {
        error(at + ".dateSuffix", "must be one to four lower-case letters (N.d.a has a)");
      }
      if (s.url() != null) {
        url(at + ".url", s.url());
      }
      language(at + ".language", s.language());
      term(at + ".type", Vocabulary.SOURCE_TYPES, s.type(), true);
    }
    List<EventInput> events = list(bundle.events());
    for (int i = 0; i < events.size(); i++) {
      event(
          name("events", i, events.get(i).id()),
          events.get(i),
          missingActors,
          missingSources,
          missingEvents);
    }
    List<GapInput> gaps = list(bundle.gaps());
    for (int i = 0; i < gaps.size(); i++) {
      GapInput g = gaps.get(i);
      String at = name("gaps", i, g.id());
      required(at + ".statement", g.statement(), 20000);
      size(at + ".countries", g.countries(), 50);
      size(at + ".topics", g.topics(), 50);
      countries(at + ".countries", g.countries(), false);
      list(g.topics()).forEach(t -> term(at + ".topics", Vocabulary.TOPICS, t, true));
      if (g.period() != null) {
        edtf(at + ".period", g.period().edtf());
      }
      if (g.source() != null && missingSources.contains(g.source())) {
        error(at + ".source", "is not the id of a source in the bundle or the store");
      }
    }
    return errors;
  }

  private void event(
      String at,
      EventInput e,
      Set<String> missingActors,
      Set<String> missingSources,
      Set<String> missingEvents) {
    required(at + ".title", e.title(), 500);
    optional(at + ".summary", e.summary(), 20000);
    optional(at + ".place", e.place(), 300);
    DateInput date = e.date();
    if (date == null || date.edtf() == null) {
      error(at + ".date", "is required (an EDTF date such as 2021-01-22 or 2012/2018)");
    } else {
      Edtf parsed = edtf(at + ".date", date.edtf());
      if (parsed != null && !storable(parsed)) {
        error(at + ".date", "must lie between the years 1 and 9999");
      }
    }
    term(at + ".type", Vocabulary.EVENT_TYPES, e.type(), true);
    size(at + ".topics", e.topics(), 50);
    size(at + ".countries", e.countries(), 50);
    size(at + ".actors", e.actors(), 200);
    size(at + ".sources", e.sources(), 100);
    size(at + ".figures", e.figures(), 100);
    size(at + ".related", e.related(), 100);
    list(e.topics()).forEach(t -> term(at + ".topics", Vocabulary.TOPICS, t, true));
    countries(at + ".countries", e.countries(), true);
    if (e.subdivision() != null
        && (!Countries.isSubdivision(e.subdivision())
            || !list(e.countries()).contains(e.subdivision().substring(0, 2)))) {
      error(
          at + ".subdivision",
          "must be an ISO 3166-2 code (e.g. MX-SLP) of one of the event's countries");
    }
    if (e.corroboration() == null || !EventFilter.CORROBORATION.contains(e.corroboration())) {
      error(at + ".corroboration", "must be corroborated, single-source or not-corroborated");
    }
    Set<String> actorRoles = new HashSet<>();
    for (EventInput.ActorRef ref : list(e.actors())) {
      if (ref == null || ref.id() == null || missingActors.contains(ref.id())) {
        error(at + ".actors", "names an actor id that is not in the bundle or the store");
        continue;
      }
      term(at + ".actors.role", Vocabulary.ACTOR_ROLES, ref.role(), true);
      if (!actorRoles.add(ref.id() + " " + ref.role())) {
        error(at + ".actors", "lists the same actor with the same role twice");
      }
    }
    for (EventInput.SourceRef ref : list(e.sources())) {
      if (ref == null || ref.id() == null || missingSources.contains(ref.id())) {
        error(at + ".sources", "names a source id that is not in the bundle or the store");
        continue;
      }
      optional(at + ".sources.pinpoint", ref.pinpoint(), 200);
      optional(at + ".sources.quote", ref.quote(), 20000);
      language(at + ".sources.quoteLanguage", ref.quoteLanguage());
    }
    for (EventInput.FigureInput f : list(e.figures())) {
      if (f == null) {
        error(at + ".figures", "must not contain null");
        continue;
      }
      required(at + ".figures.label", f.label(), 300);
      required(at + ".figures.unit", f.unit(), 40);
      if (f.value() == null) {
        error(at + ".figures.value", "is required");
      } else if (f.value().abs().compareTo(new java.math.BigDecimal("1e18")) >= 0
          || f.value().scale() > 6) {
        error(at + ".figures.value", "must be below 10^18 with at most 6 decimals");
      }
      if (f.qualifier() != null && !QUALIFIERS.contains(f.qualifier())) {
        error(
            at + ".figures.qualifier", "must be at-least, more-than, about, at-most or less-than");
      }
    }
    Set<String> relations = new HashSet<>();
    for (EventInput.RelatedRef ref : list(e.related())) {
      if (ref == null || ref.id() == null || missingEvents.contains(ref.id())) {
        error(at + ".related", "names an event id that is not in the bundle or the store");
        continue;
      }
      if (ref.id().equals(e.id())) {
        error(at + ".related", "must not relate the event to itself");
      }
      term(at + ".related.relation", Vocabulary.RELATION_KINDS, ref.relation(), true);
      if (!relations.add(ref.id() + " " + ref.relation())) {
        error(at + ".related", "lists the same relation twice");
      }
    }
  }

  private static boolean storable(Edtf date) {
    LocalDate min = Event.OPEN_START;
    LocalDate max = Event.OPEN_END;
    for (LocalDate d :
        new LocalDate[] {
          date.earliestStart(), date.latestStart(), date.earliestEnd(), date.latestEnd()
        }) {
      if (d != null && (d.isBefore(min) || d.isAfter(max))) {
        return false;
      }
    }
    return true;
  }

  private void collectIds(List<String> ids, String kind, Set<String> into) {
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String problem = Slugs.problem(id);
      if (problem != null) {
        error(singleRecord ? "id" : kind + "[" + i + "].id", problem);
      } else if (!into.add(id)) {
        error(kind + "[" + id + "].id", "appears twice in the bundle");
      }
    }
  }

  private Set<String> referencedActors() {
    Set<String> ids = new HashSet<>();
    for (ActorInput a : list(bundle.actors())) {
      if (a.parent() != null) {
        ids.add(a.parent());
      }
    }
    for (EventInput e : list(bundle.events())) {
      list(e.actors()).stream()
          .filter(r -> r != null && r.id() != null)
          .forEach(r -> ids.add(r.id()));
    }
    return ids;
  }

  private Set<String> referencedSources() {
    Set<String> ids = new HashSet<>();
    for (EventInput e : list(bundle.events())) {
      list(e.sources()).stream()
          .filter(r -> r != null && r.id() != null)
          .forEach(r -> ids.add(r.id()));
    }
    for (GapInput g : list(bundle.gaps())) {
      if (g.source() != null) {
        ids.add(g.source());
      }
    }
    return ids;
  }

  private Set<String> referencedEvents() {
    Set<String> ids = new HashSet<>();
    for (EventInput e : list(bundle.events())) {
      list(e.related()).stream()
          .filter(r -> r != null && r.id() != null)
          .forEach(r -> ids.add(r.id()));
    }
    return ids;
  }

  /** The referenced ids found neither in the bundle nor in the store: one query per kind. */
  private Set<String> missing(String entity, Set<String> referenced, Set<String> inBundle) {
    Set<String> missing = new HashSet<>(referenced);
    missing.removeAll(inBundle);
    if (!missing.isEmpty()) {
      missing.removeAll(
          em.createQuery(
                  "select x.slug from "
                      + entity
                      + " x where x.slug in :slugs and x.deletedAt is null",
                  String.class)
              .setParameter("slugs", missing)
              .getResultList());
    }
    return missing;
  }

  /** Ids of deleted records stay taken: a tombstone is never overwritten. */
  private void deleted(String entity, String kind, Set<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    em.createQuery(
            "select x.slug from "
                + entity
                + " x where x.slug in :slugs and x.deletedAt is not null",
            String.class)
        .setParameter("slugs", ids)
        .getResultList()
        .forEach(
            slug ->
                error(
                    name(kind, -1, slug) + ".id",
                    "belongs to a deleted record; ids are never reused"));
  }

  private void term(String field, Vocabulary vocabulary, String code, boolean required) {
    if (code == null) {
      if (required) {
        error(field, "is required");
      }
      return;
    }
    if (bundleTerms.get(vocabulary).contains(code)) {
      return;
    }
    Collection<String> unknown = vocabularies.unknown(vocabulary, Set.of(code));
    if (!unknown.isEmpty()) {
      error(field, "is not a known " + vocabulary.termName());
    }
  }

  private void countries(String field, List<String> codes, boolean atLeastOne) {
    if (atLeastOne && list(codes).isEmpty()) {
      error(field, "needs at least one ISO 3166-1 alpha-2 code");
    }
    if (!list(codes).stream().allMatch(Countries::isAlpha2)) {
      error(field, "must be ISO 3166-1 alpha-2 codes in capitals, e.g. MX");
    }
  }

  private Edtf edtf(String field, String text) {
    try {
      return Edtf.parse(text);
    } catch (InvalidEdtfException e) {
      error(field, "is not a valid EDTF date: " + e.getMessage());
      return null;
    }
  }

  private void url(String field, String url) {
    try {
      URI uri = new URI(url);
      if (url.length() > 2000
          || uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        error(field, "must be an http or https URL of at most 2000 characters");
      }
    } catch (java.net.URISyntaxException e) {
      error(field, "must be an http or https URL of at most 2000 characters");
    }
  }

  private void language(String field, String tag) {
    if (tag != null && (tag.length() > 35 || !LANGUAGE.matcher(tag).matches())) {
      error(field, "must be a BCP 47 language tag such as es or en");
    }
  }

  private void size(String field, List<?> values, int max) {
    if (values != null && values.size() > max) {
      error(field, "must have at most " + max + " entries");
    }
  }

  private void required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      error(field, "is required");
    } else {
      optional(field, value, max);
    }
  }

  private void optional(String field, String value, int max) {
    if (value != null && value.length() > max) {
      error(field, "must be at most " + max + " characters");
    }
  }

  private String name(String kind, int index, String id) {
    if (singleRecord) {
      return "";
    }
    return kind + "[" + (Slugs.isValid(id) ? id : String.valueOf(index)) + "]";
  }

  private void error(String field, String message) {
    errors.add(new FieldError(field.startsWith(".") ? field.substring(1) : field, message));
  }
}
