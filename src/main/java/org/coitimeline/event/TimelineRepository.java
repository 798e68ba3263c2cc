package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLWarning;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.coitimeline.kernel.JdbcRows;
import org.coitimeline.kernel.Queries;

/**
 * The timeline's hand-written SQL, where it earns its place: one page of event ids by keyset on an
 * index, and the histogram, both now or as of a revision (on the audit tables), with every filter
 * of the API. Rows are read by column name into {@link PageRow} and {@link PeriodCount}.
 */
@ApplicationScoped
public class TimelineRepository {
  @Inject JdbcRows jdbc;

  /**
   * A matching event: its key, its id and slug, and when it was last written (null where the
   * statement had no need to read it: see {@link #pageQuery}).
   */
  public record PageRow(long id, List<String> key, String slug, Instant updatedAt) {}

  /** One period of the histogram. */
  public record PeriodCount(String period, long count) {}

  /**
   * The ids of at most {@code limit} events matching the filter, in the sort order, after the
   * cursor key (when given).
   */
  public List<PageRow> page(
      EventFilter filter, EventSort sort, List<String> after, int limit, Long asOfRevision) {
    return page(filter, sort, after, limit, asOfRevision, TEXT_WALK_ROWS);
  }

  /**
   * Rows that a walk in page order checking the words of q may examine before the full-text index
   * is asked instead: about a page of a word in 0.5 % of the events, a few milliseconds.
   */
  static final int TEXT_WALK_ROWS = 10_000;

  /**
   * The page with the words of q looked for by walking at most {@code textWalkRows} rows in page
   * order (tests vary it); see {@link #textCheck}.
   */
  List<PageRow> page(
      EventFilter filter,
      EventSort sort,
      List<String> after,
      int limit,
      Long asOfRevision,
      int textWalkRows) {
    List<PageRow> rows = new ArrayList<>();
    if (asOfRevision != null || (filter.hasText() && sort == EventSort.RELEVANCE)) {
      pageRows(pageQuery(filter, sort, after, limit, asOfRevision, true), sort, rows);
      return rows;
    }
    Integer budget = filter.hasText() ? textWalkRows : null;
    if (ordered(filter, sort, after, limit, budget, null, rows)) {
      return rows;
    }
    // The walk stopped at its budget: a word in few events, which the full-text index finds.
    rows.clear();
    pageRows(pageQuery(filter, sort, after, limit, null, true), sort, rows);
    return rows;
  }

  /**
   * The page of the current state read in its order from an index whose entries (nearly) all match:
   * the range's parts, a link filter's list, or the timeline or update index; with words, each
   * event read is checked for them, and the walk stops after {@code budget} rows. Returns whether
   * it finished (otherwise {@code rows} holds what it found before the budget ran out). Each
   * statement run is added to {@code ran} (tests), when given.
   */
  private boolean ordered(
      EventFilter filter,
      EventSort sort,
      List<String> after,
      int limit,
      Integer budget,
      List<String> ran,
      List<PageRow> rows) {
    if (readInParts(filter, sort, null)) {
      return overlapPage(filter, sort, after, limit, budget, ran, rows);
    }
    TimelineSql sql =
        byLinks(filter, sort)
            ? linkQuery(filter, sort, after, limit)
            : pageQuery(filter, sort, after, limit, null, false);
    return walk(sql, sort, budget, ran, rows);
  }

  /**
   * Runs one statement of an ordered read with the walk's budget (null: none), noting it in {@code
   * ran} when given; whether it ran to the end.
   */
  private boolean walk(
      TimelineSql sql, EventSort sort, Integer budget, List<String> ran, List<PageRow> rows) {
    sql.rowsExamined = budget;
    if (ran != null) {
      ran.add(sql.inline());
    }
    return pageRows(sql, sort, rows);
  }

  /** Reads the rows of a page statement into {@code rows}; whether it ran to the end. */
  private boolean pageRows(TimelineSql sql, EventSort sort, List<PageRow> rows) {
    return rows(
        sql,
        row -> {
          String slug = row.getString("slug");
          LocalDateTime updated =
              sql.updatedAt ? row.getObject("updated_at", LocalDateTime.class) : null;
          List<String> key =
              switch (sort) {
                case DATE, DATE_DESC ->
                    // DATE columns as the server writes them, yyyy-MM-dd: LocalDate's text.
                    List.of(row.getString("start_earliest"), row.getString("end_latest"), slug);
                case UPDATED, UPDATED_DESC -> List.of(updated.toString(), slug);
                case RELEVANCE -> List.of(String.valueOf(row.getObject("score")), slug);
              };
          rows.add(
              new PageRow(
                  row.getLong("id"),
                  key,
                  slug,
                  updated == null ? null : updated.toInstant(ZoneOffset.UTC)));
        });
  }

  /**
   * Whether a page is read as the parts of {@link OverlapPart}: the current state in date order,
   * events overlapping a range that has a start. (Without {@code from} the plain query is one index
   * range already; as-of reads keep the plain query over the history.)
   */
  static boolean readInParts(EventFilter filter, EventSort sort, Long asOfRevision) {
    return asOfRevision == null
        && filter.match() == EventFilter.Match.OVERLAPS
        && filter.from() != null
        && (sort == EventSort.DATE || sort == EventSort.DATE_DESC);
  }

  /**
   * The events overlapping [from, to] fall apart by shape into parts, each read through an index
   * range whose entries (nearly) all match, and which follow one another in date order. Walking
   * ix_event_timeline in start order instead reads every event that started before {@code from}.
   * With Y the first day of the year of {@code from}:
   *
   * <ul>
   *   <li>{@link #OPEN_START}: an open start and {@code end_latest >= from}; ix_event_timeline.
   *   <li>{@link #EARLIER}: started after the open start and before Y: with an open end
   *       (ix_event_open_end), and bounded ones alive on Y (event_year of Y, V9) with {@code
   *       end_latest >= from}, merged in one statement (UNION ALL, each read at most as far as the
   *       page needs). The entries that miss are bounded events that ended between Y and {@code
   *       from}.
   *   <li>{@link #FROM_YEAR}: started from Y to {@code to}, with {@code end_latest >= from};
   *       ix_event_timeline. The entries that miss ended between Y and {@code from}.
   * </ul>
   *
   * <p>The parts are read one after another in page order, each only as far as the page still
   * needs, so a page reads about as many entries as it returns, at most twice as many in the merge
   * of {@code EARLIER}; when {@code from} is 1 January (from=YYYY) nothing else is read.
   */
  enum OverlapPart {
    OPEN_START,
    EARLIER,
    FROM_YEAR;

    /** Whether every key of the part comes before (or is) the cursor's, in the page order. */
    boolean passed(LocalDate cursorStart, LocalDate yearStart, boolean descending) {
      return switch (this) {
        case OPEN_START -> !descending && cursorStart.isAfter(Event.OPEN_START);
        case EARLIER ->
            descending ? !cursorStart.isAfter(Event.OPEN_START) : !cursorStart.isBefore(yearStart);
        case FROM_YEAR -> descending && cursorStart.isBefore(yearStart);
      };
    }
  }

  /** The page read in parts; whether every part ran to the end (see {@link #ordered}). */
  private boolean overlapPage(
      EventFilter filter,
      EventSort sort,
      List<String> after,
      int limit,
      Integer budget,
      List<String> ran,
      List<PageRow> rows) {
    List<OverlapPart> parts = new ArrayList<>(List.of(OverlapPart.values()));
    if (sort.descending) {
      java.util.Collections.reverse(parts);
    }
    LocalDate yearStart = filter.from().withDayOfYear(1);
    LocalDate cursorStart = after == null ? null : (LocalDate) keyValue(sort, 0, after.get(0));
    for (OverlapPart part : parts) {
      if (rows.size() >= limit) {
        break;
      }
      if (cursorStart != null && part.passed(cursorStart, yearStart, sort.descending)) {
        continue;
      }
      TimelineSql sql = partQuery(part, filter, sort, after, limit - rows.size());
      if (!walk(sql, sort, budget, ran, rows)) {
        return false;
      }
    }
    return true;
  }

  /**
   * ix_event_open_end serves the open ends of {@link OverlapPart#EARLIER} only: elsewhere its range
   * on end_latest would read a whole range and sort it where ix_event_timeline gives the order.
   */
  private static final String TIMELINE_ORDER = "IGNORE INDEX (ix_event_open_end)";

  private static final String PAGE_COLUMNS =
      "SELECT e.id AS id, e.start_earliest AS start_earliest, e.end_latest AS end_latest,"
          + " e.updated_at AS updated_at, e.slug AS slug";

  private TimelineSql partQuery(
      OverlapPart part, EventFilter filter, EventSort sort, List<String> after, int limit) {
    TimelineSql sql = new TimelineSql(null);
    LocalDate from = filter.from();
    LocalDate yearStart = from.withDayOfYear(1);
    switch (part) {
      case OPEN_START -> {
        sql.append(PAGE_COLUMNS + " FROM event e " + TIMELINE_ORDER + " WHERE e.deleted_at IS NULL")
            .append(" AND e.start_earliest = ")
            .bind(Event.OPEN_START)
            .append(" AND e.end_latest >= ")
            .bind(from);
        partTail(filter, sort, after, "e", limit, sql);
      }
      case FROM_YEAR -> {
        sql.append(PAGE_COLUMNS + " FROM event e " + TIMELINE_ORDER + " WHERE e.deleted_at IS NULL")
            .append(" AND e.start_earliest >= ")
            .bind(yearStart)
            .append(" AND e.start_earliest > ")
            .bind(Event.OPEN_START);
        if (filter.to() != null) {
          sql.append(" AND e.start_earliest <= ").bind(filter.to());
        }
        sql.append(" AND e.end_latest >= ").bind(from);
        partTail(filter, sort, after, "e", limit, sql);
      }
      case EARLIER -> {
        sql.append("(" + PAGE_COLUMNS + " FROM event e WHERE e.deleted_at IS NULL")
            .append(" AND e.end_latest = ")
            .bind(Event.OPEN_END)
            .append(" AND e.start_earliest > ")
            .bind(Event.OPEN_START)
            .append(" AND e.start_earliest < ")
            .bind(yearStart);
        partTail(filter, sort, after, "e", limit, sql);
        // The bucket rows carry the page's columns; the event is read only for other filters.
        sql.append(
            ") UNION ALL (SELECT y.event_id AS id, y.start_earliest AS start_earliest,"
                + " y.end_latest AS end_latest, y.updated_at AS updated_at, y.slug AS slug"
                + " FROM event_year y");
        if (hasOtherFilters(filter)) {
          sql.append(" STRAIGHT_JOIN event e ON e.id = y.event_id");
        }
        sql.append(" WHERE y.year = ")
            .bind(yearStart.getYear())
            .append(" AND y.end_latest >= ")
            .bind(from);
        partTail(filter, sort, after, "y", limit, sql);
        sql.append(")");
        orderBy(sort, null, sql);
        sql.append(" LIMIT " + limit);
      }
    }
    return sql;
  }

  /** The other filters, the cursor, the order and the limit of one part. */
  private void partTail(
      EventFilter filter,
      EventSort sort,
      List<String> after,
      String alias,
      int limit,
      TimelineSql sql) {
    others(filter, sql);
    if (after != null) {
      sql.append(" AND ");
      keyset(sort, after, alias, sql);
    }
    orderBy(sort, alias, sql);
    sql.append(" LIMIT " + limit);
  }

  /** Whether the filter asks for more than the range (what {@link #others} writes). */
  private static boolean hasOtherFilters(EventFilter filter) {
    return !filter.types().isEmpty()
        || !filter.corroborations().isEmpty()
        || filtersByLinksOrText(filter);
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
   * Whether the counts kept on write (event_month_count and event_month_total, V8 and V11) answer
   * the filter: the current state, filtered by type and corroboration at most.
   */
  static boolean countedOnWrite(EventFilter filter) {
    return filter.from() == null && filter.to() == null && !filtersByLinksOrText(filter);
  }

  /** Whether the filter asks for countries, topics, actors, sources or words of the events. */
  private static boolean filtersByLinksOrText(EventFilter filter) {
    return !filter.countries().isEmpty()
        || !filter.topics().isEmpty()
        || !filter.actors().isEmpty()
        || filter.scopeActor() != null
        || !filter.sources().isEmpty()
        || filter.scopeSource() != null
        || filter.hasText();
  }

  /**
   * The histogram from the counts the triggers of event keep: per month without filters (V11), per
   * month, type and corroboration when either is asked for (V8).
   */
  List<PeriodCount> countsKept(EventFilter filter, boolean monthly) {
    TimelineSql sql = new TimelineSql(null);
    boolean cells = !filter.types().isEmpty() || !filter.corroborations().isEmpty();
    sql.append(
        "SELECT "
            + (monthly ? "m.period_month" : "LEFT(m.period_month, 4)")
            + " AS period, SUM(m.events) AS n FROM "
            + (cells ? "event_month_count" : "event_month_total")
            + " m WHERE m.events > 0");
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
    sql.textByIndex = asOfRevision == null;
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
    rows(sql, row -> counts.add(new PeriodCount(row.getString("period"), row.getLong("n"))));
    return counts;
  }

  /**
   * The statements a page of the current state runs when it finishes its walk, with their values
   * inlined, for ANALYZE in tests (see {@link #ordered}).
   */
  List<String> pageStatements(EventFilter filter, EventSort sort, List<String> after, int limit) {
    List<String> ran = new ArrayList<>();
    ordered(filter, sort, after, limit, null, ran, new ArrayList<>());
    return ran;
  }

  /**
   * The index hint of a page of the current state: {@link #TIMELINE_ORDER}, or the sort's own index
   * for a read in its order that nothing narrows but the words of q (checked row by row) and a
   * range of that index (an end before {@code to}, or a start within [from, to]). There the
   * optimizer would otherwise read a page that is large for the store (an export's 2,000 of 10,000
   * events) by scanning and sorting every event, page after page.
   */
  private static String indexHint(EventFilter filter, EventSort sort, boolean textByIndex) {
    if (textByIndex || !filter.onlyDatesAndWords()) {
      return TIMELINE_ORDER;
    }
    boolean startBounded = filter.from() == null || filter.match() == EventFilter.Match.WITHIN;
    return switch (sort) {
      case DATE, DATE_DESC -> startBounded ? "FORCE INDEX (ix_event_timeline)" : TIMELINE_ORDER;
      case UPDATED, UPDATED_DESC ->
          filter.from() == null && filter.to() == null
              ? "FORCE INDEX (ix_event_updated)"
              : TIMELINE_ORDER;
      case RELEVANCE -> TIMELINE_ORDER;
    };
  }

  private TimelineSql pageQuery(
      EventFilter filter,
      EventSort sort,
      List<String> after,
      int limit,
      Long asOfRevision,
      boolean textByIndex) {
    TimelineSql sql = new TimelineSql(asOfRevision);
    sql.textByIndex = textByIndex && asOfRevision == null;
    // updated_at where it is read: the update orders' keys, and the stamps of a snapshot (read as
    // of a revision). Without it a walk in date order reads ix_event_timeline alone, no event row:
    // a page of 2,000 at 100 k events took 10.6 ms instead of 23.
    sql.updatedAt =
        asOfRevision != null || sort == EventSort.UPDATED || sort == EventSort.UPDATED_DESC;
    String score =
        filter.hasText() && sql.textByIndex ? ", " + sql.match(filter) + " AS score" : "";
    sql.append(
        "SELECT e.id AS id, e.start_earliest AS start_earliest, e.end_latest AS end_latest"
            + (sql.updatedAt ? ", e.updated_at AS updated_at" : "")
            + ", e.slug AS slug"
            + score
            + " FROM "
            + sql.table("event")
            + (asOfRevision == null ? " e " + indexHint(filter, sort, sql.textByIndex) : " e")
            + " WHERE ");
    where(filter, sql);
    if (after != null) {
      sql.append(" AND ");
      keyset(sort, after, "e", sql);
    }
    orderBy(sort, "e", sql);
    return sql.append(" LIMIT " + limit);
  }

  /**
   * Whether a page is read from the list of one of its link filters (V10): the current state in
   * date order, unless read in parts (a range with a start).
   */
  private static boolean byLinks(EventFilter filter, EventSort sort) {
    return (sort == EventSort.DATE || sort == EventSort.DATE_DESC)
        && !readInParts(filter, sort, null)
        && !linkFilters(filter).isEmpty();
  }

  /**
   * A filter by the events' links: the event has at least one of the values. {@code slugTable}
   * names the table the values are slugs of (actor, source); otherwise they are the column's own.
   */
  private record LinkFilter(
      String table, String column, String slugTable, Collection<String> values) {}

  /** The link filters, the most selective kinds first. */
  private static List<LinkFilter> linkFilters(EventFilter filter) {
    List<LinkFilter> links = new ArrayList<>();
    if (!filter.actors().isEmpty()) {
      links.add(new LinkFilter("event_actor", "actor_id", "actor", filter.actors()));
    }
    if (filter.scopeActor() != null) {
      links.add(new LinkFilter("event_actor", "actor_id", "actor", List.of(filter.scopeActor())));
    }
    if (!filter.sources().isEmpty()) {
      links.add(new LinkFilter("event_source", "source_id", "source", filter.sources()));
    }
    if (filter.scopeSource() != null) {
      links.add(
          new LinkFilter("event_source", "source_id", "source", List.of(filter.scopeSource())));
    }
    if (!filter.topics().isEmpty()) {
      links.add(new LinkFilter("event_topic", "topic_code", null, filter.topics()));
    }
    if (!filter.countries().isEmpty()) {
      links.add(new LinkFilter("event_country", "country", null, filter.countries()));
    }
    return links;
  }

  /**
   * A page read from the list of the link filter with the fewest values (V10): for each of its
   * values, that value's links in date order from the cursor, each joined to the other link filters
   * and then, only if the filter asks for the event's own columns (type, corroboration, words), to
   * its event, grouped by event (an actor may hold two roles) and read only as far as the page
   * needs; several values are merged by a UNION of their first rows (an event linked to two of them
   * is one row). A link row carries its event's key and deleted_at (V10's triggers), so a walk of
   * links alone reads no event row: at 1 M events each was a random read of the largest table.
   */
  private TimelineSql linkQuery(EventFilter filter, EventSort sort, List<String> after, int limit) {
    List<LinkFilter> links = new ArrayList<>(linkFilters(filter));
    LinkFilter driver =
        links.stream().min(java.util.Comparator.comparingInt(l -> l.values().size())).orElseThrow();
    links.remove(driver);
    TimelineSql sql = new TimelineSql(null);
    // Link walks are date-ordered reads of now (byLinks, ordered): their keys need no updated_at.
    sql.updatedAt = false;
    boolean event =
        !filter.types().isEmpty() || !filter.corroborations().isEmpty() || filter.hasText();
    boolean merged = driver.values().size() > 1;
    for (String value : driver.values()) {
      sql.append(merged && sql.text().length() > 0 ? " UNION " : "").append(merged ? "(" : "");
      sql.append(
          "SELECT MIN(l.event_id) AS id, l.start_earliest AS start_earliest,"
              + " l.end_latest AS end_latest, l.slug AS slug FROM ");
      if (driver.slugTable() != null) {
        sql.append(
            driver.slugTable()
                + " d STRAIGHT_JOIN "
                + driver.table()
                + " l ON l."
                + driver.column()
                + " = d.id");
      } else {
        sql.append(driver.table() + " l");
      }
      for (int i = 0; i < links.size(); i++) {
        LinkFilter link = links.get(i);
        String alias = "r" + i;
        sql.append(" STRAIGHT_JOIN " + link.table() + " " + alias)
            .append(" ON " + alias + ".event_id = l.event_id");
        if (link.slugTable() != null) {
          sql.append(" STRAIGHT_JOIN " + link.slugTable() + " " + alias + "s")
              .append(" ON " + alias + "s.id = " + alias + "." + link.column())
              .append(" AND " + alias + "s.slug IN ")
              .bindAll(link.values());
        } else {
          sql.append(" AND " + alias + "." + link.column() + " IN ").bindAll(link.values());
        }
      }
      if (event) {
        sql.append(" STRAIGHT_JOIN event e ON e.id = l.event_id");
      }
      sql.append(
              driver.slugTable() != null
                  ? " WHERE d.slug = "
                  : " WHERE l." + driver.column() + " = ")
          .bind(value)
          .append(" AND l.deleted_at IS NULL");
      LocalDate from = filter.from();
      LocalDate to = filter.to();
      if (filter.match() == EventFilter.Match.WITHIN && from != null) {
        sql.append(" AND l.start_earliest >= ").bind(from);
      }
      if (to != null) {
        sql.append(" AND l.start_earliest <= ").bind(to);
        if (filter.match() == EventFilter.Match.WITHIN) {
          sql.append(" AND l.end_latest <= ").bind(to);
        }
      }
      eventFilters(filter, sql);
      if (after != null) {
        sql.append(" AND ");
        keyset(sort, after, "l", sql);
      }
      sql.append(" GROUP BY l.start_earliest, l.end_latest, l.slug");
      orderBy(sort, "l", sql);
      sql.append(" LIMIT " + limit).append(merged ? ")" : "");
    }
    if (merged) {
      orderBy(sort, null, sql);
      sql.append(" LIMIT " + limit);
    }
    return sql;
  }

  /** ORDER BY the sort's columns, of the alias (null: unqualified, for the result of a UNION). */
  private static void orderBy(EventSort sort, String alias, TimelineSql sql) {
    sql.append(" ORDER BY ");
    for (int i = 0; i < sort.columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append(column(sort, i, alias))
          .append(sort.descending(i) ? " DESC" : "");
    }
  }

  /** A column of the sort key as a column of the alias (e, y or none). */
  private static String column(EventSort sort, int i, String alias) {
    String column = sort.columns.get(i);
    if (!column.startsWith("e.")) {
      return column;
    }
    return alias == null ? column.substring(2) : alias + column.substring(1);
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
        // start_earliest <= to follows from end_latest <= to (no interval ends before it starts);
        // it closes the index range, so a walk stops at the end of the range.
        sql.append(" AND e.start_earliest <= ").bind(to);
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
    others(filter, sql);
  }

  /** Every filter but the range. */
  private void others(EventFilter filter, TimelineSql sql) {
    eventFilters(filter, sql);
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
  }

  /** The filters on the event's own columns: type, corroboration and the words of q. */
  private static void eventFilters(EventFilter filter, TimelineSql sql) {
    if (!filter.types().isEmpty()) {
      sql.append(" AND e.type_code IN ").bindAll(filter.types());
    }
    if (!filter.corroborations().isEmpty()) {
      sql.append(" AND e.corroboration IN ").bindAll(filter.corroborations());
    }
    if (filter.hasText()) {
      if (sql.textByIndex) {
        sql.append(" AND " + sql.match(filter));
      }
      textCheck(filter, sql);
    }
  }

  /**
   * What separates the words of a text: anything but letters, digits and _ (as InnoDB's parser).
   */
  private static final String WORD_BREAKS = "[^\\p{L}\\p{N}_]+";

  /**
   * The words of q checked on one event: each begins a word of its title or summary, compared in
   * the columns' collation (case and accents aside); words are what {@link #WORD_BREAKS} separates,
   * as the full-text parser splits them, so that the full-text index finds every event the check
   * passes (it finds the candidates, the check decides). A plain LIKE first passes over most events
   * that lack the letters at all. The as-of reads (no full-text index on history) and walks in page
   * order use the check alone.
   */
  private static void textCheck(EventFilter filter, TimelineSql sql) {
    for (String word : filter.words()) {
      String escaped = Queries.escapeLike(word);
      sql.append(" AND (e.title LIKE ")
          .bind("%" + escaped + "%")
          .append(" ESCAPE '!' OR e.summary LIKE ")
          .bind("%" + escaped + "%")
          .append(" ESCAPE '!') AND REGEXP_REPLACE(CONCAT(' ', e.title, ' ',")
          .append(" COALESCE(e.summary, '')), ")
          .bind(WORD_BREAKS)
          .append(", ' ') LIKE ")
          .bind("% " + escaped + "%")
          .append(" ESCAPE '!'");
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
  private static void keyset(EventSort sort, List<String> after, String alias, TimelineSql sql) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < sort.columns.size(); i++) {
      values.add(keyValue(sort, i, after.get(i)));
    }
    keyset(sort, values, 0, alias, sql);
  }

  private static void keyset(
      EventSort sort, List<Object> values, int i, String alias, TimelineSql sql) {
    String column = sort.columns.get(i).equals("score") ? sql.lastMatch : column(sort, i, alias);
    String beyond = sort.descending(i) ? " < " : " > ";
    sql.append("(" + column + beyond).bind(values.get(i));
    if (i + 1 < values.size()) {
      sql.append(" OR (" + column + " = ").bind(values.get(i)).append(" AND ");
      keyset(sort, values, i + 1, alias, sql);
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

  /**
   * Runs the statement, its rows read by column name; whether it ran to the end (not stopped by its
   * budget of rows examined, MariaDB's warning 1931).
   */
  private boolean rows(TimelineSql sql, JdbcRows.RowReader reader) {
    String text = sql.jdbcText();
    if (sql.rowsExamined != null) {
      text += " ROWS EXAMINED " + sql.rowsExamined;
    }
    SQLWarning warning;
    try {
      warning = jdbc.rows(text, sql.jdbcValues(), reader);
    } catch (RuntimeException e) {
      if (sql.rowsExamined != null && sortAborted(e)) {
        return false;
      }
      throw e;
    }
    for (; warning != null; warning = warning.getNextWarning()) {
      if (warning.getErrorCode() == ROWS_EXAMINED_LIMIT) {
        return false;
      }
    }
    return true;
  }

  /** ER_QUERY_EXCEEDED_ROWS_EXAMINED_LIMIT: a LIMIT ... ROWS EXAMINED stopped the statement. */
  private static final int ROWS_EXAMINED_LIMIT = 1931;

  /**
   * ER_FILSORT_ABORT: the budget ran out while the server sorted (on a small table it may read and
   * sort rather than walk an index); the walk did not finish either.
   */
  private static final int SORT_ABORTED = 1028;

  private static boolean sortAborted(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql && sql.getErrorCode() == SORT_ABORTED) {
        return true;
      }
    }
    return false;
  }
}
