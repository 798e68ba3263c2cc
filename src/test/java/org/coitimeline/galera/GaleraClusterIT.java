package org.coitimeline.galera;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.coitimeline.support.PackagedService;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scale-out on a real three-node MariaDB Galera cluster: the cluster of {@code
 * deploy/galera-local/up.sh} (loopback, ports 3311-3313) and two packaged instances ({@code
 * target/quarkus-app/quarkus-run.jar}) started together on it with the recommended JDBC URL ({@code
 * jdbc:mariadb:sequential://…}, no {@code createDatabaseIfNotExist}).
 *
 * <p>Only in the Maven profile {@code galera} ({@code ./mvnw verify -Pgalera}): it needs root, the
 * packages {@code galera-4} and {@code mariadb-backup} (up.sh installs them) and the ports above.
 * The tests run in order because they share one cluster whose state they change: the failover test
 * kills the node in use, the next one lets it rejoin. Figures are printed and written to {@code
 * target/galera-figures.txt}.
 */
@EnabledIfSystemProperty(named = "timeline.it.galera", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GaleraClusterIT {
  private static final String DATABASE = "coi_galera";
  private static final int[] NODE_PORTS = {3311, 3312, 3313};
  // The recommended production URL: one node at a time in the order given (see deploy/README.md).
  // Its options can be changed for an experiment with -Dtimeline.it.galera-url-options=….
  private static final String JDBC_URL =
      "jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/"
          + DATABASE
          + "?"
          + System.getProperty(
              "timeline.it.galera-url-options", "connectTimeout=2000&socketTimeout=30000");
  private static final String SEED_EVENT = "segob-plataforma-mexico-budgetary-report";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(300);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(6);
  private static final Duration LOAD_AFTER_KILL = Duration.ofSeconds(24);
  private static final Duration MAX_STALL = Duration.ofSeconds(10);
  private static final int WRITERS = 8;

  private static final List<Process> processes = Collections.synchronizedList(new ArrayList<>());
  private static final List<String> figures = Collections.synchronizedList(new ArrayList<>());
  private static final List<String> firstStartFailures =
      Collections.synchronizedList(new ArrayList<>());
  private static final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private static Path scripts;
  private static Path galeraDir;
  private static String baseA;
  private static String baseB;
  private static String baseC;
  private static int killedNode;
  private static StoreState afterStartingTogether;

  @BeforeAll
  static void startClusterAndTwoInstancesTogether() throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(GaleraClusterIT::stopEverything));
    scripts = Path.of(property("timeline.it.galera-scripts"));
    galeraDir = Files.createTempDirectory("coi-galera-it-");
    try (var old = Files.newDirectoryStream(Path.of(property("timeline.it.logs")), "galera-*")) {
      for (Path file : old) {
        Files.deleteIfExists(file);
      }
    }

    long t0 = System.nanoTime();
    String up = script("up.sh");
    figure("cluster up (bootstrap + 2 joins by SST): %.1f s", seconds(t0));
    up.lines().filter(line -> line.contains("Synced after")).forEach(line -> figure("  %s", line));

    // An operator creates the database once; the service's URL has no createDatabaseIfNotExist.
    try (Connection connection = node(1);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    // Both instances start at the same moment on the empty database: both migrate at start and
    // both may load the data set. An instance whose start fails is started once more, as
    // Kubernetes would restart its pod.
    ExecutorService starter = Executors.newFixedThreadPool(2);
    Exception startFailure = null;
    try {
      Future<String> a = starter.submit(() -> startWithOneRestart("a"));
      Future<String> b = starter.submit(() -> startWithOneRestart("b"));
      try {
        baseA = a.get(2 * READY_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
        baseB = b.get(2 * READY_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        startFailure = e;
      }
    } finally {
      starter.shutdownNow();
    }
    figure("first starts that failed (a restart was needed): %d", firstStartFailures.size());
    afterStartingTogether = StoreState.now();
    figure("after starting together: %s", afterStartingTogether);
    if (startFailure != null) {
      // The store is broken (e.g. a half-applied migration): start again as an operator would,
      // on a new database, one instance after the other, so that the other tests can run.
      figure(
          "an instance did not start even after a restart; recreating the database and"
              + " starting the instances one after the other");
      stopInstances();
      try (Connection connection = node(1);
          Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE " + DATABASE);
        statement.execute(
            "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      }
      baseA = start("a-alone", JDBC_URL, true);
      baseB = start("b-alone", JDBC_URL, false);
    }
  }

  /** Every migration of the build, each applied once and successfully ("version:1"). */
  private static List<String> migrationsOnce() throws IOException {
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.*\\.sql"))
          .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
          .sorted()
          .map(version -> version + ":1")
          .toList();
    }
  }

  /** What the store holds: migrations (version:success), events, actors, event creations. */
  private record StoreState(List<String> migrations, long events, long actors, long creations) {
    static StoreState now() {
      List<String> migrations = List.of();
      long[] counts = {-1, -1, -1};
      try (Connection connection = node(1);
          Statement statement = connection.createStatement()) {
        statement.execute("USE " + DATABASE);
        migrations =
            strings(
                statement,
                "SELECT CONCAT(version, ':', success) FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL ORDER BY installed_rank");
        counts[0] = count(statement, "SELECT COUNT(*) FROM event");
        counts[1] = count(statement, "SELECT COUNT(*) FROM actor");
        counts[2] = count(statement, "SELECT COUNT(*) FROM event_aud WHERE rev_type = 0");
      } catch (SQLException e) {
        // a missing table: the counts stay -1
      }
      return new StoreState(migrations, counts[0], counts[1], counts[2]);
    }
  }

  @AfterAll
  static void stopEverything() {
    stopInstances();
    if (galeraDir != null && Files.isDirectory(galeraDir)) {
      try {
        if (Boolean.getBoolean("timeline.it.galera-keep")) {
          script("down.sh");
        } else {
          script("down.sh", "--purge");
        }
      } catch (Exception e) {
        System.err.println("down.sh failed: " + e.getMessage());
      }
    }
    writeFigures();
  }

  private static void stopInstances() {
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
  @Order(1)
  void bothInstancesStartingTogetherMigrateOnceAndLoadTheDataSetOnce() throws Exception {
    JsonNode seed = seedBundle();
    int events = seed.get("events").size();
    int actors = seed.get("actors").size();
    long loaders = logsContaining("Loaded the data set");
    figure(
        "instances whose log says they loaded the data set: %d (data set: %d events, %d actors)",
        loaders, events, actors);
    StoreState state = afterStartingTogether;
    assertAll(
        () ->
            assertEquals(
                List.of(),
                firstStartFailures,
                "both instances start the first time (no start failed on a migration or seeding"
                    + " race)"),
        () -> assertEquals(migrationsOnce(), state.migrations(), "each migration once"),
        () -> assertEquals(events, state.events(), "the data set's events, once"),
        () -> assertEquals(actors, state.actors(), "the data set's actors, once"),
        () -> assertEquals(events, state.creations(), "one creation revision per event"),
        () -> assertEquals(1, loaders, "exactly one instance loaded the data set"));
  }

  @Test
  @Order(2)
  void aWriteThroughOneInstanceIsReadThroughTheOtherWithTheSameEtag() throws Exception {
    String id = "galera-write-read";
    HttpResponse<String> posted = post(baseA, "/api/v1/events", event(id), editor("it-a"));
    assertEquals(201, posted.statusCode(), posted.body());
    String etag = posted.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> read = get(baseB, "/api/v1/events/" + id);
    assertEquals(200, read.statusCode(), read.body());
    assertEquals(etag, read.headers().firstValue("ETag").orElse(null));

    String changed = read.body().replace("\"title\":\"Event ", "\"title\":\"Changed ");
    HttpResponse<String> put = put(baseB, "/api/v1/events/" + id, changed, etag, editor("it-b"));
    assertEquals(200, put.statusCode(), put.body());
    String newEtag = put.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> reread = get(baseA, "/api/v1/events/" + id);
    assertEquals(200, reread.statusCode(), reread.body());
    assertEquals(newEtag, reread.headers().firstValue("ETag").orElse(null));
    assertTrue(reread.body().contains("\"title\":\"Changed " + id + "\""), reread.body());
  }

  @Test
  @Order(3)
  void concurrentPutsWithOneEtagThroughBothInstancesLetExactlyOneWin() throws Exception {
    List<Integer> statuses = contest("galera-contested", "before failover");
    assertExactlyOneWinner(statuses);
  }

  @Test
  @Order(4)
  void killingTheNodeInUseUnderLoadCostsAtMostOneFailurePerRequestInFlight() throws Exception {
    Map<Integer, Long> before = appConnectionsPerNode();
    int inUse = before.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    figure("service connections per node before the kill: %s; node in use: %d", before, inUse);

    Map<String, Long> causesBefore = serverErrorsByCause();
    Map<Integer, String> wsrepBefore = conflictCounters();
    ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> clients = new ArrayList<>();
    String[] bases = {baseA, baseB};
    for (int i = 0; i < 4; i++) {
      String base = bases[i % 2];
      boolean writer = i < 2;
      int client = i;
      Thread thread =
          new Thread(() -> load(client, base, writer, running, calls), "galera-load-" + i);
      clients.add(thread);
    }
    clients.forEach(Thread::start);
    Thread.sleep(LOAD_BEFORE_KILL.toMillis());

    long kill = System.nanoTime();
    killNode(inUse);
    killedNode = inUse;
    Thread.sleep(LOAD_AFTER_KILL.toMillis());
    running.set(false);
    for (Thread thread : clients) {
      thread.join(REQUEST_TIMEOUT.toMillis() + 5_000);
    }

    List<Call> all = new ArrayList<>(calls);
    Map<String, Long> causes = serverErrorsByCause();
    causesBefore.forEach((cause, n) -> causes.merge(cause, -n, Long::sum));
    causes.values().removeIf(n -> n == 0);
    long failoverErrors = causes.getOrDefault(FAILOVER, 0L);
    long otherErrors = causes.values().stream().mapToLong(n -> n).sum() - failoverErrors;
    figure("500s during the load by cause (instance logs): %s", causes);
    figure(
        "wsrep_local_cert_failures/wsrep_local_bf_aborts per node before %s, after %s",
        wsrepBefore, conflictCounters());
    List<Call> inFlight = all.stream().filter(c -> c.start < kill && c.end > kill).toList();
    List<Call> failedBefore = all.stream().filter(c -> c.end <= kill && c.failed()).toList();
    List<Call> failedAfter = all.stream().filter(c -> c.end > kill && c.failed()).toList();
    List<Call> startedAfterFailed =
        all.stream().filter(c -> c.start >= kill && c.failed()).toList();
    long settled = kill + MAX_STALL.toNanos();
    List<Call> late = all.stream().filter(c -> c.start >= settled).toList();
    List<Call> lateFailed = late.stream().filter(Call::failed).toList();
    double longest = all.stream().mapToDouble(Call::seconds).max().orElse(0);
    double longestWrite =
        all.stream().filter(c -> c.write).mapToDouble(Call::seconds).max().orElse(0);
    double longestRead =
        all.stream().filter(c -> !c.write).mapToDouble(Call::seconds).max().orElse(0);
    List<String> acknowledged =
        all.stream().filter(c -> c.write && c.status == 201).map(c -> c.id).toList();
    long writesAfterKill = all.stream().filter(c -> c.write && c.start > kill).count();
    long okWritesAfterKill =
        all.stream().filter(c -> c.write && c.start > kill && c.status == 201).count();

    Map<Integer, Integer> lost = new java.util.TreeMap<>();
    for (int n = 1; n <= NODE_PORTS.length; n++) {
      if (n != inUse) {
        lost.put(n, missing(n, acknowledged));
      }
    }
    figure(
        "load: %d requests (%d writes acknowledged); in flight at the kill: %d",
        all.size(), acknowledged.size(), inFlight.size());
    figure(
        "failed before the kill: %d %s; failed at/after the kill: %d %s",
        failedBefore.size(), summary(failedBefore), failedAfter.size(), summary(failedAfter));
    figure(
        "requests started after the kill that failed: %d %s",
        startedAfterFailed.size(), summary(startedAfterFailed));
    figure(
        "longest request: %.1f s (write %.1f s, read %.1f s); requests started >= 10 s after"
            + " the kill: %d, failed %d",
        longest, longestWrite, longestRead, late.size(), lateFailed.size());
    figure(
        "writes started after the kill: %d, acknowledged %d", writesAfterKill, okWritesAfterKill);
    figure("acknowledged writes missing per surviving node: %s", lost);
    figure(
        "stall timeline after the kill (s since kill: status, duration): %s", timeline(all, kill));

    assertAll(
        () -> assertTrue(acknowledged.size() > 0, "the load wrote something"),
        () ->
            assertTrue(
                failoverErrors <= inFlight.size(),
                "at most one failure caused by the failover per request in flight at the kill: "
                    + failoverErrors
                    + " failed, "
                    + inFlight.size()
                    + " in flight"),
        () ->
            assertEquals(
                0, otherErrors, "no other 500s during the load (e.g. deadlocks): " + causes),
        () ->
            assertTrue(
                failedAfter.size() <= inFlight.size(),
                "at most one failed response of any cause per request in flight at the kill: "
                    + failedAfter.size()
                    + " failed, "
                    + inFlight.size()
                    + " in flight"),
        () ->
            assertTrue(
                longest <= MAX_STALL.toSeconds(),
                "no request stalls more than 10 s: longest " + longest + " s"),
        () ->
            assertEquals(
                List.of(),
                startedAfterFailed,
                "a request started after the kill finds its pooled connection broken at most"
                    + " once, and runs again on the node the driver failed over to"),
        () -> assertTrue(late.size() > 0, "the service kept answering"),
        () -> assertEquals(0, lateFailed.size(), "no failures 10 s after the kill: " + lateFailed),
        () -> assertTrue(okWritesAfterKill > 0, "writes succeed again after the kill"),
        () -> assertEquals(0, failedBefore.size(), "no failures before the kill: " + failedBefore),
        () ->
            assertTrue(
                lost.values().stream().allMatch(m -> m == 0),
                "every acknowledged write is on the surviving nodes: " + lost));
  }

  @Test
  @Order(5)
  void theKilledNodeRejoinsAndTheEventTableMatchesOnAllNodes() throws Exception {
    assumeTrue(killedNode > 0, "the failover test killed a node");
    long t0 = System.nanoTime();
    String up = script("up.sh", Integer.toString(killedNode));
    figure("node %d rejoined in %.1f s", killedNode, seconds(t0));
    up.lines().filter(line -> line.contains("node " + killedNode)).forEach(l -> figure("  %s", l));

    List<String> eventChecksums = new ArrayList<>();
    List<String> revisionChecksums = new ArrayList<>();
    List<String> states = new ArrayList<>();
    for (int n = 1; n <= NODE_PORTS.length; n++) {
      try (Connection connection = node(n);
          Statement statement = connection.createStatement()) {
        // Read only after every write the cluster has ordered so far is applied here.
        statement.execute("SET SESSION wsrep_sync_wait = 1");
        states.add(
            strings(statement, "SHOW STATUS LIKE 'wsrep_local_state_comment'", 2).get(0)
                + "/"
                + strings(statement, "SHOW STATUS LIKE 'wsrep_cluster_size'", 2).get(0));
        eventChecksums.add(strings(statement, "CHECKSUM TABLE " + DATABASE + ".event", 2).get(0));
        revisionChecksums.add(
            strings(statement, "CHECKSUM TABLE " + DATABASE + ".revision", 2).get(0));
      }
    }
    figure("after rejoin: states %s, event checksums %s", states, eventChecksums);
    assertAll(
        () -> assertEquals(List.of("Synced/3", "Synced/3", "Synced/3"), states),
        () ->
            assertEquals(1, eventChecksums.stream().distinct().count(), "event " + eventChecksums),
        () ->
            assertEquals(
                1, revisionChecksums.stream().distinct().count(), "revision " + revisionChecksums));
  }

  @Test
  @Order(6)
  void concurrentPutsAfterFailoverAndRejoinLetExactlyOneWin() throws Exception {
    figure("service connections per node after the rejoin: %s", appConnectionsPerNode());
    List<Integer> statuses = contest("galera-contested-after", "after failover and rejoin");
    assertExactlyOneWinner(statuses);
  }

  @Test
  @Order(7)
  void concurrentPutsThroughInstancesWritingToDifferentNodesNeverAnswer5xx() throws Exception {
    // A third instance that writes to node 3 only, while the other two write to the node their
    // sequential URL chose: row locks do not keep writers on two nodes apart, Galera's
    // certification rejects the loser at commit with 1213.
    baseC = start("c", "jdbc:mariadb://127.0.0.1:3313/" + DATABASE + "?connectTimeout=2000", false);
    figure("service connections per node with instance c on node 3: %s", appConnectionsPerNode());
    String id = "galera-contested-nodes";
    HttpResponse<String> created = post(baseA, "/api/v1/events", event(id), editor("it-editor"));
    assertEquals(201, created.statusCode(), created.body());
    Map<Integer, String> wsrepBefore = conflictCounters();
    List<Integer> statuses = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      statuses.addAll(contestExisting(id, List.of(baseA, baseC), "across nodes, round " + round));
    }
    Map<Integer, Long> counts =
        statuses.stream()
            .collect(Collectors.groupingBy(s -> s, java.util.TreeMap::new, Collectors.counting()));
    figure("concurrent PUTs across nodes, 3 rounds: %s", counts);
    figure(
        "wsrep_local_cert_failures/wsrep_local_bf_aborts per node before %s, after %s",
        wsrepBefore, conflictCounters());
    assertAll(
        () -> assertEquals(0, statuses.stream().filter(s -> s >= 500).count(), "5xx " + counts),
        () -> assertEquals(3, statuses.stream().filter(s -> s == 200).count(), "one 200 a round"));
  }

  // ---- concurrent changes

  private List<Integer> contest(String id, String when) throws Exception {
    HttpResponse<String> created = post(baseA, "/api/v1/events", event(id), editor("it-editor"));
    assertEquals(201, created.statusCode(), created.body());
    return contestExisting(id, List.of(baseA, baseB), when);
  }

  /** WRITERS concurrent PUTs with the current ETag, alternately through these instances. */
  private List<Integer> contestExisting(String id, List<String> instances, String when)
      throws Exception {
    HttpResponse<String> original = get(instances.get(1), "/api/v1/events/" + id);
    assertEquals(200, original.statusCode(), original.body());
    String etag = original.headers().firstValue("ETag").orElseThrow();

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int i = 0; i < WRITERS; i++) {
        String base = instances.get(i % instances.size());
        String body =
            original.body().replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"Writer " + i + "\"");
        String token = editor("it-writer-" + i);
        Callable<Integer> change =
            () -> {
              go.await();
              return put(base, "/api/v1/events/" + id, body, etag, token).statusCode();
            };
        results.add(pool.submit(change));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get(60, TimeUnit.SECONDS));
      }
      figure("concurrent PUTs with one ETag %s: %s", when, statuses);
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertExactlyOneWinner(List<Integer> statuses) {
    assertAll(
        () ->
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one 200 " + statuses),
        () ->
            assertEquals(
                WRITERS - 1, statuses.stream().filter(s -> s == 412).count(), "412s " + statuses),
        () -> assertEquals(0, statuses.stream().filter(s -> s >= 500).count(), "5xx " + statuses));
  }

  // ---- load

  /** One request of the load: when it started and ended (System.nanoTime) and what came back. */
  private record Call(boolean write, String id, long start, long end, int status, String detail) {
    boolean failed() {
      return status < 0 || status >= 500;
    }

    double seconds() {
      return (end - start) / 1e9;
    }

    @Override
    public String toString() {
      return (write ? "POST " : "GET ") + status + " " + detail;
    }
  }

  private static void load(
      int client,
      String base,
      boolean writer,
      AtomicBoolean running,
      ConcurrentLinkedQueue<Call> calls) {
    String token = editor("it-load-" + client);
    for (int seq = 0; running.get(); seq++) {
      String id = writer ? "galera-load-" + client + "-" + seq : null;
      long start = System.nanoTime();
      int status;
      String detail = "";
      try {
        HttpResponse<String> response;
        if (writer) {
          response = post(base, "/api/v1/events", event(id), token);
        } else if (seq % 2 == 0) {
          response = get(base, "/api/v1/events?limit=20");
        } else {
          response = get(base, "/api/v1/events/" + SEED_EVENT);
        }
        status = response.statusCode();
        if (status >= 400) {
          detail =
              response.body().length() > 200 ? response.body().substring(0, 200) : response.body();
        }
      } catch (IOException e) {
        status = -1;
        detail = e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      calls.add(new Call(writer, id, start, System.nanoTime(), status, detail));
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String summary(List<Call> calls) {
    return calls.stream()
        .collect(
            Collectors.groupingBy(
                c -> (c.write ? "POST " : "GET ") + c.status, Collectors.counting()))
        .toString();
  }

  /** Requests that ended within 15 s of the kill and took more than 0.5 s, or failed. */
  private static String timeline(List<Call> calls, long kill) {
    return calls.stream()
        .filter(c -> c.end > kill && c.start < kill + 15_000_000_000L)
        .filter(c -> c.failed() || c.seconds() > 0.5)
        .sorted((x, y) -> Long.compare(x.start, y.start))
        .map(
            c ->
                String.format(
                    Locale.ROOT,
                    "%+.1f:%s%d/%.1fs",
                    (c.start - kill) / 1e9,
                    c.write ? "W" : "R",
                    c.status,
                    c.seconds()))
        .collect(Collectors.joining(" "));
  }

  // ---- the cluster

  private static Connection node(int n) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + NODE_PORTS[n - 1] + "/?connectTimeout=2000", "root", "");
  }

  /** Connections of the service (to its database) on each node that answers. */
  private static Map<Integer, Long> appConnectionsPerNode() {
    Map<Integer, Long> connections = new java.util.TreeMap<>();
    for (int n = 1; n <= NODE_PORTS.length; n++) {
      try (Connection connection = node(n);
          Statement statement = connection.createStatement()) {
        connections.put(
            n,
            count(
                statement,
                "SELECT COUNT(*) FROM information_schema.processlist WHERE db = '"
                    + DATABASE
                    + "'"));
      } catch (SQLException down) {
        connections.put(n, -1L);
      }
    }
    return connections;
  }

  private static int missing(int n, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    try (Connection connection = node(n);
        Statement statement = connection.createStatement()) {
      statement.execute("SET SESSION wsrep_sync_wait = 1");
      String in = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
      long present =
          count(
              statement, "SELECT COUNT(*) FROM " + DATABASE + ".event WHERE slug IN (" + in + ")");
      return ids.size() - (int) present;
    }
  }

  private static void killNode(int n) throws Exception {
    String pid = Files.readString(galeraDir.resolve("node" + n).resolve("node.pid")).trim();
    Process kill = new ProcessBuilder("kill", "-9", pid).inheritIO().start();
    assertEquals(0, kill.waitFor(), "kill -9 of node " + n + " (pid " + pid + ")");
    figure("kill -9 of node %d (pid %s)", n, pid);
  }

  /** Runs a script of deploy/galera-local on this test's cluster directory; returns its output. */
  private static String script(String name, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(scripts.resolve(name).toString()));
    command.addAll(List.of(args));
    File log = Path.of(property("timeline.it.logs"), "galera-" + name + ".log").toFile();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    builder.environment().put("GALERA_DIR", galeraDir.toString());
    long offset = log.length();
    Process process = builder.start();
    if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " did not finish within " + SCRIPT_TIMEOUT);
    }
    String output = Files.readString(log.toPath(), StandardCharsets.UTF_8).substring((int) offset);
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          name + " failed with " + process.exitValue() + ":\n" + output);
    }
    return output;
  }

  // ---- the instances

  /** Starts an instance; when its first start fails, records why and starts it once more. */
  private static String startWithOneRestart(String name) throws Exception {
    try {
      return start(name, JDBC_URL, true);
    } catch (IllegalStateException failed) {
      firstStartFailures.add(name + ": " + failed.getMessage());
      figure("instance %s failed its first start; restarting it", name);
      return start(name + "-restart", JDBC_URL, true);
    }
  }

  private static String start(String name, String jdbcUrl, boolean initialise) throws Exception {
    File log = Path.of(property("timeline.it.logs"), "galera-instance-" + name + ".log").toFile();
    PackagedService.Launched launched =
        PackagedService.launch(
            log,
            jdbcUrl,
            Map.of(
                "TIMELINE_SEED_ENABLED",
                Boolean.toString(initialise),
                "QUARKUS_FLYWAY_MIGRATE_AT_START",
                Boolean.toString(initialise)));
    processes.add(launched.process());
    awaitReady(launched.process(), launched.management(), log);
    return launched.base();
  }

  private static void awaitReady(Process process, String base, File log) throws Exception {
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "exited with " + process.exitValue() + ":\n" + tail(log, 15));
      }
      try {
        HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("not ready within " + READY_TIMEOUT + ":\n" + tail(log, 15));
  }

  private static final String FAILOVER = "failover (transaction was lost)";

  /**
   * The 500s the instances logged so far, by the database error behind each: the last SQL cause
   * logged before the problem line.
   */
  private static Map<String, Long> serverErrorsByCause() throws IOException {
    Map<String, Long> causes = new java.util.TreeMap<>();
    try (var files = Files.list(Path.of(property("timeline.it.logs")))) {
      for (Path log :
          files.filter(p -> p.getFileName().toString().startsWith("galera-instance-")).toList()) {
        String cause = "other";
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
          if (line.contains("status=500")) {
            String lastCause = line.contains("Driver has reconnect") ? FAILOVER : cause;
            causes.merge(lastCause, 1L, Long::sum);
            cause = "other";
          } else if (line.contains("Caused by: java.sql")
              || line.contains("JDBCConnectionException")) {
            if (line.contains("Driver has reconnect") || line.contains("transaction was lost")) {
              cause = FAILOVER;
            } else if (line.contains("Deadlock")) {
              cause = "deadlock (1213)";
            } else if (line.contains("foreign key")) {
              cause = "foreign key";
            } else {
              cause = "other SQL error";
            }
          }
        }
      }
    }
    return causes;
  }

  /** Galera's own conflict counters of each node that answers. */
  private static Map<Integer, String> conflictCounters() {
    Map<Integer, String> counters = new java.util.TreeMap<>();
    for (int n = 1; n <= NODE_PORTS.length; n++) {
      try (Connection connection = node(n);
          Statement statement = connection.createStatement()) {
        counters.put(
            n,
            strings(statement, "SHOW STATUS LIKE 'wsrep_local_cert_failures'", 2).get(0)
                + "/"
                + strings(statement, "SHOW STATUS LIKE 'wsrep_local_bf_aborts'", 2).get(0));
      } catch (SQLException down) {
        counters.put(n, "down");
      }
    }
    return counters;
  }

  private static long logsContaining(String text) throws IOException {
    long count = 0;
    try (var files = Files.list(Path.of(property("timeline.it.logs")))) {
      for (Path log :
          files
              .filter(
                  p ->
                      p.getFileName().toString().startsWith("galera-instance-")
                          && !p.getFileName().toString().contains("-alone"))
              .toList()) {
        if (Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
          count++;
        }
      }
    }
    return count;
  }

  // ---- requests

  private static HttpResponse<String> get(String base, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String base, String path, String json, String token)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> put(
      String base, String path, String json, String etag, String token)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("If-Match", etag)
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String event(String id) {
    return """
        {"id": "%s", "title": "Event %s", "date": "2021-01-22", "type": "statement",
         "countries": ["MX"], "corroboration": "single-source"}
        """
        .formatted(id, id);
  }

  private static String editor(String subject) {
    return Tokens.of("editor", subject);
  }

  // ---- helpers

  private static JsonNode seedBundle() throws IOException {
    try (InputStream in =
        GaleraClusterIT.class.getClassLoader().getResourceAsStream("seed/mex200740e.json")) {
      assertTrue(in != null, "the data set is on the test class path");
      return new ObjectMapper().readTree(in);
    }
  }

  private static long count(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static List<String> strings(Statement statement, String sql) throws SQLException {
    return strings(statement, sql, 1);
  }

  private static List<String> strings(Statement statement, String sql, int column)
      throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(column));
      }
    }
    return values;
  }

  private static void figure(String format, Object... args) {
    String line = String.format(Locale.ROOT, format, args);
    figures.add(line);
    System.out.println("[galera] " + line);
  }

  private static void writeFigures() {
    try {
      Files.write(
          Path.of(property("timeline.it.logs"), "galera-figures.txt"),
          new ArrayList<>(figures),
          StandardCharsets.UTF_8);
    } catch (IOException | AssertionError e) {
      System.err.println("could not write the figures: " + e.getMessage());
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String tail(File log, int lines) {
    try {
      List<String> all = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertTrue(value != null && !value.isBlank(), name + " is set by maven-failsafe (pom.xml)");
    return value;
  }
}
