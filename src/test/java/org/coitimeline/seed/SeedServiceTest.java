package org.coitimeline.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedServiceTest {
  @Inject SeedService loader;
  @Inject EntityManager em;

  @Test
  void malformedDataFileNamesTheRecordAndFieldAndWritesNothing() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> loader.load("seed/invalid-date.json"));
    assertTrue(e.getMessage().contains("events[seed-test-impossible-date].date"), e.getMessage());
    assertTrue(e.getMessage().contains("day 30 does not exist in February 2021"), e.getMessage());
    given().get("/api/v1/actors/seed-test-valid-actor").then().statusCode(404);
  }

  @Test
  void unknownFieldInTheDataFileIsNamedWithItsPath() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> loader.load("seed/unknown-field.json"));
    assertTrue(e.getMessage().contains("events[0].sumary: is not a field here"), e.getMessage());
  }

  @Test
  void restartingOnAStoreThatHoldsDataChangesNothing() throws Exception {
    long before = eventsAndVersions();
    loader.onStart(null);
    assertEquals(before, eventsAndVersions());
  }

  long eventsAndVersions() {
    return em.createQuery("select count(e) + coalesce(sum(e.version), 0) from Event e", Long.class)
        .getSingleResult();
  }
}
