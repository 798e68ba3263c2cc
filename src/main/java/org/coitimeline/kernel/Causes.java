package org.coitimeline.kernel;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The failures behind a failure: the failure itself, its causes and, at each of them, the failures
 * it suppressed. Frameworks wrap the driver's error in their own, and the transaction manager
 * attaches the error that made a commit fail as a suppressed exception of its {@code
 * RollbackException}, not as its cause.
 */
public final class Causes {
  private Causes() {}

  /** Every failure behind this one, this one first, each once. */
  public static Stream<Throwable> of(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> pending = new ArrayDeque<>();
    if (failure != null) {
      pending.push(failure);
    }
    Stream.Builder<Throwable> all = Stream.builder();
    while (!pending.isEmpty()) {
      Throwable t = pending.pop();
      if (!seen.add(t)) {
        continue;
      }
      all.add(t);
      Throwable[] suppressed = t.getSuppressed();
      for (int i = suppressed.length - 1; i >= 0; i--) {
        pending.push(suppressed[i]);
      }
      if (t.getCause() != null) {
        pending.push(t.getCause());
      }
    }
    return all.build();
  }

  /** The first failure of this type behind this one. */
  public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    return of(failure).filter(type::isInstance).map(type::cast).findFirst();
  }
}
