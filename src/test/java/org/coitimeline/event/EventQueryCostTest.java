package org.coitimeline.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import java.util.List;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A page of the timeline costs a fixed number of SQL statements, whatever its length: no lazy
 * loading per event while a page is built or written as JSON.
 */
@QuarkusTest
class EventQueryCostTest {
  @Inject EntityManagerFactory emf;
  @Inject EntityManager em;

  /**
   * A page reads its events' links by event id: every link table is stored in event order (its
   * primary key begins with event_id), so an event's links are one range of the table and no link
   * is looked up a second time by an id of its own, a random read that costs more as the store
   * grows.
   */
  @Test
  @Transactional
  void everyLinkTableIsStoredInEventOrder() {
    List<String> tables =
        List.of(
            "event_actor",
            "event_source",
            "event_relation",
            "event_country",
            "event_topic",
            "event_figure");
    for (String table : tables) {
      Object first =
          em.createNativeQuery(
                  "SELECT column_name FROM information_schema.statistics WHERE table_schema ="
                      + " DATABASE() AND table_name = :table AND index_name = 'PRIMARY' AND"
                      + " seq_in_index = 1")
              .setParameter("table", table)
              .getSingleResult();
      assertEquals("event_id", first, table + "'s primary key begins with");
    }
  }

  @Test
  void pageOfTenAndPageOfFiveHundredCostTheSameNumberOfStatements() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    String other = data.actor("outlet");
    String source = data.source("Outlet 1 Jan. 2021");
    String topic = data.topic("cost");
    String previous = null;
    for (int i = 0; i < 520; i++) {
      String related = previous;
      previous =
          data.event(
              "e" + i,
              (2000 + i % 20) + "-0" + (1 + i % 9),
              e -> {
                e.actor(actor, "subject").actor(other, "reporter").source(source, "1").topic(topic);
                e.figure("things", "1", "things", null).countries("MX", "US");
                if (related != null) {
                  e.related(related, "follows");
                }
              });
    }
    Api.importBundle(data.build());

    // The first read of the store's version and of the protected people is kept (read cache): one
    // read before, so that both pages are measured alike.
    statementsFor(actor, 1);
    long ten = statementsFor(actor, 10);
    long fiveHundred = statementsFor(actor, 500);
    assertEquals(ten, fiveHundred, "statements for a page of 10 and of 500");
  }

  private long statementsFor(String actor, int limit) {
    Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    statistics.clear();
    int items =
        given()
            .queryParam("actor", actor)
            .queryParam("limit", limit)
            .when()
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items")
            .size();
    assertEquals(limit, items);
    return statistics.getPrepareStatementCount();
  }
}
