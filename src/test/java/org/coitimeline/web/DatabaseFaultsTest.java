package org.coitimeline.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.transaction.RollbackException;
import java.net.SocketTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {
  /** What a write whose commit met a hung database raised (seen with SIGSTOP on MariaDB). */
  @Test
  void aCommitThatTimedOutIsTheDatabaseBeingUnavailable() {
    XAException atCommit = new XAException("Error trying to transactionCommit local transaction");
    atCommit.initCause(
        new SQLNonTransientConnectionException(
            "(conn=13) Socket timout error",
            "08000",
            new SocketTimeoutException("Read timed out")));
    RollbackException rollback =
        new RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(atCommit);
    assertTrue(
        DatabaseFaults.unavailable(
            new ArcUndeclaredThrowableException("Error invoking subclass method", rollback)));
  }

  @Test
  void aRollbackWithoutAConnectionErrorIsNot() {
    RollbackException rollback =
        new RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(new XAException(XAException.XA_RBROLLBACK));
    assertFalse(DatabaseFaults.unavailable(rollback));
  }
}
