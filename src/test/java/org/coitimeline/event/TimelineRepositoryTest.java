package org.coitimeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The timeline query follows the index plan written in V1__timeline_schema.sql, checked with
 * EXPLAIN on fresh statistics.
 */
@QuarkusTest
class TimelineRepositoryTest {
  @Inject TimelineRepository repository;
  @Inject EntityManager em;

  private String broadActor;
  private String rareActor;

  @BeforeEach
  void manyEventsOfOneActorAndFewOfAnother() {
    TestBundle data = new TestBundle();
    broadActor = data.actor("broad");
    rareActor = data.actor("rare");
    for (int i = 0; i < 300; i++) {
      data.event(
          "e" + i, (1990 + i % 30) + "-0" + (1 + i % 9), e -> e.actor(broadActor, "subject"));
    }
    data.event("r1", "2016", e -> e.actor(rareActor, "subject"));
    data.event("r2", "2017", e -> e.actor(rareActor, "subject"));
    Api.importBundle(data.build());
  }

  @Test
  @Transactional
  void broadFilterWalksTheTimelineIndexInOrderWithoutSorting() {
    List<Object[]> plan =
        explain(filter(Set.of("MX"), Set.of()), List.of("2016-01-01", "2018-12-31", "x"));
    Object[] event = rowOf(plan, "e");
    assertEquals("ix_event_timeline", event[5], "key used for the event table");
    assertTrue(
        plan.stream().noneMatch(row -> String.valueOf(row[9]).contains("filesort")),
        "no filesort: the index gives the date order");
  }

  @Test
  @Transactional
  void selectiveFilterStartsFromTheLinkIndexAndFetchesEventsByKey() {
    List<Object[]> plan = explain(filter(Set.of(), Set.of(rareActor)), null);
    assertEquals("eq_ref", rowOf(plan, "e")[3], "events fetched one by one by primary key");
    assertEquals("ix_event_actor_by_value", rowOf(plan, "ea")[5], "actor links by actor");
  }

  @Test
  @Transactional
  void linkFilterWithoutRangeWalksItsLinksInDateOrderWithoutSorting() {
    EventFilter filter = filter(null, null, Set.of("MX"), Set.of(broadActor));
    List<Object[]> plan = explain(filter, List.of("1995-01-01", "1995-01-31", "x"));
    assertEquals(
        "ix_event_actor_timeline", rowOf(plan, "l")[5], "the actor's links in date order (V10)");
    assertEquals("eq_ref", rowOf(plan, "r0")[3], "each link's country looked up by key");
    assertTrue(
        plan.stream().noneMatch(row -> "e".equals(row[2])),
        "no event row read: the links carry their event's key and deletion (V10)");
    assertTrue(
        plan.stream()
            .noneMatch(
                row ->
                    String.valueOf(row[9]).contains("filesort")
                        || String.valueOf(row[9]).contains("temporary")),
        "no sort and no temporary table: the index gives the date order and the groups");
  }

  private List<Object[]> explain(EventFilter filter, List<String> after) {
    em.createNativeQuery("ANALYZE TABLE event, event_country, event_actor, event_topic, actor")
        .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> plan =
        em.createNativeQuery(
                "EXPLAIN " + repository.pageStatements(filter, EventSort.DATE, after, 51).get(0))
            .getResultList();
    return plan;
  }

  /** Events of 2015 to 2020 in those countries with those actors. */
  private static EventFilter filter(Set<String> countries, Set<String> actors) {
    return filter(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 12, 31), countries, actors);
  }

  private static EventFilter filter(
      LocalDate from, LocalDate to, Set<String> countries, Set<String> actors) {
    return new EventFilter(
        from,
        to,
        EventFilter.Match.OVERLAPS,
        countries,
        actors,
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        List.of(),
        null,
        null);
  }

  /** The EXPLAIN row of a table alias (columns: id, select_type, table, type, ..., key, ...). */
  private static Object[] rowOf(List<Object[]> plan, String table) {
    return plan.stream()
        .filter(row -> table.equals(row[2]))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no EXPLAIN row for " + table));
  }
}
