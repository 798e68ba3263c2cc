package org.coitimeline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of issue 11, for each store size: a fresh database, the packaged service started on
 * it, the synthetic events imported through POST /api/v1/import, the same rows inserted raw into a
 * second database, the query mix driven concurrently and the streams read, the service restarted on
 * the loaded store (start to ready) and the mix driven sequentially on it with its read cache off;
 * then a results table in Markdown and JSON.
 *
 * <p>Settings come from system properties (see src/bench/run.sh); the arguments are the sizes.
 */
public final class Bench {
  /** Events in the bundle dry-run before the timed import: about 0.8 MB, one part of 2 MB. */
  private static final int WARM_UP_IMPORT_EVENTS = 1000;

  private Bench() {}

  public static void main(String[] args) throws Exception {
    Path repository = Path.of(setting("bench.repository", ".")).toAbsolutePath().normalize();
    Path out = repository.resolve(setting("bench.out", "target/bench"));
    Files.createDirectories(out);
    String schema = setting("bench.database", "coi_bench");
    String rawSchema = schema + "_raw";
    Database database =
        new Database(
            setting("bench.db", "127.0.0.1:3306"),
            setting("bench.db.user", "root"),
            setting("bench.db.password", ""));
    int port = Integer.parseInt(setting("bench.port", "18311"));
    long seed = Long.parseLong(setting("bench.seed", "11"));
    int bundleBytes = Integer.parseInt(setting("bench.bundle-bytes", "0"));
    int repeat = Integer.parseInt(setting("bench.repeat", "30"));
    boolean importOnly = setting("bench.only", "").equals("import");
    boolean queriesOnly = setting("bench.only", "").equals("queries");
    int clients = Integer.parseInt(setting("bench.clients", "16"));
    Duration concurrentFor = Duration.ofSeconds(Long.parseLong(setting("bench.seconds", "10")));
    Duration warmUp = Duration.ofSeconds(Long.parseLong(setting("bench.warmup-seconds", "30")));
    // JVM options of the service: by default those of production, deploy/jvm.options (run.sh).
    List<String> jvm = jvmOptions(setting("bench.service-jvm", ""), repository);
    Path jar = repository.resolve("target/quarkus-app/quarkus-run.jar");
    Path publicKey = repository.resolve("src/test/resources/jwt/test-public.pem");
    Path privateKey = repository.resolve("src/test/resources/jwt/test-private.pem");
    SyntheticTimeline.Vocabulary vocabulary = SyntheticTimeline.Vocabulary.read(repository);

    Map<String, Object> results = new LinkedHashMap<>();
    results.put("startedAt", Instant.now().toString());
    results.put("commit", setting("bench.commit", ""));
    results.put("machine", Map.of("cpus", Runtime.getRuntime().availableProcessors()));
    results.put("mariadb", database.settings());
    results.put(
        "settings",
        Map.of(
            "seed", seed,
            "bundleBytes", bundleBytes,
            "repeat", repeat,
            "clients", clients,
            "concurrentSeconds", concurrentFor.toSeconds(),
            "warmUpSeconds", warmUp.toSeconds(),
            "serviceJvm", String.join(" ", jvm)));
    List<Map<String, Object>> runs = new ArrayList<>();
    results.put("runs", runs);

    for (String arg : args) {
      int events = Integer.parseInt(arg.replace("_", ""));
      System.out.printf("== %d events ==%n", events);
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("events", events);
      // The machine is shared: the load before and after a run says how far to trust it.
      run.put("loadAverageBefore", loadAverage());
      runs.add(run);
      String jdbcUrl = database.jdbcUrl(schema) + "?createDatabaseIfNotExist=true";
      Path log = out.resolve("service-" + events + ".log");
      SyntheticTimeline timeline = new SyntheticTimeline(vocabulary, seed, events);
      List<QueryMix.Query> queries = null;
      if (queriesOnly) {
        // BENCH_ONLY=queries: the store a run of the same size and seed left behind, measured
        // again; generating the events (not sending them) gives the census the mix picks from.
        timeline.stream().transferTo(java.io.OutputStream.nullOutputStream());
        database.checkEvents(schema, events);
        database.countStatements();
        run.put("storeMb", database.sizeBytes(schema) / 1e6);
      } else {
        database.recreate(schema);
        try (ServiceProcess service =
            ServiceProcess.start(jar, publicKey, jdbcUrl, Database.SERVICE_USER, port, log, jvm)) {
          run.put("startToReadyEmptyS", service.startToReady.toMillis() / 1000.0);
          System.out.printf(
              "  service ready in %d ms (empty store)%n", service.startToReady.toMillis());
          String token = Tokens.admin(privateKey, Duration.ofHours(6));
          // A bundle of another seed, small enough to be one part, dry-run for the warm-up time.
          byte[] warmUpBundle =
              new SyntheticTimeline(vocabulary, seed + 1, WARM_UP_IMPORT_EVENTS)
                  .stream().readAllBytes();
          int dryRuns = Importer.warmUp(service, token, warmUpBundle, warmUp);
          run.put("importWarmUpDryRuns", dryRuns);
          System.out.printf(
              "  import warmed up: %d dry runs of %d events in %d s%n",
              dryRuns, WARM_UP_IMPORT_EVENTS, warmUp.toSeconds());
          long[] before = database.serviceCounters();
          Importer.Result imported = Importer.load(service, token, timeline, bundleBytes);
          long[] after = database.serviceCounters();
          run.put("import", imported);
          run.put("importStatementsPerEvent", (after[0] - before[0]) / (double) imported.events());
          run.put("importRowsReadPerEvent", (after[2] - before[2]) / (double) imported.events());
          run.put("storeMb", database.sizeBytes(schema) / 1e6);
          System.out.printf(
              "  import: %d events in %d bundles, %.1f s, %.0f events/s, %.1f statements per event,"
                  + " peak RSS %d MB%n",
              imported.events(),
              imported.bundles(),
              imported.seconds(),
              imported.events() / imported.seconds(),
              (after[0] - before[0]) / (double) imported.events(),
              imported.peakRssMb());

          RawInsertBaseline.Result raw = RawInsertBaseline.run(database, schema, rawSchema);
          run.put("rawInsert", raw);
          System.out.printf(
              "  raw multi-row INSERTs: %d rows in %.1f s, %.0f events/s%n",
              raw.rows(), raw.seconds(), events / raw.seconds());

          if (importOnly) {
            // BENCH_ONLY=import: the load and its raw baseline, no query mix and no restart.
            run.put("rssAfterMb", service.residentMegabytes()[0]);
            run.put("rssPeakMb", service.residentMegabytes()[1]);
            run.put("loadAverageAfter", loadAverage());
            write(out, results);
            continue;
          }
          QueryMix mix = new QueryMix(service, database, schema, timeline.census, repeat);
          queries = mix.queries();
          run.put("duplicateCheck", DuplicateProbe.run(service, database, schema, token, repeat));
          List<QueryMix.Throughput> throughput = new ArrayList<>();
          throughput.add(
              mix.concurrent("first page", queries.subList(0, 1), clients, concurrentFor, warmUp));
          List<QueryMix.Query> lists =
              queries.stream().filter(q -> q.page() || q.name().startsWith("histogram")).toList();
          throughput.add(mix.concurrent("query mix", lists, clients, concurrentFor, warmUp));
          run.put("concurrent", throughput);
          run.put("streams", mix.streams(3, warmUp));
          run.put("rssAfterMb", service.residentMegabytes()[0]);
          run.put("rssPeakMb", service.residentMegabytes()[1]);
        }
      }
      // Restarted on the loaded store; the sequential mix runs on it with the read cache off, so
      // that every request does the page's work (a repeated request would otherwise be answered
      // from the cache, and API ÷ SQL would say nothing of what a page costs).
      try (ServiceProcess restarted =
          ServiceProcess.start(
              jar,
              publicKey,
              jdbcUrl,
              Database.SERVICE_USER,
              port,
              log.resolveSibling("service-" + events + "-restart.log"),
              jvm,
              Map.of("TIMELINE_READ_CACHE_TTL", "0s"))) {
        run.put("startToReadyLoadedS", restarted.startToReady.toMillis() / 1000.0);
        System.out.printf(
            "  service ready in %d ms (%d events)%n", restarted.startToReady.toMillis(), events);
        if (queries != null || queriesOnly) {
          QueryMix sequential = new QueryMix(restarted, database, schema, timeline.census, repeat);
          if (queries == null) {
            queries = sequential.queries();
          }
          System.out.printf("  warming the restarted service up for %d s%n", warmUp.toSeconds());
          sequential.warmUp(queries, warmUp);
          System.out.println("  sequential mix, read cache off:");
          run.put("queries", sequential.sequential(queries));
        }
      }
      run.put("loadAverageAfter", loadAverage());
      write(out, results);
    }
    results.put("finishedAt", Instant.now().toString());
    write(out, results);
    System.out.println(Files.readString(out.resolve("results.md")));
  }

  private static void write(Path out, Map<String, Object> results) throws Exception {
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("results.json").toFile(), results);
    Files.writeString(out.resolve("results.md"), ResultsTable.markdown(results));
  }

  /** The 1, 5 and 15 minute load averages (/proc/loadavg). */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /**
   * JVM options separated by spaces; {@code @file} stands for the options in that file (relative to
   * the repository), as the java launcher reads an argument file: whitespace-separated, {@code #}
   * to the end of the line a comment. Expanded here so that the results record the options.
   */
  static List<String> jvmOptions(String options, Path repository) throws java.io.IOException {
    List<String> jvm = new ArrayList<>();
    for (String option : options.trim().split("\\s+")) {
      if (option.startsWith("@")) {
        for (String line : Files.readAllLines(repository.resolve(option.substring(1)))) {
          jvmOptions(line.replaceAll("#.*", ""), repository).forEach(jvm::add);
        }
      } else if (!option.isEmpty()) {
        jvm.add(option);
      }
    }
    return jvm;
  }

  private static String setting(String name, String fallback) {
    return System.getProperty(name, fallback);
  }
}
