package org.coitimeline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The raw insert rate: every row the import wrote (live tables, audit tables and revisions alike)
 * inserted again into an empty copy of the schema, foreign keys and indexes included, with
 * multi-row INSERTs through plain JDBC. Only the INSERTs are timed, not reading the rows back.
 * Copying what the service stored makes "the same rows into the same tables" exact, whatever the
 * mapping from bundle to tables is.
 */
final class RawInsertBaseline {
  private static final int ROWS_PER_INSERT = 1000;

  /** All rows, and the part of them in the live tables (not *_aud, not revision). */
  record Result(long rows, double seconds, long liveRows, double liveSeconds) {}

  static Result run(Database database, String from, String into) throws SQLException {
    database.recreate(into);
    long rows = 0;
    long nanos = 0;
    long liveRows = 0;
    long liveNanos = 0;
    try (Connection source = database.connect(from);
        Connection target = database.connect(into)) {
      List<String> tables = tablesInDependencyOrder(source, from);
      try (Statement s = target.createStatement()) {
        // As V1 created the full-text index: stop words are indexed too.
        s.execute("SET SESSION innodb_ft_enable_stopword = 0");
        for (String table : tables) {
          try (Statement show = source.createStatement();
              ResultSet r = show.executeQuery("SHOW CREATE TABLE `" + table + "`")) {
            r.next();
            s.execute(r.getString(2));
          }
        }
      }
      target.setAutoCommit(false);
      for (String table : tables) {
        long tableRows = rows;
        long tableNanos = nanos;
        try (Statement read = source.createStatement()) {
          read.setFetchSize(ROWS_PER_INSERT);
          try (ResultSet r = read.executeQuery("SELECT * FROM `" + table + "`")) {
            ResultSetMetaData meta = r.getMetaData();
            int columns = meta.getColumnCount();
            List<Object[]> batch = new ArrayList<>(ROWS_PER_INSERT);
            while (r.next()) {
              Object[] row = new Object[columns];
              for (int i = 0; i < columns; i++) {
                row[i] = r.getObject(i + 1);
              }
              batch.add(row);
              if (batch.size() == ROWS_PER_INSERT) {
                nanos += insert(target, table, meta, batch);
                rows += batch.size();
                batch.clear();
              }
            }
            if (!batch.isEmpty()) {
              nanos += insert(target, table, meta, batch);
              rows += batch.size();
            }
          }
        }
        if (!table.endsWith("_aud") && !table.equals("revision")) {
          liveRows += rows - tableRows;
          liveNanos += nanos - tableNanos;
        }
      }
    }
    return new Result(rows, nanos / 1e9, liveRows, liveNanos / 1e9);
  }

  private static long insert(
      Connection target, String table, ResultSetMetaData meta, List<Object[]> batch)
      throws SQLException {
    int columns = meta.getColumnCount();
    StringBuilder sql = new StringBuilder("INSERT INTO `").append(table).append("` (");
    for (int i = 1; i <= columns; i++) {
      sql.append(i == 1 ? "`" : ", `").append(meta.getColumnName(i)).append('`');
    }
    sql.append(") VALUES ");
    String row = "(" + "?, ".repeat(columns - 1) + "?)";
    for (int i = 0; i < batch.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(row);
    }
    long started = System.nanoTime();
    try (PreparedStatement insert = target.prepareStatement(sql.toString())) {
      int p = 1;
      for (Object[] values : batch) {
        for (Object value : values) {
          insert.setObject(p++, value);
        }
      }
      insert.executeUpdate();
    }
    target.commit();
    return System.nanoTime() - started;
  }

  /** Tables (without Flyway's) so that a table comes after those its foreign keys refer to. */
  private static List<String> tablesInDependencyOrder(Connection c, String schema)
      throws SQLException {
    Set<String> tables = new LinkedHashSet<>();
    Map<String, Set<String>> refersTo = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                    + schema
                    + "' AND TABLE_NAME <> 'flyway_schema_history' ORDER BY TABLE_NAME")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT TABLE_NAME, REFERENCED_TABLE_NAME FROM"
                    + " information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = '"
                    + schema
                    + "'")) {
      while (r.next()) {
        if (!r.getString(1).equals(r.getString(2))) {
          refersTo.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2));
        }
      }
    }
    List<String> ordered = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String table : tables) {
      visit(table, refersTo, done, ordered);
    }
    ordered.retainAll(tables);
    return ordered;
  }

  private static void visit(
      String table, Map<String, Set<String>> refersTo, Set<String> done, List<String> ordered) {
    if (done.add(table)) {
      for (String parent : refersTo.getOrDefault(table, Set.of())) {
        visit(parent, refersTo, done, ordered);
      }
      ordered.add(table);
    }
  }
}
