package org.coitimeline.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
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

  /** Reads one row of a result set. */
  @FunctionalInterface
  public interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /**
   * Runs a statement through the session's JDBC coordinator (its connection, statistics and SQL
   * log), row by row. {@code :name} stands for a parameter; a list parameter (ids) becomes a list
   * of placeholders. Inside a write's transaction the session is flushed first, so that the
   * statement reads the transaction's own writes.
   */
  public void rows(String sql, Map<String, Object> parameters, RowReader reader) {
    SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
    if (session.isTransactionInProgress()) {
      session.flush();
    }
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
    String jdbcSql = text.toString();
    JdbcCoordinator jdbc = session.getJdbcCoordinator();
    PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(jdbcSql);
    try {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
      ResultSet row = jdbc.getResultSetReturn().extract(statement, jdbcSql);
      try {
        while (row.next()) {
          reader.read(row);
        }
      } finally {
        jdbc.getLogicalConnection().getResourceRegistry().release(row, statement);
      }
    } catch (SQLException e) {
      throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "reading rows", jdbcSql);
    } finally {
      jdbc.getLogicalConnection().getResourceRegistry().release(statement);
      jdbc.afterStatementExecution();
    }
  }
}
