package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.coitimeline.actor.Actor;
import org.coitimeline.kernel.JdbcRows;
import org.coitimeline.source.Source;

/**
 * Loads a page of events and their links (countries, topics, figures, actors, sources, related
 * events) in a fixed number of statements, however long the page: one for the events, one per kind
 * of link, and one each for the actors and the sources the links name.
 *
 * <p>Only the columns the views need are read, as scalars: the events, actors, sources and related
 * events handed out are plain objects that the session does not manage, so a read never loads whole
 * entities and leaves nothing to dirty-check or flush. Each link statement is driven by the page's
 * event ids ({@code STRAIGHT_JOIN} where it joins): the related event, and the actors and sources
 * named, are then looked up by their primary keys, never found by scanning their tables. The
 * statements run as plain JDBC ({@link JdbcRows}).
 */
@ApplicationScoped
public class EventLinkRepository {
  @Inject JdbcRows jdbc;

  private static final String EVENT_COLUMNS =
      "SELECT e.id, e.slug, e.title, e.summary, e.date_edtf, e.type_code, e.subdivision, e.place,"
          + " e.corroboration, e.version, e.created_at, e.updated_at, e.deleted_at FROM event e";

  /**
   * The events with these ids, in the order of {@code ids}, with the columns a view needs (not
   * managed by the session: read them, never change them).
   */
  public List<Event> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Event> byId = new LinkedHashMap<>();
    ids.forEach(id -> byId.put(id, null));
    // By the primary key: a page that is large for the store (an export's 2,000 of 10,000 events)
    // was otherwise read by scanning every event.
    eventRows(EVENT_COLUMNS + " FORCE INDEX (PRIMARY) WHERE e.id IN (:ids)", Map.of("ids", ids))
        .forEach(e -> byId.put(e.id, e));
    byId.values().removeIf(Objects::isNull);
    return new ArrayList<>(byId.values());
  }

  /** The event with this id (slug), live or tombstone, with the columns a view needs. */
  public Optional<Event> findBySlug(String slug) {
    return eventRows(EVENT_COLUMNS + " WHERE e.slug = :slug", Map.of("slug", slug)).stream()
        .findFirst();
  }

  /**
   * The export's pages walk the id (slug) index: the optimizer would otherwise read a page that is
   * large for the store (2,000 of 10,000 events) by its live events and sort them all, each page.
   */
  private static final String LIVE_BY_SLUG = " FORCE INDEX (uq_event_slug)";

  /**
   * At most {@code limit} live events in id order after {@code afterSlug} (null: from the first),
   * with the columns a view needs (not managed by the session), for the export.
   */
  public List<Event> liveAfter(String afterSlug, int limit) {
    return afterSlug == null
        ? eventRows(
            EVENT_COLUMNS
                + LIVE_BY_SLUG
                + " WHERE e.deleted_at IS NULL ORDER BY e.slug LIMIT :limit",
            Map.of("limit", limit))
        : eventRows(
            EVENT_COLUMNS
                + LIVE_BY_SLUG
                + " WHERE e.slug > :after AND e.deleted_at IS NULL ORDER BY e.slug LIMIT :limit",
            Map.of("after", afterSlug, "limit", limit));
  }

  private List<Event> eventRows(String sql, Map<String, Object> parameters) {
    List<Event> events = new ArrayList<>();
    jdbc.rows(
        sql,
        parameters,
        r -> {
          Event e = new Event();
          e.id = r.getLong(1);
          e.slug = r.getString(2);
          e.title = r.getString(3);
          e.summary = r.getString(4);
          e.dateEdtf = r.getString(5);
          e.typeCode = r.getString(6);
          e.subdivision = r.getString(7);
          e.place = r.getString(8);
          e.corroboration = r.getString(9);
          e.version = r.getLong(10);
          e.createdAt = utc(r, 11);
          e.updatedAt = utc(r, 12);
          e.deletedAt = utc(r, 13);
          events.add(e);
        });
    return events;
  }

  /** The links of the events with these ids, each list in its stored order. */
  public EventLinks links(List<Long> ids) {
    return links(ids, dense(ids));
  }

  /**
   * Whether the ids lie close together: an export walking the id order of a store written in that
   * order. Their links are then read as one range of each link table's event_id index, at most
   * twice the page's own rows, the others dropped here; scattered ids are an IN list, one index
   * look-up each (3 to 5 µs an id at 2,000 ids, against 0.2 µs a row read in a range).
   */
  private static boolean dense(List<Long> ids) {
    return !ids.isEmpty() && Collections.max(ids) - Collections.min(ids) < 2L * ids.size();
  }

  /** As {@link #links(List)}, read as one range of event ids or as a list of them. */
  EventLinks links(List<Long> ids, boolean asRange) {
    EventLinks links = new EventLinks();
    if (ids.isEmpty()) {
      return links;
    }
    Map<String, Object> byIds =
        asRange
            ? Map.of("first", Collections.min(ids), "last", Collections.max(ids))
            : Map.of("ids", ids);
    String among = asRange ? " BETWEEN :first AND :last" : " IN (:ids)";
    Set<Long> page = asRange ? new HashSet<>(ids) : null;
    // Each link statement, on the page's ids, read into the page's events alone.
    BiConsumer<String, JdbcRows.RowReader> linkRows =
        (sql, reader) -> jdbc.rows(sql, byIds, onPage(page, reader));
    linkRows.accept(
        "SELECT c.event_id, c.country FROM event_country c WHERE c.event_id"
            + among
            + " ORDER BY c.event_id, c.country",
        r -> links.adding(r.getLong(1)).countries.add(r.getString(2)));
    linkRows.accept(
        "SELECT t.event_id, t.topic_code FROM event_topic t WHERE t.event_id"
            + among
            + " ORDER BY t.event_id, t.topic_code",
        r -> links.adding(r.getLong(1)).topics.add(r.getString(2)));
    linkRows.accept(
        "SELECT f.event_id, f.label, f.value, f.unit, f.qualifier FROM event_figure f"
            + " WHERE f.event_id"
            + among
            + " ORDER BY f.event_id, f.position",
        r -> {
          Figure f = new Figure();
          f.label = r.getString(2);
          f.value = r.getBigDecimal(3);
          f.unit = r.getString(4);
          f.qualifier = r.getString(5);
          links.adding(r.getLong(1)).figures.add(f);
        });
    // Actors and sources are read once each, after the links that name them: a page of 2,000
    // events cites its 100 sources 4,000 times, and joining them to each link row cost the server
    // more than the links themselves (and the service as many copies of each citation).
    Map<Long, Actor> actorsById = new HashMap<>();
    linkRows.accept(
        "SELECT l.event_id, l.role_code, l.actor_id FROM event_actor l WHERE l.event_id"
            + among
            + " ORDER BY l.event_id, l.position",
        r -> {
          EventActor l = new EventActor();
          l.roleCode = r.getString(2);
          l.actor = actorsById.computeIfAbsent(r.getLong(3), id -> new Actor());
          links.adding(r.getLong(1)).actors.add(l);
        });
    byId(
        "SELECT a.id, a.slug, a.name, a.type_code FROM actor a WHERE a.id IN (:ids)",
        actorsById,
        (a, r) -> {
          a.slug = r.getString(2);
          a.name = r.getString(3);
          a.typeCode = r.getString(4);
        });
    Map<Long, Source> sourcesById = new HashMap<>();
    linkRows.accept(
        "SELECT l.event_id, l.pinpoint, l.quote, l.quote_language, l.translated, l.source_id"
            + " FROM event_source l WHERE l.event_id"
            + among
            + " ORDER BY l.event_id, l.position",
        r -> {
          EventSource l = new EventSource();
          l.pinpoint = r.getString(2);
          l.quote = r.getString(3);
          l.quoteLanguage = r.getString(4);
          l.translated = bool(r, 5);
          l.source = sourcesById.computeIfAbsent(r.getLong(6), id -> new Source());
          links.adding(r.getLong(1)).sources.add(l);
        });
    byId(
        "SELECT s.id, s.slug, s.citation, s.author, s.authors, s.title, s.title_quoted,"
            + " s.published, s.published_inferred, s.date_suffix, s.accessed FROM source s"
            + " WHERE s.id IN (:ids)",
        sourcesById,
        (s, r) -> {
          s.slug = r.getString(2);
          s.citation = r.getString(3);
          s.author = r.getString(4);
          s.authors = r.getString(5);
          s.title = r.getString(6);
          s.titleQuoted = bool(r, 7);
          s.published = r.getString(8);
          s.publishedInferred = bool(r, 9);
          s.dateSuffix = r.getString(10);
          s.accessed = r.getObject(11, LocalDate.class);
        });
    linkRows.accept(
        "SELECT STRAIGHT_JOIN l.event_id, l.relation_code, r.slug, r.title"
            + " FROM event_relation l JOIN event r ON r.id = l.related_event_id"
            + " WHERE l.event_id"
            + among
            + " AND r.deleted_at IS NULL"
            + " ORDER BY l.event_id, l.position",
        r -> {
          EventRelation l = new EventRelation();
          l.relationCode = r.getString(2);
          l.relatedEvent = new Event();
          l.relatedEvent.slug = r.getString(3);
          l.relatedEvent.title = r.getString(4);
          links.adding(r.getLong(1)).related.add(l);
        });
    return links;
  }

  /** The reader for the rows (event id first) of the page's events only (null: every row). */
  private static JdbcRows.RowReader onPage(Set<Long> page, JdbcRows.RowReader reader) {
    return page == null
        ? reader
        : row -> {
          if (page.contains(row.getLong(1))) {
            reader.read(row);
          }
        };
  }

  /** Fills in the objects of {@code byId} from the rows (id first) of a statement on their ids. */
  private <T> void byId(String sql, Map<Long, T> byId, RowInto<T> into) {
    if (!byId.isEmpty()) {
      jdbc.rows(
          sql,
          Map.of("ids", List.copyOf(byId.keySet())),
          r -> into.read(byId.get(r.getLong(1)), r));
    }
  }

  /** Reads one row into an object. */
  @FunctionalInterface
  private interface RowInto<T> {
    void read(T object, ResultSet row) throws SQLException;
  }

  /** A DATETIME column holding UTC (quarkus.hibernate-orm.jdbc.timezone), or null. */
  private static Instant utc(ResultSet row, int column) throws SQLException {
    LocalDateTime value = row.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  private static Boolean bool(ResultSet row, int column) throws SQLException {
    boolean value = row.getBoolean(column);
    return row.wasNull() ? null : value;
  }
}
