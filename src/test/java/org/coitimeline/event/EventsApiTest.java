package org.coitimeline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventsApiTest {
  private static List<String> ids(Map<String, ?> params) {
    return given()
        .queryParams(params)
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }

  @Test
  void rangeQueryIncludesEventsThatStartedBeforeTheRange() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    String since2005 = data.event("since-2005", "2005/..", e -> e.actor(actor, "subject"));
    String span = data.event("span", "2012/2018", e -> e.actor(actor, "subject"));
    data.event("later", "2021-01-22", e -> e.actor(actor, "subject"));
    Api.importBundle(data.build());

    assertEquals(
        List.of(since2005, span), ids(Map.of("actor", actor, "from", "2015", "to", "2015")));
    assertEquals(List.of(since2005), ids(Map.of("actor", actor, "from", "2020", "to", "2020")));
  }

  @Test
  void rangePagesOpenLongAndContainedEventsInDateOrderAcrossCursors() {
    TestBundle data = new TestBundle();
    String actor = data.actor("agency");
    Map<String, String> dates = new java.util.LinkedHashMap<>();
    dates.put("open-start", "../2015-07");
    dates.put("long", "1990/2030");
    dates.put("open-end", "2001/..");
    dates.put("into-range", "2014-11/2015-08");
    dates.put("from-year", "2015-04/2015-09");
    dates.put("open-end-later", "2015-07/..");
    dates.put("inside", "2016-12-31");
    // Not overlapping 2015-06 to 2016: ended before, or began after.
    dates.put("open-start-ended", "../2015-02");
    dates.put("ended-in-year", "2014-03/2015-05");
    dates.put("earlier-in-year", "2015-03");
    dates.put("after", "2017");
    List<String> expected = new ArrayList<>();
    dates.forEach(
        (name, date) -> {
          String id = data.event(name, date, e -> e.actor(actor, "subject"));
          if (expected.size() < 7) {
            expected.add(id);
          }
        });
    Api.importBundle(data.build());

    for (String sort : List.of("date", "-date")) {
      List<String> walked =
          Api.walk(
              () ->
                  given()
                      .queryParam("actor", actor)
                      .queryParam("from", "2015-06")
                      .queryParam("to", "2016")
                      .queryParam("limit", 2)
                      .queryParam("sort", sort),
              "/api/v1/events",
              20);
      List<String> inOrder = new ArrayList<>(expected);
      if (sort.equals("-date")) {
        java.util.Collections.reverse(inOrder);
      }
      assertEquals(inOrder, walked, sort);
    }
    assertEquals(
        List.of(expected.get(6)),
        ids(Map.of("actor", actor, "from", "2015-06", "to", "2016", "match", "within")));
  }

  @Test
  void withinMatchesOnlyEventsWhoseWholeSpanLiesInTheRange() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    data.event("since-2005", "2005/..", e -> e.actor(actor, "subject"));
    String span = data.event("span", "2012/2018", e -> e.actor(actor, "subject"));
    String asOf = data.event("as-of", "../2018-09", e -> e.actor(actor, "subject"));
    String month = data.event("month", "2018-10", e -> e.actor(actor, "subject"));
    String approx = data.event("approx", "2019~", e -> e.actor(actor, "subject"));
    Api.importBundle(data.build());

    assertEquals(
        List.of(), ids(Map.of("actor", actor, "from", "2015", "to", "2015", "match", "within")));
    assertEquals(
        List.of(month, approx),
        ids(Map.of("actor", actor, "from", "2018-10", "to", "2019", "match", "within")));
    // An open start lies within any range that has no lower bound.
    assertEquals(
        List.of(asOf, span, month),
        ids(Map.of("actor", actor, "to", "2018-12", "match", "within")));
    // "as of September 2018" overlaps 2010: its start is open.
    assertTrue(ids(Map.of("actor", actor, "from", "2010", "to", "2010")).contains(asOf));
  }

  @Test
  void eventShowsItsDateBoundsAndDisplay() {
    TestBundle data = new TestBundle();
    String open = data.event("open", "2005/..");
    String unknownStart = data.event("as-of", "../2018-09");
    Api.importBundle(data.build());

    given()
        .when()
        .get("/api/v1/events/" + open)
        .then()
        .statusCode(200)
        .header("ETag", notNullValue())
        .body("date.edtf", equalTo("2005/.."))
        .body("date.start", equalTo("2005-01-01"))
        .body("date.end", nullValue())
        .body("date.latestStart", equalTo("2005-12-31"))
        .body("date.precision", equalTo("year"))
        .body("date.display", equalTo("since 2005"));
    given()
        .when()
        .get("/api/v1/events/" + unknownStart)
        .then()
        .statusCode(200)
        .body("date.start", nullValue())
        .body("date.end", equalTo("2018-09-30"))
        .body("date.display", equalTo("as of September 2018"));
  }

  @Test
  void eventCarriesActorsSourcesFiguresAndRelations() {
    TestBundle data = new TestBundle();
    String imss = data.actor("imss", "IMSS", "Instituto Mexicano del Seguro Social");
    String r3d = data.source("R3D 26 Jan. 2021");
    String sale =
        data.event(
            "sale",
            "2021-01-22",
            e ->
                e.type("data-breach")
                    .actor(imss, "victim")
                    .source(r3d, "2")
                    .figure("records", "42000000", "records", null)
                    .figure("share active", "38.6", "percent", "at-least"));
    String report =
        data.event(
            "report",
            "2021-01-26",
            e -> e.type("publication").related(sale, "reports-on").source(r3d, null));
    Api.importBundle(data.build());

    given()
        .when()
        .get("/api/v1/events/" + sale)
        .then()
        .statusCode(200)
        .body("type", equalTo("data-breach"))
        .body("countries", contains("MX"))
        .body("actors[0].id", equalTo(imss))
        .body("actors[0].name", equalTo("imss"))
        .body("actors[0].role", equalTo("victim"))
        .body("sources[0].id", equalTo(r3d))
        .body("sources[0].citation", equalTo("R3D 26 Jan. 2021"))
        .body("sources[0].pinpoint", equalTo("2"))
        .body("sourceCount", equalTo(1))
        .body("figures[0].value", equalTo(42000000))
        .body("figures[1].value", equalTo(38.6f))
        .body("figures[1].qualifier", equalTo("at-least"))
        .body("corroboration", equalTo("single-source"));
    given()
        .when()
        .get("/api/v1/events/" + report)
        .then()
        .statusCode(200)
        .body("related[0].id", equalTo(sale))
        .body("related[0].relation", equalTo("reports-on"));
  }

  @Test
  void repeatedFiltersAreAlternativesAndDifferentFiltersMustAllHold() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    String spyware = data.topic("spyware");
    String breach = data.topic("breach");
    String mx = data.event("mx", "2020", e -> e.actor(actor, "subject").topic(spyware));
    String us =
        data.event("us", "2020", e -> e.actor(actor, "subject").countries("US").topic(breach));
    String both =
        data.event(
            "both",
            "2021",
            e -> e.actor(actor, "subject").countries("MX", "IL").topic(spyware).type("contract"));
    Api.importBundle(data.build());

    assertEquals(List.of(mx, both), ids(Map.of("actor", actor, "country", "MX")));
    assertEquals(
        List.of(mx, us, both),
        given()
            .queryParam("actor", actor)
            .queryParam("country", "MX", "US")
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id"));
    assertEquals(List.of(both), ids(Map.of("actor", actor, "country", "MX", "type", "contract")));
    assertEquals(List.of(us), ids(Map.of("actor", actor, "topic", breach)));
    assertEquals(List.of(mx, both), ids(Map.of("topic", spyware)));
    assertEquals(List.of(), ids(Map.of("topic", spyware, "corroboration", "corroborated")));
  }

  @Test
  void textSearchFindsWordsInAnyOrderIgnoringAccents() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    String word = data.id("zq").replace("-", "");
    String hit =
        data.event(
            "hit",
            "2021",
            e ->
                e.actor(actor, "subject")
                    .title("Secretaría publishes " + word + " contracts")
                    .summary("The spyware contracts of the previous administration."));
    String other =
        data.event("other", "2021", e -> e.actor(actor, "subject").title("Unrelated " + word));
    Api.importBundle(data.build());

    assertEquals(List.of(hit), ids(Map.of("q", "contracts " + word)));
    assertEquals(List.of(hit), ids(Map.of("q", "secretaria " + word)));
    assertEquals(List.of(hit), ids(Map.of("q", "spy " + word)));
    assertEquals(
        List.of(hit, other).stream().sorted().toList(),
        ids(Map.of("q", word)).stream().sorted().toList());
    given()
        .queryParam("q", word + " contracts")
        .queryParam("sort", "relevance")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", contains(hit));
  }

  @Test
  void cursorWalkVisitsEveryEventOnceInDateOrder() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    List<String> expected = new ArrayList<>();
    String[] dates = {
      "2001",
      "2001",
      "2001-05",
      "2003/2004",
      "2003/..",
      "../2002",
      "2010-01-01",
      "2010-01-01",
      "201X",
      "2005?"
    };
    for (int i = 0; i < dates.length; i++) {
      expected.add(data.event("e" + i, dates[i], e -> e.actor(actor, "subject")));
    }
    Api.importBundle(data.build());
    List<String> inOrder = ids(Map.of("actor", actor, "limit", "500"));
    assertEquals(new HashSet<>(expected), new HashSet<>(inOrder));

    for (String sort : List.of("date", "-date", "updated")) {
      List<String> walked = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        var request =
            given().queryParam("actor", actor).queryParam("limit", 3).queryParam("sort", sort);
        if (cursor != null) {
          request.queryParam("cursor", cursor);
        }
        Response response = request.when().get("/api/v1/events");
        response.then().statusCode(200);
        walked.addAll(response.jsonPath().getList("items.id"));
        cursor = response.jsonPath().getString("next");
        if (cursor != null) {
          assertTrue(response.header("Link").contains("rel=\"next\""));
          assertTrue(response.header("Link").contains("cursor="));
        }
        pages++;
      } while (cursor != null && pages < 10);
      assertEquals(dates.length, walked.size(), sort + ": no repeats and no holes");
      assertEquals(new HashSet<>(expected), new HashSet<>(walked), sort);
      if (sort.equals("date")) {
        assertEquals(inOrder, walked);
      }
      if (sort.equals("-date")) {
        List<String> reversed = new ArrayList<>(inOrder);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, walked);
      }
    }
    // Date order: start, then end, then id.
    assertEquals(expected.get(5), inOrder.get(0), "an open start sorts first");
  }

  @Test
  void histogramCountsEventsPerPeriodOfTheirStart() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    data.event("a", "2021-01-22", e -> e.actor(actor, "subject"));
    data.event("b", "2021-01-25", e -> e.actor(actor, "subject"));
    data.event("c", "2012/2018", e -> e.actor(actor, "subject"));
    data.event("d", "../2018-09", e -> e.actor(actor, "subject"));
    Api.importBundle(data.build());

    given()
        .queryParam("actor", actor)
        .queryParam("interval", "month")
        .when()
        .get("/api/v1/timeline/histogram")
        .then()
        .statusCode(200)
        .body("period", contains("2012-01", "2018-09", "2021-01"))
        .body("count", contains(1, 1, 2));
    given()
        .queryParam("actor", actor)
        .when()
        .get("/api/v1/timeline/histogram")
        .then()
        .statusCode(200)
        .body("period", contains("2012", "2018", "2021"));
  }

  @Test
  void listPageIsEmptyWhenNothingMatches() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    Api.importBundle(data.build());
    given()
        .queryParam("actor", actor)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("next", nullValue());
  }
}
