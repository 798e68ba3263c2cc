package org.coitimeline.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.Map;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/** The feed holds back revisions younger than the settle time, so none is skipped by a poller. */
@QuarkusTest
@TestProfile(ChangeFeedSettleTest.LongSettle.class)
class ChangeFeedSettleTest {
  /** A settle time no test outlives. */
  public static class LongSettle implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("timeline.changes.settle-time", "1h", "timeline.seed.enabled", "false");
    }
  }

  @Test
  void aFreshRevisionIsNotYetInTheFeed() {
    String since = Instant.now().minusSeconds(1).toString();
    String id = new TestBundle().id("fresh");
    given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType("application/json")
        .body("{\"id\": \"" + id + "\", \"name\": \"Fresh\", \"type\": \"ngo\"}")
        .post("/api/v1/actors")
        .then()
        .statusCode(201);
    given()
        .queryParam("since", since)
        .get("/api/v1/changes")
        .then()
        .statusCode(200)
        .body("items", empty())
        .body("items.id", not(hasItem(id)));
  }
}
