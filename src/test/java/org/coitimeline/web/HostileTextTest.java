package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.TestRecords;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values that a later reader could not handle are refused when written, by every way in (POST and
 * import alike), with a 400 naming the field: so no stored state can make a read or an export fail.
 */
@QuarkusTest
class HostileTextTest {
  private final TestBundle ids = new TestBundle();

  private static void refused(String path, String body, String field) {
    given()
        .auth()
        .oauth2(path.endsWith("import") ? Tokens.admin() : Tokens.editor())
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post(path)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem(field));
  }

  private Map<String, Object> actor(String name) {
    return TestRecords.actor(ids.id("actor"), name, "government-body", List.of("MX"));
  }

  @ParameterizedTest(name = "a name with {0} is refused")
  @ValueSource(strings = {"\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085"})
  void controlCharactersAreRefusedNamingTheField(String control) {
    refused("/api/v1/actors", Api.json(actor("Secretaría" + control + "de Gobernación")), "name");
  }

  @Test
  void anUnpairedSurrogateIsRefusedNamingTheField() {
    // JSON can carry a lone surrogate as an escape; it is not a character, and utf8mb4 cannot
    // store it (it would become "?").
    String body = Api.json(actor("Placeholder")).replace("Placeholder", "Broken \\uD800 name");
    refused("/api/v1/actors", body, "name");
  }

  @Test
  void tabsAndLineBreaksAreText() {
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(Api.json(actor("Line one\nline two\tand a tab")))
        .when()
        .post("/api/v1/actors")
        .then()
        .statusCode(201);
  }

  @ParameterizedTest(name = "published {0} is refused")
  @ValueSource(strings = {"2021-21", "-0001", "191X", "2021-02-30", "2020/2021", "2021-13"})
  void aPublicationDateTheReferenceListCannotPrintIsRefused(String published) {
    Map<String, Object> source =
        TestRecords.source(ids.id("source"), "Test 2021", "Test Author", "A title.", "ngo");
    source.put("published", published);
    refused("/api/v1/sources", Api.json(source), "published");
    refused(
        "/api/v1/import",
        Api.json(
            Map.of(
                "format", "coi-timeline-bundle", "formatVersion", 1, "sources", List.of(source))),
        "sources[" + source.get("id") + "].published");
    // Nothing was stored: the lists and the export still read.
    given().get("/api/v1/sources/" + source.get("id")).then().statusCode(404);
    given().get("/api/v1/sources").then().statusCode(200);
    given()
        .get("/api/v1/export")
        .then()
        .statusCode(200)
        .body("sources.id", not(hasItem(source.get("id"))));
  }
}
