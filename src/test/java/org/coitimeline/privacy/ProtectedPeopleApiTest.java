package org.coitimeline.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.TestRecords;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Protected people (issue 14): anonymous readers get a pseudonym in every view and format, never
 * the name, original name, acronym, aliases, description or real id, and no search of theirs
 * matches a protected name; readers, editors and admins see the person.
 */
@QuarkusTest
class ProtectedPeopleApiTest {
  /**
   * A protected journalist and the event that names her. Every word of her names is unique to the
   * test (built on the bundle's prefix), so that other tests' searches never touch her.
   */
  record Story(
      String person,
      String name,
      String surname,
      String originalName,
      String acronym,
      String alias,
      String description,
      String ally,
      String event,
      Instant before) {}

  private static Story story() {
    TestBundle data = new TestBundle();
    String token = data.id("x").replace("-x", "");
    String surname = token + "ñez";
    String name = token + "a " + surname;
    String originalName = token + "orig";
    String acronym = (token + "ac").toUpperCase(Locale.ROOT);
    String alias = token + "alias";
    String description = "Journalist, witness " + token + "desc";
    String person = data.id("journalist");
    Map<String, Object> journalist =
        TestRecords.actor(person, name, "person", List.of("MX"), alias);
    journalist.put("originalName", originalName);
    journalist.put("acronym", acronym);
    journalist.put("description", description);
    journalist.put("protected", true);
    String ally = data.actor("press-freedom-ngo");
    String event =
        data.event(
            "threats",
            "2021-03-04",
            e ->
                e.title("Threats against " + name + " reported")
                    .summary("The NGO said " + acronym + " had received threats.")
                    .actor(person, "target")
                    .actor(ally, "speaker"));
    Instant before = Instant.now().minusSeconds(1);
    Api.importBundle(TestRecords.with(data.build(), List.of(journalist), List.of()));
    return new Story(
        person, name, surname, originalName, acronym, alias, description, ally, event, before);
  }

  /** The pseudonymous id of the story's person, as a reader sees it on the actor. */
  private static String pseudonym(Story s) {
    return reader().get("/api/v1/actors/" + s.person()).then().extract().path("pseudonym");
  }

  private static RequestSpecification reader() {
    return given().auth().oauth2(Tokens.reader());
  }

  /** Asserts that a body says nothing of the person but her pseudonym. */
  private static void tellsNothing(Story s, String body) {
    for (String secret :
        List.of(
            s.person(),
            s.name(),
            s.surname(),
            s.originalName(),
            s.acronym(),
            s.alias(),
            s.description())) {
      assertFalse(
          body.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)),
          "the body names the person (" + secret + "): " + body);
    }
  }

  @Test
  void anonymousReadersGetThePseudonymAndReadersThePerson() {
    Story s = story();
    String pseudonym = pseudonym(s);
    assertTrue(pseudonym.matches("protected-[1-9][0-9]*"), pseudonym);
    String number = pseudonym.substring("protected-".length());

    given().get("/api/v1/actors/" + s.person()).then().statusCode(404);
    String anonymous =
        given()
            .get("/api/v1/actors/" + pseudonym)
            .then()
            .statusCode(200)
            .body("id", equalTo(pseudonym))
            .body("name", equalTo("Protected person " + number))
            .body("originalName", nullValue())
            .body("acronym", nullValue())
            .body("aliases", empty())
            .body("description", nullValue())
            .body("protected", equalTo(true))
            .body("type", equalTo("person"))
            .extract()
            .asString();
    tellsNothing(s, anonymous);

    for (String role : List.of("reader", "editor", "admin")) {
      given()
          .auth()
          .oauth2(Tokens.of(role))
          .get("/api/v1/actors/" + s.person())
          .then()
          .statusCode(200)
          .body("id", equalTo(s.person()))
          .body("name", equalTo(s.name()))
          .body("originalName", equalTo(s.originalName()))
          .body("aliases", hasItem(s.alias()))
          .body("protected", equalTo(true))
          .body("pseudonym", equalTo(pseudonym));
    }
    // A reader may follow a link of an anonymous view: the pseudonymous id leads to the person.
    reader()
        .get("/api/v1/actors/" + pseudonym)
        .then()
        .statusCode(200)
        .body("name", equalTo(s.name()));
    // A token without any reading role is no better than none.
    given()
        .auth()
        .oauth2(Tokens.of("visitor"))
        .get("/api/v1/actors/" + pseudonym)
        .then()
        .statusCode(200)
        .body("name", equalTo("Protected person " + number));
    // A token that fails to authenticate is refused or read as none: never the person.
    for (String token : List.of(Tokens.expired(), Tokens.forged())) {
      String body =
          given()
              .auth()
              .oauth2(token)
              .get("/api/v1/actors/" + pseudonym)
              .then()
              .statusCode(org.hamcrest.Matchers.oneOf(200, 401))
              .extract()
              .asString();
      tellsNothing(s, body);
    }
  }

  @Test
  void eventsNameThePseudonymAndReplaceTheNameInTheirText() {
    Story s = story();
    String pseudonym = pseudonym(s);
    String shown = "Protected person " + pseudonym.substring("protected-".length());

    String one =
        given()
            .get("/api/v1/events/" + s.event())
            .then()
            .statusCode(200)
            .body("actors.id", equalTo(List.of(pseudonym, s.ally())))
            .body("actors[0].name", equalTo(shown))
            .body("title", equalTo("Threats against " + shown + " reported"))
            .body("summary", equalTo("The NGO said " + shown + " had received threats."))
            .extract()
            .asString();
    tellsNothing(s, one);
    reader()
        .get("/api/v1/events/" + s.event())
        .then()
        .statusCode(200)
        .body("actors[0].id", equalTo(s.person()))
        .body("title", containsString(s.name()));

    // The events of the person, by pseudonymous id, and the timeline filtered on it.
    for (String path :
        List.of("/api/v1/actors/" + pseudonym + "/events", "/api/v1/events?actor=" + pseudonym)) {
      String page =
          given()
              .get(path)
              .then()
              .statusCode(200)
              .body("items.id", equalTo(List.of(s.event())))
              .extract()
              .asString();
      tellsNothing(s, page);
    }
    given().get("/api/v1/actors/" + s.person() + "/events").then().statusCode(404);
    given()
        .queryParam("actor", s.person())
        .get("/api/v1/events")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("actor"));
    reader()
        .queryParam("actor", s.person())
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(s.event())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "ics", "jsonld", "timelinejs"})
  void everyFormatShowsThePseudonymToAnonymousReaders(String format) {
    Story s = story();
    String pseudonym = pseudonym(s);
    String anonymous =
        given()
            .queryParam("actor", pseudonym)
            .queryParam("format", format)
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    tellsNothing(s, anonymous);
    assertTrue(anonymous.contains("Protected person"), anonymous);
    if (!format.equals("ics") && !format.equals("timelinejs")) {
      assertTrue(anonymous.contains(pseudonym), anonymous);
    }
    String readers =
        reader()
            .queryParam("actor", s.person())
            .queryParam("format", format)
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(readers.contains(s.name()), readers);
  }

  @Test
  void searchesOfAnonymousReadersNeverMatchAProtectedName() {
    Story s = story();
    String accentless = s.surname().replace("ñ", "n").toUpperCase(Locale.ROOT);
    for (String q : List.of(s.surname(), accentless, s.originalName(), s.acronym(), s.alias())) {
      given()
          .queryParam("q", q)
          .get("/api/v1/actors")
          .then()
          .statusCode(200)
          .body("items", empty());
      reader()
          .queryParam("q", q)
          .get("/api/v1/actors")
          .then()
          .statusCode(200)
          .body("items.id", equalTo(List.of(s.person())));
    }
    // The event's title names her: an anonymous search for the name finds nothing, in any form.
    for (String q : List.of(s.surname(), accentless.substring(0, 6) + " threats")) {
      given()
          .queryParam("q", q)
          .get("/api/v1/events")
          .then()
          .statusCode(200)
          .body("items", empty());
      given()
          .queryParam("q", q)
          .queryParam("format", "csv")
          .get("/api/v1/events")
          .then()
          .statusCode(200)
          .body(not(containsString(s.event())));
      given()
          .queryParam("q", q)
          .get("/api/v1/timeline/histogram")
          .then()
          .statusCode(200)
          .body("$", empty());
    }
    reader()
        .queryParam("q", s.surname())
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(s.event())));
    // Other words of the same event are found, under the pseudonym.
    given()
        .queryParam("q", "threats")
        .queryParam("actor", s.ally())
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(s.event())));
    // Lists leave the person out for anonymous readers (her place in id order would tell her id).
    String list =
        given()
            .queryParam("type", "person")
            .queryParam("limit", 500)
            .get("/api/v1/actors")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    tellsNothing(s, list);
  }

  @Test
  void snapshotsNeitherFindNorShowAProtectedPersonForAnonymousReaders() {
    Story s = story();
    String pseudonym = pseudonym(s);
    // Anonymous readers cannot cite by her real id, nor by a search for her name (it finds nothing,
    // as on GET /events).
    given()
        .contentType(ContentType.JSON)
        .body(Api.json(Map.of("actor", List.of(s.person()))))
        .post("/api/v1/snapshots")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("actor"));
    given()
        .contentType(ContentType.JSON)
        .body(Api.json(Map.of("q", s.surname())))
        .post("/api/v1/snapshots")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("q"));
    // A reader's snapshot of her events, by id and by name, is shown to anonymous readers with the
    // pseudonym in its query, title and citation.
    String id =
        reader()
            .contentType(ContentType.JSON)
            .body(Api.json(Map.of("actor", List.of(s.person()), "q", s.surname())))
            .post("/api/v1/snapshots")
            .then()
            .statusCode(201)
            .body("eventCount", equalTo(1))
            .body("query.actor", hasItem(s.person()))
            .extract()
            .path("id");
    String anonymous =
        given()
            .get("/api/v1/snapshots/" + id)
            .then()
            .statusCode(200)
            .body("query.actor", hasItem(pseudonym))
            .body("eventCount", equalTo(1))
            .extract()
            .asString();
    tellsNothing(s, anonymous);
    String events =
        given()
            .get("/api/v1/snapshots/" + id + "/events")
            .then()
            .statusCode(200)
            .body("items.id", hasItem(s.event()))
            .extract()
            .asString();
    tellsNothing(s, events);
  }

  @Test
  void historyAndChangeFeedShowOnlyThePseudonym() {
    Story s = story();
    String pseudonym = pseudonym(s);
    given().get("/api/v1/actors/" + s.person() + "/history").then().statusCode(404);
    String history =
        given()
            .get("/api/v1/actors/" + pseudonym + "/history")
            .then()
            .statusCode(200)
            .body("[0].action", equalTo("create"))
            .extract()
            .asString();
    tellsNothing(s, history);
    assertTrue(history.contains(pseudonym), history);
    reader()
        .get("/api/v1/actors/" + s.person() + "/history")
        .then()
        .statusCode(200)
        .body(containsString(s.name()));
    String eventHistory =
        given()
            .get("/api/v1/events/" + s.event() + "/history")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    tellsNothing(s, eventHistory);

    for (String format : List.of("json", "atom")) {
      String feed =
          given()
              .queryParam("since", s.before().toString())
              .queryParam("kind", "actor")
              .queryParam("limit", 500)
              .queryParam("format", format)
              .get("/api/v1/changes")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      tellsNothing(s, feed);
      assertTrue(feed.contains("/api/v1/actors/" + pseudonym), feed);
    }
    // A page that ends on her: its cursors name her by the pseudonym, and they still work.
    JsonPath page = null;
    String since = s.before().toString();
    boolean found = false;
    for (int i = 0; i < 50 && !found; i++) {
      page =
          given()
              .queryParam("since", since)
              .queryParam("kind", "actor")
              .queryParam("limit", 1)
              .get("/api/v1/changes")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      found = pseudonym.equals(page.getString("items[0].id"));
      since = page.getString("resume");
    }
    assertTrue(found, "the feed reaches the person's change");
    String cursor =
        new String(Base64.getUrlDecoder().decode(page.getString("resume")), StandardCharsets.UTF_8);
    assertTrue(cursor.endsWith(pseudonym), cursor);
    given()
        .queryParam("since", page.getString("resume"))
        .queryParam("kind", "actor")
        .get("/api/v1/changes")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(pseudonym)));
  }

  @Test
  void anonymousExportsArePseudonymousAndAdminExportsRoundTrip() {
    Story s = story();
    String pseudonym = pseudonym(s);
    String anonymous = given().get("/api/v1/export").then().statusCode(200).extract().asString();
    tellsNothing(s, anonymous);
    JsonPath open = JsonPath.from(anonymous);
    assertEquals(
        "Protected person " + pseudonym.substring("protected-".length()),
        open.getString("actors.find { it.id == '" + pseudonym + "' }.name"));
    assertEquals(
        List.of(pseudonym, s.ally()),
        open.getList("events.find { it.id == '" + s.event() + "' }.actors.id"));

    String full =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .get("/api/v1/export")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonPath admin = JsonPath.from(full);
    Map<String, Object> person = admin.getMap("actors.find { it.id == '" + s.person() + "' }");
    assertEquals(s.name(), person.get("name"));
    assertEquals(true, person.get("protected"));
    Map<String, Object> ally = admin.getMap("actors.find { it.id == '" + s.ally() + "' }");
    assertFalse(ally.containsKey("protected"), "an actor never protected exports no flag");
    Map<String, Object> event = admin.getMap("events.find { it.id == '" + s.event() + "' }");
    // The admin's export imported again changes nothing: the flag and the names round-trip.
    Map<String, Object> bundle =
        Map.of(
            "format",
            "coi-timeline-bundle",
            "formatVersion",
            1,
            "actors",
            List.of(ally, person),
            "events",
            List.of(event));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Api.json(bundle))
        .post("/api/v1/import")
        .then()
        .statusCode(200)
        .body("unchanged", equalTo(3))
        .body("created", equalTo(0))
        .body("updated", equalTo(0));
  }

  @Test
  void thePseudonymNumberIsTheActorsForGoodAndNeverReused() {
    Story first = story();
    Story second = story();
    String one = pseudonym(first);
    String two = pseudonym(second);
    assertNotEquals(one, two);

    // Unprotected, the person is shown again; protected again, she gets her old number back.
    String etag = reader().get("/api/v1/actors/" + first.person()).then().extract().header("ETag");
    Map<String, Object> body =
        reader().get("/api/v1/actors/" + first.person()).then().extract().jsonPath().getMap("$");
    body.put("protected", false);
    String changed =
        given()
            .auth()
            .oauth2(Tokens.editor())
            .contentType(ContentType.JSON)
            .header("If-Match", etag)
            .body(Api.json(body))
            .put("/api/v1/actors/" + first.person())
            .then()
            .statusCode(200)
            .body("protected", equalTo(false))
            .body("pseudonym", equalTo(one))
            .extract()
            .header("ETag");
    given()
        .get("/api/v1/actors/" + first.person())
        .then()
        .statusCode(200)
        .body("name", equalTo(first.name()));
    body.put("protected", true);
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .header("If-Match", changed)
        .body(Api.json(body))
        .put("/api/v1/actors/" + first.person())
        .then()
        .statusCode(200)
        .body("pseudonym", equalTo(one));
    given().get("/api/v1/actors/" + one).then().statusCode(200).body("id", equalTo(one));
  }

  @Test
  void pseudonymousIdsAreKeptForPseudonyms() {
    TestBundle data = new TestBundle();
    Map<String, Object> actor =
        TestRecords.actor("protected-7", "Someone", "person", List.of("MX"));
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(Api.json(actor))
        .post("/api/v1/actors")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("id"));
    assertTrue(data.id("x").startsWith("t"));
  }

  @Test
  void answersVaryByAuthorizationAndThoseGivenToATokenArePrivate() {
    Story s = story();
    given()
        .get("/api/v1/events/" + s.event())
        .then()
        .statusCode(200)
        .header("Vary", containsString("Authorization"))
        .header("Cache-Control", nullValue());
    reader()
        .get("/api/v1/events/" + s.event())
        .then()
        .statusCode(200)
        .header("Vary", containsString("Authorization"))
        .header("Cache-Control", equalTo("private"));
    // The formats keep varying by Accept as well.
    given()
        .queryParam("format", "csv")
        .get("/api/v1/events?actor=" + s.ally())
        .then()
        .statusCode(200)
        .header("Vary", matchesPattern(".*Accept.*Authorization.*|.*Authorization.*Accept.*"));
  }
}
