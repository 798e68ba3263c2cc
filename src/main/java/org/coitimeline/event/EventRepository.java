package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coitimeline.kernel.Queries;

/**
 * All queries on events. Lists are two-phase: {@link #page} finds one page of event ids by keyset
 * on an index, {@link #load} then fetches those events and their links in a fixed number of
 * statements, however long the page.
 */
@ApplicationScoped
public class EventRepository {
  @Inject EntityManager em;

  /** One row of a page: the event's internal id and its sort key (as cursor text). */
  public record PageRow(long id, List<String> key) {}

  /** One period of the histogram. */
  public record PeriodCount(String period, long count) {}

  public Optional<Event> findBySlug(String slug) {
    return em.createQuery("select e from Event e where e.slug = :slug", Event.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The events (live or deleted) with these ids, by id. */
  public Map<String, Event> findBySlugs(Collection<String> slugs) {
    Map<String, Event> bySlug = new HashMap<>();
    if (!slugs.isEmpty()) {
      em.createQuery("select e from Event e where e.slug in :slugs", Event.class)
          .setParameter("slugs", slugs)
          .getResultList()
          .forEach(e -> bySlug.put(e.slug, e));
    }
    return bySlug;
  }

  /** Live events in id order after {@code afterSlug} (null: from the first). */
  public List<Event> liveAfter(String afterSlug, int limit) {
    jakarta.persistence.TypedQuery<Event> query =
        em.createQuery(
                "select e from Event e where e.deletedAt is null"
                    + (afterSlug == null ? "" : " and e.slug > :after")
                    + " order by e.slug",
                Event.class)
            .setMaxResults(limit);
    if (afterSlug != null) {
      query.setParameter("after", afterSlug);
    }
    return query.getResultList();
  }

  /** How many live events relate to the event with this internal id. */
  public long relationsTo(long id) {
    return em.createQuery(
            "select count(l) from EventRelation l where l.relatedEvent.id = :id"
                + " and l.event.deletedAt is null",
            Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  /**
   * The ids of at most {@code limit} events matching the filter, in the sort order, after the
   * cursor key (when given).
   */
  public List<PageRow> page(
      EventFilter filter, EventSort sort, List<String> after, int limit, Long asOfRevision) {
    Sql sql = pageQuery(filter, sort, after, limit, asOfRevision);
    List<PageRow> rows = new ArrayList<>();
    for (Object row : sql.query(em).getResultList()) {
      Object[] r = (Object[]) row;
      List<String> key =
          switch (sort) {
            case DATE, DATE_DESC -> List.of(text(r[1]), text(r[2]), (String) r[4]);
            case UPDATED, UPDATED_DESC -> List.of(text(r[3]), (String) r[4]);
            case RELEVANCE -> List.of(text(r[5]), (String) r[4]);
          };
      rows.add(new PageRow(((Number) r[0]).longValue(), key));
    }
    return rows;
  }

  /**
   * Counts of matching events per year or month. An event counts once, in the period of its
   * earliest possible start, or of its earliest possible end when its start is open.
   */
  public List<PeriodCount> histogram(EventFilter filter, boolean monthly, Long asOfRevision) {
    Sql sql = new Sql(asOfRevision);
    String format = monthly ? "'%Y-%m'" : "'%Y'";
    sql.append("SELECT DATE_FORMAT(CASE WHEN e.start_earliest > ")
        .bind(Event.OPEN_START)
        .append(" THEN e.start_earliest ELSE e.end_earliest END, " + format + ") AS period,")
        .append(" COUNT(*) FROM " + sql.table("event") + " e WHERE ");
    where(filter, sql);
    sql.append(" GROUP BY period ORDER BY period");
    List<PeriodCount> counts = new ArrayList<>();
    for (Object row : sql.query(em).getResultList()) {
      Object[] r = (Object[]) row;
      counts.add(new PeriodCount((String) r[0], ((Number) r[1]).longValue()));
    }
    return counts;
  }

  /** The SQL of a page query with its values inlined, for EXPLAIN in tests. */
  String pageSql(EventFilter filter, EventSort sort, List<String> after, int limit) {
    return pageQuery(filter, sort, after, limit, null).inline();
  }

  private Sql pageQuery(
      EventFilter filter, EventSort sort, List<String> after, int limit, Long asOfRevision) {
    Sql sql = new Sql(asOfRevision);
    String score =
        filter.hasText() && asOfRevision == null ? ", " + sql.match(filter) + " AS score" : "";
    sql.append(
        "SELECT e.id, e.start_earliest, e.end_latest, e.updated_at, e.slug"
            + score
            + " FROM "
            + sql.table("event")
            + " e WHERE ");
    where(filter, sql);
    if (after != null) {
      sql.append(" AND ");
      keyset(sort, after, sql);
    }
    sql.append(" ORDER BY ");
    for (int i = 0; i < sort.columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append(sort.columns.get(i))
          .append(sort.descending(i) ? " DESC" : "");
    }
    return sql.append(" LIMIT " + limit);
  }

  private void where(EventFilter filter, Sql sql) {
    sql.append("e.deleted_at IS NULL");
    sql.current("e");
    LocalDate from = filter.from();
    LocalDate to = filter.to();
    if (filter.match() == EventFilter.Match.WITHIN) {
      if (from != null) {
        sql.append(" AND e.start_earliest >= ").bind(from);
      }
      if (to != null) {
        sql.append(" AND e.end_latest <= ").bind(to);
      }
    } else {
      if (to != null) {
        sql.append(" AND e.start_earliest <= ").bind(to);
      }
      if (from != null) {
        sql.append(" AND e.end_latest >= ").bind(from);
      }
    }
    if (!filter.types().isEmpty()) {
      sql.append(" AND e.type_code IN ").bindAll(filter.types());
    }
    if (!filter.corroborations().isEmpty()) {
      sql.append(" AND e.corroboration IN ").bindAll(filter.corroborations());
    }
    if (!filter.countries().isEmpty()) {
      sql.append(" AND e.id IN (SELECT c.event_id FROM " + sql.table("event_country") + " c")
          .append(" WHERE c.country IN ")
          .bindAll(filter.countries())
          .current("c")
          .append(")");
    }
    if (!filter.topics().isEmpty()) {
      sql.append(" AND e.id IN (SELECT t.event_id FROM " + sql.table("event_topic") + " t")
          .append(" WHERE t.topic_code IN ")
          .bindAll(filter.topics())
          .current("t")
          .append(")");
    }
    if (!filter.actors().isEmpty()) {
      actorIn(filter.actors(), sql);
    }
    if (filter.scopeActor() != null) {
      actorIn(List.of(filter.scopeActor()), sql);
    }
    if (!filter.sources().isEmpty()) {
      sourceIn(filter.sources(), sql);
    }
    if (filter.scopeSource() != null) {
      sourceIn(List.of(filter.scopeSource()), sql);
    }
    if (filter.hasText()) {
      if (sql.asOfRevision == null) {
        sql.append(" AND " + sql.match(filter));
      } else {
        // No full-text index on history: each word must begin a word of the title or summary.
        for (String word : filter.words()) {
          sql.append(" AND (");
          String[] columns = {"e.title", "e.summary"};
          for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "" : " OR ")
                .append(columns[i] + " LIKE ")
                .bind(Queries.escapeLike(word) + "%")
                .append(" ESCAPE '!' OR " + columns[i] + " LIKE ")
                .bind("% " + Queries.escapeLike(word) + "%")
                .append(" ESCAPE '!'");
          }
          sql.append(")");
        }
      }
    }
  }

  private static void actorIn(Collection<String> slugs, Sql sql) {
    sql.append(
            " AND e.id IN (SELECT ea.event_id FROM "
                + sql.table("event_actor")
                + " ea JOIN actor a ON a.id = ea.actor_id WHERE a.slug IN ")
        .bindAll(slugs)
        .current("ea")
        .append(")");
  }

  private static void sourceIn(Collection<String> slugs, Sql sql) {
    sql.append(
            " AND e.id IN (SELECT es.event_id FROM "
                + sql.table("event_source")
                + " es JOIN source s ON s.id = es.source_id WHERE s.slug IN ")
        .bindAll(slugs)
        .current("es")
        .append(")");
  }

  /**
   * Rows strictly after the cursor key in the sort order: for ascending (a, b, c) after (x, y, z)
   * it is a > x OR (a = x AND (b > y OR (b = y AND c > z))), which MariaDB turns into an index
   * range.
   */
  private static void keyset(EventSort sort, List<String> after, Sql sql) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < sort.columns.size(); i++) {
      values.add(keyValue(sort, i, after.get(i)));
    }
    keyset(sort, values, 0, sql);
  }

  private static void keyset(EventSort sort, List<Object> values, int i, Sql sql) {
    String column = sort.columns.get(i).equals("score") ? sql.lastMatch : sort.columns.get(i);
    String beyond = sort.descending(i) ? " < " : " > ";
    sql.append("(" + column + beyond).bind(values.get(i));
    if (i + 1 < values.size()) {
      sql.append(" OR (" + column + " = ").bind(values.get(i)).append(" AND ");
      keyset(sort, values, i + 1, sql);
      sql.append(")");
    }
    sql.append(")");
  }

  private static Object keyValue(EventSort sort, int position, String text) {
    String column = sort.columns.get(position);
    try {
      return switch (column) {
        case "e.start_earliest", "e.end_latest" -> LocalDate.parse(text);
        case "e.updated_at" -> Timestamp.valueOf(java.time.LocalDateTime.parse(text));
        case "score" -> Double.valueOf(text);
        default -> text;
      };
    } catch (RuntimeException e) {
      throw org.coitimeline.kernel.InvalidInput.of(
          "cursor", "is not a cursor this service issued; use the value of \"next\" as it is");
    }
  }

  private static String text(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toString();
    }
    if (value instanceof java.time.LocalDateTime dateTime) {
      return dateTime.toString();
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(ZoneOffset.UTC).toLocalDateTime().toString();
    }
    return String.valueOf(value);
  }

  // ---- loading a page -------------------------------------------------------------------------

  /** The events with these ids and all their links, in the order of {@code ids}. */
  public List<Event> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Event> byId = new LinkedHashMap<>();
    ids.forEach(id -> byId.put(id, null));
    em.createQuery("select e from Event e where e.id in :ids", Event.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(e -> byId.put(e.id, e));
    byId.values().removeIf(java.util.Objects::isNull);
    return new ArrayList<>(byId.values());
  }

  /** The links of the events with these ids, each list in its stored order. */
  public EventLinks links(List<Long> ids) {
    EventLinks links = new EventLinks();
    if (ids.isEmpty()) {
      return links;
    }
    em.createQuery(
            "select e.id, c from Event e join e.countries c where e.id in :ids order by c",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> links.countries(r[0]).add((String) r[1]));
    em.createQuery(
            "select e.id, t from Event e join e.topics t where e.id in :ids order by t",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> links.topics(r[0]).add((String) r[1]));
    em.createQuery(
            "select e.id, f, index(f) from Event e join e.figures f where e.id in :ids"
                + " order by index(f)",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> links.figures(r[0]).add((Figure) r[1]));
    em.createQuery(
            "select l from EventActor l join fetch l.actor where l.event.id in :ids"
                + " order by l.position",
            EventActor.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(l -> links.actors(l.event.id).add(l));
    em.createQuery(
            "select l from EventSource l join fetch l.source where l.event.id in :ids"
                + " order by l.position",
            EventSource.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(l -> links.sources(l.event.id).add(l));
    em.createQuery(
            "select l from EventRelation l join fetch l.relatedEvent r where l.event.id in :ids"
                + " and r.deletedAt is null order by l.position",
            EventRelation.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(l -> links.related(l.event.id).add(l));
    return links;
  }

  /**
   * A native query under construction with its positional parameters. With a revision it reads the
   * state at that revision from the audit tables, where a row is current at R when rev <= R <
   * rev_end (Envers' validity strategy).
   */
  private static final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> values = new ArrayList<>();
    final Long asOfRevision;
    String lastMatch;

    Sql() {
      this(null);
    }

    Sql(Long asOfRevision) {
      this.asOfRevision = asOfRevision;
    }

    /** The table, or its audit table when reading as of a revision. */
    String table(String name) {
      return asOfRevision == null ? name : name + "_aud";
    }

    /** Restricts an audit-table alias to the rows current at the revision (no-op otherwise). */
    Sql current(String alias) {
      if (asOfRevision != null) {
        append(" AND " + alias + ".rev_type <> 2 AND " + alias + ".rev <= ").bind(asOfRevision);
        append(" AND (" + alias + ".rev_end IS NULL OR " + alias + ".rev_end > ")
            .bind(asOfRevision)
            .append(")");
      }
      return this;
    }

    Sql append(String s) {
      text.append(s);
      return this;
    }

    Sql bind(Object value) {
      values.add(value);
      text.append("?").append(values.size());
      return this;
    }

    Sql bindAll(Collection<String> list) {
      text.append("(");
      boolean first = true;
      for (String value : list) {
        text.append(first ? "" : ", ");
        bind(value);
        first = false;
      }
      text.append(")");
      return this;
    }

    /** MATCH ... AGAINST for the filter's words: each word required, also as a prefix. */
    String match(EventFilter filter) {
      StringBuilder against = new StringBuilder();
      for (String word : filter.words()) {
        against.append(against.length() == 0 ? "" : " ").append('+').append(word).append('*');
      }
      values.add(against.toString());
      lastMatch = "MATCH(e.title, e.summary) AGAINST(?" + values.size() + " IN BOOLEAN MODE)";
      return lastMatch;
    }

    Query query(EntityManager em) {
      Query query = em.createNativeQuery(text.toString());
      for (int i = 0; i < values.size(); i++) {
        query.setParameter(i + 1, values.get(i));
      }
      return query;
    }

    /** The SQL with its values inlined, for EXPLAIN. Values here are dates, codes and slugs. */
    String inline() {
      String sql = text.toString();
      for (int i = values.size(); i >= 1; i--) {
        Object v = values.get(i - 1);
        String literal =
            v instanceof Number || v instanceof BigDecimal
                ? v.toString()
                : "'" + v.toString().replace("'", "''") + "'";
        sql = sql.replace("?" + i, literal);
      }
      return sql;
    }
  }
}
