package org.coitimeline.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.coitimeline.gap.GapRepository;
import org.coitimeline.gap.InformationGap;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportApiTest {
  @Inject BulkService importer;

  @TestHTTPResource("/api/v1/export")
  URL exportUrl;

  @Test
  void exportIsOneBundleWithLiveRecordsInTheirInputShape() {
    TestBundle data = new TestBundle();
    String actor = data.actor("imss", "IMSS", "Instituto Mexicano del Seguro Social", "Seguro");
    String kept = data.event("kept", "2012/2018", e -> e.actor(actor, "victim"));
    String deleted = data.event("deleted", "2021");
    importer.importBundle(data.build(), false);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .when()
        .delete("/api/v1/events/" + deleted)
        .then()
        .statusCode(204);

    String body =
        given()
            .when()
            .get("/api/v1/export")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/json"))
            .header("Content-Disposition", "attachment; filename=\"coi-timeline-export.json\"")
            .extract()
            .asString();
    JsonPath export = JsonPath.from(body);
    org.junit.jupiter.api.Assertions.assertEquals("coi-timeline-bundle", export.get("format"));
    given()
        .when()
        .get("/api/v1/export")
        .then()
        .body("formatVersion", equalTo(1))
        .body("vocabularies.eventTypes.code", hasItem("data-breach"))
        .body("actors.id", hasItem(actor))
        .body("events.id", hasItem(kept))
        .body("events.id", not(hasItem(deleted)))
        .body("events.find { it.id == '" + kept + "' }.date", equalTo("2012/2018"))
        .body("events.find { it.id == '" + kept + "' }.actors[0].role", equalTo("victim"))
        .body("events.find { it.id == '" + kept + "' }.version", equalTo(null))
        .body("events.find { it.id == '" + kept + "' }.actors[0].name", equalTo(null));
  }

  /**
   * A failure once the bundle has begun (here: the gaps cannot be read, after the vocabularies,
   * actors and sources were sent) breaks the response off: the client gets an error reading the
   * body, never a document that ends normally. The fault is injected by replacing the gap
   * repository for this test only: no stored state can make an export fail any more.
   */
  @Test
  void anExportThatFailsMidwayIsBrokenOffNotEndedAsAValidDocument() throws Exception {
    QuarkusMock.installMockForType(
        new GapRepository() {
          @Override
          public List<InformationGap> page(
              Set<String> countries, Set<String> topics, String afterSlug, int limit) {
            throw new IllegalStateException("injected fault");
          }
        },
        GapRepository.class);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest export =
        HttpRequest.newBuilder(exportUrl.toURI()).timeout(Duration.ofSeconds(30)).build();
    IOException broken =
        assertThrows(
            IOException.class, () -> client.send(export, HttpResponse.BodyHandlers.ofString()));
    assertNotNull(broken.getMessage());
  }
}
