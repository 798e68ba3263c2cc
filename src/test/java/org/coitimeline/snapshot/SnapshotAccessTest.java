package org.coitimeline.snapshot;

import static io.restassured.RestAssured.given;
import static org.coitimeline.support.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Where reads are private, taking a snapshot needs what a read needs; and a snapshot holds at most
 * timeline.snapshots.max-events events.
 */
@QuarkusTest
@TestProfile(SnapshotAccessTest.PrivateReadsAndSmallSnapshots.class)
class SnapshotAccessTest {
  static final int MAX_EVENTS = 2;

  /** Reads private, snapshots of at most two events. */
  public static class PrivateReadsAndSmallSnapshots implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "timeline.read.public",
          "false",
          "timeline.seed.enabled",
          "false",
          "timeline.snapshots.max-events",
          String.valueOf(MAX_EVENTS));
    }
  }

  @Test
  void takingAndReadingASnapshotNeedsTheReaderRoleWhereReadsArePrivate() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    data.event("one", "2021-01-10", e -> e.actor(actor, "subject"));
    Api.importBundle(data.build());
    String body = Api.json(Map.of("actor", java.util.List.of(actor)));
    assertProblem(
            given().contentType(ContentType.JSON).body(body).post("/api/v1/snapshots").then(), 401)
        .header("WWW-Authenticate", startsWith("Bearer"));
    String unprivileged = Tokens.of("nobody", "test-snapshot-nobody");
    given()
        .auth()
        .oauth2(unprivileged)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/snapshots")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    String id =
        given()
            .auth()
            .oauth2(Tokens.reader())
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/snapshots")
            .then()
            .statusCode(201)
            .body("eventCount", equalTo(1))
            .extract()
            .path("id");
    given().get("/api/v1/snapshots/" + id).then().statusCode(401);
    given().get("/api/v1/snapshots/" + id + "/events?format=csv").then().statusCode(401);
    given().auth().oauth2(Tokens.reader()).get("/api/v1/snapshots/" + id).then().statusCode(200);
  }

  @Test
  void aFilterMatchingMoreEventsThanASnapshotHoldsIsRefused() {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    for (int i = 0; i <= MAX_EVENTS; i++) {
      data.event("event-" + i, "2021-01-1" + i, e -> e.actor(actor, "subject"));
    }
    Api.importBundle(data.build());
    assertProblem(
            given()
                .auth()
                .oauth2(Tokens.reader())
                .contentType(ContentType.JSON)
                .body(Api.json(Map.of("actor", java.util.List.of(actor))))
                .post("/api/v1/snapshots")
                .then(),
            400)
        .body("errors[0].field", equalTo("query"))
        .body("errors[0].message", containsString("more than " + MAX_EVENTS + " events"));
    given()
        .auth()
        .oauth2(Tokens.reader())
        .contentType(ContentType.JSON)
        .body(Api.json(Map.of("actor", java.util.List.of(actor), "to", "2021-01-11")))
        .post("/api/v1/snapshots")
        .then()
        .statusCode(201)
        .body("eventCount", equalTo(MAX_EVENTS));
  }
}
