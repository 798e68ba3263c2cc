package org.coitimeline.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/** Concurrent changes carrying the same ETag: exactly one wins, the rest learn it (412). */
@QuarkusTest
class ConcurrentEditsTest {
  private static final int WRITERS = 8;

  @Test
  void parallelPutsWithOneEtagProduceOneSuccessAndNoLostUpdate() throws Exception {
    TestBundle data = new TestBundle();
    String id = data.event("contested", "2021");
    Api.importBundle(data.build());
    String original =
        given().get("/api/v1/events/" + id).then().statusCode(200).extract().asString();
    String token = Tokens.editor();

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int i = 0; i < WRITERS; i++) {
        String body = original.replace("\"title\":\"Event ", "\"title\":\"Writer " + i + " ");
        Callable<Integer> put =
            () -> {
              start.await();
              return given()
                  .auth()
                  .oauth2(token)
                  .contentType("application/json")
                  .header("If-Match", "\"0\"")
                  .body(body)
                  .when()
                  .put("/api/v1/events/" + id)
                  .statusCode();
            };
        results.add(pool.submit(put));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
      assertEquals(
          WRITERS - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
    } finally {
      pool.shutdownNow();
    }
    String title =
        given()
            .get("/api/v1/events/" + id)
            .then()
            .statusCode(200)
            .header("ETag", "\"1\"")
            .extract()
            .path("title");
    assertEquals(true, title.startsWith("Writer "), title);
  }
}
