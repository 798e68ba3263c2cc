package org.coitimeline.history;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which state of the store a read outside a transaction sees, as a key for caches of reads: the
 * writes this instance has finished since it started, and the last revision in the store (every
 * write of a record makes one, through whichever instance), read again at most every
 * timeline.read-cache.version-check.
 *
 * <p>A write through this instance changes the key before its answer is sent, so the next read
 * through this instance is never served from before it. A write through another instance changes
 * the key at the next check of the last revision; two writes that commit out of their revisions'
 * order may leave it unchanged, so caches keyed on it also expire their entries
 * (timeline.read-cache.ttl): either way a read through one instance shows a write through another
 * within the check interval or the time to live.
 */
@ApplicationScoped
public class StoreVersion {
  private static final AtomicLong FINISHED_WRITES = new AtomicLong();

  /** The key: writes finished here, and the last revision in the store. */
  public record Version(long finishedWrites, long lastRevision) {}

  /** The last revision and when it was read (System.nanoTime). */
  private record Checked(long lastRevision, long atNanos) {}

  @Inject HistoryRepository history;
  @Inject TransactionSynchronizationRegistry transactions;

  private final long checkNanos;
  private volatile Checked checked;

  @Inject
  StoreVersion(ReadCacheConfig config) {
    checkNanos = config.versionCheck().toNanos();
  }

  /**
   * The version now, or empty inside a transaction, whose own writes no cache may hide or show to
   * others.
   */
  public Optional<Version> current() {
    if (transactions.getTransactionKey() != null) {
      return Optional.empty();
    }
    // Read first: a write finishing after this only makes the key older than what is read next.
    long finished = FINISHED_WRITES.get();
    Checked last = checked;
    long now = System.nanoTime();
    if (last == null || now - last.atNanos() >= checkNanos) {
      last = new Checked(history.lastRevision(), now);
      checked = last;
    }
    return Optional.of(new Version(finished, last.lastRevision()));
  }

  /**
   * Counts the transaction of a new revision as a finished write once it has ended (committed or
   * not: a rollback only costs the caches their entries).
   */
  static void revisionMade() {
    TransactionSynchronizationRegistry registry =
        Arc.container().instance(TransactionSynchronizationRegistry.class).get();
    if (registry.getTransactionKey() == null) {
      FINISHED_WRITES.incrementAndGet();
      return;
    }
    registry.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            FINISHED_WRITES.incrementAndGet();
          }
        });
  }
}
