package org.coitimeline.event;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coitimeline.kernel.PageView;

/**
 * The pages of a whole filtered timeline for the export formats ({@link EventService#citedPages}),
 * handed out one at a time. With an executor, the page after the one handed out is read on it
 * meanwhile; without, each page is read when asked for. A page is read as its events and links; its
 * views are made when it is handed out, on the caller's thread, which otherwise waits for the
 * database more than it works. Two pages at most are held.
 */
public final class CitedPages {
  private final Function<String, PageView<Supplier<CitedEvent>>> read;
  private final Executor readAhead;
  private Supplier<PageView<Supplier<CitedEvent>>> following;

  /** Reads the first page now (on the caller's thread): a question it fails throws here. */
  CitedPages(Function<String, PageView<Supplier<CitedEvent>>> read, Executor readAhead) {
    this.read = read;
    this.readAhead = readAhead;
    PageView<Supplier<CitedEvent>> first = read.apply(null);
    this.following = () -> first;
  }

  /**
   * The events of the next page in the timeline's order, or null after the last page; a failure to
   * read it (the database gone) is thrown here, as the caller's own would be.
   */
  public List<CitedEvent> next() {
    if (following == null) {
      return null;
    }
    PageView<Supplier<CitedEvent>> page = following.get();
    following = page.next() == null ? null : start(page.next());
    return page.items().stream().map(Supplier::get).toList();
  }

  /**
   * Starts reading the page at {@code cursor} on the executor. Whoever asks for it first runs it:
   * if no worker has taken it up yet (all busy writing, say), the caller reads it itself rather
   * than wait for one, so exports never wait on each other for threads.
   */
  private Supplier<PageView<Supplier<CitedEvent>>> start(String cursor) {
    if (readAhead == null) {
      return () -> read.apply(cursor);
    }
    FutureTask<PageView<Supplier<CitedEvent>>> reading = new FutureTask<>(() -> read.apply(cursor));
    try {
      readAhead.execute(reading);
    } catch (RejectedExecutionException full) {
      // Read when asked for, on the caller's thread.
    }
    return () -> {
      reading.run();
      try {
        return reading.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException cause
            ? cause
            : new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading a page", e);
      }
    };
  }
}
