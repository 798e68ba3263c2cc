package org.coitimeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The duplicate check of issue 14, apart from the query mix: {@code POST
 * /api/v1/events?dryRun=true} with a copy (new id, same text, date, actors and countries) of stored
 * events spread over the timeline, so that every request walks the candidate index and scores a
 * real duplicate, and nothing is written. Measures p50/p95 and the statements and rows MariaDB read
 * per request (per-user statistics), which must stay flat as the store grows.
 */
final class DuplicateProbe {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the probe measured. */
  record Result(
      int requests,
      double apiP50Ms,
      double apiP95Ms,
      double statementsPerRequest,
      double rowsReadPerRequest,
      double duplicatesPerRequest) {}

  private DuplicateProbe() {}

  static Result run(
      ServiceProcess service, Database database, String schema, String token, int repeat)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<String> bodies = copies(service, http, database, schema, Math.max(5, repeat));
    for (int i = 0; i < Math.min(3, bodies.size()); i++) {
      post(service, http, token, bodies.get(i));
    }
    Histogram latency = new Histogram(3);
    long duplicates = 0;
    long[] before = database.serviceCounters();
    for (int i = 0; i < repeat; i++) {
      long started = System.nanoTime();
      JsonNode answer = post(service, http, token, bodies.get(i % bodies.size()));
      latency.recordValue((System.nanoTime() - started) / 1000);
      duplicates += answer.path("possibleDuplicates").size();
    }
    long[] after = database.serviceCounters();
    Result result =
        new Result(
            repeat,
            latency.getValueAtPercentile(50) / 1000.0,
            latency.getValueAtPercentile(95) / 1000.0,
            (after[0] - before[0]) / (double) repeat,
            (after[2] - before[2]) / (double) repeat,
            duplicates / (double) repeat);
    System.out.printf(
        "  %-40s api p50 %8.2f ms p95 %8.2f ms | %.1f statements, %.0f rows read, %.1f"
            + " duplicates per request%n",
        "duplicate check (POST dryRun)",
        result.apiP50Ms(),
        result.apiP95Ms(),
        result.statementsPerRequest(),
        result.rowsReadPerRequest(),
        result.duplicatesPerRequest());
    return result;
  }

  /** Bodies of new events copying {@code count} stored ones spread evenly over the id order. */
  private static List<String> copies(
      ServiceProcess service, HttpClient http, Database database, String schema, int count)
      throws SQLException, IOException, InterruptedException {
    List<String> slugs = new ArrayList<>();
    try (Connection c = database.connect(schema);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT slug FROM event WHERE deleted_at IS NULL AND MOD(id, GREATEST(1, (SELECT"
                    + " COUNT(*) FROM event) DIV "
                    + count
                    + ")) = 0 ORDER BY id LIMIT "
                    + count)) {
      while (r.next()) {
        slugs.add(r.getString(1));
      }
    }
    List<String> bodies = new ArrayList<>();
    for (String slug : slugs) {
      HttpResponse<String> got =
          http.send(
              HttpRequest.newBuilder(URI.create(service.baseUrl + "/api/v1/events/" + slug))
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      ObjectNode event = (ObjectNode) JSON.readTree(got.body());
      event.put("id", "bench-duplicate-of-" + slug);
      event.putArray("related");
      bodies.add(JSON.writeValueAsString(event));
    }
    return bodies;
  }

  private static JsonNode post(ServiceProcess service, HttpClient http, String token, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(service.baseUrl + "/api/v1/events?dryRun=true"))
                .timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "POST /api/v1/events?dryRun=true answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return JSON.readTree(response.body());
  }
}
