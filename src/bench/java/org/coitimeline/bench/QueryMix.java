package org.coitimeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * The query mix of issue 11, each query through the API (sequential p50/p95, statements and rows
 * read per request from MariaDB's per-user statistics) and its SQL through plain JDBC (the key
 * statements alone, and for list pages the key statements plus the statements that load a page's
 * events and links), with rows examined from ANALYZE FORMAT=JSON. The key statements of a list page
 * are those the service ran for it (captured from MariaDB's general log: one to three for a range
 * read in parts); those of the histogram and of an event by id are written here. Then throughput
 * with concurrent clients, and the CSV and export streams against reading the same rows through
 * JDBC.
 */
final class QueryMix {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BY_DATE = " ORDER BY e.start_earliest, e.end_latest, e.slug";
  private static final int LIMIT = 50;

  /** Longer than the service's read cache keeps a page (TIMELINE_READ_CACHE_TTL, 2 s). */
  private static final long CACHE_TTL_MS = 2500;

  /**
   * A key statement of a list page: the service's page query, a part of a range read in parts or a
   * walk of a link filter's list (TimelineRepository), which select the page's ids and sort keys
   * first.
   */
  /** A statement that reads (the page's statements the baseline runs again). */
  private static final Pattern READ =
      Pattern.compile("^\\(?\\s*(SELECT|WITH)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern KEY_STATEMENT =
      Pattern.compile(
          "^\\(?SELECT (e\\.id|MIN\\((e\\.id|l\\.event_id)\\)) AS id,"
              + " [el]\\.start_earliest AS start_earliest");

  /**
   * One query of the mix: its API path (per repetition) and, when it is not a list page (whose key
   * statements are the service's own), its key SQL (per repetition).
   */
  record Query(String name, IntFunction<String> path, IntFunction<String> keySql, boolean page) {}

  /** What one query measured. */
  record Measured(
      String name,
      String example,
      double apiP50Ms,
      double apiP95Ms,
      double sqlKeyP50Ms,
      double sqlPageP50Ms,
      double rowsExamined,
      long rowsReturned,
      List<String> keyStatements,
      double statementsPerRequest,
      double selectsPerRequest,
      double rowsReadPerRequest) {}

  record Throughput(
      String name, int clients, double seconds, long requests, long errors, double perSecond) {}

  record Stream(String name, int events, double apiSeconds, double jdbcSeconds) {}

  private final ServiceProcess service;
  private final Database database;
  private final String schema;
  private final SyntheticTimeline.Census census;
  private final int repeat;

  /**
   * HTTP/1.1, as a browser or a dashboard talks to a service without TLS: concurrent clients each
   * take a connection of their own from the client's pool (kept alive between their requests). The
   * default, HTTP/2 over cleartext (h2c), would multiplex every client over one connection, which
   * the service then serves from one event loop behind one connection's lock: a measure of the
   * client's connection, not of the service.
   */
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  QueryMix(
      ServiceProcess service,
      Database database,
      String schema,
      SyntheticTimeline.Census census,
      int repeat) {
    this.service = service;
    this.database = database;
    this.schema = schema;
    this.census = census;
    this.repeat = repeat;
  }

  /** The queries, with parameters chosen from what the generator wrote. */
  List<Query> queries() throws IOException, InterruptedException, SQLException {
    List<Query> queries = new ArrayList<>();
    queries.add(list("first page", ""));
    for (String[] range :
        new String[][] {{"early", "1992"}, {"middle", "2007"}, {"late", "2024"}}) {
      String y = range[1];
      queries.add(list("overlaps " + range[0] + " (" + y + ")", "from=" + y + "&to=" + y));
      queries.add(
          list("within " + range[0] + " (" + y + ")", "from=" + y + "&to=" + y + "&match=within"));
    }
    String actor = actorNear(0.01);
    queries.add(
        list(
            "actor (" + share(census.actorEvents[actorIndex(actor)]) + " of events)",
            "actor=" + actor));
    Map.Entry<String, Integer> pair = countryTopicNear(0.02);
    String[] ct = pair.getKey().split("/");
    queries.add(
        list(
            "country + topic (" + share(pair.getValue()) + ")",
            "country=" + ct[0] + "&topic=" + ct[1]));
    String rare = census.wordNear(0.001);
    String common = census.mostCommonWord();
    queries.add(
        list("q rare word (" + share(census.wordEvents.get(rare)) + "): " + rare, "q=" + rare));
    queries.add(
        list(
            "q common word (" + share(census.wordEvents.get(common)) + "): " + common,
            "q=" + common));
    queries.add(list("sort=-date", "sort=-date"));
    queries.add(deepCursor());
    for (String interval : List.of("year", "month")) {
      queries.add(
          new Query(
              "histogram " + interval,
              i -> "/api/v1/timeline/histogram?interval=" + interval,
              // The totals kept on write per month (V11), as the service reads them.
              i ->
                  "SELECT "
                      + (interval.equals("year") ? "LEFT(m.period_month, 4)" : "m.period_month")
                      + " AS period, SUM(m.events) AS n FROM event_month_total m WHERE m.events > 0"
                      + " GROUP BY period ORDER BY period",
              false));
    }
    int events = census.events;
    queries.add(
        new Query(
            "event by id",
            i -> "/api/v1/events/" + SyntheticTimeline.eventId(1 + (i * 7919) % events),
            i ->
                "SELECT * FROM event e WHERE e.slug = '"
                    + SyntheticTimeline.eventId(1 + (i * 7919) % events)
                    + "'",
            false));
    return queries;
  }

  /** A list page: its key statements are those the service runs for it. */
  private static Query list(String name, String parameters) {
    String path = "/api/v1/events?limit=" + LIMIT + (parameters.isEmpty() ? "" : "&" + parameters);
    return new Query(name, i -> path, null, true);
  }

  /**
   * A page in the middle of the timeline: the cursor of the first page with its key replaced by the
   * key of the event half way (the cursor is base64url of v1, the query fingerprint and the key,
   * separated by U+001F).
   */
  private Query deepCursor() throws IOException, InterruptedException, SQLException {
    String first = get("/api/v1/events?limit=" + LIMIT, "application/json").body;
    String next = JSON.readTree(first).path("next").asText();
    String[] parts =
        new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8).split("\u001f");
    int offset = census.events / 2;
    String s;
    String e;
    String slug;
    try (Connection c = database.connect(schema);
        Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT e.start_earliest, e.end_latest, e.slug FROM event e WHERE e.deleted_at IS"
                    + " NULL"
                    + BY_DATE
                    + " LIMIT 1 OFFSET "
                    + offset)) {
      r.next();
      s = r.getString(1);
      e = r.getString(2);
      slug = r.getString(3);
    }
    String cursor =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                String.join("\u001f", parts[0], parts[1], s, e, slug)
                    .getBytes(StandardCharsets.UTF_8));
    return list("deep cursor page (offset " + offset + ")", "cursor=" + cursor);
  }

  /**
   * Sends every query of the mix, one after another, for {@code duration}: the JIT compiles the
   * service's request path as it would in a service that has been up for a while, so that the
   * sequential figures of a freshly restarted service measure its steady state, not its warm-up.
   */
  void warmUp(List<Query> queries, Duration duration) throws Exception {
    long until = System.nanoTime() + duration.toNanos();
    for (int i = 0; System.nanoTime() < until; i++) {
      for (Query query : queries) {
        check(query, get(query.path().apply(i % repeat), "application/json"));
      }
    }
  }

  /**
   * Runs every query sequentially through the API and through JDBC, in rounds: each round sends
   * every query of the mix once, so that every query's requests are spread over the whole run and a
   * slow minute of this shared machine (or of MariaDB's background work after an import) falls on
   * all queries alike, not on whichever query's turn it was. Run query by query, two measurements
   * of one 1 M store minutes apart gave the first page 11.5 and 5.9 ms.
   */
  List<Measured> sequential(List<Query> queries) throws Exception {
    try (Connection jdbc = database.connect(schema)) {
      List<Timing> timings = new ArrayList<>();
      for (Query query : queries) {
        Timing t = new Timing(query, query.page() ? pageStatements(query) : null);
        for (int i = 0; i < Math.max(3, repeat / 5); i++) {
          t.run(jdbc, i, false);
        }
        timings.add(t);
      }
      for (int i = 0; i < repeat; i++) {
        for (Timing t : timings) {
          t.run(jdbc, i, true);
        }
      }
      List<Measured> results = new ArrayList<>();
      for (Timing t : timings) {
        Measured m = t.measured(jdbc);
        System.out.printf(
            "  %-40s api p50 %8.2f ms p95 %8.2f ms | sql %7.2f ms page-sql %7.2f ms | examined"
                + " %9.0f returned %3d | %.1f statements, %.0f rows read per request%n",
            m.name(),
            m.apiP50Ms(),
            m.apiP95Ms(),
            m.sqlKeyP50Ms(),
            m.sqlPageP50Ms(),
            m.rowsExamined(),
            m.rowsReturned(),
            m.statementsPerRequest(),
            m.rowsReadPerRequest());
        results.add(m);
      }
      return results;
    }
  }

  /** One query's sequential figures, gathered a request at a time. */
  private final class Timing {
    private final Query query;
    private final IntFunction<List<String>> keySql;
    private final List<String> rest;
    private final Histogram api = new Histogram(3);
    private final Histogram key = new Histogram(3);
    private final Histogram page = new Histogram(3);
    private final long[] counted = new long[3];
    private long returned;

    Timing(Query query, PageStatements captured) {
      this.query = query;
      this.keySql = captured != null ? i -> captured.key() : i -> List.of(query.keySql().apply(i));
      this.rest = captured != null ? captured.rest() : List.of();
    }

    /**
     * The API request, then the same statements through JDBC: the two take turns, so that both see
     * the machine as it is at that moment. The counters are the service's user's alone: the
     * harness's statements are not counted.
     */
    void run(Connection jdbc, int i, boolean record) throws Exception {
      long[] before = record ? database.serviceCounters(jdbc) : null;
      Response response = timedGet(query.path().apply(i));
      check(query, response);
      long[] after = record ? database.serviceCounters(jdbc) : null;
      long started = System.nanoTime();
      List<Long> ids = new ArrayList<>();
      for (String sql : keySql.apply(i)) {
        ids.addAll(keyQuery(jdbc, sql));
      }
      long keyNanos = System.nanoTime() - started;
      for (String sql : rest) {
        keyQuery(jdbc, sql);
      }
      long pageNanos = System.nanoTime() - started;
      if (record) {
        api.recordValue(response.nanos / 1000);
        key.recordValue(keyNanos / 1000);
        page.recordValue(pageNanos / 1000);
        for (int c = 0; c < counted.length; c++) {
          counted[c] += after[c] - before[c];
        }
        returned = ids.size();
      }
    }

    Measured measured(Connection jdbc) throws Exception {
      double examined = 0;
      for (String sql : keySql.apply(0)) {
        examined += Database.rowsExamined(jdbc, sql);
      }
      return new Measured(
          query.name(),
          query.path().apply(0),
          api.getValueAtPercentile(50) / 1000.0,
          api.getValueAtPercentile(95) / 1000.0,
          key.getValueAtPercentile(50) / 1000.0,
          query.page() ? page.getValueAtPercentile(50) / 1000.0 : Double.NaN,
          examined,
          returned,
          keySql.apply(0),
          counted[0] / (double) repeat,
          counted[1] / (double) repeat,
          counted[2] / (double) repeat);
    }
  }

  /**
   * The statements the service ran for one list page ({@code key}: those that select the page's
   * keys, one to three for a range; {@code rest}: every other statement it sent, which loads the
   * page's events and links and the protected people), as MariaDB received them.
   */
  record PageStatements(List<String> key, List<String> rest) {}

  /**
   * The statements the service runs for a list page, captured from the general log while it answers
   * the page: a page the read cache kept runs none, so ask again once its entry is gone. Timing
   * these through JDBC gives the page's SQL as the service sends it, whatever its statements are,
   * rather than a copy of them kept in step by hand.
   */
  private PageStatements pageStatements(Query query) throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      List<String> all =
          database.serviceStatements(
              () -> check(query, get(query.path().apply(0), "application/json")));
      List<String> keys =
          all.stream().filter(sql -> KEY_STATEMENT.matcher(sql).lookingAt()).toList();
      if (!keys.isEmpty()) {
        return new PageStatements(
            keys,
            all.stream()
                .filter(sql -> !KEY_STATEMENT.matcher(sql).lookingAt())
                .filter(sql -> READ.matcher(sql).lookingAt())
                .toList());
      }
      Thread.sleep(CACHE_TTL_MS);
    }
    throw new IllegalStateException(
        query.name() + ": no key statement of the service found in the general log");
  }

  /** Requests per second from {@code clients} clients, each sending one request after another. */
  Throughput concurrent(
      String name, List<Query> queries, int clients, Duration duration, Duration warmUp)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicBoolean counting = new AtomicBoolean(false);
    AtomicBoolean running = new AtomicBoolean(true);
    List<Future<long[]>> results = new ArrayList<>();
    try {
      for (int c = 0; c < clients; c++) {
        int client = c;
        results.add(
            pool.submit(
                () -> {
                  long ok = 0;
                  long failed = 0;
                  for (int i = client; running.get(); i++) {
                    Query q = queries.get(i % queries.size());
                    boolean good;
                    try {
                      good = get(q.path().apply(i), "application/json").status == 200;
                    } catch (IOException e) {
                      good = false;
                    }
                    if (counting.get() && running.get()) {
                      if (good) {
                        ok++;
                      } else {
                        failed++;
                      }
                    }
                  }
                  return new long[] {ok, failed};
                }));
      }
      // Uncounted at first: the service's request path is compiled under this load by then.
      Thread.sleep(Math.max(2000, warmUp.toMillis()));
      counting.set(true);
      long started = System.nanoTime();
      Thread.sleep(duration.toMillis());
      running.set(false);
      double seconds = (System.nanoTime() - started) / 1e9;
      long ok = 0;
      long failed = 0;
      for (Future<long[]> result : results) {
        long[] r = result.get(2, TimeUnit.MINUTES);
        ok += r[0];
        failed += r[1];
      }
      Throughput t = new Throughput(name, clients, seconds, ok, failed, ok / seconds);
      System.out.printf(
          "  %-40s %d clients: %.1f requests/s (%d errors)%n",
          name, clients, t.perSecond(), failed);
      return t;
    } finally {
      running.set(false);
      pool.shutdownNow();
    }
  }

  /**
   * CSV of all events and GET /export, against reading events and links through JDBC. Untimed
   * rounds of all three come first, for {@code warmUp} and at least one: the service's format
   * writers and the harness's JDBC read are compiled by then, as in a service that has been up for
   * a while (on a 10 k store the first dozen runs of either side took up to four times as long).
   */
  List<Stream> streams(int times, Duration warmUp) throws Exception {
    List<Stream> streams = new ArrayList<>();
    Histogram csv = new Histogram(3);
    Histogram export = new Histogram(3);
    Histogram jdbc = new Histogram(3);
    long warmUntil = System.nanoTime() + warmUp.toNanos();
    do {
      stream("/api/v1/events", "text/csv");
      stream("/api/v1/export", "application/json");
      readAllThroughJdbc();
    } while (System.nanoTime() < warmUntil);
    for (int i = 0; i < times; i++) {
      Response r = stream("/api/v1/events", "text/csv");
      csv.recordValue(r.nanos / 1000);
      Response x = stream("/api/v1/export", "application/json");
      export.recordValue(x.nanos / 1000);
      long started = System.nanoTime();
      readAllThroughJdbc();
      jdbc.recordValue((System.nanoTime() - started) / 1000);
    }
    double j = jdbc.getValueAtPercentile(50) / 1e6;
    streams.add(
        new Stream("CSV of all events", census.events, csv.getValueAtPercentile(50) / 1e6, j));
    streams.add(new Stream("GET /export", census.events, export.getValueAtPercentile(50) / 1e6, j));
    for (Stream s : streams) {
      System.out.printf(
          "  %-40s %.0f events/s (JDBC %.0f events/s)%n",
          s.name(), s.events() / s.apiSeconds(), s.events() / s.jdbcSeconds());
    }
    return streams;
  }

  /** The rows an export of the events needs: every event and its links, streamed. */
  private void readAllThroughJdbc() throws SQLException {
    String[] statements = {
      "SELECT e.* FROM event e WHERE e.deleted_at IS NULL" + BY_DATE,
      "SELECT event_id, country FROM event_country ORDER BY event_id, country",
      "SELECT event_id, topic_code FROM event_topic ORDER BY event_id, topic_code",
      "SELECT * FROM event_figure ORDER BY event_id, position",
      "SELECT l.*, a.slug, a.name FROM event_actor l JOIN actor a ON a.id = l.actor_id ORDER BY"
          + " l.event_id, l.position",
      "SELECT l.*, s.slug, s.citation FROM event_source l JOIN source s ON s.id = l.source_id"
          + " ORDER BY l.event_id, l.position"
    };
    try (Connection c = database.connect(schema)) {
      for (String sql : statements) {
        try (Statement s = c.createStatement()) {
          s.setFetchSize(1000);
          try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
              for (int i = 1; i <= columns; i++) {
                r.getObject(i);
              }
            }
          }
        }
      }
    }
  }

  private static List<Long> keyQuery(Connection c, String sql) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        for (int i = 1; i <= columns; i++) {
          r.getObject(i);
        }
        // The ids of a page's events; a histogram's rows are only counted.
        ids.add(r.getObject(1) instanceof Number n ? n.longValue() : -1L);
      }
    }
    return ids;
  }

  private record Response(int status, String body, long nanos) {}

  private Response get(String path, String accept) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(service.baseUrl + path))
            .timeout(Duration.ofMinutes(2))
            .header("Accept", accept)
            .build();
    long started = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.body(), System.nanoTime() - started);
  }

  /**
   * A sequential request as a blocking client sends it: {@link HttpURLConnection} on the calling
   * thread, over a kept-alive connection. The JDK's asynchronous {@link HttpClient} hands each
   * request and answer between its own threads; on this 2-core machine that added 0.55–1.2 ms to
   * every answer it timed, as much to a 400 that runs no SQL (1.3–1.4 ms against 0.7–0.9 ms) as to
   * a list page, a cost of the client and not of the service. The concurrent clients and the
   * streams keep {@link #http}: there the client's cost is a small part of what is timed.
   */
  private Response timedGet(String path) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) URI.create(service.baseUrl + path).toURL().openConnection();
    connection.setRequestProperty("Accept", "application/json");
    connection.setReadTimeout((int) Duration.ofMinutes(2).toMillis());
    long started = System.nanoTime();
    int status = connection.getResponseCode();
    byte[] body;
    try (InputStream in =
        status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
      body = in == null ? new byte[0] : in.readAllBytes();
    }
    long nanos = System.nanoTime() - started;
    return new Response(status, new String(body, StandardCharsets.UTF_8), nanos);
  }

  /** A streamed response read to its end without keeping it. */
  private Response stream(String path, String accept) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(service.baseUrl + path))
            .timeout(Duration.ofMinutes(30))
            .header("Accept", accept)
            .build();
    long started = System.nanoTime();
    HttpResponse<InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    try (InputStream in = response.body()) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        bytes += n;
      }
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return new Response(response.statusCode(), bytes + " bytes", System.nanoTime() - started);
  }

  private static Void check(Query query, Response response) {
    if (response.status != 200) {
      throw new IllegalStateException(
          query.name() + " answered " + response.status + ": " + response.body);
    }
    return null;
  }

  private String actorNear(double share) {
    int best = 0;
    double target = share * census.events;
    for (int i = 0; i < census.actorEvents.length; i++) {
      if (Math.abs(census.actorEvents[i] - target) < Math.abs(census.actorEvents[best] - target)) {
        best = i;
      }
    }
    return SyntheticTimeline.actorId(best + 1);
  }

  private static int actorIndex(String actorId) {
    return Integer.parseInt(actorId.substring(actorId.lastIndexOf('-') + 1)) - 1;
  }

  private Map.Entry<String, Integer> countryTopicNear(double share) {
    double target = share * census.events;
    return census.countryTopicEvents.entrySet().stream()
        .min(
            (a, b) ->
                Double.compare(
                    Math.abs(a.getValue() - target) + a.getKey().length() * 1e-9,
                    Math.abs(b.getValue() - target) + b.getKey().length() * 1e-9))
        .orElseThrow();
  }

  private String share(int events) {
    double percent = 100.0 * events / census.events;
    return (percent < 1 ? String.format("%.2f", percent) : String.format("%.0f", percent)) + " %";
  }
}
