package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.coitimeline.actor.Actor;
import org.coitimeline.source.Source;
import org.hibernate.query.NativeQuery;

/**
 * Loads a page of events and their links (countries, topics, figures, actors, sources, related
 * events) in a fixed number of statements, however long the page: one for the events, one per kind
 * of link.
 *
 * <p>Only the columns the views need are read, as scalars: the events, actors, sources and related
 * events handed out are plain objects that the session does not manage, so a read never loads whole
 * entities and leaves nothing to dirty-check or flush. Each link statement is driven by the page's
 * event ids ({@code STRAIGHT_JOIN}): the actor, source or related event is then looked up by its
 * primary key, never found by scanning its table.
 */
@ApplicationScoped
public class EventLinkRepository {
  @Inject EntityManager em;

  private static final List<String> TABLES =
      List.of(
          "event",
          "event_country",
          "event_topic",
          "event_figure",
          "event_actor",
          "actor",
          "event_source",
          "source",
          "event_relation");

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
    eventRows(EVENT_COLUMNS + " WHERE e.id IN (:ids)", "ids", ids).forEach(e -> byId.put(e.id, e));
    byId.values().removeIf(Objects::isNull);
    return new ArrayList<>(byId.values());
  }

  /** The event with this id (slug), live or tombstone, with the columns a view needs. */
  public Optional<Event> findBySlug(String slug) {
    return eventRows(EVENT_COLUMNS + " WHERE e.slug = :slug", "slug", slug).stream().findFirst();
  }

  private List<Event> eventRows(String sql, String parameter, Object value) {
    List<Event> events = new ArrayList<>();
    rows(
        sql,
        parameter,
        value,
        q ->
            q.addScalar("id", Long.class)
                .addScalar("slug", String.class)
                .addScalar("title", String.class)
                .addScalar("summary", String.class)
                .addScalar("date_edtf", String.class)
                .addScalar("type_code", String.class)
                .addScalar("subdivision", String.class)
                .addScalar("place", String.class)
                .addScalar("corroboration", String.class)
                .addScalar("version", Long.class)
                .addScalar("created_at", Instant.class)
                .addScalar("updated_at", Instant.class)
                .addScalar("deleted_at", Instant.class),
        r -> {
          Event e = new Event();
          e.id = (Long) r[0];
          e.slug = (String) r[1];
          e.title = (String) r[2];
          e.summary = (String) r[3];
          e.dateEdtf = (String) r[4];
          e.typeCode = (String) r[5];
          e.subdivision = (String) r[6];
          e.place = (String) r[7];
          e.corroboration = (String) r[8];
          e.version = (Long) r[9];
          e.createdAt = (Instant) r[10];
          e.updatedAt = (Instant) r[11];
          e.deletedAt = (Instant) r[12];
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
    rows(
        "SELECT c.event_id, c.country FROM event_country c WHERE c.event_id IN (:ids)"
            + " ORDER BY c.event_id, c.country",
        "ids",
        ids,
        q -> q.addScalar("event_id", Long.class).addScalar("country", String.class),
        r -> links.countries(r[0]).add((String) r[1]));
    rows(
        "SELECT t.event_id, t.topic_code FROM event_topic t WHERE t.event_id IN (:ids)"
            + " ORDER BY t.event_id, t.topic_code",
        "ids",
        ids,
        q -> q.addScalar("event_id", Long.class).addScalar("topic_code", String.class),
        r -> links.topics(r[0]).add((String) r[1]));
    rows(
        "SELECT f.event_id, f.label, f.value, f.unit, f.qualifier FROM event_figure f"
            + " WHERE f.event_id IN (:ids) ORDER BY f.event_id, f.position",
        "ids",
        ids,
        q ->
            q.addScalar("event_id", Long.class)
                .addScalar("label", String.class)
                .addScalar("value", BigDecimal.class)
                .addScalar("unit", String.class)
                .addScalar("qualifier", String.class),
        r -> {
          Figure f = new Figure();
          f.label = (String) r[1];
          f.value = (BigDecimal) r[2];
          f.unit = (String) r[3];
          f.qualifier = (String) r[4];
          links.figures(r[0]).add(f);
        });
    rows(
        "SELECT STRAIGHT_JOIN l.event_id, l.role_code, a.slug, a.name, a.type_code"
            + " FROM event_actor l JOIN actor a ON a.id = l.actor_id WHERE l.event_id IN (:ids)"
            + " ORDER BY l.event_id, l.position",
        "ids",
        ids,
        q ->
            q.addScalar("event_id", Long.class)
                .addScalar("role_code", String.class)
                .addScalar("slug", String.class)
                .addScalar("name", String.class)
                .addScalar("type_code", String.class),
        r -> {
          EventActor l = new EventActor();
          l.roleCode = (String) r[1];
          l.actor = new Actor();
          l.actor.slug = (String) r[2];
          l.actor.name = (String) r[3];
          l.actor.typeCode = (String) r[4];
          links.actors(r[0]).add(l);
        });
    rows(
        "SELECT STRAIGHT_JOIN l.event_id, l.pinpoint, l.quote, l.quote_language, l.translated,"
            + " s.slug, s.citation, s.author, s.authors, s.title, s.title_quoted, s.published,"
            + " s.published_inferred, s.date_suffix, s.accessed"
            + " FROM event_source l JOIN source s ON s.id = l.source_id WHERE l.event_id IN (:ids)"
            + " ORDER BY l.event_id, l.position",
        "ids",
        ids,
        q ->
            q.addScalar("event_id", Long.class)
                .addScalar("pinpoint", String.class)
                .addScalar("quote", String.class)
                .addScalar("quote_language", String.class)
                .addScalar("translated", Boolean.class)
                .addScalar("slug", String.class)
                .addScalar("citation", String.class)
                .addScalar("author", String.class)
                .addScalar("authors", String.class)
                .addScalar("title", String.class)
                .addScalar("title_quoted", Boolean.class)
                .addScalar("published", String.class)
                .addScalar("published_inferred", Boolean.class)
                .addScalar("date_suffix", String.class)
                .addScalar("accessed", LocalDate.class),
        r -> {
          EventSource l = new EventSource();
          l.pinpoint = (String) r[1];
          l.quote = (String) r[2];
          l.quoteLanguage = (String) r[3];
          l.translated = (Boolean) r[4];
          Source s = new Source();
          s.slug = (String) r[5];
          s.citation = (String) r[6];
          s.author = (String) r[7];
          s.authors = (String) r[8];
          s.title = (String) r[9];
          s.titleQuoted = (Boolean) r[10];
          s.published = (String) r[11];
          s.publishedInferred = (Boolean) r[12];
          s.dateSuffix = (String) r[13];
          s.accessed = (LocalDate) r[14];
          l.source = s;
          links.sources(r[0]).add(l);
        });
    rows(
        "SELECT STRAIGHT_JOIN l.event_id, l.relation_code, r.slug, r.title"
            + " FROM event_relation l JOIN event r ON r.id = l.related_event_id"
            + " WHERE l.event_id IN (:ids) AND r.deleted_at IS NULL"
            + " ORDER BY l.event_id, l.position",
        "ids",
        ids,
        q ->
            q.addScalar("event_id", Long.class)
                .addScalar("relation_code", String.class)
                .addScalar("slug", String.class)
                .addScalar("title", String.class),
        r -> {
          EventRelation l = new EventRelation();
          l.relationCode = (String) r[1];
          l.relatedEvent = new Event();
          l.relatedEvent.slug = (String) r[2];
          l.relatedEvent.title = (String) r[3];
          links.related(r[0]).add(l);
        });
    return links;
  }

  /** Runs a native statement whose columns are typed by {@code scalars}, row by row. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void rows(
      String sql,
      String parameter,
      Object value,
      Consumer<NativeQuery> scalars,
      Consumer<Object[]> row) {
    NativeQuery query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
    // Inside a write's transaction, flush pending changes only to the tables read (as HQL does),
    // not the whole session before every statement.
    for (String table : TABLES) {
      if (sql.contains(" " + table + " ")) {
        query.addSynchronizedQuerySpace(table);
      }
    }
    scalars.accept(query);
    query.setParameter(parameter, value);
    for (Object r : query.getResultList()) {
      row.accept((Object[]) r);
    }
  }
}
