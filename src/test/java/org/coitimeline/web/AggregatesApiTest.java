package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.coitimeline.support.Api;
import org.coitimeline.support.Problems;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every aggregate's API shares: not found, gone after a delete, the version as ETag, changes
 * only with a current If-Match, and lists paged by a cursor and a Link header.
 */
@QuarkusTest
class AggregatesApiTest {
  /** The four aggregates, each with a way to create records that one list query finds alone. */
  enum Aggregate {
    ACTORS("name") {
      @Override
      Group group(TestBundle data, int size) {
        String token = data.id("x").replace("-x", "");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          ids.add(data.actor("pager-" + i, null, "Paginado " + token + " " + i));
        }
        return new Group(ids, Map.of("q", token), Map.of("type", "company"));
      }
    },
    SOURCES("citation") {
      @Override
      Group group(TestBundle data, int size) {
        String token = data.id("x").replace("-x", "");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          ids.add(data.source("Paged " + token + " " + i));
        }
        return new Group(ids, Map.of("q", token), Map.of("type", "news"));
      }
    },
    GAPS("statement") {
      @Override
      Group group(TestBundle data, int size) {
        String topic = data.topic("paged");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          ids.add(data.gap("p" + i, List.of("MX"), List.of(topic)));
        }
        return new Group(ids, Map.of("topic", topic), Map.of("country", "US"));
      }
    },
    EVENTS("title") {
      @Override
      Group group(TestBundle data, int size) {
        String actor = data.actor("pager");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          ids.add(data.event("p" + i, "201" + (i + 1), e -> e.actor(actor, "subject")));
        }
        return new Group(ids, Map.of("actor", actor), Map.of("country", "US"));
      }
    };

    /** A text field that a PUT may change. */
    final String editable;

    Aggregate(String editable) {
      this.editable = editable;
    }

    String path() {
      return "/api/v1/" + name().toLowerCase(Locale.ROOT);
    }

    String path(String id) {
      return path() + "/" + id;
    }

    /** Adds records that the filter finds alone, in the order the list shows them. */
    abstract Group group(TestBundle data, int size);

    /** One imported record. */
    String one() {
      TestBundle data = new TestBundle();
      String id = group(data, 1).ids().get(0);
      Api.importBundle(data.build());
      return id;
    }
  }

  /** Records, the list filter that finds just them, and a filter that narrows it further. */
  record Group(List<String> ids, Map<String, String> filter, Map<String, String> narrower) {}

  @ParameterizedTest
  @EnumSource(Aggregate.class)
  void anUnknownIdIsANotFoundProblemThatDoesNotEchoTheId(Aggregate aggregate) {
    String id = new TestBundle().id("no-such-record");
    Problems.assertProblem(given().when().get(aggregate.path(id)).then(), 404)
        .body(not(containsString(id)));
  }

  @ParameterizedTest
  @EnumSource(Aggregate.class)
  void theEtagIsTheVersion(Aggregate aggregate) {
    String id = aggregate.one();

    Response response =
        given()
            .when()
            .get(aggregate.path(id))
            .then()
            .statusCode(200)
            .header("ETag", matchesPattern("^(W/)?\"\\d+\"$"))
            .extract()
            .response();
    Number version = response.path("version");
    assertTrue(response.header("ETag").contains("\"" + version + "\""), response.header("ETag"));
  }

  @ParameterizedTest
  @EnumSource(Aggregate.class)
  void aChangeNeedsTheCurrentEtagAndADeleteLeavesATombstone(Aggregate aggregate) {
    String id = aggregate.one();
    // A PUT takes the body a GET returned, read-only fields included.
    Map<String, Object> body =
        given().when().get(aggregate.path(id)).then().statusCode(200).extract().path("");
    body.put(aggregate.editable, "Changed " + id);
    String changed = Api.json(body);

    asEditor(changed)
        .header("If-Match", "\"0\"")
        .put(aggregate.path(id))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("version", equalTo(1))
        .body(aggregate.editable, equalTo("Changed " + id));
    // The old ETag is stale now.
    Problems.assertProblem(
        asEditor(changed).header("If-Match", "\"0\"").put(aggregate.path(id)).then(), 412);
    // Without If-Match a change is refused.
    Problems.assertProblem(asEditor(changed).put(aggregate.path(id)).then(), 428);

    given()
        .auth()
        .oauth2(Tokens.editor())
        .header("If-Match", "\"1\"")
        .when()
        .delete(aggregate.path(id))
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .header("If-Match", "\"1\"")
        .when()
        .delete(aggregate.path(id))
        .then()
        .statusCode(204);
    Problems.assertProblem(given().when().get(aggregate.path(id)).then(), 410);
  }

  @ParameterizedTest
  @EnumSource(Aggregate.class)
  void pagesHaveNoRepeatsAndNoHolesAndALinkWhileThereIsANextPage(Aggregate aggregate) {
    TestBundle data = new TestBundle();
    Group group = aggregate.group(data, 5);
    Api.importBundle(data.build());

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      RequestSpecification request = given().queryParams(group.filter()).queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      Response page =
          request.when().get(aggregate.path()).then().statusCode(200).extract().response();
      List<String> ids = page.path("items.id");
      assertTrue(ids.size() <= 2, "a page holds at most limit items");
      seen.addAll(ids);
      cursor = page.path("next");
      String link = page.header("Link");
      if (cursor != null) {
        assertNotNull(link, "a page with a next cursor has a Link header");
        assertTrue(
            link.matches(
                "^<[^>]*[?&]cursor=" + Pattern.quote(cursor) + "(&[^>]*)?>; rel=\"next\"$"),
            "Link names the next page: " + link);
        group
            .filter()
            .forEach(
                (name, value) ->
                    assertTrue(
                        link.contains(name + "=" + value), "Link repeats the query: " + link));
        assertTrue(link.contains("limit=2"), "Link repeats the limit: " + link);
      } else {
        assertNull(link, "the last page has no Link header");
      }
      pages++;
      assertTrue(pages <= 5, "paging ends");
    } while (cursor != null);

    assertEquals(3, pages);
    assertEquals(group.ids().size(), new HashSet<>(seen).size(), "no repeats: " + seen);
    assertEquals(group.ids(), seen, "no holes, in list order");
  }

  @ParameterizedTest
  @EnumSource(Aggregate.class)
  void aCursorServesItsOwnQueryAndIsRejectedForAnother(Aggregate aggregate) {
    TestBundle data = new TestBundle();
    Group group = aggregate.group(data, 2);
    Api.importBundle(data.build());

    String next =
        given()
            .queryParams(group.filter())
            .queryParam("limit", 1)
            .when()
            .get(aggregate.path())
            .then()
            .statusCode(200)
            .extract()
            .path("next");
    assertNotNull(next);

    given()
        .queryParams(group.filter())
        .queryParam("limit", 1)
        .queryParam("cursor", next)
        .when()
        .get(aggregate.path())
        .then()
        .statusCode(200)
        .body("items.id", contains(group.ids().get(1)));
    Problems.assertProblem(
            given()
                .queryParams(group.filter())
                .queryParams(group.narrower())
                .queryParam("limit", 1)
                .queryParam("cursor", next)
                .when()
                .get(aggregate.path())
                .then(),
            400)
        .body("errors[0].field", equalTo("cursor"))
        .body(not(containsString(next)));
  }

  private static RequestSpecification asEditor(String body) {
    return given().auth().oauth2(Tokens.editor()).contentType(ContentType.JSON).body(body);
  }
}
