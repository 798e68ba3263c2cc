package org.coitimeline.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportApiTest {
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
}
