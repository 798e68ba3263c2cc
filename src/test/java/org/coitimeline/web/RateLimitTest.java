package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/** Each client has its own small allowance of writes and of exports and imports. */
@QuarkusTest
@TestProfile(EdgeSettingsProfile.class)
class RateLimitTest {
  @Test
  void exportsBeyondTheAllowanceAre429WithRetryAfter() {
    String token = Tokens.of("reader");
    for (int i = 0; i < EdgeSettingsProfile.BULK; i++) {
      given().auth().oauth2(token).get("/api/v1/export").then().statusCode(200);
    }
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/export")
        .then()
        .statusCode(429)
        .contentType(startsWith("application/problem+json"))
        .header("Retry-After", not(equalTo("0")))
        .body("type", equalTo("urn:coi-timeline:problem:too-many-requests"));
  }

  @Test
  void writesAreCountedPerTokenSubject() {
    String first = Tokens.of("editor");
    for (int i = 0; i < EdgeSettingsProfile.WRITES; i++) {
      invalidWrite(first).then().statusCode(400);
    }
    invalidWrite(first).then().statusCode(429).header("Retry-After", not(equalTo("0")));
    // Another subject has its own allowance.
    String second =
        io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER)
            .subject("test-other-editor")
            .groups("editor")
            .expiresIn(300)
            .sign();
    invalidWrite(second).then().statusCode(400);
  }

  @Test
  void takingSnapshotsCountsAsWrites() {
    String token = Tokens.of("reader", "test-snapshot-taker");
    for (int i = 0; i < EdgeSettingsProfile.WRITES; i++) {
      snapshot(token).then().statusCode(201);
    }
    snapshot(token)
        .then()
        .statusCode(429)
        .header("Retry-After", not(equalTo("0")))
        .body("type", equalTo("urn:coi-timeline:problem:too-many-requests"));
  }

  private static Response snapshot(String token) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body("{\"from\": \"1800\", \"to\": \"1800\", \"match\": \"within\"}")
        .post("/api/v1/snapshots");
  }

  @Test
  void readsAreNotLimited() {
    for (int i = 0; i < EdgeSettingsProfile.WRITES + 3; i++) {
      given().get("/api/v1/events?limit=1").then().statusCode(200);
    }
  }

  private static Response invalidWrite(String token) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/actors");
  }
}
