package org.coitimeline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Possible duplicates on write (issue 14): a create or a replace lists the live events that may
 * overlap it in time, share an actor or a country and have a similar title or summary; a dry run
 * answers the same and writes nothing; the relation same-as links two records of one fact.
 */
@QuarkusTest
class PossibleDuplicatesApiTest {
  private static final String TITLE = "IMSS database of 42 million records offered for sale";
  private static final String NEAR_TITLE = "IMSS database with 42 million records put up for sale";

  /**
   * A day of its own for each test run (in the distant past, where no other test writes), so that
   * events of other tests and earlier runs are not candidates.
   */
  private static String dayOf(TestBundle data, int yearsLater) {
    return (1000 + Math.floorMod(data.id("").hashCode(), 800) + yearsLater) + "-03-14";
  }

  /**
   * The summary of this test's events: the test's own word in it keeps them apart from events of
   * other tests with similar texts (their summaries differ), so this test's pairs score best.
   */
  private static String summary(TestBundle data) {
    return "Records of " + data.id("").replace("-", "") + " were offered on a forum.";
  }

  private static String body(
      TestBundle data,
      String id,
      String title,
      String date,
      String actor,
      String country,
      String related) {
    return """
        {"id": "%s", "title": "%s", "summary": "%s",
         "date": "%s", "type": "data-breach", "topics": [], "countries": ["%s"],
         "actors": [{"id": "%s", "role": "victim"}], "sources": [], "figures": [],
         "corroboration": "single-source", "related": [%s]}
        """
        .formatted(id, title, summary(data), date, country, actor, related);
  }

  private static Response post(String body, String dryRun) {
    var request = given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body);
    if (dryRun != null) {
      request.queryParam("dryRun", dryRun);
    }
    return request.when().post("/api/v1/events");
  }

  private static List<String> duplicateIds(Response response) {
    return response.then().extract().jsonPath().getList("possibleDuplicates.id", String.class);
  }

  @Test
  void createAndReplaceReportANearDuplicateAndNeverUnrelatedDeletedOrTheEventItself() {
    TestBundle data = new TestBundle();
    String imss = data.actor("imss");
    String other = data.actor("other");
    String day = dayOf(data, 0);
    String original =
        data.event(
            "original", day, e -> e.title(TITLE).summary(summary(data)).actor(imss, "victim"));
    String otherTime =
        data.event(
            "other-time",
            dayOf(data, 3),
            e -> e.title(TITLE).summary(summary(data)).actor(imss, "victim"));
    String nothingShared =
        data.event(
            "nothing-shared",
            day,
            e -> e.title(TITLE).summary(summary(data)).actor(other, "victim").countries("GT"));
    String countryOnly =
        data.event(
            "country-only",
            day,
            e -> e.title(NEAR_TITLE).summary(summary(data)).actor(other, "victim"));
    String dissimilar =
        data.event(
            "dissimilar",
            day,
            e ->
                e.title("Court hears a lawsuit against the transparency institute")
                    .summary("Judges admitted the case.")
                    .actor(imss, "victim"));
    String deleted =
        data.event(
            "deleted", day, e -> e.title(TITLE).summary(summary(data)).actor(imss, "victim"));
    Api.importBundle(data.build());
    given()
        .auth()
        .oauth2(Tokens.admin())
        .when()
        .delete("/api/v1/events/" + deleted)
        .then()
        .statusCode(204);

    String id = data.id("new");
    Response created = post(body(data, id, NEAR_TITLE, day, imss, "MX", ""), null);
    created
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("id", equalTo(id))
        .body("title", equalTo(NEAR_TITLE))
        .body("possibleDuplicates.size()", lessThanOrEqualTo(5))
        .body("possibleDuplicates.find { it.id == '" + original + "' }.title", equalTo(TITLE))
        .body(
            "possibleDuplicates.find { it.id == '" + original + "' }.displayDate",
            equalTo("14 March " + day.substring(0, 4)))
        .body(
            "possibleDuplicates.find { it.id == '" + original + "' }.score",
            greaterThanOrEqualTo(0.5f));
    List<String> reported = duplicateIds(created);
    assertTrue(reported.containsAll(List.of(original, countryOnly)), "reported: " + reported);
    for (String never : List.of(otherTime, nothingShared, dissimilar, deleted, id)) {
      assertTrue(!reported.contains(never), never + " is not a duplicate: " + reported);
    }
    assertBestFirst(created);

    // A replace reports the same, and the event is never its own duplicate.
    Response replaced =
        given()
            .auth()
            .oauth2(Tokens.editor())
            .contentType(ContentType.JSON)
            .header("If-Match", "\"0\"")
            .body(created.asString().replace("on a forum", "on a forum in 2021"))
            .when()
            .put("/api/v1/events/" + id);
    replaced.then().statusCode(200).header("ETag", "\"1\"");
    List<String> ofReplaced = duplicateIds(replaced);
    assertTrue(ofReplaced.containsAll(List.of(original, countryOnly)), "reported: " + ofReplaced);
    assertTrue(!ofReplaced.contains(id), "never its own duplicate: " + ofReplaced);

    String originalBody = given().get("/api/v1/events/" + original).then().extract().asString();
    Response original1 =
        given()
            .auth()
            .oauth2(Tokens.editor())
            .contentType(ContentType.JSON)
            .header("If-Match", "\"0\"")
            .body(originalBody.replace("offered for sale", "offered for sale online"))
            .when()
            .put("/api/v1/events/" + original);
    original1.then().statusCode(200).header("ETag", "\"1\"");
    List<String> ofOriginal = duplicateIds(original1);
    assertTrue(ofOriginal.contains(id), "the new event is reported: " + ofOriginal);
    assertTrue(!ofOriginal.contains(original), "never its own duplicate: " + ofOriginal);
  }

  @Test
  void anEventWithoutSimilarLiveEventsHasAnEmptyList() {
    TestBundle data = new TestBundle();
    String imss = data.actor("imss");
    Api.importBundle(data.build());
    String alone =
        "Penguin colony of " + data.id("").replace("-", "") + " counted on the ice shelf";
    post(body(data, data.id("alone"), alone, dayOf(data, 0), imss, "AQ", ""), null)
        .then()
        .statusCode(201)
        .body("possibleDuplicates", empty());
  }

  @Test
  void dryRunAnswersTheWouldBeEventAndItsDuplicatesAndWritesNothing() {
    TestBundle data = new TestBundle();
    String imss = data.actor("imss");
    String day = dayOf(data, 0);
    String original =
        data.event(
            "original", day, e -> e.title(TITLE).summary(summary(data)).actor(imss, "victim"));
    Instant before = Instant.now().minusSeconds(1);
    Api.importBundle(data.build());
    String id = data.id("would-be");
    String body = body(data, id, NEAR_TITLE, day, imss, "MX", "");

    Response dry = post(body, "true");
    dry.then()
        .statusCode(200)
        .header("Location", nullValue())
        .header("ETag", nullValue())
        .body("id", equalTo(id))
        .body("date.edtf", equalTo(day))
        .body("actors.id", hasItem(imss))
        .body("possibleDuplicates.id", hasItem(original));

    given().get("/api/v1/events/" + id).then().statusCode(404);
    given().get("/api/v1/events/" + id + "/history").then().statusCode(404);
    given()
        .queryParam("actor", imss)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(original)));
    List<String> changed = new ArrayList<>();
    String cursor = null;
    do {
      var request = given().queryParam("since", before.toString());
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
      changed.addAll(page.getList("items.id", String.class));
      cursor = page.getString("next");
    } while (cursor != null && changed.size() < 10_000);
    assertTrue(changed.contains(original), "the feed is read: the import is in it");
    assertTrue(!changed.contains(id), "a dry run is not in the change feed");

    // Validation errors are reported as usual, and a bad dryRun is named.
    post(body(data, data.id("bad"), NEAR_TITLE, "2021-02-30", imss, "MX", ""), "true")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("date"));
    post(body, "maybe")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("dryRun"));
    given()
        .auth()
        .oauth2(Tokens.reader())
        .contentType(ContentType.JSON)
        .queryParam("dryRun", "true")
        .body(body)
        .when()
        .post("/api/v1/events")
        .then()
        .statusCode(403);

    // The id is still free: the dry run stored nothing.
    post(body, "false").then().statusCode(201).body("possibleDuplicates.id", hasItem(original));
  }

  @Test
  void sameAsRelationIsStoredShownAndEndsTheWarningInBothDirections() {
    given()
        .get("/api/v1/relation-kinds")
        .then()
        .statusCode(200)
        .body("items.code", hasItems("same-as", "part-of"));
    TestBundle data = new TestBundle();
    String imss = data.actor("imss");
    String day = dayOf(data, 0);
    String original =
        data.event(
            "original", day, e -> e.title(TITLE).summary(summary(data)).actor(imss, "victim"));
    Api.importBundle(data.build());
    String id = data.id("copy");

    post(
            body(
                data,
                id,
                NEAR_TITLE,
                day,
                imss,
                "MX",
                "{\"id\": \"" + original + "\", \"relation\": \"same-as\"}"),
            null)
        .then()
        .statusCode(201)
        .body("related", hasSize(1))
        .body("related[0].id", equalTo(original))
        .body("related[0].relation", equalTo("same-as"))
        .body("possibleDuplicates.id", not(hasItem(original)));
    given()
        .get("/api/v1/events/" + id)
        .then()
        .statusCode(200)
        .body("related[0].id", equalTo(original))
        .body("related[0].title", equalTo(TITLE))
        .body("related[0].relation", equalTo("same-as"));

    String originalBody = given().get("/api/v1/events/" + original).then().extract().asString();
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(originalBody)
        .when()
        .put("/api/v1/events/" + original)
        .then()
        .statusCode(200)
        .body("possibleDuplicates.id", not(hasItem(id)));
  }

  private static void assertBestFirst(Response response) {
    List<Float> scores =
        response.then().extract().jsonPath().getList("possibleDuplicates.score", Float.class);
    for (int i = 1; i < scores.size(); i++) {
      assertTrue(scores.get(i - 1) >= scores.get(i), "best first: " + scores);
    }
  }
}
