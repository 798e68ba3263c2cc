package org.coitimeline.kernel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * When a service call's transaction is worth running again ({@code @RetryWhen}), whole: it was a
 * transaction of its own, not part of a caller's (whose transaction is lost with it), and either
 *
 * <ul>
 *   <li>it collided with another writer ({@link WriteCollision#TRANSIENT}: a deadlock, a lock-wait
 *       timeout or a stale version; the run again checks its precondition again, so a PUT whose
 *       If-Match no longer holds still ends in a 412), or
 *   <li>its connection failed over before the commit: with a JDBC URL of several hosts (a Galera
 *       cluster, {@code jdbc:mariadb:sequential:}) the driver reconnects to the next node when the
 *       one in use dies, and throws for the statement that found the old connection broken
 *       (SQLSTATE 25S03). Nothing of the transaction was applied (it was on the dead node, not
 *       committed), so a read or a write may run again on the new connection. A COMMIT that failed
 *       over is not retried: it may have been applied.
 * </ul>
 */
public class Retryable implements Predicate<Throwable> {
  private static final String RECONNECTED = "25S03";

  @Override
  public boolean test(Throwable failure) {
    return (WriteCollision.of(failure) == WriteCollision.TRANSIENT
            || failedOverBeforeCommit(failure))
        && !QuarkusTransaction.isActive();
  }

  /** The driver reconnected to another node, and the statement that found out was not a COMMIT. */
  static boolean failedOverBeforeCommit(Throwable failure) {
    return Causes.of(failure)
        .anyMatch(
            t ->
                t instanceof SQLTransientConnectionException lost
                    && RECONNECTED.equals(lost.getSQLState())
                    && lost.getMessage() != null
                    && !lost.getMessage().toUpperCase(Locale.ROOT).contains("COMMIT"));
  }
}
