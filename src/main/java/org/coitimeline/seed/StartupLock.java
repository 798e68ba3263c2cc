package org.coitimeline.seed;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

/**
 * A lock held by one instance of the service at a time, across every instance that shares the
 * database — also on a Galera cluster, where MariaDB's named locks ({@code GET_LOCK}) are refused
 * and row locks on two nodes do not exclude each other. It is a row of the table {@code
 * coi_startup_lock} written by ShedLock: taking it is an insert or a conditional update, which
 * Galera certifies cluster-wide, so of two instances on two nodes only one holds it.
 *
 * <p>A holder renews its lease while it works (ShedLock's keep-alive); when its process dies the
 * lease ends after {@link #LEASE} and a waiting instance takes over. Leases compare the instances'
 * clocks: keep them in time (NTP), as every container platform does.
 */
@ApplicationScoped
public class StartupLock {
  static final String TABLE = "coi_startup_lock";
  private static final Duration LEASE = Duration.ofSeconds(60);
  private static final Duration POLL = Duration.ofMillis(250);

  @Inject DataSource dataSource;

  private final ScheduledExecutorService keepAlive =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "startup-lock-keep-alive");
            thread.setDaemon(true);
            return thread;
          });

  /** A lock this instance holds; closing it releases it. */
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Waits up to {@code timeout} for the lock {@code name}.
   *
   * @throws IllegalStateException when another instance held it longer than {@code timeout}
   */
  public Held acquire(String name, Duration timeout) throws SQLException {
    LockProvider locks = provider();
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      Optional<SimpleLock> lock =
          locks.lock(new LockConfiguration(ClockProvider.now(), name, LEASE, Duration.ZERO));
      if (lock.isPresent()) {
        return lock.get()::unlock;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "The lock " + name + " was held by another instance for more than " + timeout);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the lock " + name, e);
      }
    }
  }

  /**
   * Creates the lock table when missing (it must exist before the first migration, and a test that
   * cleans the schema drops it) and a provider without memory of earlier locks: ShedLock's provider
   * remembers which lock rows it inserted and would only update a row that is gone.
   */
  private LockProvider provider() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement create = connection.createStatement()) {
      create.execute(
          "CREATE TABLE IF NOT EXISTS "
              + TABLE
              + " (name VARCHAR(64) NOT NULL PRIMARY KEY, lock_until TIMESTAMP(3) NOT NULL,"
              + " locked_at TIMESTAMP(3) NOT NULL, locked_by VARCHAR(255) NOT NULL)");
    }
    return new KeepAliveLockProvider(new JdbcLockProvider(dataSource, TABLE), keepAlive);
  }

  @PreDestroy
  void stop() {
    keepAlive.shutdownNow();
  }
}
