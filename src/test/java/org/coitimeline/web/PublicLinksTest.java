package org.coitimeline.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Links name the configured public base URL, whatever Host or forwarded headers say. */
@QuarkusTest
@TestProfile(EdgeSettingsProfile.class)
class PublicLinksTest {
  private static final String EVIL = "evil.example.net";

  @Test
  void theLinkHeaderIgnoresTheHostHeader() {
    given()
        .header("Host", EVIL)
        .header("X-Forwarded-Host", EVIL)
        .get("/api/v1/events?limit=1")
        .then()
        .statusCode(200)
        .header("Link", startsWith("<" + EdgeSettingsProfile.PUBLIC_BASE_URL + "/api/v1/events?"))
        .header("Link", not(containsString(EVIL)));
  }

  @Test
  void jsonLdIdsIgnoreTheHostHeader() {
    given()
        .header("Host", EVIL)
        .get("/api/v1/events?country=MX&format=jsonld")
        .then()
        .statusCode(200)
        .body(containsString(EdgeSettingsProfile.PUBLIC_BASE_URL + "/api/v1/"))
        .body(not(containsString(EVIL)));
  }

  @Test
  void locationOfACreatedRecordIgnoresTheHostHeader() {
    String id = "public-links-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String token =
        io.smallrye.jwt.build.Jwt.issuer(org.coitimeline.support.Tokens.ISSUER)
            .subject("test-public-links")
            .groups("editor")
            .expiresIn(300)
            .sign();
    given()
        .header("Host", EVIL)
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(
            """
            {"id": "%s", "title": "Link check", "summary": null, "date": "2021",
             "type": "data-breach", "topics": [], "countries": ["MX"], "actors": [],
             "sources": [], "figures": [], "corroboration": "not-corroborated", "related": []}
            """
                .formatted(id))
        .post("/api/v1/events")
        .then()
        .statusCode(201)
        .header(
            "Location",
            org.hamcrest.Matchers.equalTo(
                EdgeSettingsProfile.PUBLIC_BASE_URL + "/api/v1/events/" + id));
  }

  @Test
  void aSnapshotsPermalinkAndCitationIgnoreTheHostHeader() {
    String token = org.coitimeline.support.Tokens.of("reader", "test-public-links-snapshot");
    String permalink =
        given()
            .header("Host", EVIL)
            .auth()
            .oauth2(token)
            .contentType("application/json")
            .body("{\"country\": [\"MX\"], \"from\": \"2021-01\", \"to\": \"2021-01\"}")
            .post("/api/v1/snapshots")
            .then()
            .statusCode(201)
            .header(
                "Location", startsWith(EdgeSettingsProfile.PUBLIC_BASE_URL + "/api/v1/snapshots/"))
            .body(
                "citation",
                containsString(EdgeSettingsProfile.PUBLIC_BASE_URL + "/api/v1/snapshots/"))
            .body(not(containsString(EVIL)))
            .extract()
            .path("permalink");
    given()
        .header("Host", EVIL)
        .get(permalink.substring(EdgeSettingsProfile.PUBLIC_BASE_URL.length()))
        .then()
        .statusCode(200)
        .body("permalink", org.hamcrest.Matchers.equalTo(permalink))
        .body("events", org.hamcrest.Matchers.equalTo(permalink + "/events"))
        .body(not(containsString(EVIL)));
  }
}
