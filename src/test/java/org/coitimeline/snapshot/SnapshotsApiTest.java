package org.coitimeline.snapshot;

import static io.restassured.RestAssured.given;
import static org.coitimeline.support.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Citable snapshots: the events of a snapshot stay exactly those it was taken of, in every format,
 * whatever is edited, deleted or added later, and its SHA-256 proves it.
 */
@QuarkusTest
class SnapshotsApiTest {
  private static final List<String> FORMATS = List.of("csv", "ics", "jsonld", "timelinejs");

  @Test
  void aSnapshotKeepsItsEventsAndHashWhateverIsEditedDeletedOrAddedLater() throws Exception {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    String source = data.source("Test Author 26 Jan. 2021");
    String edited =
        data.event(
            "edited",
            "2021-01-10",
            e -> e.title("Ministry statement").actor(actor, "speaker").source(source, "p. 3"));
    String deleted = data.event("deleted", "2021-01-20", e -> e.actor(actor, "subject"));
    String kept = data.event("kept", "2021-01~", e -> e.actor(actor, "subject"));
    String moved = data.event("moved", "2021-02-03", e -> e.actor(actor, "subject"));
    Api.importBundle(data.build());
    Map<String, Object> filters =
        Map.of("actor", List.of(actor), "from", "2021-01", "to", "2021-01");

    // What the timeline answered just before the snapshot.
    List<Map<String, Object>> before = allPages("/api/v1/events", filters, 50);
    List<String> ids = before.stream().map(e -> (String) e.get("id")).toList();
    assertEquals(java.util.Set.of(edited, kept, deleted), java.util.Set.copyOf(ids));
    assertEquals(3, ids.size());

    Response created =
        given()
            .contentType(ContentType.JSON)
            .body(Api.json(filters))
            .post("/api/v1/snapshots")
            .then()
            .statusCode(201)
            .body("id", matchesPattern("[0-9a-f]{12}"))
            .body("eventCount", equalTo(3))
            .body("query.actor", contains(actor))
            .body("query.from", equalTo("2021-01"))
            .body("query.sort", equalTo("date"))
            .body("title", equalTo("Events: actor " + actor + ", January 2021"))
            .extract()
            .response();
    String id = created.path("id");
    String permalink = created.path("permalink");
    assertEquals(permalink, created.header("Location"));
    assertTrue(permalink.endsWith("/api/v1/snapshots/" + id), permalink);
    String sha256 = created.path("sha256");
    assertEquals(hash(before), sha256, "the hash is that of the events the timeline answered");
    Instant asOf = Instant.parse(created.path("asOf"));
    String accessed = accessed(LocalDate.now(ZoneOffset.UTC));
    String citation = created.path("citation");
    assertEquals(
        "COI Timeline. "
            + day(asOf)
            + ". \"Events: actor "
            + actor
            + ", January 2021.\" Snapshot "
            + id
            + ", as of "
            + asOf
            + ". "
            + permalink
            + " [Accessed "
            + accessed
            + "]",
        citation);

    // Every format, read once right after the snapshot was taken.
    List<Map<String, Object>> snapshotEvents =
        allPages("/api/v1/snapshots/" + id + "/events", Map.of(), 2);
    assertEquals(before, snapshotEvents);
    Map<String, String> formats = new LinkedHashMap<>();
    for (String format : FORMATS) {
      formats.put(format, formatBody(id, format));
    }
    assertTrue(formats.get("csv").contains("Ministry statement"), formats.get("csv"));

    // Then the store changes: an edit, a deletion, a new matching event, one moved into range.
    replace(edited, body -> body.replace("Ministry statement", "Ministry statement, corrected"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .delete("/api/v1/events/" + deleted)
        .then()
        .statusCode(204);
    replace(moved, body -> body.replace("2021-02-03", "2021-01-25"));
    String added = data.id("added");
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(
            """
            {"id": "%s", "title": "Added later", "date": "2021-01-15", "type": "statement",
             "countries": ["MX"], "actors": [{"id": "%s", "role": "subject"}],
             "corroboration": "single-source"}
            """
                .formatted(added, actor))
        .post("/api/v1/events")
        .then()
        .statusCode(201);

    // The timeline now answers otherwise ...
    List<Map<String, Object>> now = allPages("/api/v1/events", filters, 50);
    assertEquals(
        List.of(edited, added, kept, moved).stream().sorted().toList(),
        now.stream().map(e -> (String) e.get("id")).sorted().toList());
    assertNotEquals(sha256, hash(now));

    // ... the snapshot does not: same events, same hash, same bytes in every format.
    List<Map<String, Object>> later = allPages("/api/v1/snapshots/" + id + "/events", Map.of(), 2);
    assertEquals(before, later);
    assertEquals(sha256, hash(later));
    for (String format : FORMATS) {
      assertEquals(formats.get(format), formatBody(id, format), format);
    }
    assertTrue(formatBody(id, "csv").contains("Ministry statement"));
    assertTrue(!formatBody(id, "csv").contains("corrected"));
    given()
        .get("/api/v1/snapshots/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("asOf", equalTo(asOf.toString()))
        .body("eventCount", equalTo(3))
        .body("sha256", equalTo(sha256))
        .body("permalink", equalTo(permalink))
        .body("events", equalTo(permalink + "/events"))
        .body("citation", equalTo(citation));
  }

  @Test
  void formatsAreChosenByFormatOrAcceptAsForTheTimeline() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    String event = data.event("one", "2020-05-01", e -> e.actor(actor, "subject"));
    Api.importBundle(data.build());
    String id = snapshot(Map.of("actor", List.of(actor)));
    given()
        .accept("text/csv")
        .get("/api/v1/snapshots/" + id + "/events")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/csv"))
        .header("Vary", containsString("Accept"))
        .body(containsString(event));
    given()
        .queryParam("format", "ics")
        .get("/api/v1/snapshots/" + id + "/events")
        .then()
        .statusCode(200)
        .contentType(startsWith("text/calendar"))
        .body(containsString("UID:" + event + "@coi-timeline"));
    given()
        .queryParam("format", "jsonld")
        .get("/api/v1/snapshots/" + id + "/events")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/ld+json"))
        .body(containsString(event));
    given()
        .queryParam("format", "timelinejs")
        .get("/api/v1/snapshots/" + id + "/events")
        .then()
        .statusCode(200)
        .body("events.unique_id", contains(event))
        .body("title.text.text", containsString("as the timeline stood at"));
    given()
        .accept("application/xml")
        .get("/api/v1/snapshots/" + id + "/events")
        .then()
        .statusCode(406);
    assertProblem(
            given()
                .queryParam("format", "csv")
                .queryParam("limit", "5")
                .get("/api/v1/snapshots/" + id + "/events")
                .then(),
            400)
        .body("errors[0].field", equalTo("limit"));
    assertProblem(
            given().queryParam("format", "xml").get("/api/v1/snapshots/" + id + "/events").then(),
            400)
        .body("errors[0].field", equalTo("format"));
  }

  @Test
  void aTextQueryIsCitedInDateOrderAndRelevanceIsRefused() {
    TestBundle data = new TestBundle();
    String word = data.id("zebrafinch").replace("-", "");
    String later = data.event("later", "2021-03-01", e -> e.title("Second " + word + " report"));
    String earlier = data.event("earlier", "2019-03-01", e -> e.title("First " + word + " report"));
    Api.importBundle(data.build());
    String id = snapshot(Map.of("q", word));
    given()
        .get("/api/v1/snapshots/" + id + "/events")
        .then()
        .statusCode(200)
        .body("items.id", contains(earlier, later));
    given()
        .get("/api/v1/snapshots/" + id)
        .then()
        .body("query.q", equalTo(word))
        .body("query.sort", equalTo("date"))
        .body("title", equalTo("Events: matching “" + word + "”"));
    assertProblem(
            given()
                .contentType(ContentType.JSON)
                .body(Api.json(Map.of("q", word, "sort", "relevance")))
                .post("/api/v1/snapshots")
                .then(),
            400)
        .body("errors[0].field", equalTo("sort"));
  }

  @Test
  void badFiltersAreRefusedNamingTheField() {
    assertProblem(
            given()
                .contentType(ContentType.JSON)
                .body("{\"country\": [\"Mexico\"], \"from\": \"2021-13\"}")
                .post("/api/v1/snapshots")
                .then(),
            400)
        .body("errors.field", org.hamcrest.Matchers.hasItems("country", "from"));
    assertProblem(
            given()
                .contentType(ContentType.JSON)
                .body("{\"actor\": [\"no-such-actor-zq9\"]}")
                .post("/api/v1/snapshots")
                .then(),
            400)
        .body("errors[0].field", equalTo("actor"));
    // A snapshot is of the timeline as it stands now: asOf is not one of its fields.
    assertProblem(
            given()
                .contentType(ContentType.JSON)
                .body("{\"asOf\": \"2021-01-01\"}")
                .post("/api/v1/snapshots")
                .then(),
            400)
        .body("errors[0].field", equalTo("asOf"));
    assertProblem(given().contentType(ContentType.JSON).post("/api/v1/snapshots").then(), 400)
        .body("errors[0].field", equalTo("body"));
  }

  @Test
  void snapshotsAreImmutableAndUnknownIdsAreNotFound() {
    String id = snapshot(Map.of("from", "1800", "to", "1800", "match", "within"));
    given().get("/api/v1/snapshots/" + id).then().statusCode(200).body("eventCount", equalTo(0));
    assertProblem(
            given().auth().oauth2(Tokens.admin()).delete("/api/v1/snapshots/" + id).then(), 405)
        .header("Allow", not(containsString("DELETE")));
    assertProblem(
            given()
                .auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.JSON)
                .body("{}")
                .put("/api/v1/snapshots/" + id)
                .then(),
            405)
        .header("Allow", not(containsString("PUT")));
    assertProblem(given().get("/api/v1/snapshots/000000000000").then(), 404);
    assertProblem(given().get("/api/v1/snapshots/000000000000/events").then(), 404);
    given()
        .get("/api/v1/snapshots/" + id + "/events")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }

  /** Takes a snapshot anonymously (reads are public here) and answers its id. */
  static String snapshot(Map<String, Object> filters) {
    return given()
        .contentType(ContentType.JSON)
        .body(Api.json(filters))
        .post("/api/v1/snapshots")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Every item of a paged list, following the cursors. */
  private static List<Map<String, Object>> allPages(
      String path, Map<String, Object> filters, int limit) {
    List<Map<String, Object>> items = new ArrayList<>();
    String cursor = null;
    do {
      var request = given().queryParams(filters).queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
      items.addAll(page.getList("items"));
      cursor = page.getString("next");
    } while (cursor != null);
    return items;
  }

  private static String formatBody(String id, String format) {
    return given()
        .queryParam("format", format)
        .get("/api/v1/snapshots/" + id + "/events")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static void replace(String event, java.util.function.UnaryOperator<String> change) {
    Response current =
        given().get("/api/v1/events/" + event).then().statusCode(200).extract().response();
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .header("If-Match", current.header("ETag"))
        .body(change.apply(current.asString()))
        .put("/api/v1/events/" + event)
        .then()
        .statusCode(200);
  }

  /** The documented canonical form: "<id> <updatedAt>\n" per event, in order, SHA-256 in hex. */
  static String hash(List<Map<String, Object>> events) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (Map<String, Object> event : events) {
      digest.update(
          (event.get("id") + " " + event.get("updatedAt") + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String day(Instant instant) {
    LocalDate date = instant.atOffset(ZoneOffset.UTC).toLocalDate();
    return date.getDayOfMonth()
        + " "
        + date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
        + " "
        + date.getYear();
  }

  private static String accessed(LocalDate date) {
    String[] months = {
      "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
    };
    return date.getDayOfMonth() + " " + months[date.getMonthValue() - 1] + " " + date.getYear();
  }
}
