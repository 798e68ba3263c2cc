package org.coitimeline.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
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
