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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coitimeline.actor.Actor;
import org.coitimeline.kernel.JdbcRows;
import org.coitimeline.source.Source;

/**
 * Loads a page of events and their links (countries, topics, figures, actors, sources, related
 * events) in a fixed number of statements, however long the page: one for the events, one per kind
 * of link.
 *
 * <p>Only the columns the views need are read, as scalars: the events, actors, sources and related
 * events handed out are plain objects that the session does not manage, so a read never loads whole
 * entities and leaves nothing to dirty-check or flush. Each link statement is driven by the page's
 * event ids ({@code STRAIGHT_JOIN}): the actor, source or related event is then looked up by its
 * primary key, never found by scanning its table. The statements run as plain JDBC ({@link
 * JdbcRows}).
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
    eventRows(EVENT_COLUMNS + " WHERE e.id IN (:ids)", Map.of("ids", ids))
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
   * At most {@code limit} live events in id order after {@code afterSlug} (null: from the first),
   * with the columns a view needs (not managed by the session), for the export.
   */
  public List<Event> liveAfter(String afterSlug, int limit) {
    return afterSlug == null
        ? eventRows(
            EVENT_COLUMNS + " WHERE e.deleted_at IS NULL ORDER BY e.slug LIMIT :limit",
            Map.of("limit", limit))
        : eventRows(
            EVENT_COLUMNS
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
    EventLinks links = new EventLinks();
    if (ids.isEmpty()) {
      return links;
    }
    Map<String, Object> byIds = Map.of("ids", ids);
    jdbc.rows(
        "SELECT c.event_id, c.country FROM event_country c WHERE c.event_id IN (:ids)"
            + " ORDER BY c.event_id, c.country",
        byIds,
        r -> links.countries(r.getLong(1)).add(r.getString(2)));
    jdbc.rows(
        "SELECT t.event_id, t.topic_code FROM event_topic t WHERE t.event_id IN (:ids)"
            + " ORDER BY t.event_id, t.topic_code",
        byIds,
        r -> links.topics(r.getLong(1)).add(r.getString(2)));
    jdbc.rows(
        "SELECT f.event_id, f.label, f.value, f.unit, f.qualifier FROM event_figure f"
            + " WHERE f.event_id IN (:ids) ORDER BY f.event_id, f.position",
        byIds,
        r -> {
          Figure f = new Figure();
          f.label = r.getString(2);
          f.value = r.getBigDecimal(3);
          f.unit = r.getString(4);
          f.qualifier = r.getString(5);
          links.figures(r.getLong(1)).add(f);
        });
    jdbc.rows(
        "SELECT STRAIGHT_JOIN l.event_id, l.role_code, a.slug, a.name, a.type_code"
            + " FROM event_actor l JOIN actor a ON a.id = l.actor_id WHERE l.event_id IN (:ids)"
            + " ORDER BY l.event_id, l.position",
        byIds,
        r -> {
          EventActor l = new EventActor();
          l.roleCode = r.getString(2);
          l.actor = new Actor();
          l.actor.slug = r.getString(3);
          l.actor.name = r.getString(4);
          l.actor.typeCode = r.getString(5);
          links.actors(r.getLong(1)).add(l);
        });
    jdbc.rows(
        "SELECT STRAIGHT_JOIN l.event_id, l.pinpoint, l.quote, l.quote_language, l.translated,"
            + " s.slug, s.citation, s.author, s.authors, s.title, s.title_quoted, s.published,"
            + " s.published_inferred, s.date_suffix, s.accessed"
            + " FROM event_source l JOIN source s ON s.id = l.source_id WHERE l.event_id IN (:ids)"
            + " ORDER BY l.event_id, l.position",
        byIds,
        r -> {
          EventSource l = new EventSource();
          l.pinpoint = r.getString(2);
          l.quote = r.getString(3);
          l.quoteLanguage = r.getString(4);
          l.translated = bool(r, 5);
          Source s = new Source();
          s.slug = r.getString(6);
          s.citation = r.getString(7);
          s.author = r.getString(8);
          s.authors = r.getString(9);
          s.title = r.getString(10);
          s.titleQuoted = bool(r, 11);
          s.published = r.getString(12);
          s.publishedInferred = bool(r, 13);
          s.dateSuffix = r.getString(14);
          s.accessed = r.getObject(15, LocalDate.class);
          l.source = s;
          links.sources(r.getLong(1)).add(l);
        });
    jdbc.rows(
        "SELECT STRAIGHT_JOIN l.event_id, l.relation_code, r.slug, r.title"
            + " FROM event_relation l JOIN event r ON r.id = l.related_event_id"
            + " WHERE l.event_id IN (:ids) AND r.deleted_at IS NULL"
            + " ORDER BY l.event_id, l.position",
        byIds,
        r -> {
          EventRelation l = new EventRelation();
          l.relationCode = r.getString(2);
          l.relatedEvent = new Event();
          l.relatedEvent.slug = r.getString(3);
          l.relatedEvent.title = r.getString(4);
          links.related(r.getLong(1)).add(l);
        });
    return links;
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
