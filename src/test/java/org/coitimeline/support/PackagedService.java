package org.coitimeline.support;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package}) run
 * as its own process on 127.0.0.1 for the failsafe tests, with the test key pair for tokens. Its
 * console goes to target/{name}.log.
 */
public final class PackagedService implements AutoCloseable {
  public static final String ISSUER = "https://coi-timeline.test/issuer";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final String base;
  private final File log;
  private final int port;
  private final String management;

  private PackagedService(Process process, String base, File log, int port, String management) {
    this.process = process;
    this.base = base;
    this.log = log;
    this.port = port;
    this.management = management;
  }

  /** A packaged instance launched and not yet awaited. */
  public record Launched(Process process, int port, int managementPort, File log) {
    public String base() {
      return "http://127.0.0.1:" + port;
    }

    public String management() {
      return "http://127.0.0.1:" + managementPort;
    }
  }

  /**
   * Launches the jar without waiting for it, with what every test instance shares: the database,
   * free public and management ports on 127.0.0.1, the test key and issuer, no data set and no rate
   * limits (the tests write more than a client may); {@code extra} adds or overrides.
   */
  public static Launched launch(File log, String jdbcUrl, Map<String, String> extra)
      throws IOException {
    int port = freePort();
    int managementPort = freePort();
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
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    // Health answers on the management interface, a port of its own.
    env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
    env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
    env.put(
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
        "file:" + Path.of(property("timeline.it.public-key")).toAbsolutePath());
    env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
    env.put("TIMELINE_SEED_ENABLED", "false");
    env.put("TIMELINE_RATE_LIMIT_ENABLED", "false");
    env.putAll(extra);
    return new Launched(builder.start(), port, managementPort, log);
  }

  /** Starts the jar on the database URL with these extra variables and waits until it is ready. */
  public static PackagedService start(String name, String jdbcUrl, Map<String, String> extra)
      throws Exception {
    File log = Path.of(property("timeline.it.logs"), name + ".log").toFile();
    Launched launched = launch(log, jdbcUrl, extra);
    PackagedService service =
        new PackagedService(
            launched.process(), launched.base(), log, launched.port(), launched.management());
    Runtime.getRuntime().addShutdownHook(new Thread(service::close));
    service.awaitReady();
    return service;
  }

  public String base() {
    return base;
  }

  /** The management interface: {@code /q/health/*} and {@code /q/metrics}. */
  public String management() {
    return management;
  }

  public int port() {
    return port;
  }

  public Process process() {
    return process;
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** An editor's token, signed with the test key. */
  public static String editorToken(String subject) {
    return Tokens.of("editor", subject);
  }

  private void awaitReady() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(management + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The service exited with " + process.exitValue() + ":\n" + logTail());
      }
      try {
        HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(300);
    }
    throw new IllegalStateException("Not ready within " + READY_TIMEOUT + ":\n" + logTail());
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(45, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** A port nothing listens on now. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is set by maven-failsafe (pom.xml)");
    }
    return value;
  }
}
