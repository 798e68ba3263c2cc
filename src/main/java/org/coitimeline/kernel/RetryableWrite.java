package org.coitimeline.kernel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Predicate;

/**
 * When a write's transaction is worth running again ({@code @RetryWhen}): it collided with another
 * writer ({@link WriteCollision#TRANSIENT}: a deadlock, a lock-wait timeout or a stale version; the
 * run again checks its precondition again, so a PUT whose If-Match no longer holds still ends in a
 * 412), and it was a transaction of its own, not part of a caller's (whose transaction is lost with
 * it).
 */
public class RetryableWrite implements Predicate<Throwable> {
  @Override
  public boolean test(Throwable failure) {
    return WriteCollision.of(failure) == WriteCollision.TRANSIENT && !QuarkusTransaction.isActive();
  }
}
