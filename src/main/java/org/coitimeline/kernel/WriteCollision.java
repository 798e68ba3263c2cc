package org.coitimeline.kernel;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.StaleStateException;

/**
 * What a failed write says about concurrent writers, read from Hibernate's stale-version errors and
 * MariaDB's error codes anywhere behind it ({@link Causes}: Hibernate and the transaction manager
 * wrap them, or attach them as suppressed).
 */
public enum WriteCollision {
  /**
   * Deadlock (1213; in a Galera cluster also a certification failure at commit) or lock-wait
   * timeout (1205): the database rolled the transaction back; or another writer changed a row
   * between this write's read and its update (a stale version). The whole transaction may run
   * again: the run again reads the new state and checks its precondition again.
   */
  TRANSIENT,
  /** A concurrent create took the same id first (1062 on a {@code uq_<kind>_slug} key). */
  ID_TAKEN,
  /** A concurrent write stored the same row first (1062 on another key, e.g. a vocabulary's). */
  DUPLICATE_KEY,
  /** Not a collision with another writer. */
  NONE;

  private static final int ER_LOCK_DEADLOCK = 1213;
  private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
  private static final int ER_DUP_ENTRY = 1062;
  private static final Pattern SLUG_KEY = Pattern.compile("'(?:[^']*\\.)?uq_([a-z]+)_slug'");

  /** The collision behind this failure, if any. */
  public static WriteCollision of(Throwable failure) {
    if (staleVersion(failure)) {
      return TRANSIENT;
    }
    SQLException sql = sqlCause(failure);
    if (sql == null) {
      return NONE;
    }
    int code = sql.getErrorCode();
    if (code == ER_LOCK_DEADLOCK
        || code == ER_LOCK_WAIT_TIMEOUT
        || "40001".equals(sql.getSQLState())) {
      return TRANSIENT;
    }
    if (code == ER_DUP_ENTRY) {
      return takenId(failure).isPresent() ? ID_TAKEN : DUPLICATE_KEY;
    }
    return NONE;
  }

  /** The kind of record whose id a concurrent create took (1062 on {@code uq_<kind>_slug}). */
  public static Optional<RecordKind> takenId(Throwable failure) {
    SQLException sql = sqlCause(failure);
    if (sql == null || sql.getErrorCode() != ER_DUP_ENTRY || sql.getMessage() == null) {
      return Optional.empty();
    }
    Matcher key = SLUG_KEY.matcher(sql.getMessage());
    if (!key.find()) {
      return Optional.empty();
    }
    String table = key.group(1).toUpperCase(Locale.ROOT);
    for (RecordKind kind : RecordKind.values()) {
      if (kind.name().equals(table)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static boolean staleVersion(Throwable failure) {
    return Causes.of(failure)
        .anyMatch(t -> t instanceof StaleStateException || t instanceof OptimisticLockException);
  }

  private static SQLException sqlCause(Throwable failure) {
    return Causes.find(failure, SQLException.class).orElse(null);
  }
}
