package org.coitimeline.kernel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Predicate;

/**
 * When a write's transaction is worth running again ({@code @RetryWhen}): the database rolled it
 * back because of another writer (deadlock or lock-wait timeout), and it was a transaction of its
 * own, not part of a caller's (whose transaction is lost with it).
 */
public class RetryableWrite implements Predicate<Throwable> {
  @Override
  public boolean test(Throwable failure) {
    return WriteCollision.of(failure) == WriteCollision.TRANSIENT && !QuarkusTransaction.isActive();
  }
}
