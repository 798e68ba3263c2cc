package org.coitimeline.web;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.coitimeline.kernel.Causes;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Turns an unexpected error that comes from a database that cannot be reached (refused, dead, hung
 * past the socket timeout, or a pool with no connection to give within the acquisition timeout)
 * into a 503 problem with Retry-After. It knows such an error by the exceptions the driver, the
 * pool and Hibernate raise for it, wherever they sit behind the failure. It runs before the
 * library's problem logger (priority 101), so that the log says 503 too.
 */
@ApplicationScoped
public class DatabaseFaults implements ProblemPostProcessor {
  /** How long a client should wait before trying again (seconds, the Retry-After header). */
  public static final int RETRY_AFTER_SECONDS = 5;

  @Override
  public HttpProblem apply(HttpProblem problem, ProblemContext context) {
    if (problem.getStatusCode() == 500 && unavailable(context.cause)) {
      return unavailableProblem();
    }
    return problem;
  }

  @Override
  public int priority() {
    return 102;
  }

  /**
   * The answer while the database cannot be reached. A write that failed at its commit may still
   * have been applied, so the detail does not promise that nothing changed.
   */
  static HttpProblem unavailableProblem() {
    return ProblemType.SERVICE_UNAVAILABLE
        .builder("The database is unavailable. Try again in " + RETRY_AFTER_SECONDS + " seconds.")
        .withHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))
        .build();
  }

  /**
   * Whether a database that cannot be reached is behind this failure, anywhere among its causes and
   * the failures they suppressed (a commit that timed out is a {@code RollbackException} with the
   * driver's error suppressed).
   */
  public static boolean unavailable(Throwable error) {
    return Causes.of(error).anyMatch(DatabaseFaults::connectionLost);
  }

  private static boolean connectionLost(Throwable t) {
    return t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLTimeoutException
        || t instanceof JDBCConnectionException
        || t instanceof SocketTimeoutException
        || t instanceof ConnectException
        || (t instanceof SQLException sql && (connectionState(sql) || poolTimeout(sql)))
        || (t instanceof JDBCException jdbc && noConnection(jdbc));
  }

  /**
   * Hibernate could not get a connection at all: besides the cases above, a pooled connection that
   * the server closed fails when it is enlisted in the transaction ("Failed to enlist"), with no
   * connection error in the chain.
   */
  private static boolean noConnection(JDBCException e) {
    return e.getMessage() != null && e.getMessage().startsWith("Unable to acquire JDBC Connection");
  }

  /** SQLSTATE class 08: connection exception. */
  private static boolean connectionState(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("08");
  }

  /** Agroal's acquisition timeout is a plain SQLException known only by its message. */
  private static boolean poolTimeout(SQLException e) {
    return e.getMessage() != null
        && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
  }
}
