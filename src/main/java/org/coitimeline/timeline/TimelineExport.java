package org.coitimeline.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.coitimeline.event.CitedEvent;
import org.coitimeline.event.EventFilter;
import org.coitimeline.event.EventService;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.PageView;

/**
 * The whole filtered timeline in an export format, streamed. The events are read a page at a time
 * with the keyset cursor, each page in its own short transaction, so that neither the events nor a
 * database connection are held for a slow download; like a client following {@code next}, an event
 * changed while the export runs may show its old or its new state. With {@code asOf} the state is
 * that of one revision and cannot change.
 */
@ApplicationScoped
public class TimelineExport {
  @Inject EventService events;

  /** What an export needs besides its filter. */
  public record Request(
      TimelineFormat format,
      EventFilter filter,
      String sort,
      Instant asOf,
      TimelineJsTimeline.Group group,
      String apiBase) {}

  /** The answer: its first page is read now, so that a bad filter is still a 400 problem. */
  public Response response(Request request, String limit, String cursor) {
    if (limit != null) {
      throw InvalidInput.of("limit", "is for json; the other formats hold every matching event");
    }
    if (cursor != null) {
      throw InvalidInput.of("cursor", "is for json; the other formats hold every matching event");
    }
    PageWalk walk =
        new PageWalk(
            request, events.citedPage(request.filter(), request.sort(), null, request.asOf()));
    Response.ResponseBuilder response =
        Response.ok(walk).type(mediaType(request.format())).header(HttpHeaders.VARY, "Accept");
    if (request.format() == TimelineFormat.CSV) {
      response.header("Content-Disposition", "attachment; filename=\"coi-timeline-events.csv\"");
    }
    return response.build();
  }

  private static MediaType mediaType(TimelineFormat format) {
    MediaType type = MediaType.valueOf(format.mediaType);
    return type.getType().equals("text") ? type.withCharset("UTF-8") : type;
  }

  private static TimelineWriter writer(Request request, OutputStream out) throws IOException {
    return switch (request.format()) {
      case CSV -> new CsvTimeline(out);
      case ICS -> new ICalendarTimeline(out, request.apiBase());
      case JSONLD -> new JsonLdTimeline(out, request.apiBase());
      case TIMELINEJS ->
          new TimelineJsTimeline(
              out, TimelineJsTimeline.describe(request.filter(), request.asOf()), request.group());
      case JSON -> throw new IllegalArgumentException("JSON is answered one page at a time");
    };
  }

  /** Writes page after page; only the page being written is held. */
  private final class PageWalk implements StreamingOutput {
    private final Request request;
    private PageView<CitedEvent> page;

    PageWalk(Request request, PageView<CitedEvent> first) {
      this.request = request;
      this.page = first;
    }

    @Override
    public void write(OutputStream out) throws IOException {
      TimelineWriter writer = writer(request, out);
      while (page != null) {
        for (CitedEvent event : page.items()) {
          writer.write(event);
        }
        String next = page.next();
        page = null;
        if (next != null) {
          page = events.citedPage(request.filter(), request.sort(), next, request.asOf());
        }
      }
      writer.finish();
    }
  }
}
