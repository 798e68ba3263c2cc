package org.coitimeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.coitimeline.actor.Actor;
import org.coitimeline.actor.ActorRepository;
import org.coitimeline.kernel.Aggregate;
import org.coitimeline.kernel.DateInput;
import org.coitimeline.source.Source;
import org.coitimeline.source.SourceRepository;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Created events written as multi-row statements ({@link NewEventRepository}) leave exactly the
 * rows the ORM and Envers leave for the same events persisted as entities: live and audit rows of
 * every event table, on random events (every date form, figures, links, relations among the new
 * events and to a stored one).
 */
@QuarkusTest
class NewEventRepositoryTest {
  private static final List<String> TABLES =
      List.of(
          "event",
          "event_country",
          "event_topic",
          "event_figure",
          "event_actor",
          "event_source",
          "event_relation");
  private static final List<String> DATES =
      List.of(
          "2019-04-21",
          "2019-04",
          "2019",
          "2018-03-01/2019-06",
          "../2020-02",
          "2017-05/..",
          "2019-04-21/2019-05-02");

  @Inject EntityManager em;
  @Inject EventWriter writer;
  @Inject ActorRepository actorRepository;
  @Inject SourceRepository sourceRepository;

  @RepeatedTest(3)
  void createdEventsLeaveTheRowsTheOrmAndEnversLeave() {
    TestBundle data = new TestBundle();
    List<String> actors = List.of(data.actor("a"), data.actor("b"), data.actor("c"));
    List<String> sources = List.of(data.source("One."), data.source("Two."));
    String stored = data.event("stored", "2015");
    Api.importBundle(data.build());
    Random random = new Random(data.id("").hashCode());
    List<String> topics = codes("topic");
    List<String> types = codes("event_type");
    List<String> roles = codes("actor_role");
    List<String> relations = codes("relation_kind");
    String prefix = data.id("new");
    List<EventInput> inputs = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      List<EventInput.RelatedRef> related = new ArrayList<>();
      if (i > 0 && random.nextBoolean()) {
        related.add(new EventInput.RelatedRef(prefix + random.nextInt(i), pick(random, relations)));
      }
      if (random.nextInt(4) == 0) {
        related.add(new EventInput.RelatedRef(stored, pick(random, relations)));
      }
      inputs.add(
          new EventInput(
              prefix + i,
              "Title " + i,
              random.nextBoolean() ? null : "Summary " + random.nextLong(),
              new DateInput(pick(random, DATES)),
              pick(random, types),
              some(random, topics, 3),
              some(random, List.of("MX", "US", "GT", "CA"), 3),
              random.nextBoolean() ? "MX-CMX" : null,
              random.nextBoolean() ? null : "Place " + i,
              some(random, actors, 3).stream()
                  .map(a -> new EventInput.ActorRef(a, pick(random, roles)))
                  .toList(),
              some(random, sources, 2).stream()
                  .map(
                      s ->
                          new EventInput.SourceRef(
                              s,
                              "p. " + random.nextInt(300),
                              random.nextBoolean() ? "A quote" : null,
                              random.nextBoolean() ? "es" : null,
                              random.nextBoolean()))
                  .toList(),
              random.nextBoolean()
                  ? List.of()
                  : List.of(
                      new EventInput.FigureInput("killed", new BigDecimal("12.5"), "persons", null),
                      new EventInput.FigureInput("records", BigDecimal.TEN, "records", "about")),
              random.nextBoolean() ? "corroborated" : "single-source",
              related));
    }
    Instant now = Aggregate.now();
    QuarkusTransaction.requiringNew().run(() -> writer.write(inputs, false, now));
    String ormPrefix = data.id("orm");
    QuarkusTransaction.requiringNew()
        .run(() -> persistThroughTheOrm(inputs, prefix, ormPrefix, now));

    for (String table : TABLES) {
      for (String rows : List.of(table, table + "_aud")) {
        List<String> written = rows(rows, prefix);
        assertFalse(written.isEmpty() && !table.equals("event_relation"), rows + " has rows");
        assertEquals(rows(rows, ormPrefix), written, rows);
      }
    }
  }

  /** What the writer did before multi-row statements: the events persisted as entities. */
  private void persistThroughTheOrm(
      List<EventInput> inputs, String prefix, String ormPrefix, Instant now) {
    Map<String, Actor> actors = actorRepository.findBySlugs(slugs(inputs, true));
    Map<String, Source> sources = sourceRepository.findBySlugs(slugs(inputs, false));
    Map<String, Event> bySlug = new HashMap<>();
    for (EventInput input : inputs) {
      Event event = new Event();
      event.slug = input.id().replace(prefix, ormPrefix);
      event.createdAt = now;
      event.updatedAt = now;
      EventWriter.apply(input, event, actors, sources);
      em.persist(event);
      bySlug.put(input.id(), event);
    }
    em.flush();
    for (EventInput input : inputs) {
      Event event = bySlug.get(input.id());
      int position = 0;
      for (EventInput.RelatedRef ref : input.related()) {
        EventRelation relation = new EventRelation();
        relation.event = event;
        relation.relatedEvent =
            bySlug.containsKey(ref.id())
                ? bySlug.get(ref.id())
                : em.createQuery("from Event where slug = :slug", Event.class)
                    .setParameter("slug", ref.id())
                    .getSingleResult();
        relation.relationCode = ref.relation();
        relation.position = position++;
        event.related.add(relation);
      }
    }
  }

  /**
   * The table's rows of the events with this slug prefix, as text: record ids as slugs (without the
   * prefix), link ids and revision numbers left out, sorted.
   */
  @SuppressWarnings("unchecked")
  private List<String> rows(String table, String prefix) {
    List<String> rows = new ArrayList<>();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              String key = table.matches("event(_aud)?") ? "id" : "event_id";
              List<jakarta.persistence.Tuple> tuples =
                  em.createNativeQuery(
                          "SELECT t.*, e.slug AS of_event,"
                              + (table.startsWith("event_relation")
                                  ? " (SELECT slug FROM event r WHERE r.id = t.related_event_id)"
                                  : " NULL")
                              + " AS related_slug FROM "
                              + table
                              + " t JOIN event e ON e.id = t."
                              + key
                              + " WHERE e.slug LIKE :prefix",
                          jakarta.persistence.Tuple.class)
                      .setParameter("prefix", prefix + "%")
                      .getResultList();
              for (jakarta.persistence.Tuple tuple : tuples) {
                Map<String, Object> row = new TreeMap<>();
                tuple
                    .getElements()
                    .forEach(
                        e -> {
                          String column = e.getAlias();
                          Object value = tuple.get(column);
                          if (value instanceof String s && s.startsWith(prefix)) {
                            value = s.substring(prefix.length());
                          }
                          row.put(column, value);
                        });
                row.remove("id");
                row.remove("event_id");
                row.remove("related_event_id");
                row.remove("rev");
                row.remove("slug");
                rows.add(row.toString());
              }
            });
    rows.sort(null);
    return rows;
  }

  private List<String> codes(String vocabulary) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em
                    .createNativeQuery(
                        "SELECT code FROM " + vocabulary + " ORDER BY code", String.class)
                    .getResultList()
                    .stream()
                    .map(String.class::cast)
                    .toList());
  }

  private static List<String> slugs(List<EventInput> inputs, boolean actors) {
    return inputs.stream()
        .flatMap(
            e ->
                actors
                    ? e.actors().stream().map(EventInput.ActorRef::id)
                    : e.sources().stream().map(EventInput.SourceRef::id))
        .distinct()
        .toList();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> List<T> some(Random random, List<T> values, int most) {
    List<T> shuffled = new ArrayList<>(values);
    java.util.Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, 1 + random.nextInt(Math.min(most, values.size()))));
  }
}
