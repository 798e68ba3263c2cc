package org.coitimeline.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class WriteCollisionTest {
  @Test
  void deadlockAndLockWaitTimeoutAnywhereInTheCausesAreTransient() {
    SQLException deadlock =
        new SQLTransactionRollbackException(
            "Deadlock found when trying to get lock", "40001", 1213);
    SQLException timeout = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
    assertEquals(
        WriteCollision.TRANSIENT,
        WriteCollision.of(new RuntimeException(new PersistenceException(deadlock))));
    assertEquals(WriteCollision.TRANSIENT, WriteCollision.of(new PersistenceException(timeout)));
  }

  @Test
  void aCertificationFailureAtCommitIsTransientThoughOnlySuppressed() {
    // Narayana reports a failed commit as a RollbackException with the resource's error suppressed.
    XAException atCommit = new XAException("Error trying to transactionCommit local transaction");
    atCommit.initCause(
        new SQLTransactionRollbackException("Deadlock: wsrep aborted transaction", "40001", 1213));
    RollbackException rollback =
        new RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(atCommit);
    assertEquals(WriteCollision.TRANSIENT, WriteCollision.of(new RuntimeException(rollback)));
    assertEquals(
        WriteCollision.NONE,
        WriteCollision.of(new RollbackException("ARJUNA016053: Could not commit transaction.")));
  }

  @Test
  void aDuplicateIdNamesTheKindOfRecord() {
    SQLException duplicate =
        new SQLIntegrityConstraintViolationException(
            "Duplicate entry 'same-gap-1' for key 'uq_gap_slug'", "23000", 1062);
    assertEquals(WriteCollision.ID_TAKEN, WriteCollision.of(new PersistenceException(duplicate)));
    assertEquals(Optional.of(RecordKind.GAP), WriteCollision.takenId(duplicate));
  }

  @Test
  void aDuplicateOfAnotherKeyIsNoTakenId() {
    SQLException duplicate =
        new SQLIntegrityConstraintViolationException(
            "Duplicate entry 'spyware' for key 'PRIMARY'", "23000", 1062);
    assertEquals(WriteCollision.DUPLICATE_KEY, WriteCollision.of(duplicate));
    assertEquals(Optional.empty(), WriteCollision.takenId(duplicate));
  }

  @Test
  void otherFailuresAreNoCollision() {
    assertEquals(WriteCollision.NONE, WriteCollision.of(new IllegalStateException("x")));
    assertEquals(
        WriteCollision.NONE,
        WriteCollision.of(new PersistenceException(new SQLException("gone", "08000", 0))));
  }
}
