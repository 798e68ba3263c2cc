package org.coitimeline.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The results as Markdown: one summary table with a column per store size, one table per size. */
final class ResultsTable {
  private ResultsTable() {}

  @SuppressWarnings("unchecked")
  static String markdown(Map<String, Object> results) {
    List<Map<String, Object>> runs = (List<Map<String, Object>>) results.get("runs");
    StringBuilder md = new StringBuilder();
    md.append("| | ");
    runs.forEach(r -> md.append(String.format(Locale.ROOT, "%,d events | ", r.get("events"))));
    md.append("\n|---|").append("---|".repeat(runs.size())).append('\n');
    row(
        md,
        runs,
        "`POST /import`, bundles of ≤ 2 MB",
        r -> {
          Importer.Result i = (Importer.Result) r.get("import");
          return i == null
              ? "—"
              : f(
                  "%,.0f events/s (%d bundles, %.1f statements and %,.0f rows read per event,"
                      + " peak RSS %d MB)",
                  i.events() / i.seconds(),
                  i.bundles(),
                  r.get("importStatementsPerEvent"),
                  r.get("importRowsReadPerEvent"),
                  i.peakRssMb());
        });
    row(
        md,
        runs,
        "the same rows as multi-row INSERTs (JDBC)",
        r -> {
          RawInsertBaseline.Result raw = (RawInsertBaseline.Result) r.get("rawInsert");
          return raw == null
              ? "—"
              : f(
                  "%,.0f events/s (%,d rows with history; live tables alone: %,.0f events/s)",
                  ((Number) r.get("events")).doubleValue() / raw.seconds(),
                  raw.rows(),
                  ((Number) r.get("events")).doubleValue() / raw.liveSeconds());
        });
    row(
        md,
        runs,
        "import ÷ raw INSERT rate",
        r -> {
          Importer.Result i = (Importer.Result) r.get("import");
          RawInsertBaseline.Result raw = (RawInsertBaseline.Result) r.get("rawInsert");
          return i == null || raw == null ? "—" : f("%.3f", raw.seconds() / i.seconds());
        });
    row(
        md,
        runs,
        "load average before / after (1, 5, 15 min)",
        r -> r.get("loadAverageBefore") + " / " + r.get("loadAverageAfter"));
    row(md, runs, "store size (data + indexes)", r -> f("%.0f MB", r.get("storeMb")));
    row(
        md,
        runs,
        "first page of 50, p50 (key SQL; page SQL)",
        r -> {
          QueryMix.Measured m = query(r, 0);
          return m == null
              ? "—"
              : f("%.1f ms (%.2f ms; %.2f ms)", m.apiP50Ms(), m.sqlKeyP50Ms(), m.sqlPageP50Ms());
        });
    for (String prefix : List.of("country + topic", "q common", "actor", "histogram year")) {
      row(
          md,
          runs,
          prefix + ", p50",
          r -> {
            QueryMix.Measured m = query(r, prefix);
            return m == null
                ? "—"
                : f(
                    "%.1f ms — %,.0f rows examined for %d",
                    m.apiP50Ms(), m.rowsExamined(), m.rowsReturned());
          });
    }
    row(
        md,
        runs,
        "16 concurrent clients: first page / query mix",
        r -> {
          List<QueryMix.Throughput> t = (List<QueryMix.Throughput>) r.get("concurrent");
          return t == null
              ? "—"
              : f("%.0f / %.0f requests/s", t.get(0).perSecond(), t.get(1).perSecond());
        });
    row(
        md,
        runs,
        "CSV of all events / `GET /export` (JDBC read)",
        r -> {
          List<QueryMix.Stream> s = (List<QueryMix.Stream>) r.get("streams");
          return s == null
              ? "—"
              : f(
                  "%,.0f / %,.0f events/s (%,.0f)",
                  s.get(0).events() / s.get(0).apiSeconds(),
                  s.get(1).events() / s.get(1).apiSeconds(),
                  s.get(0).events() / s.get(0).jdbcSeconds());
        });
    row(
        md,
        runs,
        "start to ready: empty / loaded store",
        r ->
            r.get("startToReadyEmptyS") == null // BENCH_ONLY=queries: no empty store
                ? f("— / %.1f s", r.get("startToReadyLoadedS"))
                : f("%.1f s / %.1f s", r.get("startToReadyEmptyS"), r.get("startToReadyLoadedS")));
    row(
        md,
        runs,
        "service RSS after the run (peak)",
        r ->
            r.get("rssAfterMb") == null
                ? "—"
                : f("%s MB (%s MB)", r.get("rssAfterMb"), r.get("rssPeakMb")));
    flatness(md, runs);

    for (Map<String, Object> run : runs) {
      List<QueryMix.Measured> queries = (List<QueryMix.Measured>) run.get("queries");
      if (queries == null) {
        continue;
      }
      md.append(
          f(
              "%n%,d events — sequential, %s rounds of the whole mix after a warm-up, a request"
                  + " of each query a round (ms; key SQL = for a list page the statements the"
                  + " service ran for its keys, one to three for a range; page SQL = every read"
                  + " statement the service ran for the page, keys, events, links and protected"
                  + " people, as captured, through JDBC; rows examined by the key SQL, index entries"
                  + " dropped by index condition"
                  + " pushdown included)%n%n",
              run.get("events"), ((Map<String, Object>) results.get("settings")).get("repeat")));
      md.append(
          "| query | API p50 | API p95 | key SQL p50 (statements) | page SQL p50 | API ÷ page SQL |"
              + " rows examined / returned | examined per row returned | statements (selects) /"
              + " request | rows read / request |\n");
      md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (QueryMix.Measured m : queries) {
        double baseline = Double.isNaN(m.sqlPageP50Ms()) ? m.sqlKeyP50Ms() : m.sqlPageP50Ms();
        md.append(
            f(
                "| %s | %.1f | %.1f | %.2f (%d) | %s | %.1f | %,.0f / %d | %.1f | %.1f (%.1f) |"
                    + " %,.0f |%n",
                m.name(),
                m.apiP50Ms(),
                m.apiP95Ms(),
                m.sqlKeyP50Ms(),
                m.keyStatements().size(),
                Double.isNaN(m.sqlPageP50Ms()) ? "—" : f("%.2f", m.sqlPageP50Ms()),
                m.apiP50Ms() / baseline,
                m.rowsExamined(),
                m.rowsReturned(),
                m.rowsExamined() / Math.max(1, m.rowsReturned()),
                m.statementsPerRequest(),
                m.selectsPerRequest(),
                m.rowsReadPerRequest()));
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, String> server = (Map<String, String>) results.get("mariadb");
    md.append(f("%nMariaDB server: %s%n", server));
    md.append(f("%nHarness settings: %s%n", results.get("settings")));
    return md.toString();
  }

  /**
   * API p50 of each query at each size, and the largest size's p50 over the smallest's (the "flat"
   * target). Queries are matched by position: the mix is the same at every size.
   */
  @SuppressWarnings("unchecked")
  private static void flatness(StringBuilder md, List<Map<String, Object>> runs) {
    List<List<QueryMix.Measured>> bySize =
        runs.stream()
            .map(r -> (List<QueryMix.Measured>) r.get("queries"))
            .filter(q -> q != null)
            .toList();
    if (bySize.isEmpty()) {
      return;
    }
    md.append(
        "\nAPI p50 in ms per size (rows examined by the key SQL / rows returned)\n\n| query | ");
    runs.forEach(r -> md.append(f("%,d | ", r.get("events"))));
    md.append("largest ÷ smallest |\n|---|").append("---:|".repeat(runs.size() + 1)).append('\n');
    for (int i = 0; i < bySize.get(0).size(); i++) {
      String name = bySize.get(0).get(i).name().replaceAll(" \\(.*", "");
      md.append("| ").append(name).append(" | ");
      for (List<QueryMix.Measured> queries : bySize) {
        QueryMix.Measured m = queries.get(i);
        md.append(f("%.1f (%,.0f / %d) | ", m.apiP50Ms(), m.rowsExamined(), m.rowsReturned()));
      }
      double first = bySize.get(0).get(i).apiP50Ms();
      double last = bySize.get(bySize.size() - 1).get(i).apiP50Ms();
      md.append(f("%.1f |%n", last / first));
    }
  }

  private static void row(
      StringBuilder md,
      List<Map<String, Object>> runs,
      String label,
      Function<Map<String, Object>, String> cell) {
    md.append("| ").append(label).append(" | ");
    for (Map<String, Object> run : runs) {
      String value;
      try {
        value = cell.apply(run);
      } catch (RuntimeException e) {
        value = "—";
      }
      md.append(value).append(" | ");
    }
    md.append('\n');
  }

  @SuppressWarnings("unchecked")
  private static QueryMix.Measured query(Map<String, Object> run, int index) {
    List<QueryMix.Measured> queries = (List<QueryMix.Measured>) run.get("queries");
    return queries == null ? null : queries.get(index);
  }

  @SuppressWarnings("unchecked")
  private static QueryMix.Measured query(Map<String, Object> run, String prefix) {
    List<QueryMix.Measured> queries = (List<QueryMix.Measured>) run.get("queries");
    return queries == null
        ? null
        : queries.stream().filter(q -> q.name().startsWith(prefix)).findFirst().orElse(null);
  }

  private static String f(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }
}
