package org.coitimeline.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportApiTest {
  private static ValidatableResponse importCsv(String csv, String query) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType("text/csv")
        .body(csv)
        .when()
        .post("/api/v1/import" + query)
        .then();
  }

  private static ValidatableResponse importJson(String json, String token) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .when()
        .post("/api/v1/import")
        .then();
  }

  @Test
  void csvCreatesAndThenUpdatesEventsWithAReportPerRecord() {
    TestBundle data = new TestBundle();
    String actor = data.actor("imss");
    String source = data.source("R3D 26 Jan. 2021");
    Api.importBundle(data.build());
    String sale = data.id("sale");
    String leak = data.id("leak");
    String header =
        "id,title,summary,date,type,topics,countries,subdivision,place,actors,sources,figures,"
            + "corroboration\n";
    String csv =
        header
            + sale
            + ",IMSS database offered for sale,,2021-01-22,data-breach,,MX,,,"
            + actor
            + ":victim,"
            + source
            + "@page 2,\"42000000 records|records in the database;at-least 3 offers|offers\","
            + "single-source\n"
            + leak
            + ",\"Leak, reported\",A summary.,2021-01,data-breach,,MX;US,MX-SLP,San Luis Potosí,,,,"
            + "not-corroborated\n";

    importCsv(csv, "")
        .statusCode(200)
        .body("dryRun", equalTo(false))
        .body("created", equalTo(2))
        .body("updated", equalTo(0))
        .body("records.id", org.hamcrest.Matchers.contains(sale, leak))
        .body("records.kind", org.hamcrest.Matchers.everyItem(equalTo("event")))
        .body("records.action", org.hamcrest.Matchers.everyItem(equalTo("created")));

    given()
        .get("/api/v1/events/" + sale)
        .then()
        .statusCode(200)
        .body("actors[0].id", equalTo(actor))
        .body("actors[0].role", equalTo("victim"))
        .body("sources[0].pinpoint", equalTo("page 2"))
        .body("figures[0].value", equalTo(42000000))
        .body("figures[1].qualifier", equalTo("at-least"))
        .body("figures[1].unit", equalTo("offers"));
    given()
        .get("/api/v1/events/" + leak)
        .then()
        .body("title", equalTo("Leak, reported"))
        .body("subdivision", equalTo("MX-SLP"))
        .body("countries", org.hamcrest.Matchers.contains("MX", "US"));

    // The same rows again change nothing; a changed title updates that event alone.
    importCsv(csv, "")
        .statusCode(200)
        .body("unchanged", equalTo(2))
        .body("records.action", org.hamcrest.Matchers.contains("unchanged", "unchanged"));
    importCsv(csv.replace("Leak, reported", "Leak, confirmed"), "")
        .statusCode(200)
        .body("created", equalTo(0))
        .body("updated", equalTo(1))
        .body("records.action", org.hamcrest.Matchers.contains("unchanged", "updated"));
    given().get("/api/v1/events/" + sale).then().body("version", equalTo(0));
    given()
        .get("/api/v1/events/" + leak)
        .then()
        .body("title", equalTo("Leak, confirmed"))
        .body("version", equalTo(1));
  }

  @Test
  void csvUpdateKeepsTheRelationsAndQuotesCsvCannotCarry() {
    TestBundle data = new TestBundle();
    String source = data.source("R3D 26 Jan. 2021");
    String first = data.event("first", "2020");
    String second =
        data.event("second", "2021", e -> e.related(first, "follows").source(source, "p. 3"));
    Api.importBundle(data.build());
    String quoted =
        """
        {"format": "coi-timeline-bundle", "formatVersion": 1, "events": [
          {"id": "%s", "title": "Second", "date": "2021", "type": "statement", "countries": ["MX"],
           "sources": [{"id": "%s", "pinpoint": "p. 3", "quote": "Dijo.", "quoteLanguage": "es"}],
           "related": [{"id": "%s", "relation": "follows"}], "corroboration": "single-source"}]}
        """
            .formatted(second, source, first);
    importJson(quoted, Tokens.admin()).statusCode(200).body("updated", equalTo(1));

    importCsv(
            "id,title,date,type,countries,sources,corroboration\n"
                + second
                + ",Second again,2021,statement,MX,"
                + source
                + "@p. 3,single-source\n",
            "")
        .statusCode(200)
        .body("updated", equalTo(1));
    given()
        .get("/api/v1/events/" + second)
        .then()
        .body("title", equalTo("Second again"))
        .body("related[0].id", equalTo(first))
        .body("sources[0].quote", equalTo("Dijo."));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBundleUpdatingManyEventsReordersTheirLinksInOnePart() {
    TestBundle data = new TestBundle();
    String a = data.actor("a");
    String b = data.actor("b");
    String s1 = data.source("First 2020");
    String s2 = data.source("Second 2021");
    String first = data.event("first", "2020");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(
          data.event(
              "e" + i,
              "2021-0" + (i + 1),
              e ->
                  e.actor(a, "perpetrator")
                      .actor(b, "victim")
                      .source(s1, "p. 1")
                      .source(s2, "p. 2")
                      .related(first, "follows")));
    }
    Map<String, Object> bundle = data.build();
    Api.importBundle(bundle);

    // The same events with every list reversed: each new link takes a position an old one held.
    for (Map<String, Object> event : (List<Map<String, Object>>) bundle.get("events")) {
      for (String links : List.of("actors", "sources")) {
        if (event.get(links) instanceof List<?> list) {
          List<Object> reversed = new ArrayList<>(list);
          Collections.reverse(reversed);
          event.put(links, reversed);
        }
      }
      if (ids.contains(event.get("id"))) {
        event.put(
            "related",
            List.of(
                Map.of(
                    "id",
                    ids.get(0).equals(event.get("id")) ? first : ids.get(0),
                    "relation",
                    "follows")));
      }
    }
    Api.postBundle(bundle).then().statusCode(200).body("updated", equalTo(5));

    for (String id : ids) {
      given()
          .get("/api/v1/events/" + id)
          .then()
          .statusCode(200)
          .body("version", equalTo(1))
          .body("actors.id", contains(b, a))
          .body("actors.role", contains("victim", "perpetrator"))
          .body("sources.id", contains(s2, s1))
          .body("sources.pinpoint", contains("p. 2", "p. 1"))
          .body("related.id", contains(id.equals(ids.get(0)) ? first : ids.get(0)));
    }
  }

  @Test
  void aDryRunReportsWhatItWouldDoAndWritesNothing() {
    TestBundle data = new TestBundle();
    String id = data.id("dry");
    importCsv(
            "id,title,date,type,countries,corroboration\n"
                + id
                + ",Dry run,2021,statement,MX,single-source\n",
            "?dryRun=true")
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("created", equalTo(1))
        .body("records[0].id", equalTo(id))
        .body("records[0].action", equalTo("created"));
    given().get("/api/v1/events/" + id).then().statusCode(404);
    given().get("/api/v1/events/" + id + "/history").then().statusCode(404);
  }

  @Test
  void aBundleWithOneBadRecordChangesNothingAndNamesTheRecordAndField() {
    TestBundle data = new TestBundle();
    String good = data.id("good");
    String bad = data.id("bad");
    String bundle =
        """
        {"format": "coi-timeline-bundle", "formatVersion": 1, "events": [
          {"id": "%s", "title": "Good", "date": "2021-01-22", "type": "statement",
           "countries": ["MX"], "corroboration": "single-source"},
          {"id": "%s", "title": "Bad", "date": "2021-02-30", "type": "statement",
           "countries": ["MX"], "corroboration": "single-source"}]}
        """
            .formatted(good, bad);
    importJson(bundle, Tokens.admin())
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("events[" + bad + "].date"))
        .body("errors.field", not(hasItem(startsWith("events[" + good + "]"))));
    given().get("/api/v1/events/" + good).then().statusCode(404);
  }

  @Test
  void aMalformedCsvCellIsNamedByRecordAndColumn() {
    String id = new TestBundle().id("figures");
    importCsv(
            "id,title,date,type,countries,figures,corroboration\n"
                + id
                + ",Figures,2021,statistic,MX,many records,single-source\n",
            "")
        .statusCode(400)
        .body("errors.field", hasItem("events[" + id + "].figures"));
    importCsv("id,title,colour\n" + id + ",x,red\n", "")
        .statusCode(400)
        .body("errors.field", hasItem("header"));
  }

  @Test
  void importIsForAdminsOnly() {
    String bundle = "{\"format\": \"coi-timeline-bundle\", \"formatVersion\": 1}";
    importJson(bundle, Tokens.editor())
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    given()
        .contentType(ContentType.JSON)
        .body(bundle)
        .when()
        .post("/api/v1/import")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"));
    importJson(bundle, Tokens.admin()).statusCode(200).body("records.size()", equalTo(0));
  }

  @Test
  void anUnknownJsonFieldIsABadRequestNamingIt() {
    importJson(
            "{\"format\": \"coi-timeline-bundle\", \"formatVersion\": 1,"
                + " \"events\": [{\"id\": \"x\", \"sumary\": \"typo\"}]}",
            Tokens.admin())
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo("events[0].sumary"))
        .body("detail", containsString("sumary"));
  }

  @Test
  void anotherBodyTypeIsUnsupported() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType("application/xml")
        .body("<bundle/>")
        .when()
        .post("/api/v1/import")
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"));
  }
}
