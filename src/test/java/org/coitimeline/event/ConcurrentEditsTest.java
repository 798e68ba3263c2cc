package org.coitimeline.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coitimeline.support.Api;
import org.coitimeline.support.ConcurrentWrites;
import org.coitimeline.support.NewRecords;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Concurrent writers: of changes carrying the same ETag exactly one wins and the rest learn it
 * (412); creates of distinct records all succeed; of creates of one id exactly one wins (409).
 */
@QuarkusTest
class ConcurrentEditsTest {
  private static final int WRITERS = 8;
  private static final int CREATES_PER_WRITER = 25;
  private static final int SAME_ID_WRITERS = 20;

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

  /**
   * Writers creating distinct records at once never see a server error: deadlocks between their
   * transactions (InnoDB gap locks on the history tables) are retried, not answered.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"event", "actor", "source", "gap"})
  void concurrentCreatesOfDistinctRecordsNeverFail(String kind) throws Exception {
    String prefix = "conc-" + kind + "-" + System.nanoTime();
    String[] cited = citedRecords(prefix);
    String token = Tokens.editor();
    Map<Integer, Integer> statuses =
        ConcurrentWrites.answers(
            WRITERS,
            WRITERS * CREATES_PER_WRITER,
            120,
            i ->
                post(
                        token,
                        NewRecords.path(kind),
                        NewRecords.of(kind, prefix + "-" + i, cited[0], cited[1]))
                    .statusCode());
    System.out.println("concurrent creates of " + kind + "s: " + statuses);
    assertEquals(0, ConcurrentWrites.serverErrors(statuses), statuses.toString());
    assertEquals(Map.of(201, WRITERS * CREATES_PER_WRITER), statuses);
  }

  /** Of concurrent creates of one new id, exactly one wins; the others get a 409 problem. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"event", "actor", "source", "gap"})
  void concurrentCreatesOfOneIdLetExactlyOneWin(String kind) throws Exception {
    String prefix = "same-" + kind + "-" + System.nanoTime();
    String[] cited = citedRecords(prefix);
    String token = Tokens.editor();
    String body = NewRecords.of(kind, prefix, cited[0], cited[1]);
    Map<String, Integer> answers =
        ConcurrentWrites.answers(
            SAME_ID_WRITERS,
            SAME_ID_WRITERS,
            120,
            i -> {
              Response response = post(token, NewRecords.path(kind), body);
              return response.statusCode() + " " + response.contentType();
            });
    System.out.println("concurrent creates of one " + kind + " id: " + answers);
    assertEquals(
        Map.of(
            "201 application/json;charset=UTF-8",
            1,
            "409 application/problem+json",
            SAME_ID_WRITERS - 1),
        answers);
  }

  /** An actor and a source that the new events and gaps cite (so they share parent rows). */
  private static String[] citedRecords(String prefix) {
    String token = Tokens.editor();
    String actor = prefix + "-cited-actor";
    String source = prefix + "-cited-source";
    post(token, NewRecords.path("actor"), NewRecords.actor(actor)).then().statusCode(201);
    post(token, NewRecords.path("source"), NewRecords.source(source)).then().statusCode(201);
    return new String[] {actor, source};
  }

  private static Response post(String token, String path, String body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(body)
        .when()
        .post(path);
  }
}
