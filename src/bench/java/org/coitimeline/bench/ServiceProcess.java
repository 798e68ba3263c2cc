package org.coitimeline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar) in a JVM of its own, on its own port
 * and database, with the test key pair trusted; its resident memory read from /proc.
 */
final class ServiceProcess implements AutoCloseable {
  private final Process process;
  final String baseUrl;
  final Duration startToReady;

  private ServiceProcess(Process process, String baseUrl, Duration startToReady) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.startToReady = startToReady;
  }

  static ServiceProcess start(
      Path jar, Path publicKey, String jdbcUrl, String user, int port, Path log, List<String> jvm)
      throws IOException, InterruptedException {
    return start(jar, publicKey, jdbcUrl, user, port, log, jvm, Map.of());
  }

  /** The same, with settings of the service's environment added ({@code settings}). */
  static ServiceProcess start(
      Path jar,
      Path publicKey,
      String jdbcUrl,
      String user,
      int port,
      Path log,
      List<String> jvm,
      Map<String, String> settings)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    // Health answers on the management interface: the next port.
    env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(port + 1));
    // The harness imports and reads far more than one client may (per-client rate limits).
    env.put("TIMELINE_RATE_LIMIT_ENABLED", "false");
    // A loaded machine: the fault timeouts (2 s for a connection, 3 s for an answer) are for a
    // dead database, not for a big import.
    env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "30S");
    env.put("TIMELINE_DB_SOCKET_TIMEOUT_MS", "600000");
    env.put("QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT", "600S");
    env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
    env.put("QUARKUS_DATASOURCE_USERNAME", user);
    env.put("QUARKUS_DATASOURCE_PASSWORD", user);
    env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toUri().toString());
    env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
    // The synthetic bundles bring the seed's vocabularies themselves; no curated events.
    env.put("TIMELINE_SEED_ENABLED", "false");
    env.putAll(settings);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    long started = System.nanoTime();
    Process process = builder.start();
    String base = "http://127.0.0.1:" + port;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (port + 1) + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = started + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited at start; see " + log);
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return new ServiceProcess(process, base, Duration.ofNanos(System.nanoTime() - started));
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the service was not ready within 180 s; see " + log);
  }

  /** Resident set size now and at its peak, in MB (VmRSS, VmHWM). */
  long[] residentMegabytes() {
    long rss = 0;
    long peak = 0;
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = kilobytes(line) / 1024;
        } else if (line.startsWith("VmHWM:")) {
          peak = kilobytes(line) / 1024;
        }
      }
    } catch (IOException e) {
      return new long[] {-1, -1};
    }
    return new long[] {rss, peak};
  }

  private static long kilobytes(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
