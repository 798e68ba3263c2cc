package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.coitimeline.kernel.Queries;

/**
 * The timeline's hand-written SQL, where it earns its place: one page of event ids by keyset on an
 * index, and the histogram, both now or as of a revision (on the audit tables), with every filter
 * of the API. Rows are read by column name into {@link PageRow} and {@link PeriodCount}.
 */
@ApplicationScoped
public class TimelineRepository {
  @Inject EntityManager em;

  /** One row of a page: the event's internal id and its sort key (as cursor text). */
  /** A matching event: its key, its id and slug, and when it was last written. */
  public record PageRow(long id, List<String> key, String slug, Instant updatedAt) {}

  /** One period of the histogram. */
  public record PeriodCount(String period, long count) {}

  /**
   * The ids of at most {@code limit} events matching the filter, in the sort order, after the
   * cursor key (when given).
   */
  public List<PageRow> page(
      EventFilter filter, EventSort sort, List<String> after, int limit, Long asOfRevision) {
    TimelineSql sql = pageQuery(filter, sort, after, limit, asOfRevision);
    List<PageRow> rows = new ArrayList<>();
    for (Tuple row : rows(sql)) {
      String slug = row.get("slug", String.class);
      List<String> key =
          switch (sort) {
            case DATE, DATE_DESC ->
                List.of(text(row.get("start_earliest")), text(row.get("end_latest")), slug);
            case UPDATED, UPDATED_DESC -> List.of(text(row.get("updated_at")), slug);
            case RELEVANCE -> List.of(text(row.get("score")), slug);
          };
      rows.add(
          new PageRow(
              row.get("id", Number.class).longValue(), key, slug, utc(row.get("updated_at"))));
    }
    return rows;
  }

  /**
   * Counts of matching events per year or month. An event counts once, in the period of its
   * earliest possible start, or of its earliest possible end when its start is open.
   */
  public List<PeriodCount> histogram(EventFilter filter, boolean monthly, Long asOfRevision) {
    return asOfRevision == null && countedOnWrite(filter)
        ? countsKept(filter, monthly)
        : counted(filter, monthly, asOfRevision);
  }

  /**
   * Whether the counts kept on write (event_month_count, V8) answer the filter: the current state,
   * filtered by type and corroboration at most.
   */
  static boolean countedOnWrite(EventFilter filter) {
    return filter.from() == null
        && filter.to() == null
        && filter.countries().isEmpty()
        && filter.actors().isEmpty()
        && filter.topics().isEmpty()
        && filter.sources().isEmpty()
        && !filter.hasText()
        && filter.scopeActor() == null
        && filter.scopeSource() == null;
  }

  /** The histogram from the counts the triggers of event keep per month, type and corroboration. */
  List<PeriodCount> countsKept(EventFilter filter, boolean monthly) {
    TimelineSql sql = new TimelineSql(null);
    sql.append(
        "SELECT "
            + (monthly ? "m.period_month" : "LEFT(m.period_month, 4)")
            + " AS period, SUM(m.events) AS n FROM event_month_count m WHERE m.events > 0");
    if (!filter.types().isEmpty()) {
      sql.append(" AND m.type_code IN ").bindAll(filter.types());
    }
    if (!filter.corroborations().isEmpty()) {
      sql.append(" AND m.corroboration IN ").bindAll(filter.corroborations());
    }
    sql.append(" GROUP BY period ORDER BY period");
    return periodCounts(sql);
  }

  /** The histogram counted from the events themselves (or their history, as of a revision). */
  List<PeriodCount> counted(EventFilter filter, boolean monthly, Long asOfRevision) {
    TimelineSql sql = new TimelineSql(asOfRevision);
    String format = monthly ? "'%Y-%m'" : "'%Y'";
    sql.append("SELECT DATE_FORMAT(CASE WHEN e.start_earliest > ")
        .bind(Event.OPEN_START)
        .append(" THEN e.start_earliest ELSE e.end_earliest END, " + format + ") AS period,")
        .append(" COUNT(*) AS n FROM " + sql.table("event") + " e WHERE ");
    where(filter, sql);
    sql.append(" GROUP BY period ORDER BY period");
    return periodCounts(sql);
  }

  private List<PeriodCount> periodCounts(TimelineSql sql) {
    List<PeriodCount> counts = new ArrayList<>();
    for (Tuple row : rows(sql)) {
      counts.add(
          new PeriodCount(row.get("period", String.class), row.get("n", Number.class).longValue()));
    }
    return counts;
  }

  /** The SQL of a page query with its values inlined, for EXPLAIN in tests. */
  String pageSql(EventFilter filter, EventSort sort, List<String> after, int limit) {
    return pageQuery(filter, sort, after, limit, null).inline();
  }

  private TimelineSql pageQuery(
      EventFilter filter, EventSort sort, List<String> after, int limit, Long asOfRevision) {
    TimelineSql sql = new TimelineSql(asOfRevision);
    String score =
        filter.hasText() && asOfRevision == null ? ", " + sql.match(filter) + " AS score" : "";
    sql.append(
        "SELECT e.id AS id, e.start_earliest AS start_earliest, e.end_latest AS end_latest,"
            + " e.updated_at AS updated_at, e.slug AS slug"
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

  private void where(EventFilter filter, TimelineSql sql) {
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

  private static void actorIn(Collection<String> slugs, TimelineSql sql) {
    sql.append(
            " AND e.id IN (SELECT ea.event_id FROM "
                + sql.table("event_actor")
                + " ea JOIN actor a ON a.id = ea.actor_id WHERE a.slug IN ")
        .bindAll(slugs)
        .current("ea")
        .append(")");
  }

  private static void sourceIn(Collection<String> slugs, TimelineSql sql) {
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
  private static void keyset(EventSort sort, List<String> after, TimelineSql sql) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < sort.columns.size(); i++) {
      values.add(keyValue(sort, i, after.get(i)));
    }
    keyset(sort, values, 0, sql);
  }

  private static void keyset(EventSort sort, List<Object> values, int i, TimelineSql sql) {
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

  /** A DATETIME column holding UTC (quarkus.hibernate-orm.jdbc.timezone) as an instant. */
  private static Instant utc(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    return ((java.time.LocalDateTime) value).toInstant(ZoneOffset.UTC);
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

  /** Runs the statement; its rows are read by column name. */
  @SuppressWarnings("unchecked")
  private List<Tuple> rows(TimelineSql sql) {
    Query query = em.createNativeQuery(sql.text(), Tuple.class);
    for (int i = 0; i < sql.values().size(); i++) {
      query.setParameter(i + 1, sql.values().get(i));
    }
    return query.getResultList();
  }
}
