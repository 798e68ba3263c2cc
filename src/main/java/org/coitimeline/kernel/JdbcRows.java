package org.coitimeline.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Reads that repositories run as plain JDBC statements on the session's connection, row by row into
 * plain objects: no entity is loaded or managed, and no query is parsed or planned by Hibernate,
 * whose per-value result handling cost more than the statements on pages of thousands of rows, and
 * whose query machinery cost more than the statement on reads made for every answer.
 */
@ApplicationScoped
public class JdbcRows {
  private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

  @Inject EntityManager em;
  @Inject DataSource dataSource;
  @Inject TransactionSynchronizationRegistry transactions;

  /** Reads one row of a result set. */
  @FunctionalInterface
  public interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /**
   * Runs a statement, row by row. {@code :name} stands for a parameter; a list parameter (ids)
   * becomes a list of placeholders. Inside a transaction it runs through the session's JDBC
   * coordinator (the transaction's connection, Hibernate's statistics and SQL log), the session
   * flushed first so that the statement reads the transaction's own writes; outside one, on a
   * pooled connection of its own, without opening a session for it.
   */
  public void rows(String sql, Map<String, Object> parameters, RowReader reader) {
    List<Object> values = new ArrayList<>();
    Matcher parameter = PARAMETER.matcher(sql);
    StringBuilder text = new StringBuilder();
    while (parameter.find()) {
      Object value = parameters.get(parameter.group(1));
      if (value instanceof Collection<?> list) {
        parameter.appendReplacement(text, String.join(",", Collections.nCopies(list.size(), "?")));
        values.addAll(list);
      } else {
        parameter.appendReplacement(text, "?");
        values.add(value);
      }
    }
    parameter.appendTail(text);
    rows(text.toString(), values, reader);
  }

  /**
   * Runs a statement with {@code ?} placeholders, one value each, row by row, like {@link
   * #rows(String, Map, RowReader)}; returns the warnings the server gave for it (null: none).
   */
  public SQLWarning rows(String jdbcSql, List<Object> values, RowReader reader) {
    if (transactions.getTransactionKey() == null) {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement statement = connection.prepareStatement(jdbcSql)) {
        set(statement, values);
        try (ResultSet row = statement.executeQuery()) {
          read(row, reader);
        }
        return statement.getWarnings();
      } catch (SQLException e) {
        throw new PersistenceException("reading rows [" + jdbcSql + "]", e);
      }
    }
    flushPendingWrites();
    SQLWarning[] warnings = new SQLWarning[1];
    inTransaction(
        jdbcSql,
        values,
        "reading rows",
        (jdbc, statement) -> {
          ResultSet row = jdbc.getResultSetReturn().extract(statement, jdbcSql);
          try {
            read(row, reader);
            warnings[0] = statement.getWarnings();
          } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(row, statement);
          }
        });
    return warnings[0];
  }

  /**
   * Flushes the session, so that a statement in its transaction reads the transaction's own writes.
   * A session that manages no entity and has no action queued has nothing to flush (a transaction
   * that only reads through here, as an export does page after page), and a flush would still walk
   * its listeners for each statement.
   */
  private void flushPendingWrites() {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    if (session.getPersistenceContextInternal().getNumberOfManagedEntities() > 0
        || session.getActionQueue().hasAnyQueuedActions()) {
      session.flush();
    }
  }

  /**
   * Runs a write ({@code ?} placeholders, one value each) in the current transaction, through the
   * session's JDBC coordinator like a read in one: the transaction's connection, Hibernate's
   * statistics and SQL log, and its translation of errors (a duplicate key is a constraint
   * violation, as from the ORM).
   */
  public void update(String sql, List<Object> values) {
    inTransaction(
        sql,
        values,
        "writing rows",
        (jdbc, statement) -> jdbc.getResultSetReturn().executeUpdate(statement, sql));
  }

  /** What runs a prepared statement, its values set, through the session's JDBC coordinator. */
  @FunctionalInterface
  private interface StatementRun {
    void run(JdbcCoordinator jdbc, PreparedStatement statement) throws SQLException;
  }

  /**
   * Prepares the statement on the transaction's connection, sets its values and runs it; releases
   * it and translates a failure as Hibernate does ({@code what} names the work in the error).
   */
  private void inTransaction(String sql, List<Object> values, String what, StatementRun run) {
    SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
    JdbcCoordinator jdbc = session.getJdbcCoordinator();
    PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
    try {
      set(statement, values);
      run.run(jdbc, statement);
    } catch (SQLException e) {
      throw session.getJdbcServices().getSqlExceptionHelper().convert(e, what, sql);
    } finally {
      jdbc.getLogicalConnection().getResourceRegistry().release(statement);
      jdbc.afterStatementExecution();
    }
  }

  private static void set(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      statement.setObject(i + 1, values.get(i));
    }
  }

  private static void read(ResultSet row, RowReader reader) throws SQLException {
    while (row.next()) {
      reader.read(row);
    }
  }
}
