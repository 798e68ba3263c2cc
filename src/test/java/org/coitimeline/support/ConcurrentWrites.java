package org.coitimeline.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs writes from several threads released at once and counts the answers by status: the
 * concurrency tests of one instance (ConcurrentEditsTest) and of two (StatelessInstancesIT).
 */
public final class ConcurrentWrites {
  private ConcurrentWrites() {}

  /**
   * Sends {@code count} requests from {@code threads} threads, request {@code i} by {@code send},
   * and counts the answers by what {@code send} returns (e.g. the status, or status and type).
   */
  public static <T extends Comparable<T>> Map<T, Integer> answers(
      int threads, int count, long timeoutSeconds, IntFunction<T> send) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> results = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        int n = i;
        Callable<T> request =
            () -> {
              go.await();
              return send.apply(n);
            };
        results.add(pool.submit(request));
      }
      go.countDown();
      Map<T, Integer> byAnswer = new TreeMap<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
      for (Future<T> result : results) {
        long left = Math.max(1, deadline - System.nanoTime());
        byAnswer.merge(result.get(left, TimeUnit.NANOSECONDS), 1, Integer::sum);
      }
      return byAnswer;
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many answers had a status of 500 or above. */
  public static int serverErrors(Map<Integer, Integer> statuses) {
    return statuses.entrySet().stream()
        .filter(e -> e.getKey() >= 500)
        .mapToInt(Map.Entry::getValue)
        .sum();
  }
}
