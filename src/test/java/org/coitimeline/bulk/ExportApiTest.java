package org.coitimeline.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Set;
import org.coitimeline.gap.GapRepository;
import org.coitimeline.gap.InformationGap;
import org.coitimeline.support.Api;
import org.coitimeline.support.RawDownload;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportApiTest {
  @TestHTTPResource("/api/v1/export")
  URL exportUrl;

  @Test
  void exportIsOneBundleWithLiveRecordsInTheirInputShape() {
    TestBundle data = new TestBundle();
    String actor = data.actor("imss", "IMSS", "Instituto Mexicano del Seguro Social", "Seguro");
    String kept = data.event("kept", "2012/2018", e -> e.actor(actor, "victim"));
    String deleted = data.event("deleted", "2021");
    Api.importBundle(data.build());
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
   * actors and sources were sent) breaks the response off: no last chunk, and what did arrive is
   * not a JSON document (the open brackets are not closed for it). The fault is injected by
   * replacing the gap repository for this test only: no stored state can make an export fail any
   * more.
   */
  @Test
  @DisabledOnIntegrationTest(
      "the failure is injected with a mock, which the packaged jar cannot take")
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
    RawDownload response = RawDownload.get(exportUrl, "/api/v1/export");
    assertTrue(response.head().startsWith("HTTP/1.1 200"), response.head());
    assertTrue(response.head().toLowerCase().contains("chunked"));
    assertTrue(response.text().contains("\"sources\""), "the export had begun: " + response.text());
    assertFalse(response.endedWithLastChunk(), "the response ended with its last chunk");
    assertThrows(IOException.class, () -> new ObjectMapper().readTree(response.body()));
  }
}
