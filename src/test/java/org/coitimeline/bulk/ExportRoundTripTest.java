package org.coitimeline.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.coitimeline.embedded.EmbeddedMariaDb;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.TestRecords;
import org.coitimeline.support.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An admin's export imported into an empty store exports identically, byte for byte, protected
 * people included. The test runs on a database of its own, which it wipes and migrates afresh
 * between the two exports.
 */
@QuarkusTest
@TestProfile(ExportRoundTripTest.OwnDatabase.class)
class ExportRoundTripTest {
  static final String DATABASE = "coitimeline_roundtrip";

  /** A database only this test uses, seeded at start, that the test may wipe. */
  public static class OwnDatabase implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // On the server the other tests use: the embedded MariaDB, or that of TIMELINE_TEST_JDBC_URL.
      String url =
          "jdbc:mariadb://"
              + EmbeddedMariaDb.testHostPort()
              + "/"
              + DATABASE
              + "?createDatabaseIfNotExist=true";
      return Map.of(
          "quarkus.datasource.jdbc.url", url,
          "%test.quarkus.datasource.jdbc.url", url,
          "timeline.seed.enabled", "true",
          "%test.timeline.seed.enabled", "true",
          "quarkus.flyway.clean-disabled", "false");
    }
  }

  @Inject Flyway flyway;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  @Test
  void anExportImportedIntoAnEmptyStoreExportsIdentically() {
    addRecordsBeyondTheSeed();
    String first = Api.export();
    assertTrue(first.contains("\"imss-database-offered-for-sale\""), "the seed is exported");
    assertTrue(first.contains("\"value\":38.6,"), "figures keep their decimals");
    assertTrue(first.contains("\"aliases\":[\"Alpha office\",\"Zeta office\"]"), "sets sorted");
    assertTrue(first.contains("\"name\":\"Witness W.\""), "a protected person is exported");
    assertTrue(first.contains("\"protected\":true"), "with her flag");

    emptyTheStore();
    given().get("/api/v1/events").then().body("items.size()", equalTo(0));

    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(first)
        .when()
        .post("/api/v1/import")
        .then()
        .statusCode(200)
        .body("created", greaterThan(0))
        .body("updated", equalTo(0))
        .body("records.findAll { it.kind == 'event' }.action", everyItem(equalTo("created")))
        .body("records.action", not(org.hamcrest.Matchers.hasItem("updated")));

    assertEquals(first, Api.export());
  }

  /** Records the seed lacks: a parent actor, relations, decimals, a gap, an edit and a delete. */
  private void addRecordsBeyondTheSeed() {
    TestBundle data = new TestBundle();
    String topic = data.topic("round-trip");
    String parent = data.actor("ministry", "MIN", "Ministerio", "The Ministry", "Min.");
    var child =
        TestRecords.actor(
            data.id("office"),
            "Office",
            "government-body",
            List.of("US", "MX"),
            "Zeta office",
            "Alpha office");
    child.put("parent", parent);
    child.put("description", null);
    var witness = TestRecords.actor(data.id("witness"), "Witness W.", "person", List.of("MX"));
    witness.put("protected", true);
    String source = data.source("Ministry 2020");
    String first = data.event("first", "2019-03~", e -> e.topic(topic).actor(parent, "authority"));
    data.event(
        "second",
        "2020/..",
        e ->
            e.related(first, "follows")
                .actor(data.id("office"), "subject")
                .actor(data.id("witness"), "target")
                .source(source, "p. 4")
                .figure("share", "38.60", "percent", "about")
                .countries("US", "MX"));
    String edited = data.event("edited", "2018");
    String deleted = data.event("deleted", "2017");
    data.gap("registry", List.of("MX"), List.of(topic));
    Api.importBundle(TestRecords.with(data.build(), List.of(child, witness), List.of()));

    String got = given().get("/api/v1/events/" + edited).then().extract().asString();
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(got.replace("\"2018\"", "\"2018-05\""))
        .put("/api/v1/events/" + edited)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .delete("/api/v1/events/" + deleted)
        .then()
        .statusCode(204);
  }

  /** Drops every table of this test's own database and migrates it afresh: an empty store. */
  private void emptyTheStore() {
    assertTrue(jdbcUrl.contains("/" + DATABASE + "?"), "only this test's database is wiped");
    flyway.clean();
    flyway.migrate();
  }
}
