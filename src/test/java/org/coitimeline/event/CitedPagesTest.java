package org.coitimeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coitimeline.kernel.PageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The export's pages come in order, each once, whoever reads them, and failures reach the caller.
 */
@Timeout(30)
class CitedPagesTest {
  /** Pages of {@code size} events titled 0, 1, 2 … up to {@code total}, cursors being offsets. */
  private static Function<String, PageView<Supplier<CitedEvent>>> pages(
      int total, int size, List<String> read) {
    return cursor -> {
      int from = cursor == null ? 0 : Integer.parseInt(cursor);
      read.add(String.valueOf(from));
      List<Supplier<CitedEvent>> items = new ArrayList<>();
      for (int i = from; i < Math.min(total, from + size); i++) {
        CitedEvent event = event(i);
        items.add(() -> event);
      }
      return new PageView<>(items, from + size < total ? String.valueOf(from + size) : null);
    };
  }

  private static CitedEvent event(int n) {
    EventView view =
        new EventView(
            "e" + n,
            String.valueOf(n),
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            null,
            0,
            List.of(),
            0L,
            null,
            null);
    return new CitedEvent(view, Map.of(), Map.of());
  }

  private static List<Integer> all(CitedPages pages) {
    List<Integer> titles = new ArrayList<>();
    for (List<CitedEvent> page = pages.next(); page != null; page = pages.next()) {
      page.forEach(e -> titles.add(Integer.parseInt(e.event().title())));
    }
    return titles;
  }

  private static List<Integer> upTo(int n) {
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add(i);
    }
    return expected;
  }

  @Test
  void readAheadOnAnExecutorGivesEveryPageOnceInOrder() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<String> read = Collections.synchronizedList(new ArrayList<>());
      assertEquals(upTo(23), all(new CitedPages(pages(23, 5, read), pool)));
      assertEquals(List.of("0", "5", "10", "15", "20"), read);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void viewsAreMadeOnTheCallersThreadWhereverThePageWasRead() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Set<Thread> madeOn = ConcurrentHashMap.newKeySet();
      Function<String, PageView<Supplier<CitedEvent>>> source = pages(30, 4, new ArrayList<>());
      CitedPages walk =
          new CitedPages(
              cursor -> {
                PageView<Supplier<CitedEvent>> page = source.apply(cursor);
                List<Supplier<CitedEvent>> recorded =
                    page.items().stream()
                        .<Supplier<CitedEvent>>map(
                            item ->
                                () -> {
                                  madeOn.add(Thread.currentThread());
                                  return item.get();
                                })
                        .toList();
                return new PageView<>(recorded, page.next());
              },
              pool);
      assertEquals(upTo(30), all(walk));
      assertEquals(Set.of(Thread.currentThread()), madeOn);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theNextPageIsReadWhileTheCallerHoldsThisOne() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      CountDownLatch secondRead = new CountDownLatch(1);
      List<String> read = Collections.synchronizedList(new ArrayList<>());
      Function<String, PageView<Supplier<CitedEvent>>> source = pages(10, 5, read);
      CitedPages walk =
          new CitedPages(
              cursor -> {
                PageView<Supplier<CitedEvent>> page = source.apply(cursor);
                if ("5".equals(cursor)) {
                  secondRead.countDown();
                }
                return page;
              },
              pool);
      assertEquals(5, walk.next().size());
      // The caller has not asked for the second page, and it is being read (or read) already.
      assertTrue(secondRead.await(10, TimeUnit.SECONDS), "the second page was read ahead");
      assertEquals(5, walk.next().size());
      assertNull(walk.next());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void withoutAnExecutorEachPageIsReadWhenAskedFor() {
    List<String> read = new ArrayList<>();
    CitedPages walk = new CitedPages(pages(12, 5, read), null);
    assertEquals(List.of("0"), read);
    walk.next();
    assertEquals(List.of("0"), read, "nothing read before it is asked for");
    walk.next();
    assertEquals(List.of("0", "5"), read);
    assertEquals(2, walk.next().size());
    assertNull(walk.next());
  }

  @Test
  void aPageNoWorkerTakesUpIsReadByTheCaller() {
    List<String> read = new ArrayList<>();
    // Workers all busy: the task is queued and never run; or the queue is full.
    assertEquals(upTo(17), all(new CitedPages(pages(17, 4, read), task -> {})));
    assertEquals(
        upTo(17),
        all(
            new CitedPages(
                pages(17, 4, new ArrayList<>()),
                task -> {
                  throw new RejectedExecutionException("full");
                })));
  }

  @Test
  void aPageThatFailsToReadThrowsItsOwnExceptionToTheCaller() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      IllegalStateException failure = new IllegalStateException("database gone");
      Function<String, PageView<Supplier<CitedEvent>>> source = pages(20, 5, new ArrayList<>());
      CitedPages walk =
          new CitedPages(
              cursor -> {
                if ("10".equals(cursor)) {
                  throw failure;
                }
                return source.apply(cursor);
              },
              pool);
      walk.next();
      walk.next();
      assertSame(failure, assertThrows(IllegalStateException.class, walk::next));
    } finally {
      pool.shutdownNow();
    }
  }
}
