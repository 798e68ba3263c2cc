package org.coitimeline.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** The messages are MariaDB Connector/J 3.5's when a multi-host connection fails over. */
class RetryableTest {
  @Test
  void aStatementThatFoundTheConnectionFailedOverMayRunAgain() {
    assertTrue(
        Retryable.failedOverBeforeCommit(
            new PersistenceException(
                new SQLTransientConnectionException(
                    "Driver has reconnect connection after a communications link failure with"
                        + " address=(host=127.0.0.1)(port=3311)(type=primary)",
                    "25S03"))));
    assertTrue(
        Retryable.failedOverBeforeCommit(
            new SQLTransientConnectionException(
                "Driver has reconnect connection after a communications link failure with"
                    + " 127.0.0.1:3311. In progress transaction was lost",
                "25S03")));
  }

  @Test
  void aCommitThatFailedOverOrAConnectionThatIsSimplyGoneMayNot() {
    XAException atCommit = new XAException("Error trying to transactionCommit local transaction");
    atCommit.initCause(
        new SQLTransientConnectionException(
            "Driver has reconnect connection after a communications failure with 127.0.0.1:3311"
                + " during a COMMIT statement",
            "25S03"));
    RollbackException rollback =
        new RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(atCommit);
    assertFalse(Retryable.failedOverBeforeCommit(rollback));
    assertFalse(
        Retryable.failedOverBeforeCommit(
            new SQLNonTransientConnectionException("(conn=5) Socket error", "08000")));
  }
}
