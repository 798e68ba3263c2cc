package org.coitimeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The MariaDB server the service and the baselines share: its own databases, a database user of its
 * own for the service (so that MariaDB's per-user statistics count the service's statements and
 * rows read, and nobody else's), and the server settings in force.
 */
final class Database {
  /**
   * The service's own database user: the database's name unless bench.service-user says otherwise,
   * so that two harness runs side by side (own BENCH_DATABASE) never count each other's statements.
   */
  static final String SERVICE_USER =
      System.getProperty("bench.service-user", System.getProperty("bench.database", "coi_bench"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String hostPort;
  private final String rootUser;
  private final String rootPassword;
  boolean userStatistics;

  Database(String hostPort, String rootUser, String rootPassword) {
    this.hostPort = hostPort;
    this.rootUser = rootUser;
    this.rootPassword = rootPassword;
  }

  String jdbcUrl(String database) {
    return "jdbc:mariadb://" + hostPort + "/" + database;
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), rootUser, rootPassword);
  }

  /** Drops and creates the database, and lets the service user own it. */
  void recreate(String database) throws SQLException {
    try (Connection c = connect("");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database);
      s.execute(
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      s.execute(
          "CREATE USER IF NOT EXISTS '"
              + SERVICE_USER
              + "'@'%' IDENTIFIED BY '"
              + SERVICE_USER
              + "'");
      s.execute("GRANT ALL ON " + database + ".* TO '" + SERVICE_USER + "'@'%'");
    }
    countStatements();
  }

  /** Per-user statement and row counters (information_schema.USER_STATISTICS); off by default. */
  void countStatements() throws SQLException {
    try (Connection c = connect("");
        Statement s = c.createStatement()) {
      s.execute("SET GLOBAL userstat = 1");
      userStatistics = true;
    } catch (SQLException e) {
      userStatistics = false;
    }
  }

  /** The service user's counters: statements (select, update, other), selects, rows read. */
  long[] serviceCounters() throws SQLException {
    try (Connection c = connect("")) {
      return serviceCounters(c);
    }
  }

  /** {@link #serviceCounters()} read on a connection of the harness's (not counted). */
  long[] serviceCounters(Connection c) throws SQLException {
    if (!userStatistics) {
      return new long[] {0, 0, 0};
    }
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT SELECT_COMMANDS + UPDATE_COMMANDS + OTHER_COMMANDS, SELECT_COMMANDS,"
                    + " ROWS_READ FROM information_schema.USER_STATISTICS WHERE USER = '"
                    + SERVICE_USER
                    + "'")) {
      return r.next() ? new long[] {r.getLong(1), r.getLong(2), r.getLong(3)} : new long[3];
    }
  }

  /** The server settings a reader of the results needs. */
  Map<String, String> settings() throws SQLException {
    Map<String, String> settings = new LinkedHashMap<>();
    try (Connection c = connect("");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT VARIABLE_NAME, VARIABLE_VALUE FROM information_schema.GLOBAL_VARIABLES"
                    + " WHERE VARIABLE_NAME IN ('VERSION', 'INNODB_BUFFER_POOL_SIZE',"
                    + " 'INNODB_LOG_FILE_SIZE', 'INNODB_FLUSH_LOG_AT_TRX_COMMIT', 'SYNC_BINLOG',"
                    + " 'LOG_BIN', 'MAX_CONNECTIONS', 'INNODB_FT_MIN_TOKEN_SIZE',"
                    + " 'PERFORMANCE_SCHEMA', 'USERSTAT') ORDER BY VARIABLE_NAME")) {
      while (r.next()) {
        settings.put(r.getString(1).toLowerCase(), r.getString(2));
      }
    }
    return settings;
  }

  /** Fails unless the database holds {@code events} live events (a store to measure again). */
  void checkEvents(String database, int events) throws SQLException {
    try (Connection c = connect(database);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM event WHERE deleted_at IS NULL")) {
      r.next();
      if (r.getLong(1) != events) {
        throw new IllegalStateException(
            database
                + " holds "
                + r.getLong(1)
                + " events, not "
                + events
                + ": BENCH_ONLY=queries measures the store of an earlier run of that size");
      }
    }
  }

  /** Bytes of data and indexes in the database. */
  long sizeBytes(String database) throws SQLException {
    try (Connection c = connect("");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COALESCE(SUM(DATA_LENGTH + INDEX_LENGTH), 0) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = '"
                    + database
                    + "'")) {
      r.next();
      return r.getLong(1);
    }
  }

  /**
   * Rows examined by a statement: the sum over its table accesses of r_loops x r_rows (ANALYZE
   * FORMAT=JSON), plus the index entries that index condition pushdown read and dropped, which
   * r_rows leaves out (MariaDB 10.11 reports no r_icp_filtered): the session's Handler_icp_attempts
   * less Handler_icp_match over the statement. As the service's RangeQueryCostTest counts them.
   */
  static double rowsExamined(Connection c, String sql) throws SQLException {
    long droppedBefore = icpDropped(c);
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("ANALYZE FORMAT=JSON " + sql)) {
      r.next();
      return examined(JSON.readTree(r.getString(1))) + icpDropped(c) - droppedBefore;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long icpDropped(Connection c) throws SQLException {
    long dropped = 0;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW SESSION STATUS LIKE 'Handler_icp_%'")) {
      while (r.next()) {
        long value = r.getLong(2);
        dropped += r.getString(1).equalsIgnoreCase("Handler_icp_attempts") ? value : -value;
      }
    }
    return dropped;
  }

  private static double examined(JsonNode node) {
    double sum = 0;
    if (node.isObject()) {
      // <union1,2> and the like are temporary tables of rows their parts read already.
      if (node.has("table_name") && !node.path("table_name").asText().startsWith("<")) {
        if (List.of("const", "system").contains(node.path("access_type").asText())) {
          // A unique-key lookup done once at optimisation: one row, r_rows null.
          sum += 1;
        } else if (node.path("r_rows").isNumber()) {
          sum += node.path("r_loops").asDouble(1) * node.get("r_rows").asDouble();
        }
      }
      for (JsonNode child : node) {
        sum += examined(child);
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        sum += examined(child);
      }
    }
    return sum;
  }

  /**
   * The statements the service's user sent while {@code action} ran, as MariaDB received them
   * (values inlined), from the server's general log: switched on (to the table mysql.general_log)
   * for the action only, then set back as it was.
   */
  List<String> serviceStatements(Callable<?> action) throws Exception {
    try (Connection c = connect("");
        Statement s = c.createStatement()) {
      boolean wasOn;
      String output;
      String since;
      try (ResultSet r =
          s.executeQuery("SELECT @@global.general_log, @@global.log_output, NOW(6)")) {
        r.next();
        wasOn = r.getBoolean(1);
        output = r.getString(2);
        since = r.getString(3);
      }
      s.execute(
          "SET GLOBAL log_output = '"
              + (output.contains("TABLE") ? output : output.replace("NONE", "") + ",TABLE")
                  .replaceAll("^,", "")
              + "'");
      s.execute("SET GLOBAL general_log = 1");
      try {
        action.call();
      } finally {
        if (!wasOn) {
          s.execute("SET GLOBAL general_log = 0");
        }
        s.execute("SET GLOBAL log_output = '" + output + "'");
      }
      List<String> statements = new ArrayList<>();
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT argument FROM mysql.general_log WHERE event_time >= ? AND"
                  + " SUBSTRING_INDEX(user_host, '[', 1) = ? AND command_type IN ('Query',"
                  + " 'Execute')")) {
        q.setString(1, since);
        q.setString(2, SERVICE_USER);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            statements.add(r.getString(1));
          }
        }
      }
      return statements;
    }
  }
}
