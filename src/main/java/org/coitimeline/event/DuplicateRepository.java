package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates for possible duplicates of an event: live events that may overlap it in time and
 * share an actor or a country with it, found by two bounded walks of the timeline index outward
 * from the event's earliest start, never by a scan. See {@link #candidates}.
 */
@ApplicationScoped
public class DuplicateRepository {
  /** Candidates read per walk (each of the two walks reads at most this many events). */
  static final int CANDIDATES_PER_WALK = 50;

  /**
   * Index and table rows one walk may examine (MariaDB's LIMIT ROWS EXAMINED): the hard bound on
   * its cost, whatever the size of the store. A walk that reaches it answers what it found so far.
   */
  static final int ROWS_EXAMINED_PER_WALK = 5000;

  /**
   * Keeps the shared actor or country a probe per event walked, instead of a materialised list of
   * every event of the country (which a frequent country makes huge): no EXISTS-to-IN rewriting.
   */
  static final String PLAN = "SET STATEMENT optimizer_switch='exists_to_in=off' FOR ";

  /** Characters of a candidate's summary read for scoring. */
  static final int SUMMARY_CHARS = 2000;

  @Inject EntityManager em;

  /** A candidate: what the duplicate check scores and shows. */
  public record Candidate(long id, String slug, String title, String summary, String edtf) {}

  /**
   * At most 2 × {@link #CANDIDATES_PER_WALK} live events other than {@code self} whose possible
   * span meets [{@code start}, {@code end}], that name one of {@code actorIds} or {@code countries}
   * and are not linked to {@code self} by a same-as relation. The events that started at or before
   * {@code start} are walked from the latest start backwards, those that started after it (and by
   * {@code end}) from the earliest forwards, both on ix_event_timeline (start_earliest, end_latest,
   * slug, deleted_at): the nearest starts come first, the overlap and tombstone tests are read from
   * the index, and the shared actor or country is a primary-key probe per event walked.
   */
  public List<Candidate> candidates(
      long self,
      LocalDate start,
      LocalDate end,
      Collection<Long> actorIds,
      Collection<String> countries) {
    if (actorIds.isEmpty() && countries.isEmpty()) {
      return List.of();
    }
    // The event's own relations must be visible to the NOT EXISTS tests below.
    em.flush();
    Map<Long, Candidate> found = new LinkedHashMap<>();
    for (boolean before : new boolean[] {true, false}) {
      for (Candidate c : walk(before, self, start, end, actorIds, countries)) {
        found.putIfAbsent(c.id(), c);
      }
    }
    return List.copyOf(found.values());
  }

  /** The SQL of one walk (to be run after {@link #PLAN}), for EXPLAIN in tests. */
  static String walkSql(boolean before, boolean withActors, boolean withCountries) {
    String shared =
        (withCountries
                ? "EXISTS (SELECT 1 FROM event_country c WHERE c.event_id = e.id"
                    + " AND c.country IN (:countries))"
                : "")
            + (withCountries && withActors ? " OR " : "")
            + (withActors
                ? "EXISTS (SELECT 1 FROM event_actor a WHERE a.event_id = e.id"
                    + " AND a.actor_id IN (:actors))"
                : "");
    String range =
        before
            ? "e.start_earliest <= :start AND e.end_latest >= :start"
            : "e.start_earliest > :start AND e.start_earliest <= :end";
    String order =
        before
            ? "e.start_earliest DESC, e.end_latest DESC, e.slug DESC"
            : "e.start_earliest, e.end_latest, e.slug";
    return "SELECT e.id AS id, e.slug AS slug, e.title AS title, LEFT(e.summary, "
        + SUMMARY_CHARS
        + ") AS summary,"
        + " e.date_edtf AS edtf FROM event e FORCE INDEX (ix_event_timeline) WHERE "
        + range
        + " AND e.deleted_at IS NULL AND e.id <> :self AND ("
        + shared
        + ") AND NOT EXISTS (SELECT 1 FROM event_relation r WHERE r.event_id = e.id"
        + " AND r.related_event_id = :self AND r.relation_code = 'same-as')"
        + " AND NOT EXISTS (SELECT 1 FROM event_relation r WHERE r.event_id = :self"
        + " AND r.related_event_id = e.id AND r.relation_code = 'same-as')"
        + " ORDER BY "
        + order
        + " LIMIT "
        + CANDIDATES_PER_WALK
        + " ROWS EXAMINED "
        + ROWS_EXAMINED_PER_WALK;
  }

  private List<Candidate> walk(
      boolean before,
      long self,
      LocalDate start,
      LocalDate end,
      Collection<Long> actorIds,
      Collection<String> countries) {
    Query query =
        em.createNativeQuery(
            PLAN + walkSql(before, !actorIds.isEmpty(), !countries.isEmpty()), Tuple.class);
    query.setParameter("start", start).setParameter("self", self);
    if (!before) {
      query.setParameter("end", end);
    }
    if (!actorIds.isEmpty()) {
      query.setParameter("actors", actorIds);
    }
    if (!countries.isEmpty()) {
      query.setParameter("countries", countries);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Object result : query.getResultList()) {
      Tuple row = (Tuple) result;
      candidates.add(
          new Candidate(
              row.get("id", Number.class).longValue(),
              row.get("slug", String.class),
              row.get("title", String.class),
              row.get("summary", String.class),
              row.get("edtf", String.class)));
    }
    return candidates;
  }
}
