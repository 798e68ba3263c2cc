package org.coitimeline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class EventWritesApiTest {
  private static String body(String id, String actor, String date) {
    return """
        {"id": "%s", "title": "Database offered for sale", "summary": "A database was offered.",
         "date": "%s", "type": "data-breach", "topics": [], "countries": ["MX"],
         "actors": [{"id": "%s", "role": "victim"}], "sources": [], "figures":
         [{"label": "records", "value": 42000000, "unit": "records"}],
         "corroboration": "single-source", "related": []}
        """
        .formatted(id, date, actor);
  }

  @Test
  void editorCreatesReadsChangesAndAdminDeletesLeavingATombstone() {
    TestBundle data = new TestBundle();
    String actor = data.actor("imss");
    Api.importBundle(data.build());
    String id = data.id("sale");

    Response created =
        given()
            .auth()
            .oauth2(Tokens.editor())
            .contentType(ContentType.JSON)
            .body(body(id, actor, "2021-01-22"))
            .when()
            .post("/api/v1/events");
    created
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/events/" + id))
        .header("ETag", "\"0\"")
        .body("date.display", equalTo("22 January 2021"));

    // A PUT takes the body a GET returned, read-only fields included.
    String got = given().get("/api/v1/events/" + id).then().statusCode(200).extract().asString();
    String changed = got.replace("Database offered for sale", "IMSS database offered for sale");
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(changed)
        .when()
        .put("/api/v1/events/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("title", equalTo("IMSS database offered for sale"))
        .body("version", equalTo(1));

    // A stale or missing If-Match and an editor's delete are refused: see AggregatesApiTest.
    given()
        .auth()
        .oauth2(Tokens.admin())
        .header("If-Match", "\"1\"")
        .when()
        .delete("/api/v1/events/" + id)
        .then()
        .statusCode(204);
    given().get("/api/v1/events/" + id).then().statusCode(410);
    given()
        .queryParam("actor", actor)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
    // The id of a deleted event is never reused.
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(body(id, actor, "2021"))
        .when()
        .post("/api/v1/events")
        .then()
        .statusCode(409);
  }

  @Test
  void everyFieldErrorIsReportedAtOnceAndNothingIsStored() {
    TestBundle data = new TestBundle();
    Api.importBundle(data.build());
    String id = data.id("bad");
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(
            """
            {"id": "%s", "title": "", "date": "2021-02-30", "type": "no-such-type",
             "countries": ["XX"], "actors": [{"id": "no-such-actor", "role": "victim"}],
             "subdivision": "MX-SLP", "corroboration": "maybe"}
            """
                .formatted(id))
        .when()
        .post("/api/v1/events")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body(
            "errors.field",
            hasItems(
                "title", "date", "type", "countries", "actors", "subdivision", "corroboration"))
        .body(
            "errors.find { it.field == 'date' }.message",
            containsString("day 30 does not exist in February 2021"));
    given().get("/api/v1/events/" + id).then().statusCode(404);
  }

  @Test
  void unknownAndMalformedJsonAreRejectedNamingTheProblem() {
    TestBundle data = new TestBundle();
    String actor = data.actor("imss");
    Api.importBundle(data.build());
    String withUnknown =
        body(data.id("x"), actor, "2021").replace("\"title\"", "\"titel\": 1, \"title\"");
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(withUnknown)
        .when()
        .post("/api/v1/events")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body(containsString("titel"))
        .body(not(containsString("org.coitimeline")))
        .body(not(containsString("Exception")));
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body("{\"id\": ")
        .when()
        .post("/api/v1/events")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body(not(containsString("Exception")));
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.TEXT)
        .body("hello")
        .when()
        .post("/api/v1/events")
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"));
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .when()
        .post("/api/v1/events")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("body"));
  }

  @ParameterizedTest(name = "{0} is a 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"id\":                                   | body",
        "not json                                     | body",
        "[1, 2]                                       | body",
        "{\"figures\": [{\"value\": \"abc\"}]}  | figures[0].value",
        "{\"actors\": {\"id\": \"x\"}}          | actors",
        "{\"titel\": \"x\"}                       | titel",
      })
  void aBodyOfTheWrongShapeIsABadRequestNamingTheField(String body, String field) {
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/events")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo(field))
        .body(not(containsString("java.")))
        .body(not(containsString("abc")));
  }

  @Test
  void oversizedBodyIsRefusedWithAProblem() {
    String huge = "{\"id\": \"x\", \"summary\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}";
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(huge)
        .when()
        .post("/api/v1/events")
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void idOfAPutIsThePathsAndCannotChange() {
    TestBundle data = new TestBundle();
    String actor = data.actor("imss");
    String id = data.event("fixed", "2021", e -> e.actor(actor, "subject"));
    Api.importBundle(data.build());
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body(data.id("other"), actor, "2021"))
        .when()
        .put("/api/v1/events/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("id"));
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body("no-such-event-here", actor, "2021"))
        .when()
        .put("/api/v1/events/no-such-event-here")
        .then()
        .statusCode(404);
  }
}
