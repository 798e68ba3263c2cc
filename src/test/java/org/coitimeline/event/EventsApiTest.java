package org.coitimeline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.coitimeline.bulk.BundleImporter;
import org.coitimeline.support.TestBundle;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventsApiTest {
  @Inject BundleImporter importer;

  @Test
  void rangeQueryIncludesEventsThatStartedBeforeTheRange() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    String since2005 = data.event("since-2005", "2005/..", e -> e.actor(actor, "subject"));
    String span = data.event("span", "2012/2018", e -> e.actor(actor, "subject"));
    String later = data.event("later", "2021-01-22", e -> e.actor(actor, "subject"));
    importer.importBundle(data.build());

    given()
        .queryParam("actor", actor)
        .queryParam("from", "2015")
        .queryParam("to", "2015")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", contains(since2005, span))
        .body("next", nullValue());
    given()
        .queryParam("actor", actor)
        .queryParam("from", "2015")
        .queryParam("to", "2015")
        .queryParam("match", "within")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
    given()
        .when()
        .get("/api/v1/events/" + later)
        .then()
        .statusCode(200)
        .body("date.display", equalTo("22 January 2021"))
        .body("date.start", equalTo("2021-01-22"));
  }
}
