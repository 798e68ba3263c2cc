package org.coitimeline.kernel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Predicate;
import org.hibernate.StaleStateException;

/**
 * When a write's transaction is worth running again ({@code @RetryWhen}): the database rolled it
 * back because of another writer (deadlock or lock-wait timeout), or another writer changed a row
 * it had read before it wrote it (a stale version: the run again reads the new one and checks its
 * precondition again, so a PUT whose If-Match no longer holds still ends in a 412); and it was a
 * transaction of its own, not part of a caller's (whose transaction is lost with it).
 */
public class RetryableWrite implements Predicate<Throwable> {
  @Override
  public boolean test(Throwable failure) {
    return (WriteCollision.of(failure) == WriteCollision.TRANSIENT || staleVersion(failure))
        && !QuarkusTransaction.isActive();
  }

  private static boolean staleVersion(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StaleStateException || t instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
