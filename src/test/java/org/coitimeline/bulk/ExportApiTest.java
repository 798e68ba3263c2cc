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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.coitimeline.gap.GapRepository;
import org.coitimeline.gap.InformationGap;
import org.coitimeline.support.Api;
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
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (Socket socket = new Socket(exportUrl.getHost(), exportUrl.getPort())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("GET /api/v1/export HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          raw.write(buffer, 0, n);
        }
      } catch (IOException reset) {
        // a reset connection is one way of breaking the response off
      }
    }
    byte[] bytes = raw.toByteArray();
    String response = new String(bytes, StandardCharsets.ISO_8859_1);
    int headersEnd = response.indexOf("\r\n\r\n");
    assertTrue(response.startsWith("HTTP/1.1 200"), response.substring(0, 100));
    assertTrue(response.substring(0, headersEnd).toLowerCase().contains("chunked"));
    byte[] body = dechunk(response.substring(headersEnd + 4));
    assertTrue(
        new String(body, StandardCharsets.UTF_8).contains("\"sources\""),
        "the export had begun: " + body.length);
    assertFalse(response.endsWith("\r\n0\r\n\r\n"), "the response ended with its last chunk");
    assertThrows(IOException.class, () -> new ObjectMapper().readTree(body));
  }

  /**
   * The data of the complete chunks of a chunked body, given as ISO-8859-1 text so that one char is
   * one byte (chunk sizes count bytes).
   */
  private static byte[] dechunk(String chunked) {
    StringBuilder data = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
      if (size == 0 || lineEnd + 2 + size > chunked.length()) {
        break;
      }
      data.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
    return data.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
