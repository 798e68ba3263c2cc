package org.coitimeline.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Questions a journalist would ask of the MEX200740.E data set, answered over HTTP from the bundled
 * data loaded at start. Every event of the data set cites the RIR, so {@code
 * source=irb-mex200740-e} scopes a question to the data set, whatever else the store holds.
 */
@QuarkusTest
class JournalistQuestionsTest {
  private static final String RIR = "irb-mex200740-e";

  private static RequestSpecification dataSet() {
    return given().queryParam("source", RIR).queryParam("limit", 500);
  }

  private static List<String> events(Map<String, ?> filters) {
    return dataSet()
        .queryParams(filters)
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }

  @Test
  void whatWasPutUpForSaleInLateJanuary2021() {
    assertEquals(
        List.of(
            "imss-database-offered-for-sale",
            "government-databases-offered-for-sale-25-january-2021"),
        events(Map.of("from", "2021-01-22", "to", "2021-01-25", "match", "within")));
  }

  @Test
  void whatWasGoingOnIn2015IncludesTheLongRunningFacts() {
    List<String> in2015 = events(Map.of("from", "2015", "to", "2015"));
    // 2012–2018 espionage, the vehicle registry "since 2005", the statistics "as of September 2018"
    assertEquals(
        true,
        in2015.containsAll(
            List.of(
                "pegasus-espionage-2012-2018",
                "public-vehicle-registry-56-million-vehicles",
                "plataforma-mexico-statistics-september-2018")),
        in2015.toString());
    assertEquals(false, in2015.contains("lawsuits-against-inai"));
    List<String> within = events(Map.of("from", "2015", "to", "2015", "match", "within"));
    assertEquals(false, within.contains("pegasus-espionage-2012-2018"));
  }

  @Test
  void whatHappenedWhollyWithinThePeñaNietoYearsOfEspionage() {
    List<String> within = events(Map.of("from", "2012", "to", "2018", "match", "within"));
    assertEquals(
        true,
        within.containsAll(
            List.of("pegasus-espionage-2012-2018", "lopez-obrador-targeted-by-pegasus")),
        within.toString());
    assertEquals(false, within.contains("lawsuits-against-inai"), "it ran to November 2019");
  }

  @Test
  void whoDidWhatWithNsoGroupsSpyware() {
    dataSet()
        .queryParam("actor", "nso-group")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body(
            "items.id",
            hasItems(
                "pegasus-espionage-2012-2018",
                "pegasus-contracts-previous-administrations",
                "washington-post-pegasus-report",
                "sspc-press-conference-pegasus"));
  }

  @Test
  void whatDidThePublicSecurityDatabasesHold() {
    dataSet()
        .queryParam("topic", "police-databases", "detention-registry")
        .queryParam("type", "statistic")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body(
            "items.id",
            hasItems(
                "plataforma-mexico-statistics-september-2018",
                "national-register-of-detention-interconnection-march-2021"))
        .body("items.id", not(hasItem("imss-database-offered-for-sale")));
  }

  @Test
  void whichClaimsCouldTheResearcherNotCorroborate() {
    dataSet()
        .queryParam("corroboration", "not-corroborated")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body(
            "items.id",
            containsInAnyOrder(
                "abogacia-only-government-access-to-plataforma-mexico",
                "imss-database-offered-for-sale",
                "government-databases-offered-for-sale-25-january-2021",
                "database-sale-listings-removed",
                "r3d-report-databases-for-sale"));
    dataSet()
        .queryParam("corroboration", "corroborated")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", contains("inai-data-protection-authority"))
        .body("items[0].sourceCount", equalTo(4));
  }

  @Test
  void fullTextFindsThePegasusContracts() {
    dataSet()
        .queryParam("q", "contracts Pegasus")
        .queryParam("sort", "relevance")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", hasItem("pegasus-contracts-previous-administrations"));
    dataSet()
        .queryParam("q", "IMSS")
        .when()
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", hasItem("imss-database-offered-for-sale"));
  }

  @Test
  void theFiguresAreStructuredWithTheirQualifiers() {
    given()
        .get("/api/v1/events/imss-database-offered-for-sale")
        .then()
        .statusCode(200)
        .body("date.display", equalTo("22 January 2021"))
        .body("figures[0].value", equalTo(42000000))
        .body("figures[0].unit", equalTo("records"))
        .body("sources.id", hasItems("r3d-2021-01-26", RIR));
    given()
        .get("/api/v1/events/washington-post-pegasus-report")
        .then()
        .statusCode(200)
        .body("figures.find { it.unit == 'phone numbers' }.value", equalTo(15000))
        .body("figures.find { it.unit == 'phone numbers' }.qualifier", equalTo("more-than"));
    given()
        .get("/api/v1/events/lawsuits-against-inai")
        .then()
        .statusCode(200)
        .body("date.edtf", equalTo("2018-10/2019-11"))
        .body("figures[0].value", equalTo(30))
        .body("figures[0].qualifier", equalTo("at-least"));
    given()
        .get("/api/v1/events/pegasus-contracts-previous-administrations")
        .then()
        .statusCode(200)
        .body("figures.find { it.unit == 'contracts' }.value", equalTo(31))
        .body(
            "figures.find { it.unit == 'USD' && it.value == 61000000 }",
            org.hamcrest.Matchers.notNullValue());
    given()
        .get("/api/v1/events/plataforma-mexico-statistics-september-2018")
        .then()
        .statusCode(200)
        .body("date.display", equalTo("as of September 2018"))
        .body("sources.find { it.id == 'mexico-2018-10' }.pinpoint", equalTo("3–4"))
        .body("figures.find { it.unit == 'searches' }.value", equalTo(203500000));
  }

  @Test
  void translatedQuotesAreMarked() {
    given()
        .get("/api/v1/events/segob-plataforma-mexico-budgetary-report")
        .then()
        .statusCode(200)
        .body("sources.find { it.id == 'mexico-2018-10' }.translated", equalTo(true))
        .body(
            "sources.find { it.id == 'mexico-2018-10' }.quote",
            equalTo("to support the performance of the country's public security institutions"));
  }

  @Test
  void whatCouldResearchNotFind() {
    given()
        .queryParam("country", "MX")
        .queryParam("topic", "police-databases")
        .get("/api/v1/gaps")
        .then()
        .statusCode(200)
        .body(
            "items.id",
            hasItems("plataforma-mexico-unauthorized-access", "public-security-data-breaches"));
    given()
        .get("/api/v1/gaps/plataforma-mexico-unauthorized-access")
        .then()
        .statusCode(200)
        .body("source", equalTo(RIR))
        .body("period.edtf", equalTo("2017/2021-07"));
  }

  @Test
  void actorsAreFoundByAcronymAliasAndSpanishNameWithoutAccents() {
    given()
        .queryParam("q", "gobernacion")
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", hasItem("segob"));
    given()
        .queryParam("q", "Proseco")
        .get("/api/v1/actors")
        .then()
        .statusCode(200)
        .body("items.id", hasItem("proceso"));
    given().get("/api/v1/actors/ssc").then().statusCode(200).body("parent", equalTo("sspc"));
  }

  @Test
  void everyReferenceIsRenderedExactlyAsTheRirListsIt() throws IOException {
    List<String> expected;
    try (InputStream in = getClass().getResourceAsStream("/seed/mex200740e-references.txt")) {
      expected =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank())
              .toList();
    }
    List<String> listed;
    try (InputStream in = getClass().getResourceAsStream("/seed/mex200740e.json")) {
      JsonNode bundle = new ObjectMapper().readTree(in);
      listed = new ArrayList<>();
      bundle
          .get("sources")
          .forEach(
              s -> {
                if (s.get("inReferenceList").asBoolean()) {
                  listed.add(s.get("id").asText());
                }
              });
    }
    List<String> rendered = new ArrayList<>();
    for (String id : listed) {
      rendered.add(
          given().get("/api/v1/sources/" + id).then().statusCode(200).extract().path("reference"));
    }
    assertEquals(26, expected.size());
    assertEquals(expected.stream().sorted().toList(), rendered.stream().sorted().toList());
  }
}
