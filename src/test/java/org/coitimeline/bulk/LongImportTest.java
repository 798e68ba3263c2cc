package org.coitimeline.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coitimeline.support.TestBundle;
import org.junit.jupiter.api.Test;

/**
 * An import of many parts keeps bounded memory and still answers exactly: its report counts every
 * record but lists only the first timeline.import.report-records, and an id repeated in a later
 * part is refused, whatever happened to it in the earlier one. Parts of 64 KB here, so that a few
 * hundred records make many parts.
 */
@QuarkusTest
@TestProfile(LongImportTest.SmallPartsAndReports.class)
class LongImportTest {
  static final int REPORT_RECORDS = 100;

  /**
   * Parts of 64 KB; reports listing at most 100 records. The seed stays enabled: it loads only into
   * an empty store, and the tests that share this database expect it there whichever runs first.
   */
  public static class SmallPartsAndReports implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "timeline.max-body-size",
          "64K",
          "timeline.import.report-records",
          String.valueOf(REPORT_RECORDS));
    }
  }

  /** About 1 KB of summary per event: a part holds about 60 events. */
  private static final String SUMMARY = "A long summary of the event. ".repeat(35);

  private static ValidatableResponse post(String body, String contentType) {
    return ImportLines.post(body, contentType, "");
  }

  private static String actorLine(String id) {
    return ImportLines.actor(id);
  }

  private static String eventLine(String id, String actor, String title) {
    return ImportLines.event(id, actor, title, "2020-02-03", SUMMARY);
  }

  /** An actor, then {@code count} events naming it: {@code count + 1} records. */
  private static List<String> lines(TestBundle data, String actor, int count) {
    List<String> lines = new ArrayList<>();
    lines.add(actorLine(actor));
    for (int i = 0; i < count; i++) {
      lines.add(eventLine(data.id("e" + i), actor, "Event " + i));
    }
    return lines;
  }

  @Test
  void aReportOfMoreRecordsThanItListsCountsThemAllAndSaysHowManyItLeftOut() {
    TestBundle data = new TestBundle();
    String actor = data.id("ministry");
    String body = String.join("\n", lines(data, actor, 600)) + "\n";
    post(body, "application/x-ndjson")
        .statusCode(200)
        .body("created", equalTo(601))
        .body("updated", equalTo(0))
        .body("unchanged", equalTo(0))
        .body("parts", greaterThan(5))
        .body("records", hasSize(REPORT_RECORDS))
        .body("records[0].id", equalTo(actor))
        .body("records[99].id", equalTo(data.id("e98")))
        .body("recordsOmitted", equalTo(601 - REPORT_RECORDS));
    // The last event, in the last part, names the actor of the first.
    given()
        .get("/api/v1/events/" + data.id("e599"))
        .then()
        .statusCode(200)
        .body("actors[0].id", equalTo(actor));
    post(body, "application/x-ndjson")
        .statusCode(200)
        .body("created", equalTo(0))
        .body("unchanged", equalTo(601))
        .body("records", hasSize(REPORT_RECORDS))
        .body("recordsOmitted", equalTo(601 - REPORT_RECORDS));
  }

  @Test
  void aReportThatListsEveryRecordOmitsNone() {
    TestBundle data = new TestBundle();
    post(String.join("\n", lines(data, data.id("court"), 9)), "application/x-ndjson")
        .statusCode(200)
        .body("created", equalTo(10))
        .body("records", hasSize(10))
        .body("recordsOmitted", equalTo(0));
  }

  @Test
  void aCsvReportListsTheFirstRecordsOnlyToo() {
    TestBundle data = new TestBundle();
    String actor = data.id("senate");
    post(actorLine(actor), "application/x-ndjson").statusCode(200);
    StringBuilder csv = new StringBuilder("id,title,date,type,countries,actors,corroboration\n");
    for (int i = 0; i < 150; i++) {
      csv.append(data.id("c" + i))
          .append(",Event ")
          .append(i)
          .append(",2020-02,statement,MX,")
          .append(actor)
          .append(":perpetrator,single-source\n");
    }
    post(csv.toString(), "text/csv")
        .statusCode(200)
        .body("created", equalTo(150))
        .body("records", hasSize(REPORT_RECORDS))
        .body("recordsOmitted", equalTo(150 - REPORT_RECORDS));
  }

  @Test
  void anIdRepeatedInALaterPartIsRefusedAndThatPartNotWritten() {
    TestBundle data = new TestBundle();
    String actor = data.id("navy");
    List<String> lines = lines(data, actor, 300);
    String repeated = data.id("e0");
    lines.add(eventLine(repeated, actor, "Changed in a later part"));
    post(String.join("\n", lines), "application/x-ndjson")
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", equalTo(List.of("events[" + repeated + "].id")))
        .body("errors.message", equalTo(List.of("appears twice in the bundle")))
        .body("imported.parts", greaterThan(1))
        .body("imported.records", hasSize(REPORT_RECORDS))
        .body("detail", containsString("records, reported in imported"));
    given()
        .get("/api/v1/events/" + repeated)
        .then()
        .statusCode(200)
        .body("title", equalTo("Event 0"));
  }

  @Test
  void anIdRepeatedInALaterPartIsRefusedAlsoWhenItsFirstRecordWasUnchanged() {
    TestBundle data = new TestBundle();
    String actor = data.id("army");
    post(actorLine(actor), "application/x-ndjson").statusCode(200).body("created", equalTo(1));
    // The actor comes first, unchanged (nothing written for it), and again in a later part.
    List<String> lines = lines(data, actor, 200);
    lines.add(actorLine(actor).replace("government-body", "company"));
    post(String.join("\n", lines), "application/x-ndjson")
        .statusCode(400)
        .body("errors.field", hasItem("actors[" + actor + "].id"))
        .body("imported.unchanged", equalTo(1));
    given()
        .get("/api/v1/actors/" + actor)
        .then()
        .statusCode(200)
        .body("type", equalTo("government-body"));
  }
}
