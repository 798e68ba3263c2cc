package org.coitimeline.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedApiTest {
  private static final String CHANGES = "/api/v1/changes";

  /** An actor and an event made, changed and deleted through the API, and when it began. */
  private record Story(Instant before, String actor, String event) {}

  private static Story createChangeAndDeleteAnEvent() {
    TestBundle ids = new TestBundle();
    Instant before = Instant.now().minusSeconds(1);
    String actor = ids.id("imss");
    String event = ids.id("sale");
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(
            """
            {"id": "%s", "name": "IMSS", "aliases": [], "type": "government-body",
             "countries": ["MX"]}
            """
                .formatted(actor))
        .when()
        .post("/api/v1/actors")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(eventBody(event, actor, "Database offered for sale"))
        .when()
        .post("/api/v1/events")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(eventBody(event, actor, "IMSS database offered for sale"))
        .when()
        .put("/api/v1/events/" + event)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .when()
        .delete("/api/v1/events/" + event)
        .then()
        .statusCode(204);
    return new Story(before, actor, event);
  }

  private static String eventBody(String id, String actor, String title) {
    return """
        {"id": "%s", "title": "%s", "summary": "A database was offered.",
         "date": "2021-01-22", "type": "data-breach", "topics": [], "countries": ["MX"],
         "actors": [{"id": "%s", "role": "victim"}], "sources": [], "figures": [],
         "corroboration": "single-source", "related": []}
        """
        .formatted(id, title, actor);
  }

  /** Every item from {@code since} on, following next; the last page's body is kept too. */
  private record Walk(List<Map<String, Object>> items, int pages, JsonPath lastPage) {}

  private static Walk walk(Map<String, ?> parameters) {
    List<Map<String, Object>> items = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    JsonPath page;
    do {
      var request = given().queryParams(parameters);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      page = request.when().get(CHANGES).then().statusCode(200).extract().jsonPath();
      items.addAll(page.getList("items"));
      cursor = page.getString("next");
      pages++;
    } while (cursor != null && pages < 1000);
    return new Walk(items, pages, page);
  }

  private static List<Map<String, Object>> of(List<Map<String, Object>> items, String id) {
    return items.stream().filter(item -> id.equals(item.get("id"))).toList();
  }

  private static List<Object> field(List<Map<String, Object>> items, String name) {
    return items.stream().map(item -> item.get(name)).toList();
  }

  @Test
  void createUpdateAndDeleteOfAnEventAppearInOrderWithWhoMadeThem() {
    Story story = createChangeAndDeleteAnEvent();

    List<Map<String, Object>> events =
        walk(Map.of("since", story.before().toString(), "kind", "event", "limit", "500")).items();
    List<Map<String, Object>> mine = of(events, story.event());
    assertEquals(List.of("create", "update", "delete"), field(mine, "action"));
    assertEquals(List.of("test-editor", "test-editor", "test-admin"), field(mine, "by"));
    assertEquals(List.of("event", "event", "event"), field(mine, "kind"));
    assertEquals(
        List.of("/api/v1/events/" + story.event()),
        field(mine, "href").stream().distinct().toList());
    List<Long> revisions =
        mine.stream().map(item -> ((Number) item.get("revision")).longValue()).toList();
    assertTrue(revisions.get(0) < revisions.get(1) && revisions.get(1) < revisions.get(2));
    for (Map<String, Object> item : mine) {
      assertFalse(Instant.parse((String) item.get("at")).isBefore(story.before()));
      assertFalse(item.containsKey("version"));
    }
    assertTrue(events.stream().allMatch(item -> "event".equals(item.get("kind"))));

    // Without a kind filter the actor's creation comes first, before the event's.
    List<Map<String, Object>> all =
        walk(Map.of("since", story.before().toString(), "limit", "500")).items();
    List<Object> ids = field(all, "id");
    int actorCreated = ids.indexOf(story.actor());
    assertTrue(actorCreated >= 0, "the actor's creation is in the feed");
    assertEquals("create", all.get(actorCreated).get("action"));
    assertEquals("actor", all.get(actorCreated).get("kind"));
    assertEquals("/api/v1/actors/" + story.actor(), all.get(actorCreated).get("href"));
    assertTrue(actorCreated < ids.indexOf(story.event()));
  }

  @Test
  void aCursorWalkOfOneItemAPageVisitsEveryChangeOnceInTheSameOrder() {
    Story story = createChangeAndDeleteAnEvent();
    Map<String, String> from = Map.of("since", story.before().toString());

    Walk onePage = walk(Map.of("since", story.before().toString(), "limit", "500"));
    Walk oneByOne = walk(Map.of("since", story.before().toString(), "limit", "1"));
    assertEquals(1, onePage.pages());
    assertEquals(onePage.items(), oneByOne.items());
    assertTrue(oneByOne.pages() >= 4);
    Set<String> seen = new HashSet<>();
    for (Map<String, Object> item : oneByOne.items()) {
      assertTrue(seen.add(item.get("revision") + ":" + item.get("kind") + ":" + item.get("id")));
    }
    assertEquals(
        List.of("create", "update", "delete"),
        field(of(oneByOne.items(), story.event()), "action"));

    // A page with a next page says so in a Link header too; there, resume is the same cursor.
    Response first = given().queryParams(from).queryParam("limit", 1).when().get(CHANGES);
    first
        .then()
        .statusCode(200)
        .header("Link", containsString("cursor="))
        .body("next", notNullValue());
    assertEquals(first.jsonPath().getString("next"), first.jsonPath().getString("resume"));
  }

  @Test
  void pollingFromResumeReturnsOnlyLaterChanges() {
    Story story = createChangeAndDeleteAnEvent();
    Walk caughtUp = walk(Map.of("since", story.before().toString(), "kind", "actor"));
    String resume = caughtUp.lastPage().getString("resume");
    assertNotNull(resume);
    assertNull(caughtUp.lastPage().getString("next"));

    // Nothing new yet: an empty page that hands back the same place to resume from.
    given()
        .queryParam("since", resume)
        .queryParam("kind", "actor")
        .when()
        .get(CHANGES)
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("next", equalTo(null))
        .body("resume", equalTo(resume));

    String later = new TestBundle().id("later");
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(
            """
            {"id": "%s", "name": "Later", "aliases": [], "type": "government-body",
             "countries": ["MX"]}
            """
                .formatted(later))
        .when()
        .post("/api/v1/actors")
        .then()
        .statusCode(201);
    Walk next = walk(Map.of("since", resume, "kind", "actor"));
    assertEquals(List.of(later), field(next.items(), "id"));
    assertEquals("create", next.items().get(0).get("action"));

    // A resume value belongs to its kind filter.
    given()
        .queryParam("since", resume)
        .queryParam("kind", "event")
        .when()
        .get(CHANGES)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors[0].field", equalTo("since"));
  }

  @Test
  void theSameChangesAreAnAtomFeedByAcceptHeaderOrFormatParameter() throws Exception {
    Story story = createChangeAndDeleteAnEvent();
    Response response =
        given()
            .accept("application/atom+xml")
            .queryParam("since", story.before().toString())
            .queryParam("kind", "event")
            .queryParam("limit", 500)
            .when()
            .get(CHANGES);
    response.then().statusCode(200).contentType(startsWith("application/atom+xml"));
    SyndFeed feed = new SyndFeedInput().build(new StringReader(response.asString()));
    assertEquals("urn:coi-timeline:changes", feed.getUri());
    assertEquals("COI Timeline changes", feed.getTitle());
    List<SyndEntry> mine =
        feed.getEntries().stream().filter(e -> e.getUri().endsWith(":" + story.event())).toList();
    assertEquals(3, mine.size());
    assertEquals(
        List.of(
            "create event " + story.event(),
            "update event " + story.event(),
            "delete event " + story.event()),
        mine.stream().map(SyndEntry::getTitle).toList());
    SyndEntry deleted = mine.get(2);
    assertTrue(deleted.getUri().startsWith("urn:coi-timeline:change:"));
    assertEquals("test-admin", deleted.getAuthor());
    assertTrue(deleted.getLink().matches("https?://.+/api/v1/events/" + story.event()));
    assertNotNull(deleted.getUpdatedDate());

    // format=atom for feed readers that cannot set headers; a next page is a link rel="next".
    String paged =
        given()
            .queryParam("format", "atom")
            .queryParam("since", story.before().toString())
            .queryParam("limit", 1)
            .when()
            .get(CHANGES)
            .then()
            .statusCode(200)
            .contentType(startsWith("application/atom+xml"))
            .extract()
            .asString();
    SyndFeed first = new SyndFeedInput().build(new StringReader(paged));
    assertEquals(1, first.getEntries().size());
    assertTrue(
        first.getLinks().stream()
            .anyMatch(l -> "next".equals(l.getRel()) && l.getHref().contains("cursor=")));
  }

  @Test
  void malformedParametersAreProblemsNamingTheParameter() {
    for (var bad :
        List.of(
            Map.of("since", "yesterday"),
            Map.of("since", "2026-11-28"),
            Map.of("since", "+999999999-01-01T00:00:00Z"),
            Map.of("since", "-999999999-01-01T00:00:00Z"),
            Map.of("kind", "planet"),
            Map.of("format", "rss"),
            Map.of("cursor", "not-a-cursor"),
            Map.of("limit", "0"),
            Map.of("sinse", "2026-11-28T10:00:00Z"))) {
      String name = bad.keySet().iterator().next();
      given()
          .queryParams(bad)
          .when()
          .get(CHANGES)
          .then()
          .statusCode(400)
          .contentType(startsWith("application/problem+json"))
          .body("errors.field", hasItem(name));
    }
    given()
        .accept("text/html")
        .when()
        .get(CHANGES)
        .then()
        .statusCode(406)
        .contentType(startsWith("application/problem+json"));
  }
}
