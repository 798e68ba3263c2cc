package org.coitimeline.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/** Every change is kept: who, when, what; and any read can be answered as of an instant. */
@QuarkusTest
class HistoryApiTest {
  private static Instant pause() throws InterruptedException {
    Thread.sleep(30);
    Instant now = Instant.now();
    Thread.sleep(30);
    return now;
  }

  @Test
  void historyRecordsWhoChangedWhatAndReadsAnswerAsOfAnInstant() throws Exception {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    Api.importBundle(data.build());
    String id = data.id("history");
    Instant beforeCreation = pause();
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(
            """
            {"id": "%s", "title": "First title", "date": "2021-01-22", "type": "statement",
             "countries": ["MX"], "actors": [{"id": "%s", "role": "subject"}],
             "corroboration": "single-source"}
            """
                .formatted(id, actor))
        .post("/api/v1/events")
        .then()
        .statusCode(201);
    Instant afterCreation = pause();
    String body = given().get("/api/v1/events/" + id).then().statusCode(200).extract().asString();
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body.replace("First title", "Second title").replace("[\"MX\"]", "[\"MX\",\"US\"]"))
        .put("/api/v1/events/" + id)
        .then()
        .statusCode(200);
    Instant afterUpdate = pause();
    given().auth().oauth2(Tokens.admin()).delete("/api/v1/events/" + id).then().statusCode(204);

    given()
        .get("/api/v1/events/" + id + "/history")
        .then()
        .statusCode(200)
        .body("action", contains("create", "update", "delete"))
        .body("by", contains("test-editor", "test-editor", "test-admin"))
        .body("[0].changes.field", hasItem("title"))
        .body("[1].changes.field", contains("title", "countries"))
        .body("[1].changes.find { it.field == 'title' }.from", equalTo("First title"))
        .body("[1].changes.find { it.field == 'title' }.to", equalTo("Second title"))
        .body("[2].changes", empty());

    given()
        .queryParam("asOf", beforeCreation.toString())
        .get("/api/v1/events/" + id)
        .then()
        .statusCode(404);
    given()
        .queryParam("asOf", afterCreation.toString())
        .get("/api/v1/events/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("First title"))
        .body("countries", contains("MX"));
    given()
        .queryParam("asOf", afterUpdate.toString())
        .get("/api/v1/events/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Second title"));
    given().get("/api/v1/events/" + id).then().statusCode(410);

    // Lists, an actor's events and the histogram answer from the same revisions.
    given()
        .queryParam("asOf", afterCreation.toString())
        .queryParam("actor", actor)
        .queryParam("country", "US")
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
    given()
        .queryParam("asOf", afterUpdate.toString())
        .queryParam("actor", actor)
        .queryParam("country", "US")
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", contains(id));
    given()
        .queryParam("asOf", afterUpdate.toString())
        .queryParam("q", "second title")
        .get("/api/v1/actors/" + actor + "/events")
        .then()
        .statusCode(200)
        .body("items.id", contains(id));
    given()
        .queryParam("asOf", afterUpdate.toString())
        .queryParam("actor", actor)
        .get("/api/v1/timeline/histogram")
        .then()
        .statusCode(200)
        .body("period", contains("2021"))
        .body("count", contains(1));
    given()
        .queryParam("actor", actor)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  @Test
  void actorsSourcesAndGapsAnswerAsOfTooAndKeepTheirHistory() throws Exception {
    TestBundle data = new TestBundle();
    String actor = data.actor("segob", "SEGOB", "Secretaría de Gobernación");
    Api.importBundle(data.build());
    Instant before = pause();
    String body =
        given().get("/api/v1/actors/" + actor).then().statusCode(200).extract().asString();
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body.replace("\"SEGOB\"", "\"SG\""))
        .put("/api/v1/actors/" + actor)
        .then()
        .statusCode(200)
        .body("acronym", equalTo("SG"));

    given()
        .queryParam("asOf", before.toString())
        .get("/api/v1/actors/" + actor)
        .then()
        .statusCode(200)
        .body("acronym", equalTo("SEGOB"));
    given()
        .queryParam("asOf", before.toString())
        .queryParam("q", "gobernacion")
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(actor));
    given()
        .get("/api/v1/actors/" + actor + "/history")
        .then()
        .statusCode(200)
        .body("action", contains("create", "update"))
        .body("[0].by", equalTo("test-admin"))
        .body("[1].changes.field", contains("acronym"));
  }

  @Test
  void malformedAsOfIsABadRequestNamingIt() {
    given()
        .queryParam("asOf", "last tuesday")
        .get("/api/v1/events")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("asOf"));
    given()
        .queryParam("asOf", "2021-09-01")
        .queryParam("sort", "relevance")
        .queryParam("q", "pegasus")
        .get("/api/v1/events")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sort"));
  }
}
