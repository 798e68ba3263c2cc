package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.coitimeline.support.Api;
import org.coitimeline.support.Problems;
import org.coitimeline.support.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ErrorsApiTest {
  /**
   * The shape every error shares: an RFC 9457 problem with type, title, status and detail, and
   * nothing of the implementation (no stack trace, no class names) nor the request path.
   */
  private static ValidatableResponse assertProblem(
      ValidatableResponse response, int status, String path) {
    Problems.assertProblem(response, status);
    if (path != null) {
      response.body(not(containsString(path)));
      response.body("instance", org.hamcrest.Matchers.nullValue());
    }
    return response;
  }

  /** Instants that parse but overflow the milliseconds revisions are stored as: a 400, not 500. */
  @ParameterizedTest
  @CsvSource({
    "/api/v1/events, +1000000000-01-01T00:00:00Z",
    "/api/v1/actors, -999999999-01-01T00:00:00Z",
    "/api/v1/sources, 10000-01-01T00:00:00Z",
    "/api/v1/gaps, +1000000000-12-31T23:59:59Z"
  })
  void anAsOfOutsideTheYearsOneTo9999IsAProblemNamingAsOf(String path, String asOf) {
    assertProblem(given().queryParam("asOf", asOf).when().get(path).then(), 400, null)
        .body("errors.field", hasItem("asOf"));
  }

  @Test
  void anUnknownPathUnderTheApiIsANotFoundProblem() {
    String path = "/api/v1/no-such-collection-zq7";
    assertProblem(given().when().get(path).then(), 404, "no-such-collection-zq7");
  }

  @Test
  void anUnknownEventIdIsANotFoundProblemThatDoesNotEchoTheId() {
    String id = new TestBundle().id("no-such-event");
    assertProblem(given().when().get("/api/v1/events/" + id).then(), 404, id)
        .body("type", equalTo("urn:coi-timeline:problem:not-found"));
  }

  @Test
  void aMethodAResourceDoesNotHaveIsAMethodNotAllowedProblem() {
    assertProblem(
        given()
            .contentType("application/json")
            .body("{\"id\": \"x\"}")
            .when()
            .patch("/api/v1/events")
            .then(),
        405,
        "/api/v1/events");
  }

  @Test
  void anUnsupportedAcceptTypeIsANotAcceptableProblem() {
    assertProblem(
        given().accept("application/xml").when().get("/api/v1/events").then(),
        406,
        "/api/v1/events");
  }

  @Test
  void anUnknownQueryParameterIsABadRequestNamingIt() {
    assertProblem(given().queryParam("contry", "MX").when().get("/api/v1/events").then(), 400, null)
        .body("type", equalTo("urn:coi-timeline:problem:invalid-input"))
        .body("errors[0].field", equalTo("contry"))
        .body("errors[0].message", notNullValue())
        .body("detail", containsString("contry"));
  }

  @Test
  void everyUnknownQueryParameterIsNamed() {
    assertProblem(
            given()
                .queryParam("contry", "MX")
                .queryParam("form", "2021")
                .when()
                .get("/api/v1/events")
                .then(),
            400,
            null)
        .body("errors.field", hasItem("contry"))
        .body("errors.field", hasItem("form"));
  }

  @ParameterizedTest(name = "{0} is rejected naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "from=2021-13           | from          | 2021-13",
        "from=2021-02-30        | from          | 2021-02-30",
        "to=yesterday           | to            | yesterday",
        "from=2022&to=2021      | to            | ",
        "limit=0                | limit         | ",
        "limit=501              | limit         | 501",
        "limit=abc              | limit         | abc",
        "match=sometimes        | match         | sometimes",
        "country=mx             | country       | mx",
        "country=XX             | country       | XX",
        "corroboration=maybe    | corroboration | maybe",
        "sort=relevance         | sort          | ",
        "sort=sideways          | sort          | sideways",
        "q=a                    | q             | ",
        "cursor=garbage         | cursor        | garbage",
        "topic=no-such-topic    | topic         | no-such-topic",
        "actor=no-such-actor    | actor         | no-such-actor",
        "type=no-such-type      | type          | no-such-type",
        "source=no-such-source  | source        | no-such-source",
        "actor=Not_A_Slug       | actor         | Not_A_Slug",
      })
  void aMalformedEventFilterIsABadRequestNamingTheParameter(
      String query, String field, String rejectedValue) {
    ValidatableResponse response =
        assertProblem(given().when().get("/api/v1/events?" + query).then(), 400, null)
            .body("type", equalTo("urn:coi-timeline:problem:invalid-input"))
            .body("errors.field", hasItem(field))
            .body("errors.message", everyItem(notNullValue()));
    if (rejectedValue != null) {
      response.body(not(containsString(rejectedValue)));
    }
  }

  @ParameterizedTest(name = "{0} is rejected naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/actors?type=no-such-type   | type",
        "/api/v1/sources?type=no-such-type  | type",
        "/api/v1/gaps?topic=no-such-topic   | topic",
        "/api/v1/gaps?country=XX            | country",
      })
  void anUnknownCodeInAListFilterIsABadRequestNamingTheParameter(String url, String field) {
    assertProblem(given().when().get(url).then(), 400, null)
        .body("errors.field", hasItem(field))
        .body(not(containsString("no-such")));
  }

  @Test
  void aCursorReusedWithAnotherSortIsABadRequestNamingTheCursor() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    data.event("first", "2015", e -> e.actor(actor, "subject"));
    data.event("second", "2016", e -> e.actor(actor, "subject"));
    Api.importBundle(data.build());

    String next =
        given()
            .queryParam("actor", actor)
            .queryParam("limit", 1)
            .when()
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .path("next");
    assertNotNull(next);

    // Another filter: AggregatesApiTest.
    assertProblem(
            given()
                .queryParam("actor", actor)
                .queryParam("sort", "-date")
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .when()
                .get("/api/v1/events")
                .then(),
            400,
            null)
        .body("errors[0].field", equalTo("cursor"));
  }

  @Test
  void anUnknownHistogramIntervalIsABadRequestNamingIt() {
    assertProblem(
            given().queryParam("interval", "week").when().get("/api/v1/timeline/histogram").then(),
            400,
            null)
        .body("errors[0].field", equalTo("interval"))
        .body(not(containsString("week")));
  }

  @Test
  void theHistogramRejectsMalformedEventFilters() {
    assertProblem(
            given().queryParam("from", "2021-13").when().get("/api/v1/timeline/histogram").then(),
            400,
            null)
        .body("errors[0].field", equalTo("from"));
    assertProblem(
            given().queryParam("limit", "10").when().get("/api/v1/timeline/histogram").then(),
            400,
            null)
        .body("errors[0].field", equalTo("limit"));
  }

  @Test
  void severalMalformedValuesAreReportedTogether() {
    assertProblem(
            given()
                .queryParam("from", "2021-13")
                .queryParam("match", "sometimes")
                .queryParam("country", "XX")
                .when()
                .get("/api/v1/events")
                .then(),
            400,
            null)
        .body("errors.field", hasItem("from"))
        .body("errors.field", hasItem("match"))
        .body("errors.field", hasItem("country"));
  }

  @Test
  void problemsAreNeverHtmlEvenWhenTheClientAcceptsHtml() {
    String body =
        given()
            .accept("text/html")
            .when()
            .get("/api/v1/no-such-collection-zq8")
            .then()
            .statusCode(404)
            .extract()
            .asString();
    assertFalse(body.contains("<html"), body);
  }

  @Test
  @DisabledOnIntegrationTest(
      "the packaged service answers health on its management port; StatelessInstancesIT and"
          + " DatabaseFaultsIT read it there")
  void theServiceIsReadyWhenTheDatabaseIsReachable() {
    given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }
}
