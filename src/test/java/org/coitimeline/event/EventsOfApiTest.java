package org.coitimeline.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.TestBundle.EventBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The events of one actor or one source: {@code /actors/{id}/events}, {@code /sources/{id}/events}.
 */
@QuarkusTest
class EventsOfApiTest {

  /** A record that events refer to. */
  enum Parent {
    ACTOR("/api/v1/actors/") {
      @Override
      String add(TestBundle data, String name) {
        return data.actor(name);
      }

      @Override
      void cite(EventBuilder event, String id) {
        event.actor(id, "subject");
      }
    },
    SOURCE("/api/v1/sources/") {
      @Override
      String add(TestBundle data, String name) {
        return data.source(name + " 2021");
      }

      @Override
      void cite(EventBuilder event, String id) {
        event.source(id, null);
      }
    };

    private final String path;

    Parent(String path) {
      this.path = path;
    }

    String events(String id) {
      return path + id + "/events";
    }

    abstract String add(TestBundle data, String name);

    /** Makes the event refer to the record. */
    abstract void cite(EventBuilder event, String id);
  }

  @ParameterizedTest
  @EnumSource(Parent.class)
  void theEventsOfARecordAreThoseReferringToItOnlyInDateOrder(Parent parent) {
    TestBundle data = new TestBundle();
    String one = parent.add(data, "one");
    String other = parent.add(data, "other");
    String later = data.event("later", "2021-01-22", e -> parent.cite(e, one));
    String earlier =
        data.event(
            "earlier",
            "2012/2018",
            e -> {
              parent.cite(e, one);
              parent.cite(e, other);
            });
    String otherOnly = data.event("other-only", "2016", e -> parent.cite(e, other));
    Api.importBundle(data.build());

    given()
        .when()
        .get(parent.events(one))
        .then()
        .statusCode(200)
        .body("items.id", contains(earlier, later))
        .body("items.id", not(hasItem(otherOnly)))
        .body("next", nullValue());
    given()
        .when()
        .get(parent.events(other))
        .then()
        .statusCode(200)
        .body("items.id", contains(earlier, otherOnly));
  }

  @ParameterizedTest
  @EnumSource(Parent.class)
  void theEventsOfARecordArePagedWithACursorAndALink(Parent parent) {
    TestBundle data = new TestBundle();
    String record = parent.add(data, "cited");
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      expected.add(data.event("e" + i, "201" + i, e -> parent.cite(e, record)));
    }
    Api.importBundle(data.build());

    List<String> seen = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String cursor = null;
    do {
      RequestSpecification request = given().queryParam("limit", 2).queryParam("from", "2010");
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      Response page =
          request.when().get(parent.events(record)).then().statusCode(200).extract().response();
      seen.addAll(page.path("items.id"));
      cursor = page.path("next");
      String link = page.header("Link");
      assertEquals(
          cursor != null, link != null, "a Link header exactly while there is a next page");
      assertTrue(
          link == null || link.endsWith("rel=\"next\""), "Link names the next page: " + link);
      assertFalse(cursor != null && !cursors.add(cursor), "cursors do not repeat");
    } while (cursor != null && seen.size() < 20);

    assertEquals(expected, seen);
  }

  @ParameterizedTest
  @EnumSource(Parent.class)
  void theEventsOfAnUnknownRecordAreANotFoundProblem(Parent parent) {
    given()
        .when()
        .get(parent.events(new TestBundle().id("nobody")))
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(404));
  }
}
