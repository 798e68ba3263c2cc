package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/** Dashboards on any origin may read; only configured origins may write. */
@QuarkusTest
class CrossOriginTest {
  private static final String ANY = "https://dashboard.example.net";
  private static final String EDITOR = "https://editor.test";

  @Test
  void anyOriginMayReadAndSeeTheHeadersItNeeds() {
    given()
        .header("Origin", ANY)
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "Authorization")
        .options("/api/v1/events")
        .then()
        .statusCode(204)
        .header("Access-Control-Allow-Origin", "*")
        .header("Access-Control-Allow-Headers", containsString("Authorization"));
    given()
        .header("Origin", ANY)
        .get("/api/v1/events?limit=1")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "*")
        .header("Access-Control-Expose-Headers", containsString("Link"))
        .header("Access-Control-Allow-Credentials", nullValue());
  }

  @Test
  void anyOriginMayTakeASnapshotAsItMayRead() {
    given()
        .header("Origin", ANY)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "Content-Type")
        .options("/api/v1/snapshots")
        .then()
        .statusCode(204)
        .header("Access-Control-Allow-Origin", "*")
        .header("Access-Control-Allow-Methods", containsString("POST"));
    given()
        .header("Origin", ANY)
        .contentType("application/json")
        .body("{\"from\": \"1800\", \"to\": \"1800\", \"match\": \"within\"}")
        .post("/api/v1/snapshots")
        .then()
        .statusCode(201)
        .header("Access-Control-Allow-Origin", "*")
        .header("Access-Control-Expose-Headers", containsString("Location"));
  }

  @Test
  void writesFromAnUnconfiguredOriginAreRefused() {
    given()
        .header("Origin", ANY)
        .header("Access-Control-Request-Method", "PUT")
        .options("/api/v1/events/some-event")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    given()
        .header("Origin", ANY)
        .auth()
        .oauth2(Tokens.editor())
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/events")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:coi-timeline:problem:cross-origin-write"));
  }

  @Test
  void writesFromAConfiguredOriginAreAllowed() {
    given()
        .header("Origin", EDITOR)
        .header("Access-Control-Request-Method", "PUT")
        .options("/api/v1/events/some-event")
        .then()
        .statusCode(204)
        .header("Access-Control-Allow-Origin", EDITOR)
        .header("Access-Control-Allow-Methods", containsString("PUT"));
    given()
        .header("Origin", EDITOR)
        .auth()
        .oauth2(Tokens.editor())
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/events")
        .then()
        .statusCode(oneOf(400))
        .header("Access-Control-Allow-Origin", EDITOR);
  }

  @Test
  void sameOriginRequestsCarryNoOriginAndAreUntouched() {
    given()
        .get("/api/v1/events?limit=1")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue());
  }
}
