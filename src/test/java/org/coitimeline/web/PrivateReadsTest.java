package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/** With timeline.read.public=false, reads need a token with the reader, editor or admin role. */
@QuarkusTest
@TestProfile(PrivateReadsTest.PrivateReads.class)
class PrivateReadsTest {
  /** Reads configured private. */
  public static class PrivateReads implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("timeline.read.public", "false", "timeline.seed.enabled", "false");
    }
  }

  @Test
  void readsWithoutATokenAreRefused() {
    // A problem document like every other error, with the challenge.
    given()
        .get("/api/v1/events")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"))
        .header("WWW-Authenticate", startsWith("Bearer"));
    given()
        .header("Authorization", "Bearer " + Tokens.forged())
        .get("/api/v1/actors")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void readsWithAnyRoleAreAllowed() {
    for (String token : new String[] {Tokens.reader(), Tokens.editor(), Tokens.admin()}) {
      given().auth().oauth2(token).get("/api/v1/events").then().statusCode(200);
    }
  }

  @Test
  void aTokenWithoutARoleIsForbidden() {
    given()
        .auth()
        .oauth2(Tokens.of("visitor"))
        .get("/api/v1/events")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void healthAndTheContractStayOpen() {
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
  }
}
