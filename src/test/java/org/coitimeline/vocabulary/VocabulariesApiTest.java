package org.coitimeline.vocabulary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VocabulariesApiTest {
  @Test
  void eventTypesListTheBuiltInTermsWithCodeAndLabel() {
    given()
        .when()
        .get("/api/v1/event-types")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body(
            "items.code",
            hasItems(
                "contract",
                "data-breach",
                "lawsuit",
                "statement",
                "publication",
                "investigation",
                "legislation",
                "policy",
                "surveillance",
                "arrest",
                "report",
                "statistic"))
        .body("items.find { it.code == 'contract' }.label", equalTo("Contract"))
        .body("items.find { it.code == 'data-breach' }.label", equalTo("Data breach"))
        .body("items.label", everyItem(notNullValue()));
  }

  @Test
  void actorRolesListTheBuiltInTermsWithCodeAndLabel() {
    given()
        .when()
        .get("/api/v1/actor-roles")
        .then()
        .statusCode(200)
        .body(
            "items.code",
            hasItems(
                "buyer",
                "seller",
                "target",
                "victim",
                "perpetrator",
                "authority",
                "reporter",
                "investigator",
                "subject"))
        .body("items.find { it.code == 'buyer' }.label", equalTo("Buyer"))
        .body("items.label", everyItem(notNullValue()));
  }

  @Test
  void actorTypesSourceTypesAndRelationKindsListTheBuiltInTerms() {
    given()
        .when()
        .get("/api/v1/actor-types")
        .then()
        .statusCode(200)
        .body(
            "items.code",
            hasItems(
                "government-body",
                "company",
                "ngo",
                "news-outlet",
                "person",
                "criminal-group",
                "international-body",
                "information-system"))
        .body("items.find { it.code == 'government-body' }.label", equalTo("Government body"));
    given()
        .when()
        .get("/api/v1/source-types")
        .then()
        .statusCode(200)
        .body(
            "items.code",
            hasItems("government", "news", "ngo", "academic", "legal", "international-org"))
        .body("items.find { it.code == 'news' }.label", equalTo("News"));
    given()
        .when()
        .get("/api/v1/relation-kinds")
        .then()
        .statusCode(200)
        .body(
            "items.code",
            hasItems("part-of", "follows", "responds-to", "investigates", "reports-on"))
        .body("items.find { it.code == 'part-of' }.label", equalTo("Part of"));
  }

  @Test
  void everyVocabularyIsInCodeOrderWithSlugCodes() {
    for (String path :
        List.of(
            "topics",
            "event-types",
            "actor-roles",
            "actor-types",
            "source-types",
            "relation-kinds")) {
      List<String> codes =
          given()
              .when()
              .get("/api/v1/" + path)
              .then()
              .statusCode(200)
              .body("items.code", everyItem(matchesPattern("^[a-z0-9]+(-[a-z0-9]+)*$")))
              .extract()
              .path("items.code");
      assertEquals(codes.stream().sorted().toList(), codes, path + " is in code order");
    }
  }

  @Test
  void aTopicAddedByABundleAppearsWithItsLabel() {
    TestBundle data = new TestBundle();
    String topic = data.topic("spyware");
    given()
        .when()
        .get("/api/v1/topics")
        .then()
        .statusCode(200)
        .body("items.code", not(hasItem(topic)));

    Api.importBundle(data.build());

    given()
        .when()
        .get("/api/v1/topics")
        .then()
        .statusCode(200)
        .body("items.code", hasItem(topic))
        .body("items.find { it.code == '" + topic + "' }.label", equalTo("Topic spyware"));
  }

  /**
   * A filter's topic is checked against what is stored, and known codes are kept between reads: an
   * unknown topic stays a 400 through an import that failed (and stored none of its terms), and
   * becomes a filter as soon as an import stores it.
   */
  @Test
  void aFilterKnowsATopicOnceAnImportHasStoredIt() {
    TestBundle data = new TestBundle();
    String topic = data.topic("new");
    String event = data.event("tagged", "2020-05-01", e -> e.topic(topic));
    topicFilter(topic).statusCode(400).body("errors[0].field", equalTo("topic"));

    // The same bundle with one more event, whose date is invalid: nothing of it is stored.
    Map<String, Object> failing = data.build();
    List<Object> events = new ArrayList<>((List<?>) failing.get("events"));
    TestBundle invalid = new TestBundle();
    invalid.event("bad", "2020-13-01", e -> e.topic(topic));
    events.addAll((List<?>) invalid.build().get("events"));
    failing.put("events", events);
    Api.postBundle(failing).then().statusCode(400);
    topicFilter(topic).statusCode(400);
    topicFilter(topic).statusCode(400);

    Api.importBundle(data.build());
    topicFilter(topic).statusCode(200).body("items.id", equalTo(List.of(event)));
    topicFilter(topic).statusCode(200).body("items.id", equalTo(List.of(event)));
  }

  private static ValidatableResponse topicFilter(String topic) {
    return given().queryParam("topic", topic).when().get("/api/v1/events").then();
  }

  @Test
  void vocabulariesRejectQueryParameters() {
    given()
        .queryParam("limit", 10)
        .when()
        .get("/api/v1/topics")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("limit"));
  }
}
