package org.coitimeline.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.TestRecords;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourcesApiTest {
  /** A word unique to one test: the bundle's prefix, which no seed record contains. */
  private static String token(TestBundle data) {
    return data.id("x").replace("-x", "");
  }

  @Test
  void sourceSearchMatchesCitationAuthorAndTitleIgnoringCaseAndAccents() {
    TestBundle data = new TestBundle();
    String token = token(data);
    String byCitation = data.id("a-citation");
    String byAuthor = data.id("b-author");
    String byTitle = data.id("c-title");
    String unrelated = data.source("Unrelated 2021");
    Api.importBundle(
        TestRecords.with(
            data.build(),
            List.of(),
            List.of(
                TestRecords.source(byCitation, "R3D " + token, "R3D", "Informe.", "ngo"),
                TestRecords.source(
                    byAuthor, "Periódico 2021", "Periódico " + token, "Nota.", "news"),
                TestRecords.source(
                    byTitle, "Mexico 2021", "Mexico", "Bases de datos " + token, "government"))));

    given()
        .queryParam("q", token)
        .when()
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("items.id", contains(byCitation, byAuthor, byTitle))
        .body("items.id", not(hasItem(unrelated)))
        .body("next", nullValue());
    given()
        .queryParam("q", "PERIODICO " + token)
        .when()
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("items.id", contains(byAuthor));
    given()
        .queryParam("q", "bases de datos " + token.toUpperCase(Locale.ROOT))
        .when()
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("items.id", contains(byTitle));
  }

  @Test
  void sourceTypeFilterIsRepeatableAndCombinesWithText() {
    TestBundle data = new TestBundle();
    String token = token(data);
    String ngo = data.id("a-ngo");
    String news = data.id("b-news");
    String government = data.id("c-government");
    Api.importBundle(
        TestRecords.with(
            data.build(),
            List.of(),
            List.of(
                TestRecords.source(ngo, "NGO " + token, "An NGO", "T.", "ngo"),
                TestRecords.source(news, "News " + token, "A paper", "T.", "news"),
                TestRecords.source(government, "Gov " + token, "A ministry", "T.", "government"))));

    given()
        .queryParam("q", token)
        .queryParam("type", "news")
        .when()
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("items.id", contains(news))
        .body("items[0].type", equalTo("news"));
    given()
        .queryParam("q", token)
        .queryParam("type", "news", "government")
        .when()
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("items.id", contains(news, government));
    given()
        .queryParam("q", token)
        .queryParam("type", "academic")
        .when()
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("items", empty());
    given()
        .queryParam("type", "ngo")
        .queryParam("limit", 500)
        .when()
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(ngo))
        .body("items.id", not(hasItem(news)));
  }

  @Test
  void getOneSourceReturnsItsFieldsItsReferenceAndAnEtag() {
    TestBundle data = new TestBundle();
    String id = data.id("r3d");
    Api.importBundle(
        TestRecords.with(
            data.build(),
            List.of(),
            List.of(
                TestRecords.source(
                    id,
                    "R3D 26 Jan. 2021",
                    "Red en Defensa de los Derechos Digitales (R3D)",
                    "A la venta, bases de datos de BBVA, Santander e IMSS.",
                    "ngo"))));

    given()
        .when()
        .get("/api/v1/sources/" + id)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("ETag", matchesPattern("^(W/)?\"\\d+\"$"))
        .body("id", equalTo(id))
        .body("citation", equalTo("R3D 26 Jan. 2021"))
        .body("author", equalTo("Red en Defensa de los Derechos Digitales (R3D)"))
        .body("title", equalTo("A la venta, bases de datos de BBVA, Santander e IMSS."))
        .body("titleQuoted", equalTo(true))
        .body("published", equalTo("2021-01-26"))
        .body("url", equalTo("https://example.org/" + id))
        .body("accessed", equalTo("2021-08-24"))
        .body("language", equalTo("es"))
        .body("type", equalTo("ngo"))
        .body("inReferenceList", equalTo(true))
        .body("version", notNullValue())
        .body("createdAt", notNullValue())
        .body("updatedAt", notNullValue())
        .body(
            "reference",
            equalTo(
                "Red en Defensa de los Derechos Digitales (R3D). 26 January 2021. \"A la venta,"
                    + " bases de datos de BBVA, Santander e IMSS.\" [Accessed 24 Aug. 2021]"));
  }

  @Test
  void referenceIsTheReferenceListEntryWithDateTitleAndAccessDate() {
    TestBundle data = new TestBundle();
    String id = data.source("Test 26 Jan. 2021");
    Api.importBundle(data.build());

    given()
        .when()
        .get("/api/v1/sources/" + id)
        .then()
        .statusCode(200)
        .body(
            "reference",
            equalTo("Test Author. 26 January 2021. \"A title.\" [Accessed 24 Aug. 2021]"));
  }

  @Test
  void referenceOfAnUndatedUntitledSourceSaysNdAndHasNoNullText() {
    TestBundle data = new TestBundle();
    String id = data.id("untitled");
    var untitled = TestRecords.source(id, "Mexico N.d.", "Mexico", null, "government");
    untitled.put("titleQuoted", false);
    untitled.put("published", null);
    untitled.put("url", null);
    Api.importBundle(TestRecords.with(data.build(), List.of(), List.of(untitled)));

    given()
        .when()
        .get("/api/v1/sources/" + id)
        .then()
        .statusCode(200)
        .body("title", nullValue())
        .body("reference", equalTo("Mexico. N.d. [Accessed 24 Aug. 2021]"))
        .body("reference", not(containsString("null")));
  }

  @Test
  void eventsOfASourceTakeTheEventFilters() {
    TestBundle data = new TestBundle();
    String cited = data.source("Cited 2021");
    String a = data.event("a", "2017", e -> e.source(cited, null).type("report"));
    String b = data.event("b", "2018", e -> e.source(cited, null).type("statistic"));
    String c = data.event("c", "2019", e -> e.source(cited, null).type("report"));
    Api.importBundle(data.build());

    String path = "/api/v1/sources/" + cited + "/events";
    given()
        .queryParam("from", "2018")
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .body("items.id", contains(b, c));
    given()
        .queryParam("type", "report")
        .when()
        .get(path)
        .then()
        .statusCode(200)
        .body("items.id", contains(a, c));
  }

  @Test
  void sourceListRejectsMalformedParameters() {
    given()
        .queryParam("type", "News")
        .when()
        .get("/api/v1/sources")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("type"));
    given()
        .queryParam("country", "MX")
        .when()
        .get("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("country"));
    given()
        .queryParam("limit", 501)
        .when()
        .get("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
  }
}
