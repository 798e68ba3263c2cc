package org.coitimeline.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.TestRecords;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineExportApiTest {
  /** The rows of a CSV answer, header first, each as a map from column to value. */
  private static List<Map<String, String>> csvRows(String csv) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
      List<List<String>> rows = it.readAll();
      List<String> header = rows.get(0);
      List<Map<String, String>> maps = new ArrayList<>();
      for (List<String> row : rows.subList(1, rows.size())) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          map.put(header.get(i), row.get(i));
        }
        maps.add(map);
      }
      return maps;
    }
  }

  /** Three events: two of the actor (one in 2021, one 2012–2018), one of no actor. */
  private record Data(
      String actor, String person, String source, String sale, String contracts, String other) {}

  private Data importData() {
    TestBundle data = new TestBundle();
    String actor = data.actor("sspc");
    String person = data.id("journalist");
    String source = data.source("Mexico Apr. 2021");
    String topic = data.topic("spyware");
    String sale =
        data.event(
            "sale",
            "2021-01-22",
            e ->
                e.title("Database offered for sale, \"42 million\" records")
                    .summary("Posted on a forum,\nwith samples.")
                    .type("data-breach")
                    .topic(topic)
                    .actor(actor, "victim")
                    .actor(person, "reporter")
                    .source(source, "147")
                    .figure("records", "42000000", "records", "about"));
    String contracts =
        data.event(
            "contracts",
            "2012/2018",
            e -> e.type("contract").topic(topic).actor(actor, "buyer").source(source, null));
    String other = data.event("other", "2019-05");
    Api.importBundle(
        TestRecords.with(
            data.build(),
            List.of(TestRecords.actor(person, "A journalist", "person", List.of("MX"))),
            List.of()));
    return new Data(actor, person, source, sale, contracts, other);
  }

  @Test
  void csvByAcceptHasAHeaderAndOneRowPerMatchingEvent() throws Exception {
    Data data = importData();
    Response response =
        given()
            .accept("text/csv")
            .queryParam("actor", data.actor())
            .when()
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("Content-Disposition", "attachment; filename=\"coi-timeline-events.csv\"")
            .extract()
            .response();

    List<Map<String, String>> rows = csvRows(response.asString());
    assertEquals(
        List.of(data.contracts(), data.sale()), rows.stream().map(r -> r.get("id")).toList());
    Map<String, String> sale = rows.get(1);
    assertEquals("Database offered for sale, \"42 million\" records", sale.get("title"));
    assertEquals("Posted on a forum,\nwith samples.", sale.get("summary"));
    assertEquals("22 January 2021", sale.get("display"));
    assertEquals("2021-01-22", sale.get("start"));
    assertEquals(data.actor() + " (victim); " + data.person() + " (reporter)", sale.get("actors"));
    assertEquals("about 42000000 records", sale.get("figures"));
    assertEquals("Mexico Apr. 2021, 147", sale.get("citations"));
    assertEquals("1", sale.get("sourceCount"));
    assertEquals("2012-12-31", rows.get(0).get("latestStart"));
  }

  @Test
  void formatParameterWinsOverAccept() throws Exception {
    Data data = importData();
    String csv =
        given()
            .accept("application/json")
            .queryParam("format", "csv")
            .queryParam("actor", data.actor())
            .queryParam("from", "2020")
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .extract()
            .asString();
    assertEquals(List.of(data.sale()), csvRows(csv).stream().map(r -> r.get("id")).toList());

    given()
        .accept("text/csv")
        .queryParam("format", "json")
        .queryParam("actor", data.actor())
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("items.id", contains(data.contracts(), data.sale()));
  }

  @Test
  void jsonStaysOnePageWhateverElseIsAccepted() {
    Data data = importData();
    given()
        .queryParam("actor", data.actor())
        .queryParam("limit", "1")
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("items.id", contains(data.contracts()))
        .body("next", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void iCalendarHasOneAllDayEventPerMatchingEvent() {
    Data data = importData();
    for (var request :
        List.of(
            given().accept("text/calendar"), given().queryParam("format", "ics").accept("*/*"))) {
      String text =
          request
              .queryParam("actor", data.actor())
              .get("/api/v1/events")
              .then()
              .statusCode(200)
              .contentType(startsWith("text/calendar"))
              .extract()
              .asString();
      ICalendar calendar = Biweekly.parse(text).first();
      List<VEvent> events = calendar.getEvents();
      assertEquals(2, events.size());
      VEvent sale =
          events.stream()
              .filter(e -> e.getUid().getValue().equals(data.sale() + "@coi-timeline"))
              .findFirst()
              .orElseThrow();
      assertTrue(text.contains("DTSTART;VALUE=DATE:20210122\r\n"), text);
      assertTrue(text.contains("DTEND;VALUE=DATE:20210123\r\n"), text);
      assertTrue(text.contains("DTEND;VALUE=DATE:20190101\r\n"), text);
      assertTrue(sale.getUrl().getValue().endsWith("/api/v1/events/" + data.sale()));
      assertTrue(sale.getUrl().getValue().startsWith("http"));
      assertEquals("data-breach", sale.getCategories().get(0).getValues().get(0));
      String description = sale.getDescription().getValue();
      assertTrue(description.startsWith("22 January 2021\nEDTF: 2021-01-22\n"), description);
      assertTrue(
          description.contains(
              "Test Author. 26 January 2021. \"A title.\" [Accessed 24 Aug. 2021]"
                  + " (cited as Mexico Apr. 2021, 147)"),
          description);
    }
  }

  @Test
  void jsonLdIsAGraphOfSchemaOrgEventsWithRolesAndCitations() {
    Data data = importData();
    JsonPath json =
        given()
            .accept("application/ld+json")
            .queryParam("actor", data.actor())
            .queryParam("from", "2020")
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/ld+json"))
            .extract()
            .jsonPath();

    assertEquals("https://schema.org", json.getString("'@context'"));
    assertEquals(1, json.getList("'@graph'").size());
    String event = "'@graph'[0].";
    assertEquals("Event", json.getString(event + "'@type'"));
    assertTrue(json.getString(event + "'@id'").endsWith("/api/v1/events/" + data.sale()));
    assertEquals("2021-01-22", json.getString(event + "startDate"));
    assertEquals("2021-01-22", json.getString(event + "temporalCoverage"));
    assertEquals("MX", json.getString(event + "location[0].identifier"));
    assertEquals("Role", json.getString(event + "about[0].'@type'"));
    assertEquals("victim", json.getString(event + "about[0].roleName"));
    assertEquals("Organization", json.getString(event + "about[0].about.'@type'"));
    assertEquals("Person", json.getString(event + "about[1].about.'@type'"));
    assertEquals("A journalist", json.getString(event + "about[1].about.name"));
    assertEquals("CreativeWork", json.getString(event + "citation[0].'@type'"));
    assertEquals("Mexico Apr. 2021", json.getString(event + "citation[0].name"));
    assertEquals("147", json.getString(event + "citation[0].pagination"));
    assertEquals(
        "Test Author. 26 January 2021. \"A title.\" [Accessed 24 Aug. 2021]",
        json.getString(event + "citation[0].text"));
    assertTrue(json.getString(event + "citation[0].'@id'").endsWith("/sources/" + data.source()));
  }

  @Test
  void timelineJsHasATitleAndASlidePerEventGroupedByTopic() {
    Data data = importData();
    given()
        .queryParam("format", "timelinejs")
        .queryParam("group", "topic")
        .queryParam("actor", data.actor())
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("title.text.headline", equalTo("COI Timeline"))
        .body("title.text.text", equalTo("Events actor " + data.actor()))
        .body("events", hasSize(2))
        .body("events[0].unique_id", equalTo(data.contracts()))
        .body("events[0].start_date.year", equalTo(2012))
        .body("events[0].start_date.month", org.hamcrest.Matchers.nullValue())
        .body("events[0].end_date.year", equalTo(2018))
        .body("events[0].display_date", equalTo("2012–2018"))
        .body("events[0].group", org.hamcrest.Matchers.endsWith("-spyware"))
        .body("events[1].start_date.day", equalTo(22))
        .body("events[1].display_date", org.hamcrest.Matchers.nullValue())
        .body("events[1].text.headline", containsString("&quot;42 million&quot;"))
        .body("events[1].text.text", containsString("<li>Test Author. 26 January 2021."));
    given()
        .queryParam("format", "timelinejs")
        .queryParam("actor", data.actor())
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("events.group", contains("contract", "data-breach"));
  }

  @Test
  void anExportStreamsEveryPageOfTheTimeline() throws Exception {
    TestBundle data = new TestBundle();
    String actor = data.actor("busy");
    int count = 600;
    for (int i = 0; i < count; i++) {
      int day = i % 28 + 1;
      data.event(
          "e" + i,
          String.format("2020-%02d-%02d", i / 28 % 12 + 1, day),
          e -> e.actor(actor, "subject"));
    }
    Api.importBundle(data.build());

    String csv =
        given()
            .queryParam("format", "csv")
            .queryParam("actor", actor)
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(count + 1, csv.split("\r\n").length);
    List<Map<String, String>> rows = csvRows(csv);
    assertEquals(count, rows.size());
    assertEquals(count, new HashSet<>(rows.stream().map(r -> r.get("id")).toList()).size());
    List<String> starts = rows.stream().map(r -> r.get("start")).toList();
    assertEquals(starts.stream().sorted().toList(), starts);
  }

  @Test
  void anExportAsOfAnInstantShowsTheTimelineAsItStood() throws Exception {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    String id =
        data.event("changing", "2021-01-22", e -> e.title("First title").actor(actor, "subject"));
    Api.importBundle(data.build());
    Thread.sleep(30);
    Instant afterFirst = Instant.now();
    Thread.sleep(30);
    Response current =
        given().get("/api/v1/events/" + id).then().statusCode(200).extract().response();
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .header("If-Match", current.header("ETag"))
        .body(current.asString().replace("First title", "Second title"))
        .put("/api/v1/events/" + id)
        .then()
        .statusCode(200);

    String now =
        given()
            .queryParam("format", "csv")
            .queryParam("actor", actor)
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(List.of("Second title"), csvRows(now).stream().map(r -> r.get("title")).toList());
    String then =
        given()
            .queryParam("format", "csv")
            .queryParam("actor", actor)
            .queryParam("asOf", afterFirst.toString())
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(List.of("First title"), csvRows(then).stream().map(r -> r.get("title")).toList());
  }

  @Test
  void badFormatGroupPagingOrFilterIsAProblemNamingTheParameter() {
    for (var bad :
        List.of(
            Map.of("format", "xml"),
            Map.of("format", "timelinejs", "group", "country"),
            Map.of("format", "csv", "limit", "10"),
            Map.of("format", "csv", "cursor", "abc"),
            Map.of("format", "ics", "from", "2021-02-30"))) {
      String parameter =
          bad.keySet().stream().filter(k -> !k.equals("format")).findFirst().orElse("format");
      if (bad.containsKey("from")) {
        parameter = "from";
      }
      given()
          .accept("text/csv")
          .queryParams(bad)
          .get("/api/v1/events")
          .then()
          .statusCode(400)
          .contentType(startsWith("application/problem+json"))
          .body("errors[0].field", equalTo(parameter));
    }
  }
}
