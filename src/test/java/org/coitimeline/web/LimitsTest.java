package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/** Requests refused for their size or method answer problem+json, chunked bodies included. */
@QuarkusTest
class LimitsTest {
  // Any endpoint but POST /api/v1/import, which streams its body (StreamedImportTest).
  @TestHTTPResource("/api/v1/events")
  URI eventsUri;

  @Test
  void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
    byte[] body = ("{\"events\":[\"" + "a".repeat(2_500_000) + "\"]}").getBytes();
    // A body from a stream has no length: the client sends it chunked, without Content-Length.
    HttpRequest request =
        HttpRequest.newBuilder(eventsUri)
            .header("Authorization", "Bearer " + Tokens.editor())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, response.statusCode());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(response.body().contains("urn:coi-timeline:problem:body-too-large"));
  }

  @TestHTTPResource("/api/v1/actors")
  URI actorsUri;

  @Test
  void aSmallChunkedBodyReachesTheResource() throws Exception {
    byte[] body = "{\"name\": 5}".getBytes();
    HttpRequest request =
        HttpRequest.newBuilder(actorsUri)
            .header("Authorization", "Bearer " + Tokens.editor())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build();
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
    // The resource read the body: its field rules answer, not the HTTP layer.
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("urn:coi-timeline:problem:invalid-input"));
  }

  @Test
  void aDeclaredBodyOverTheLimitIsRefusedWith413() {
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType("application/json")
        .body("{\"events\":[\"" + "a".repeat(2_500_000) + "\"]}")
        .post("/api/v1/events")
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void aLongRequestLineIsAProblem414() {
    given()
        .get("/api/v1/events?q=" + "a".repeat(5000))
        .then()
        .statusCode(414)
        .header("X-Content-Type-Options", "nosniff")
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("urn:coi-timeline:problem:uri-too-long"));
  }

  @Test
  void oversizedHeadersAreAProblem431() {
    given()
        .header("X-Padding", "a".repeat(20_000))
        .get("/api/v1/events?limit=1")
        .then()
        .statusCode(431)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("urn:coi-timeline:problem:headers-too-large"));
  }

  @Test
  void traceAndConnectAreNotMethodsOfTheApi() {
    for (String method : new String[] {"TRACE", "CONNECT"}) {
      given()
          .request(method, "/api/v1/events")
          .then()
          .statusCode(405)
          .header("Allow", containsString("GET"))
          .contentType(startsWith("application/problem+json"))
          .body("type", equalTo("urn:coi-timeline:problem:method-not-allowed"));
    }
  }

  @Test
  void aMethodThePathDoesNotHaveIs405WithAllow() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .delete("/api/v1/events")
        .then()
        .statusCode(405)
        .header("Allow", equalTo("GET, HEAD, POST, OPTIONS"))
        .contentType(startsWith("application/problem+json"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/events/some-event")
        .then()
        .statusCode(405)
        .header("Allow", equalTo("GET, HEAD, PUT, DELETE, OPTIONS"));
    given()
        .patch("/api/v1/export")
        .then()
        .statusCode(405)
        .header("Allow", equalTo("GET, HEAD, OPTIONS"));
  }
}
