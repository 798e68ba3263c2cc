package org.coitimeline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.coitimeline.support.Api;
import org.coitimeline.support.NewRecords;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Pages of events are kept for the store's version: a write through the service is visible to the
 * very next read, never hidden by what an earlier read kept; a person protected after a page was
 * kept is hidden in the next answer of it.
 */
@QuarkusTest
class ReadCacheTest {
  /** Ids of this run, so that the test runs again on a database that kept the last run's. */
  private static final String RUN = Long.toString(System.nanoTime(), 36);

  @Test
  void aPageReadAgainAfterACreateAChangeAndADeleteShowsEachWrite() {
    String actor = "read-cache-actor-" + RUN;
    String first = "read-cache-first-" + RUN;
    String second = "read-cache-second-" + RUN;
    created("/api/v1/actors", NewRecords.actor(actor));
    created("/api/v1/events", NewRecords.event(first, actor, null));
    listOf(actor).body("items.id", contains(first));
    listOf(actor).body("items.id", contains(first));

    created("/api/v1/events", NewRecords.event(second, actor, null));
    listOf(actor).body("items.id", contains(first, second));

    Map<String, Object> changed =
        given().get("/api/v1/events/" + first).then().extract().jsonPath().getMap("");
    String etag = given().get("/api/v1/events/" + first).then().extract().header("ETag");
    changed.put("title", "A changed title");
    given()
        .auth()
        .oauth2(Tokens.editor())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(Api.json(changed))
        .put("/api/v1/events/" + first)
        .then()
        .statusCode(200);
    listOf(actor).body("items[0].title", equalTo("A changed title"));

    for (String id : new String[] {first, second}) {
      String current = given().get("/api/v1/events/" + id).then().extract().header("ETag");
      given()
          .auth()
          .oauth2(Tokens.admin())
          .header("If-Match", current)
          .delete("/api/v1/events/" + id)
          .then()
          .statusCode(204);
    }
    listOf(actor).body("items", empty());
  }

  @Test
  void anActorProtectedAfterAnAnonymousReadIsPseudonymisedInTheNextOne() {
    String actor = "read-cache-person-" + RUN;
    created("/api/v1/actors", NewRecords.actor(actor));
    created(
        "/api/v1/events",
        """
        {"id": "read-cache-mention-%s", "title": "A mention", "date": "1901-03-07",
         "type": "statement", "countries": ["MX"],
         "actors": [{"id": "%s", "role": "subject"}], "corroboration": "single-source"}
        """
            .formatted(RUN, actor));
    String before = onThatDay();
    assertTrue(before.contains("\"" + actor + "\""), before);

    Map<String, Object> person =
        given().get("/api/v1/actors/" + actor).then().extract().jsonPath().getMap("");
    String etag = given().get("/api/v1/actors/" + actor).then().extract().header("ETag");
    person.put("protected", true);
    given()
        .auth()
        .oauth2(Tokens.editor())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(Api.json(person))
        .put("/api/v1/actors/" + actor)
        .then()
        .statusCode(200);

    String after = onThatDay();
    assertFalse(after.contains(actor), after);
    assertTrue(after.contains("\"protected-"), after);
  }

  /**
   * A kept page is sent as the JSON it was first written as, which is the JSON of each of its
   * events as answered alone; and a write changes it in the very next answer.
   */
  @Test
  void aKeptPageIsTheJsonOfItsEventsAndChangesWithTheNextWrite() {
    String actor = "read-cache-json-" + RUN;
    String first = "read-cache-json-first-" + RUN;
    String second = "read-cache-json-second-" + RUN;
    created("/api/v1/actors", NewRecords.actor(actor));
    created("/api/v1/events", NewRecords.event(first, actor, null));
    created("/api/v1/events", NewRecords.event(second, actor, null));
    String page = listOf(actor).extract().asString();
    assertEquals(page, listOf(actor).extract().asString());
    String items =
        "{\"items\":["
            + given().get("/api/v1/events/" + first).then().extract().asString()
            + ","
            + given().get("/api/v1/events/" + second).then().extract().asString()
            + "]";
    assertTrue(page.startsWith(items), page);

    String etag = given().get("/api/v1/events/" + second).then().extract().header("ETag");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .header("If-Match", etag)
        .delete("/api/v1/events/" + second)
        .then()
        .statusCode(204);
    assertTrue(
        listOf(actor)
            .extract()
            .asString()
            .startsWith(
                "{\"items\":["
                    + given().get("/api/v1/events/" + first).then().extract().asString()
                    + "]"));
  }

  /**
   * The same anonymous question before and after the write: the events within that day, so that the
   * open-ended events other tests leave in the store (which overlap it) never fill the page.
   */
  private static String onThatDay() {
    return given()
        .queryParam("from", "1901-03-07")
        .queryParam("to", "1901-03-07")
        .queryParam("match", "within")
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static io.restassured.response.ValidatableResponse listOf(String actor) {
    return given().queryParam("actor", actor).get("/api/v1/events").then().statusCode(200);
  }

  private static void created(String path, String body) {
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(201);
  }
}
