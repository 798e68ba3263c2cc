package org.coitimeline.bulk;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.coitimeline.support.Tokens;

/**
 * For the streamed-import tests: lines of an NDJSON import (an actor, an event of one actor) and
 * the admin's POST of a body.
 */
final class ImportLines {
  private ImportLines() {}

  /** POST /api/v1/import{query} of the body as the admin. */
  static ValidatableResponse post(String body, String contentType, String query) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(contentType)
        .body(body.getBytes(StandardCharsets.UTF_8))
        .when()
        .post("/api/v1/import" + query)
        .then();
  }

  static String actor(String id) {
    return """
        {"kind": "actor", "id": "%s", "name": "Actor %s", "type": "government-body",\
         "countries": ["MX"]}"""
        .formatted(id, id);
  }

  /** An event of {@code actor}, the perpetrator, with a summary of {@code summary}. */
  static String event(String id, String actor, String title, String date, String summary) {
    return """
        {"kind": "event", "id": "%s", "title": "%s", "summary": "%s", "date": "%s",\
         "type": "statement", "countries": ["MX"], "topics": [], "corroboration": "single-source",\
         "actors": [{"id": "%s", "role": "perpetrator"}]}"""
        .formatted(id, title, summary, date, actor);
  }
}
