package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/** Every response carries the browser-hardening headers; the dashboard is revalidated. */
@QuarkusTest
class SecurityHeadersTest {
  private static void hardened(ValidatableResponse response) {
    response
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "no-referrer")
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", not(containsString("unsafe-inline")));
  }

  @Test
  void apiResponsesAndErrorsCarryTheHeaders() {
    hardened(given().get("/api/v1/events?limit=1").then().statusCode(200));
    hardened(given().get("/api/v1/events/no-such-event").then().statusCode(404));
    hardened(given().get("/no/such/page").then().statusCode(404));
    hardened(
        given()
            .contentType("application/json")
            .body("{}")
            .post("/api/v1/events")
            .then()
            .statusCode(401));
  }

  @Test
  void theDashboardHasAPolicyWithoutInlineCodeAndIsRevalidated() {
    for (String path :
        new String[] {"/", "/index.html", "/dashboard/app.js", "/dashboard/dashboard.css"}) {
      ValidatableResponse response = given().get(path).then().statusCode(200);
      hardened(response);
      response
          .header("Content-Security-Policy", containsString("default-src 'self'"))
          .header("Cache-Control", equalTo("no-cache"))
          .header("Last-Modified", notNullValue());
    }
  }

  @Test
  void aGroupsClaimOfTheWrongShapeIsRefusedNotAnError() {
    String token = Tokens.groupsAsObject();
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/events")
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(401, 403))
        .contentType(containsString("application/problem+json"));
  }
}
