package org.coitimeline.gap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GapsApiTest {
  @Test
  void gapsAreFilteredByTopicWithRepeatedTopicsAsAlternatives() {
    TestBundle data = new TestBundle();
    String spyware = data.topic("spyware");
    String breaches = data.topic("breaches");
    String unused = data.topic("unused");
    String a = data.gap("a-platform-access", List.of("MX"), List.of(spyware));
    String b = data.gap("b-police-access", List.of("GT"), List.of(breaches));
    String c = data.gap("c-both", List.of("MX", "US"), List.of(spyware, breaches));
    Api.importBundle(data.build());

    given()
        .queryParam("topic", spyware)
        .when()
        .get("/api/v1/gaps")
        .then()
        .statusCode(200)
        .body("items.id", contains(a, c))
        .body("next", nullValue());
    given()
        .queryParam("topic", spyware, breaches)
        .when()
        .get("/api/v1/gaps")
        .then()
        .statusCode(200)
        .body("items.id", contains(a, b, c));
    given()
        .queryParam("topic", unused)
        .when()
        .get("/api/v1/gaps")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  @Test
  void gapsAreFilteredByCountryAndAllFiltersMustHold() {
    TestBundle data = new TestBundle();
    String spyware = data.topic("spyware");
    String breaches = data.topic("breaches");
    String a = data.gap("a-platform-access", List.of("MX"), List.of(spyware));
    String b = data.gap("b-police-access", List.of("GT"), List.of(breaches));
    String c = data.gap("c-both", List.of("MX", "US"), List.of(spyware, breaches));
    Api.importBundle(data.build());

    given()
        .queryParam("country", "GT")
        .queryParam("limit", 500)
        .when()
        .get("/api/v1/gaps")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(b))
        .body("items.id", not(hasItem(a)))
        .body("items.id", not(hasItem(c)));
    given()
        .queryParam("country", "GT", "US")
        .queryParam("limit", 500)
        .when()
        .get("/api/v1/gaps")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(b))
        .body("items.id", hasItem(c))
        .body("items.id", not(hasItem(a)));
    given()
        .queryParam("country", "US")
        .queryParam("topic", breaches)
        .when()
        .get("/api/v1/gaps")
        .then()
        .statusCode(200)
        .body("items.id", contains(c));
    given()
        .queryParam("country", "MX")
        .queryParam("topic", breaches)
        .when()
        .get("/api/v1/gaps")
        .then()
        .statusCode(200)
        .body("items.id", contains(c));
    given()
        .queryParam("country", "GT")
        .queryParam("topic", spyware)
        .when()
        .get("/api/v1/gaps")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  @Test
  void getOneGapReturnsItsFieldsAndAnEtag() {
    TestBundle data = new TestBundle();
    String topic = data.topic("platform");
    String gap = data.gap("platform-access", List.of("MX"), List.of(topic));
    Api.importBundle(data.build());

    given()
        .when()
        .get("/api/v1/gaps/" + gap)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("ETag", matchesPattern("^(W/)?\"\\d+\"$"))
        .body("id", equalTo(gap))
        .body("statement", equalTo("Information on platform-access could not be found."))
        .body("countries", contains("MX"))
        .body("topics", contains(topic))
        .body("period.edtf", equalTo("2017/2021-07"))
        .body("period.start", equalTo("2017-01-01"))
        .body("period.end", equalTo("2021-07-31"))
        .body("period.display", notNullValue())
        .body("researchedAt", nullValue())
        .body("source", nullValue())
        .body("version", notNullValue())
        .body("createdAt", notNullValue())
        .body("updatedAt", notNullValue());
  }

  @Test
  void gapListRejectsMalformedFilters() {
    given()
        .queryParam("country", "Mexico")
        .when()
        .get("/api/v1/gaps")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("country"));
    given()
        .queryParam("topic", "Not a code")
        .when()
        .get("/api/v1/gaps")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("topic"));
    given()
        .queryParam("q", "anything")
        .when()
        .get("/api/v1/gaps")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("q"));
  }
}
