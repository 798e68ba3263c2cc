package org.coitimeline.timeline;

import java.io.IOException;
import java.time.Instant;
import org.coitimeline.event.CitedEvent;
import org.coitimeline.event.EventFilter;
import org.coitimeline.event.EventService;
import org.coitimeline.kernel.PageView;

/**
 * The whole filtered timeline, as the format writers stream it. The events are read a page at a
 * time with the keyset cursor, each statement on a connection it returns at once, so that neither
 * the events nor a database connection are held for a slow download; like a client following {@code
 * next}, an event changed while the export runs may show its old or its new state. With {@code
 * asOf} the state is that of one revision and cannot change.
 */
public final class FilteredTimeline {
  /** Takes one event of the timeline. */
  @FunctionalInterface
  public interface EventSink {
    void accept(CitedEvent event) throws IOException;
  }

  private final EventService events;
  private final EventFilter filter;
  private final String sort;
  private final Instant asOf;
  private final TimelineJsTimeline.Group group;
  private final String apiBase;
  private PageView<CitedEvent> page;
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
    this.events = events;
    this.filter = filter;
    this.sort = sort;
    this.asOf = asOf;
    this.group = group;
    this.apiBase = apiBase;
    this.page = events.citedPage(filter, sort, null, asOf);
  }

  /** Hands every event to the sink in order; only the page being written is held. */
  public void forEach(EventSink sink) throws IOException {
    while (page != null) {
      for (CitedEvent event : page.items()) {
        CitedEvent view = shown.apply(event);
        if (view != null) {
          sink.accept(view);
        }
      }
      String next = page.next();
      page = next == null ? null : events.citedPage(filter, sort, next, asOf);
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
