package org.coitimeline.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The change feed's queries: the audit rows of events, actors, sources and gaps in revision order,
 * keyset-paged on (revision, kind, slug).
 */
@ApplicationScoped
public class ChangeFeedRepository {
  /** The audit table of each kind of aggregate. */
  static final Map<String, String> AUDIT_TABLES =
      Map.of(
          "event", "event_aud",
          "actor", "actor_aud",
          "source", "source_aud",
          "gap", "information_gap_aud");

  @Inject EntityManager em;

  /**
   * A place in the feed: after the item (rev, kind, slug). {@code kind} and {@code slug} may be
   * empty, which puts the position before every item of revision {@code rev}.
   */
  public record Position(long rev, String kind, String slug) {}

  /** One changed aggregate in one revision. */
  public record Row(
      long rev, String kind, String slug, int revType, boolean deleted, long madeAt, String by) {}

  /**
   * The first revision made after this moment (milliseconds since the epoch), if any. Revision ids
   * and times rise together except when two writers race within a moment, so the lowest id among
   * the first revisions by time is taken; the bound keeps the cost flat for an old moment.
   */
  public OptionalLong firstRevisionAfter(long millis) {
    Object id =
        em.createNativeQuery(
                "SELECT MIN(id) FROM (SELECT id FROM revision WHERE made_at > :millis"
                    + " ORDER BY made_at LIMIT 1000) r")
            .setParameter("millis", millis)
            .getSingleResult();
    return id == null ? OptionalLong.empty() : OptionalLong.of(((Number) id).longValue());
  }

  /**
   * At most {@code limit} changes of these kinds after the position, in (revision, kind, slug)
   * order.
   *
   * <p>Two statements, so that a page costs the same however much history lies after it: the first
   * walks the revision indexes to find the revision that the page cannot reach beyond, the second
   * sorts only the rows up to it. (Ordering the whole union by slug would sort every later row.)
   */
  public List<Row> after(Position after, Collection<String> kinds, int limit, long settledAt) {
    long visible = lastRevisionMadeBy(settledAt);
    Long lastRev = lastRevisionOfPage(after, kinds, limit, visible);
    if (lastRev == null) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT c.rev, c.kind, c.slug, c.rev_type, c.deleted, r.made_at, r.subject FROM (");
    String separator = "";
    for (String kind : kinds) {
      sql.append(separator)
          .append("SELECT a.rev, '")
          .append(kind)
          .append("' AS kind, a.slug, a.rev_type, a.deleted_at IS NOT NULL AS deleted FROM ")
          .append(table(kind))
          .append(" a WHERE ")
          .append(keyset(kind))
          .append(" AND a.rev <= :lastRev");
      separator = " UNION ALL ";
    }
    sql.append(") c JOIN revision r ON r.id = c.rev ORDER BY c.rev, c.kind, c.slug LIMIT ")
        .append(limit);
    Query query =
        bind(em.createNativeQuery(sql.toString()), after, visible).setParameter("lastRev", lastRev);
    List<Row> rows = new ArrayList<>();
    for (Object result : query.getResultList()) {
      Object[] r = (Object[]) result;
      rows.add(
          new Row(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              ((Number) r[3]).intValue(),
              truthy(r[4]),
              ((Number) r[5]).longValue(),
              (String) r[6]));
    }
    return rows;
  }

  /** The id of the actor with this pseudonym number (see actor/Pseudonym), if any. */
  public java.util.Optional<String> actorOfPseudonym(int number) {
    List<?> slugs =
        em.createNativeQuery("SELECT slug FROM actor WHERE pseudonym = :number")
            .setParameter("number", number)
            .getResultList();
    return slugs.stream().findFirst().map(String.class::cast);
  }

  /**
   * The last revision made at or before the instant (epoch millis). A revision's number is taken
   * before its transaction commits, so a slow writer can commit a lower number after a faster one:
   * the feed shows only revisions old enough to have settled, so that a poller never skips one.
   */
  private long lastRevisionMadeBy(long millis) {
    Object max =
        em.createNativeQuery("SELECT MAX(id) FROM revision WHERE made_at <= :millis")
            .setParameter("millis", millis)
            .getSingleResult();
    return max == null ? 0 : ((Number) max).longValue();
  }

  /**
   * The highest revision among the first {@code limit} changes after the position by revision
   * alone, or null when there are none: every change the page can hold is at or below it.
   */
  private Long lastRevisionOfPage(
      Position after, Collection<String> kinds, int limit, long visible) {
    StringBuilder sql = new StringBuilder("SELECT MAX(rev) FROM (SELECT rev FROM (");
    String separator = "";
    for (String kind : kinds) {
      sql.append(separator)
          .append("(SELECT a.rev FROM ")
          .append(table(kind))
          .append(" a WHERE ")
          .append(keyset(kind))
          .append(" ORDER BY a.rev LIMIT ")
          .append(limit)
          .append(")");
      separator = " UNION ALL ";
    }
    sql.append(") u ORDER BY rev LIMIT ").append(limit).append(") b");
    Object max = bind(em.createNativeQuery(sql.toString()), after, visible).getSingleResult();
    return max == null ? null : ((Number) max).longValue();
  }

  /**
   * Rows of this kind strictly after the position in (rev, kind, slug) order. The leading {@code
   * a.rev >= :rev} gives MariaDB the index range on ix_*_aud_rev.
   */
  private static String keyset(String kind) {
    String literal = "'" + kind + "'";
    return "a.rev <= :visible AND a.rev >= :rev AND (a.rev > :rev OR "
        + literal
        + " > :kind OR ("
        + literal
        + " = :kind AND a.slug > :slug))";
  }

  /** The audit table of a kind; kinds are written into the SQL, so only known ones pass. */
  private static String table(String kind) {
    String table = AUDIT_TABLES.get(kind);
    if (table == null) {
      throw new IllegalArgumentException("not a kind of record: " + kind);
    }
    return table;
  }

  private static Query bind(Query query, Position after, long visible) {
    return query
        .setParameter("visible", visible)
        .setParameter("rev", after.rev())
        .setParameter("kind", after.kind())
        .setParameter("slug", after.slug());
  }

  private static boolean truthy(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
