package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coitimeline.history.HistoryRepository;
import org.coitimeline.kernel.JdbcRows;
import org.coitimeline.kernel.Values;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;

/**
 * Writes events that are new to the store, with their links and their first history, as multi-row
 * INSERTs: a thousand rows per statement instead of a statement per row, and none of the ORM's
 * per-entity flush and audit work (an import of a million events is mostly creates).
 *
 * <p>The rows are exactly those the ORM and Envers write for a created event, and nothing else
 * writes created events: ids from the entities' own generators, the live rows, and for each an
 * audit row of the transaction's revision with {@code rev_type} 0 (added) and no {@code rev_end}.
 * Updates and deletes stay with the ORM, whose Envers validity strategy closes these audit rows
 * like its own. The month counts and years of V8 and V9 are kept by the triggers on {@code event}.
 */
@ApplicationScoped
public class NewEventRepository {
  private static final int ROWS_PER_STATEMENT = 1000;
  private static final List<String> EVENT =
      List.of(
          "id",
          "slug",
          "title",
          "summary",
          "date_edtf",
          "start_earliest",
          "start_latest",
          "end_earliest",
          "end_latest",
          "date_precision",
          "type_code",
          "subdivision",
          "place",
          "corroboration",
          "created_at",
          "updated_at",
          "deleted_at");
  private static final List<String> COUNTRY = List.of("event_id", "country");
  private static final List<String> TOPIC = List.of("event_id", "topic_code");
  private static final List<String> FIGURE =
      List.of("event_id", "position", "label", "value", "unit", "qualifier");
  private static final List<String> ACTOR =
      List.of("id", "event_id", "actor_id", "role_code", "position");
  private static final List<String> SOURCE =
      List.of(
          "id",
          "event_id",
          "source_id",
          "position",
          "pinpoint",
          "quote",
          "quote_language",
          "translated");
  private static final List<String> RELATION =
      List.of("id", "event_id", "related_event_id", "relation_code", "position");
  private static final Map<String, List<String>> COLUMNS =
      Map.of(
          "event", EVENT,
          "event_country", COUNTRY,
          "event_topic", TOPIC,
          "event_figure", FIGURE,
          "event_actor", ACTOR,
          "event_source", SOURCE,
          "event_relation", RELATION);

  @Inject EntityManager em;
  @Inject HistoryRepository history;
  @Inject JdbcRows jdbc;

  /** The id the ORM would give the new event (links get theirs when inserted). */
  Long nextId(Event event) {
    return nextId(Event.class, event);
  }

  /**
   * Inserts the events (ids from {@link #nextId}, never persisted through the ORM) and their links,
   * each with its first audit row. The actors, sources and related events they name must be stored
   * or among them.
   */
  void insert(List<Event> events, Instant now) {
    if (events.isEmpty()) {
      return;
    }
    long revision = history.currentRevision();
    LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> countries = new ArrayList<>();
    List<Object[]> topics = new ArrayList<>();
    List<Object[]> figures = new ArrayList<>();
    List<Object[]> actors = new ArrayList<>();
    List<Object[]> sources = new ArrayList<>();
    List<Object[]> related = new ArrayList<>();
    for (Event e : events) {
      e.createdAt = now;
      e.updatedAt = now;
      rows.add(
          new Object[] {
            e.id,
            e.slug,
            e.title,
            e.summary,
            e.dateEdtf,
            e.startEarliest,
            e.startLatest,
            e.endEarliest,
            e.endLatest,
            e.datePrecision,
            e.typeCode,
            e.subdivision,
            e.place,
            e.corroboration,
            at,
            at,
            null
          });
      e.countries.forEach(c -> countries.add(new Object[] {e.id, c}));
      e.topics.forEach(t -> topics.add(new Object[] {e.id, t}));
      for (int i = 0; i < e.figures.size(); i++) {
        Figure f = e.figures.get(i);
        figures.add(new Object[] {e.id, i, f.label, f.value, f.unit, f.qualifier});
      }
      for (EventActor a : e.actors) {
        a.id = nextId(EventActor.class, a);
        actors.add(new Object[] {a.id, e.id, a.actor.id, a.roleCode, a.position});
      }
      for (EventSource s : e.sources) {
        s.id = nextId(EventSource.class, s);
        sources.add(
            new Object[] {
              s.id,
              e.id,
              s.source.id,
              s.position,
              s.pinpoint,
              s.quote,
              s.quoteLanguage,
              s.translated
            });
      }
      for (EventRelation r : e.related) {
        r.id = nextId(EventRelation.class, r);
        related.add(new Object[] {r.id, e.id, r.relatedEvent.id, r.relationCode, r.position});
      }
    }
    // History first: its rows lock nothing others wait for, while the live event's triggers lock
    // the kept month count until the commit, so that lock is taken as late as it can be.
    Map<String, List<Object[]>> tables = new LinkedHashMap<>();
    tables.put("event", rows);
    tables.put("event_country", countries);
    tables.put("event_topic", topics);
    tables.put("event_figure", figures);
    tables.put("event_actor", actors);
    tables.put("event_source", sources);
    tables.put("event_relation", related);
    List<Object> audit = Arrays.asList(revision, 0, null);
    tables.forEach((table, tableRows) -> insert(table + "_aud", audited(table), tableRows, audit));
    // The live version column starts at 0, as the ORM's @Version; history has no version.
    tables.forEach(
        (table, tableRows) ->
            insert(
                table,
                table.equals("event") ? concat(EVENT, List.of("version")) : COLUMNS.get(table),
                tableRows,
                table.equals("event") ? List.of(0L) : List.of()));
  }

  private static List<String> audited(String table) {
    return concat(COLUMNS.get(table), List.of("rev", "rev_type", "rev_end"));
  }

  /** Multi-row INSERTs of the rows, each followed by the same trailing values. */
  private void insert(String table, List<String> columns, List<Object[]> rows, List<?> trailing) {
    for (List<Object[]> batch : Values.batches(rows, ROWS_PER_STATEMENT)) {
      insertChunk(table, columns, batch, trailing);
    }
  }

  private void insertChunk(
      String table, List<String> columns, List<Object[]> rows, List<?> trailing) {
    String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    List<Object> values = new ArrayList<>(rows.size() * columns.size());
    for (Object[] one : rows) {
      values.addAll(Arrays.asList(one));
      values.addAll(trailing);
    }
    jdbc.update(
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", columns)
            + ") VALUES "
            + String.join(", ", Collections.nCopies(rows.size(), row)),
        values);
  }

  private Long nextId(Class<?> type, Object entity) {
    SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
    IdentifierGenerator generator =
        (IdentifierGenerator)
            session.getFactory().getMappingMetamodel().getEntityDescriptor(type).getGenerator();
    return (Long) generator.generate(session, entity);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
