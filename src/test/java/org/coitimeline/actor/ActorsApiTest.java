package org.coitimeline.actor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.TestRecords;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorsApiTest {
  /** A word unique to one test: the bundle's prefix, which no seed record contains. */
  private static String token(TestBundle data) {
    return data.id("x").replace("-x", "");
  }

  @Test
  void actorSearchIgnoresAccentsAndCaseInTheOriginalName() {
    TestBundle data = new TestBundle();
    String interior = data.actor("interior-ministry", null, "Secretaría de Gobernación");
    String other = data.actor("other-ministry", null, "Secretaría de Economía");
    Api.importBundle(data.build());

    for (String q : List.of("secretaria de gobernacion", "GOBERNACION", "GobernaciÓn")) {
      given()
          .queryParam("q", q)
          .queryParam("limit", 500)
          .when()
          .get("/api/v1/actors")
          .then()
          .statusCode(200)
          .body("items.id", hasItem(interior))
          .body("items.id", not(hasItem(other)));
    }
    given()
        .queryParam("q", "secretaria")
        .queryParam("limit", 500)
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(interior))
        .body("items.id", hasItem(other));
  }

  @Test
  void actorSearchMatchesTheAcronymIgnoringCase() {
    TestBundle data = new TestBundle();
    String acronym = token(data).toUpperCase(Locale.ROOT);
    String withAcronym = data.actor("interior-ministry", acronym, null);
    data.actor("no-acronym");
    Api.importBundle(data.build());

    given()
        .queryParam("q", acronym.toLowerCase(Locale.ROOT))
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", contains(withAcronym))
        .body("items[0].acronym", equalTo(acronym))
        .body("next", nullValue());
  }

  @Test
  void actorSearchMatchesAnAliasIgnoringAccentsAndCase() {
    TestBundle data = new TestBundle();
    String token = token(data);
    String platform =
        data.actor("national-platform", null, null, "Plataforma México " + token, "PM " + token);
    data.actor("unrelated");
    Api.importBundle(data.build());

    given()
        .queryParam("q", "PLATAFORMA MEXICO " + token)
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", contains(platform))
        .body("items[0].aliases", containsInAnyOrder("Plataforma México " + token, "PM " + token));
  }

  @Test
  void actorSearchMatchesTheName() {
    TestBundle data = new TestBundle();
    String token = token(data);
    String other = data.actor("instituto-nacional");
    String unique = data.id("unique");
    Api.importBundle(
        TestRecords.with(
            data.build(),
            List.of(
                TestRecords.actor(
                    unique, "Instituto Nacional " + token, "government-body", List.of("MX"))),
            List.of()));

    given()
        .queryParam("q", "instituto nacional " + token.toUpperCase(Locale.ROOT))
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", contains(unique))
        .body("items.id", not(hasItem(other)));
  }

  @Test
  void actorSearchTreatsPercentAndUnderscoreAsPlainCharacters() {
    TestBundle data = new TestBundle();
    String token = token(data);
    String percent = data.actor("percent", null, "Fondo " + token + " 50%");
    String underscore = data.actor("underscore", null, "Sistema " + token + " 5_0");
    String plain = data.actor("plain", null, "Sistema " + token + " 5x0 500");
    Api.importBundle(data.build());

    given()
        .queryParam("q", token + " 50%")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", contains(percent));
    given()
        .queryParam("q", token + " 5_0")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", contains(underscore));
    given()
        .queryParam("q", token + " 5x0")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", contains(plain));
    given()
        .queryParam("q", token + " 5%0")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  @Test
  void typeAndCountryFiltersAreAlternativesWithinANameAndAllMustHoldAcrossNames() {
    TestBundle data = new TestBundle();
    String token = token(data);
    String company = data.id("company");
    String ngo = data.id("ngo");
    String person = data.id("person");
    Api.importBundle(
        TestRecords.with(
            data.build(),
            List.of(
                TestRecords.actor(company, "Company " + token, "company", List.of("US", "IL")),
                TestRecords.actor(ngo, "NGO " + token, "ngo", List.of("MX")),
                TestRecords.actor(person, "Person " + token, "person", List.of("GT"))),
            List.of()));

    given()
        .queryParam("q", token)
        .queryParam("type", "company")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", contains(company))
        .body("items[0].type", equalTo("company"))
        .body("items[0].countries", contains("IL", "US"));
    given()
        .queryParam("q", token)
        .queryParam("type", "company", "ngo")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", containsInAnyOrder(company, ngo));
    given()
        .queryParam("q", token)
        .queryParam("country", "GT", "IL")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", containsInAnyOrder(company, person));
    given()
        .queryParam("q", token)
        .queryParam("type", "company", "ngo")
        .queryParam("country", "MX", "GT")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", contains(ngo));
    given()
        .queryParam("q", token)
        .queryParam("type", "person")
        .queryParam("country", "MX")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  @Test
  void typeAndCountryFiltersWithoutTextFindTheActorAmongAllOthers() {
    TestBundle data = new TestBundle();
    String system = data.id("system");
    Api.importBundle(
        TestRecords.with(
            data.build(),
            List.of(TestRecords.actor(system, "System", "information-system", List.of("CO"))),
            List.of()));

    given()
        .queryParam("type", "information-system")
        .queryParam("country", "CO")
        .queryParam("limit", 500)
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(system));
    given()
        .queryParam("type", "company")
        .queryParam("limit", 500)
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(system)));
  }

  @Test
  void theLinkHeaderLeadsToTheNextPageOfASearchWithSpacesAndAccents() {
    TestBundle data = new TestBundle();
    String token = token(data);
    String first = data.actor("a-first", null, "Enlace México " + token);
    String second = data.actor("b-second", null, "Enlace Mexico " + token);
    Api.importBundle(data.build());

    Response page =
        given()
            .queryParam("q", "méxico " + token)
            .queryParam("limit", 1)
            .when()
            .get("/api/v1/actors")
            .then()
            .statusCode(200)
            .body("items.id", contains(first))
            .body("next", notNullValue())
            .extract()
            .response();
    String link = page.header("Link");
    String url = link.substring(1, link.indexOf('>'));

    given()
        .urlEncodingEnabled(false)
        .when()
        .get(url)
        .then()
        .statusCode(200)
        .body("items.id", contains(second))
        .body("next", nullValue());
  }

  @Test
  void getOneActorReturnsItsFieldsAndAnEtag() {
    TestBundle data = new TestBundle();
    String parent = data.id("parent");
    String child = data.id("child");
    var childInput =
        TestRecords.actor(
            child,
            "Secretariat of Security",
            "government-body",
            List.of("MX"),
            "Security Secretariat");
    childInput.put("originalName", "Secretaría de Seguridad y Protección Ciudadana");
    childInput.put("acronym", "SSPC");
    childInput.put("parent", parent);
    childInput.put("description", "The federal security ministry.");
    Api.importBundle(
        TestRecords.with(
            data.build(),
            List.of(
                TestRecords.actor(parent, "Federal Government", "government-body", List.of("MX")),
                childInput),
            List.of()));

    given()
        .when()
        .get("/api/v1/actors/" + child)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("ETag", matchesPattern("^(W/)?\"\\d+\"$"))
        .body("id", equalTo(child))
        .body("name", equalTo("Secretariat of Security"))
        .body("originalName", equalTo("Secretaría de Seguridad y Protección Ciudadana"))
        .body("acronym", equalTo("SSPC"))
        .body("aliases", contains("Security Secretariat"))
        .body("type", equalTo("government-body"))
        .body("countries", contains("MX"))
        .body("parent", equalTo(parent))
        .body("description", equalTo("The federal security ministry."))
        .body("version", notNullValue())
        .body("createdAt", notNullValue())
        .body("updatedAt", notNullValue());
    given()
        .when()
        .get("/api/v1/actors/" + parent)
        .then()
        .statusCode(200)
        .body("parent", nullValue())
        .body("aliases", empty());
  }

  @Test
  void eventsOfAnActorTakeTheEventFilters() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    String other = data.actor("other");
    String topic = data.topic("spyware");
    String span = data.event("span", "2012/2018", e -> e.actor(actor, "buyer").type("contract"));
    String breach =
        data.event(
            "breach",
            "2021-01-22",
            e -> e.actor(actor, "victim").type("data-breach").topic(topic).countries("MX", "US"));
    String withOther =
        data.event(
            "with-other",
            "2019-05",
            e -> e.actor(actor, "subject").actor(other, "subject").type("lawsuit"));
    Api.importBundle(data.build());

    String path = "/api/v1/actors/" + actor + "/events";
    given()
        .queryParam("from", "2019")
        .queryParam("to", "2021")
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .body("items.id", contains(withOther, breach));
    given()
        .queryParam("to", "2018-12")
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .body("items.id", contains(span));
    given()
        .queryParam("type", "contract", "lawsuit")
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .body("items.id", contains(span, withOther));
    given()
        .queryParam("topic", topic)
        .queryParam("country", "US")
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .body("items.id", contains(breach));
    given()
        .queryParam("actor", other)
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .body("items.id", contains(withOther));
    given()
        .queryParam("sort", "-date")
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .body("items.id", contains(breach, withOther, span));
  }

  @Test
  void eventsOfAnActorRejectMalformedFilters() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    Api.importBundle(data.build());

    given()
        .queryParam("from", "2021-13")
        .when()
        .get("/api/v1/actors/" + actor + "/events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("from"));
    given()
        .queryParam("contry", "MX")
        .when()
        .get("/api/v1/actors/" + actor + "/events")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("contry"));
  }

  @Test
  void actorListRejectsMalformedFilters() {
    given()
        .queryParam("country", "mx")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("country"));
    given()
        .queryParam("type", "Not A Code")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("type"));
    given()
        .queryParam("limit", 0)
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    given()
        .queryParam("cursor", "garbage")
        .when()
        .get("/api/v1/actors")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }
}
