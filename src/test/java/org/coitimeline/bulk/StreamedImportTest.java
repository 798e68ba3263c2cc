package org.coitimeline.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Imports larger than timeline.max-body-size (2 MB in the tests) are streamed and written in parts,
 * each committed on its own; NDJSON is imported like a bundle.
 */
@QuarkusTest
class StreamedImportTest {
  /** About 2.2 KB of summary per event: 1,500 events make a body of more than 3 MB. */
  private static final String SUMMARY = "A long summary of the event. ".repeat(75);

  private static ValidatableResponse post(String body, String contentType, String query) {
    return ImportLines.post(body, contentType, query);
  }

  private static String actorLine(String id) {
    return ImportLines.actor(id);
  }

  private static String eventLine(String id, String actor, String date) {
    return ImportLines.event(id, actor, "Event " + id, date, SUMMARY);
  }

  private static List<String> events(TestBundle data, String actor, int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(eventLine(data.id("e" + i), actor, "2020-01-" + String.format("%02d", 1 + i % 28)));
    }
    return lines;
  }

  @Test
  void aBodyOverTheLimitIsWrittenInPartsAndLaterPartsReferToEarlierOnes() {
    TestBundle data = new TestBundle();
    String actor = data.id("police");
    List<String> lines = new ArrayList<>();
    lines.add(actorLine(actor));
    lines.addAll(events(data, actor, 1500));
    String body = String.join("\n", lines) + "\n";
    post(body, "application/x-ndjson", "")
        .statusCode(200)
        .body("created", equalTo(1501))
        .body("parts", equalTo(2))
        .body("records", hasSize(1501))
        .body("records[1500].id", equalTo(data.id("e1499")));
    // The last event is in the second part and names the actor of the first.
    given()
        .get("/api/v1/events/" + data.id("e1499"))
        .then()
        .statusCode(200)
        .body("actors[0].id", equalTo(actor));
  }

  @Test
  void aBundleOverTheLimitIsStreamedToo() {
    TestBundle data = new TestBundle();
    String actor = data.id("army");
    StringBuilder bundle =
        new StringBuilder(
            """
            {"format": "coi-timeline-bundle", "formatVersion": 1, "actors": [%s], "events": ["""
                .formatted(actorLine(actor).replace("\"kind\": \"actor\", ", "")));
    List<String> events = events(data, actor, 1500);
    for (int i = 0; i < events.size(); i++) {
      bundle.append(i == 0 ? "" : ",").append(events.get(i).replace("\"kind\": \"event\", ", ""));
    }
    bundle.append("]}");
    post(bundle.toString(), "application/json", "")
        .statusCode(200)
        .body("created", equalTo(1501))
        .body("parts", equalTo(2));
    given().get("/api/v1/events/" + data.id("e1499")).then().statusCode(200);
  }

  @Test
  void aPartThatFailsLeavesTheEarlierPartsWrittenAndSaysExactlyWhich() {
    TestBundle data = new TestBundle();
    String actor = data.id("navy");
    List<String> lines = new ArrayList<>();
    lines.add(actorLine(actor));
    lines.addAll(events(data, actor, 1500));
    // The last event is invalid: its part is not written, nor anything after it.
    String bad = data.id("e1499");
    lines.set(lines.size() - 1, lines.get(lines.size() - 1).replace("2020-01-", "2020-13-"));
    ValidatableResponse response =
        post(String.join("\n", lines), "application/x-ndjson", "")
            .statusCode(400)
            .contentType(startsWith("application/problem+json"))
            .body("errors.field", hasItem("events[" + bad + "].date"))
            .body("imported.parts", equalTo(1));
    List<String> written = response.extract().jsonPath().getList("imported.records.id");
    List<String> actions = response.extract().jsonPath().getList("imported.records.action");
    org.junit.jupiter.api.Assertions.assertTrue(
        written.size() > 1 && written.size() < 1501, "part one: " + written.size());
    org.junit.jupiter.api.Assertions.assertTrue(actions.stream().allMatch("created"::equals));
    // Exactly the records reported are stored: the last one reported is, the next one is not.
    String lastWritten = written.get(written.size() - 1);
    given().get("/api/v1/events/" + lastWritten).then().statusCode(200);
    int next = Integer.parseInt(lastWritten.substring(lastWritten.lastIndexOf("-e") + 2)) + 1;
    given().get("/api/v1/events/" + data.id("e" + next)).then().statusCode(404);
    given().get("/api/v1/events/" + bad).then().statusCode(404);
  }

  @Test
  void ndjsonRecordsOfEveryKindImportAsInABundle() {
    TestBundle data = new TestBundle();
    String topic = data.id("topic");
    String actor = data.id("ministry");
    String event = data.id("raid");
    String body =
        String.join(
            "\n",
            """
            {"kind": "topic", "code": "%s", "label": "A topic"}"""
                .formatted(topic),
            actorLine(actor),
            "",
            eventLine(event, actor, "2021-03")
                .replace("\"topics\": []", "\"topics\": [\"" + topic + "\"]"));
    post(body, "application/x-ndjson", "?dryRun=true")
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("created", equalTo(3));
    given().get("/api/v1/events/" + event).then().statusCode(404);
    post(body, "application/x-ndjson", "")
        .statusCode(200)
        .body("created", equalTo(3))
        .body("parts", equalTo(1))
        .body("records.kind", equalTo(List.of("topic", "actor", "event")));
    given()
        .get("/api/v1/events/" + event)
        .then()
        .statusCode(200)
        .body("topics", equalTo(List.of(topic)));
  }

  @Test
  void aMalformedNdjsonLineIsNamedByItsNumberAndNothingIsWritten() {
    TestBundle data = new TestBundle();
    String actor = data.id("court");
    String body = actorLine(actor) + "\n" + "{\"kind\": \"meeting\", \"id\": \"x\"}\n";
    post(body, "application/x-ndjson", "")
        .statusCode(400)
        .body("errors.field", hasItem("lines[2].kind"));
    given().get("/api/v1/actors/" + actor).then().statusCode(404);
    post("", "application/x-ndjson", "").statusCode(400).body("errors.field", hasItem("body"));
  }

  @Test
  void aDryRunTakesOnePartOnly() {
    TestBundle data = new TestBundle();
    String actor = data.id("guard");
    List<String> lines = new ArrayList<>();
    lines.add(actorLine(actor));
    lines.addAll(events(data, actor, 1500));
    post(String.join("\n", lines), "application/x-ndjson", "?dryRun=true")
        .statusCode(400)
        .body("errors.field", hasItem("dryRun"));
    given().get("/api/v1/actors/" + actor).then().statusCode(404);
  }

  @Test
  void otherBodiesKeepTheLimit() {
    String big = "x".repeat(2_100_000);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType("application/json")
        .body("{\"id\": \"" + big + "\"}")
        .when()
        .post("/api/v1/actors")
        .then()
        .statusCode(413);
    post("id,title\n" + big, "text/csv", "").statusCode(413);
  }
}
