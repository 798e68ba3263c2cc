package org.coitimeline.timeline;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.coitimeline.event.CitedEvent;
import org.coitimeline.event.CitedPages;
import org.coitimeline.event.EventFilter;
import org.coitimeline.event.EventService;

/**
 * The whole filtered timeline, as the format writers stream it. The events are read a page at a
 * time with the keyset cursor, each statement on a connection it returns at once, so that neither
 * the events nor a database connection are held for a slow download (of the current state, the next
 * page is read while one is written: {@link EventService#citedPages}); like a client following
 * {@code next}, an event changed while the export runs may show its old or its new state. With
 * {@code asOf} the state is that of one revision and cannot change.
 */
public final class FilteredTimeline {
  /** Takes one event of the timeline. */
  @FunctionalInterface
  public interface EventSink {
    void accept(CitedEvent event) throws IOException;
  }

  private final EventFilter filter;
  private final Instant asOf;
  private final TimelineJsTimeline.Group group;
  private final String apiBase;
  private final CitedPages pages;
  private java.util.function.UnaryOperator<CitedEvent> shown =
      java.util.function.UnaryOperator.identity();

  /** Reads the first page now, so that a filter the store cannot answer is still a 400 problem. */
  public FilteredTimeline(
      EventService events,
      EventFilter filter,
      String sort,
      Instant asOf,
      TimelineJsTimeline.Group group,
      String apiBase) {
    this.filter = filter;
    this.asOf = asOf;
    this.group = group;
    this.apiBase = apiBase;
    this.pages = events.citedPages(filter, sort, asOf);
  }

  /** Hands every event to the sink in order; only the page being written is held. */
  public void forEach(EventSink sink) throws IOException {
    for (List<CitedEvent> page = pages.next(); page != null; page = pages.next()) {
      for (CitedEvent event : page) {
        CitedEvent view = shown.apply(event);
        if (view != null) {
          sink.accept(view);
        }
      }
    }
  }

  /**
   * Shows each event as {@code view} makes it (null leaves it out): how a reader who may not see
   * protected people gets their pseudonyms in every format.
   */
  public void show(java.util.function.UnaryOperator<CitedEvent> view) {
    this.shown = view;
  }

  /** What the timeline holds, in words, for a document's title. */
  public String description() {
    return TimelineJsTimeline.describe(filter, asOf);
  }

  public TimelineJsTimeline.Group group() {
    return group;
  }

  /** The API's base URL, for links to single events. */
  public String apiBase() {
    return apiBase;
  }
}
