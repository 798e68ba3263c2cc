package org.coitimeline.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.coitimeline.support.OwnMariaDb;
import org.coitimeline.support.PackagedService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on a MariaDB of its own that this test kills (SIGKILL), hangs (SIGSTOP) and
 * brings back (a new mariadbd on the same files; SIGCONT), while a writer creates actors, a reader
 * lists them and a prober polls readiness, all the time. Every answer must come within 5 s; while
 * the database is away every API answer is a 503 problem with Retry-After; readiness is DOWN within
 * 5 s and never shows the database's address; within 10 s of the database being back the service
 * answers again by itself; every write acknowledged with 201 is there afterwards. Figures go to
 * target/database-faults-figures.txt.
 */
class DatabaseFaultsIT {
  private static final long ANSWER_BOUND_MS = 5_000;
  private static final long DOWN_BOUND_MS = 5_000;
  private static final long RECOVERY_BOUND_MS = 10_000;
  private static final long FAULT_HELD_MS = 8_000;
  private static final long RECOVERY_WAIT_MS = 25_000;

  private static OwnMariaDb db;
  private static PackagedService service;
  private static final List<String> figures = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void startDatabaseAndService() throws Exception {
    db = OwnMariaDb.install("faults");
    db.start();
    service =
        PackagedService.start(
            "database-faults",
            "jdbc:mariadb://" + db.hostPort() + "/coitimeline_faults?createDatabaseIfNotExist=true",
            Map.of());
  }

  @AfterAll
  static void stop() throws IOException {
    if (service != null) {
      service.close();
    }
    if (db != null) {
      db.close();
    }
    if (!figures.isEmpty()) {
      Files.write(Path.of("target", "database-faults-figures.txt"), figures);
    }
  }

  @Test
  void aKilledDatabaseGives503sAndTheServiceRecoversWhenItIsBack() throws Exception {
    exercise("killed (SIGKILL), then started again", db::kill, db::start);
  }

  @Test
  void aHungDatabaseGives503sWithinFiveSecondsAndTheServiceRecoversWhenItGoesOn() throws Exception {
    exercise("hung (SIGSTOP), then continued (SIGCONT)", db::hang, db::resume);
  }

  private interface Step {
    void run() throws Exception;
  }

  private void exercise(String fault, Step hurt, Step heal) throws Exception {
    Traffic traffic = new Traffic(service.base(), service.management());
    traffic.start();
    try {
      Thread.sleep(3_000);
      long hurtAt = traffic.now();
      hurt.run();
      Thread.sleep(FAULT_HELD_MS);
      heal.run();
      long backAt = traffic.now(); // the database accepts connections again
      long deadline = backAt + RECOVERY_WAIT_MS;
      while (traffic.now() < deadline && !traffic.recoveredAfter(backAt)) {
        Thread.sleep(200);
      }
      Thread.sleep(2_000);
      traffic.stop();
      report(fault, traffic, hurtAt, backAt);
    } finally {
      traffic.stop();
    }
  }

  private void report(String fault, Traffic traffic, long hurtAt, long backAt) throws Exception {
    List<Sample> samples = traffic.samples();
    List<Sample> api = samples.stream().filter(s -> !s.kind.equals("ready")).toList();
    List<Sample> ready = samples.stream().filter(s -> s.kind.equals("ready")).toList();
    long slowest = samples.stream().mapToLong(Sample::duration).max().orElse(0);
    List<Sample> failures = api.stream().filter(s -> !s.ok()).toList();
    List<Sample> notProblem503 =
        failures.stream()
            .filter(
                s ->
                    s.status != 503
                        || s.contentType == null
                        || !s.contentType.startsWith("application/problem+json")
                        || s.retryAfter == null)
            .toList();
    long first503 =
        api.stream()
            .filter(s -> s.status == 503 && s.end >= hurtAt)
            .mapToLong(s -> s.end - hurtAt)
            .min()
            .orElse(-1);
    long down =
        ready.stream()
            .filter(s -> s.status != 200 && s.end >= hurtAt)
            .mapToLong(s -> s.end - hurtAt)
            .min()
            .orElse(-1);
    long lastApiFailure =
        failures.stream().mapToLong(s -> s.end).filter(e -> e >= backAt).max().orElse(backAt);
    long readyAgain =
        ready.stream()
            .filter(s -> s.status == 200 && s.start >= backAt)
            .mapToLong(s -> s.end)
            .min()
            .orElse(Long.MAX_VALUE);
    long apiRecovery = lastApiFailure - backAt;
    long readyRecovery = readyAgain == Long.MAX_VALUE ? -1 : readyAgain - backAt;
    List<String> leaks =
        ready.stream()
            .map(s -> s.body)
            .filter(
                b ->
                    b != null
                        && (b.contains(Integer.toString(db.port()))
                            || b.contains("127.0.0.1")
                            || b.contains("jdbc")))
            .distinct()
            .toList();
    List<String> acknowledged = traffic.acknowledged();
    List<String> lost = new ArrayList<>();
    HttpClient client = HttpClient.newHttpClient();
    for (String id : acknowledged) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(service.base() + "/api/v1/actors/" + id))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        lost.add(id + " (" + response.statusCode() + ")");
      }
    }
    String line =
        String.format(
            "database %s: %d API requests (%d failed, all 503 problems: %s), %d readiness probes;"
                + " first 503 %.1f s after the fault, readiness DOWN after %.1f s, slowest answer"
                + " %.1f s; back: API answering again %.1f s and readiness UP %.1f s after the"
                + " database; %d writes acknowledged, %d lost",
            fault,
            api.size(),
            failures.size(),
            notProblem503.isEmpty(),
            ready.size(),
            first503 / 1000.0,
            down / 1000.0,
            slowest / 1000.0,
            apiRecovery / 1000.0,
            readyRecovery / 1000.0,
            acknowledged.size(),
            lost.size());
    System.out.println(line);
    figures.add(line);
    assertAll(
        () -> assertTrue(slowest <= ANSWER_BOUND_MS, "slowest answer " + slowest + " ms"),
        () -> assertTrue(first503 >= 0 && first503 <= ANSWER_BOUND_MS, "first 503 " + first503),
        () ->
            assertTrue(
                notProblem503.isEmpty(),
                "failures other than 503 problem+json with Retry-After: " + notProblem503),
        () -> assertTrue(down >= 0 && down <= DOWN_BOUND_MS, "readiness DOWN after " + down),
        () -> assertTrue(leaks.isEmpty(), "readiness shows the database: " + leaks),
        () ->
            assertTrue(
                apiRecovery <= RECOVERY_BOUND_MS, "API answering again after " + apiRecovery),
        () ->
            assertTrue(
                readyRecovery >= 0 && readyRecovery <= RECOVERY_BOUND_MS,
                "readiness UP after " + readyRecovery),
        () -> assertTrue(acknowledged.size() > 0, "no write was acknowledged"),
        () -> assertEquals(List.of(), lost, "acknowledged writes missing"));
  }

  /** One request: what was asked, when (ms since the traffic began), and what came back. */
  private record Sample(
      String kind,
      long start,
      long end,
      int status,
      String contentType,
      String retryAfter,
      String body,
      String id) {
    long duration() {
      return end - start;
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** A writer, a reader and a readiness prober, each sending one request after another. */
  private static final class Traffic {
    private static final AtomicInteger RUN = new AtomicInteger();
    private final String base;
    private final String management;
    private final String token = PackagedService.editorToken("fault-writer");
    private final long origin = System.nanoTime();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();
    private final HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .build();
    private final int run = RUN.incrementAndGet();

    Traffic(String base, String management) {
      this.base = base;
      this.management = management;
    }

    long now() {
      return (System.nanoTime() - origin) / 1_000_000;
    }

    void start() {
      threads.add(new Thread(this::write, "fault-writer"));
      threads.add(new Thread(this::read, "fault-reader"));
      threads.add(new Thread(this::probe, "fault-prober"));
      threads.forEach(Thread::start);
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread thread : threads) {
        thread.join(30_000);
      }
    }

    List<Sample> samples() {
      synchronized (samples) {
        return List.copyOf(samples);
      }
    }

    List<String> acknowledged() {
      return samples().stream()
          .filter(s -> s.kind.equals("write") && s.status == 201)
          .map(Sample::id)
          .toList();
    }

    /** Readiness UP, a write and a read succeeded, all begun after the moment. */
    boolean recoveredAfter(long moment) {
      List<Sample> all = samples();
      return all.stream().anyMatch(s -> s.kind.equals("ready") && s.ok() && s.start >= moment)
          && all.stream().anyMatch(s -> s.kind.equals("write") && s.ok() && s.start >= moment)
          && all.stream().anyMatch(s -> s.kind.equals("read") && s.ok() && s.start >= moment);
    }

    private void write() {
      int n = 0;
      while (running.get()) {
        String id = "fault-" + run + "-" + n++;
        String json =
            """
            {"id": "%s", "name": "Actor %s", "type": "government-body", "countries": ["MX"]}
            """
                .formatted(id, id);
        send(
            "write",
            id,
            HttpRequest.newBuilder(URI.create(base + "/api/v1/actors"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        pause();
      }
    }

    private void read() {
      while (running.get()) {
        send(
            "read",
            null,
            HttpRequest.newBuilder(URI.create(base + "/api/v1/actors?limit=5")).GET());
        pause();
      }
    }

    private void probe() {
      while (running.get()) {
        send(
            "ready",
            null,
            HttpRequest.newBuilder(URI.create(management + "/q/health/ready")).GET());
        pause();
      }
    }

    private void send(String kind, String id, HttpRequest.Builder request) {
      long start = now();
      try {
        HttpResponse<String> response =
            client.send(
                request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        samples.add(
            new Sample(
                kind,
                start,
                now(),
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null),
                kind.equals("ready") ? response.body() : null,
                id));
      } catch (IOException e) {
        samples.add(new Sample(kind, start, now(), -1, null, null, e.toString(), id));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running.set(false);
      }
    }

    private void pause() {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running.set(false);
      }
    }
  }
}
