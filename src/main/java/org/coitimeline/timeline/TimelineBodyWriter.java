package org.coitimeline.timeline;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.coitimeline.web.BrokenDownloads;

/**
 * Streams a {@link FilteredTimeline} in one format, one event at a time. One subclass per media
 * type; JAX-RS picks it by the Accept header that {@link FormatFilter} settled.
 */
public abstract class TimelineBodyWriter implements MessageBodyWriter<FilteredTimeline> {
  @Inject BrokenDownloads brokenDownloads;

  /** The writer of one document on this stream. */
  abstract TimelineWriter open(OutputStream out, FilteredTimeline timeline) throws IOException;

  /** The Content-Type sent. */
  abstract String contentType();

  /** Headers this format adds. */
  void headers(MultivaluedMap<String, Object> headers) {}

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return FilteredTimeline.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      FilteredTimeline timeline,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    headers.putSingle(HttpHeaders.CONTENT_TYPE, contentType());
    headers(headers);
    try {
      TimelineWriter writer = open(out, timeline);
      timeline.forEach(writer::write);
      writer.finish();
    } catch (IOException | RuntimeException e) {
      // Once the status line and some events are sent, the only way left to tell the client is to
      // break the response off: a CSV or calendar cut short has no end that would show it.
      brokenDownloads.breakOff(e);
      throw e;
    }
  }

  /** RFC 4180 CSV, a row per event, as an attachment. */
  @Provider
  @Produces(TimelineFormat.CSV_TYPE)
  public static class Csv extends TimelineBodyWriter {
    @Override
    TimelineWriter open(OutputStream out, FilteredTimeline timeline) throws IOException {
      return new CsvTimeline(out);
    }

    @Override
    String contentType() {
      return TimelineFormat.CSV_TYPE + ";charset=UTF-8";
    }

    @Override
    void headers(MultivaluedMap<String, Object> headers) {
      headers.putSingle("Content-Disposition", "attachment; filename=\"coi-timeline-events.csv\"");
    }
  }

  /** iCalendar, an all-day VEVENT per event. */
  @Provider
  @Produces(TimelineFormat.ICS_TYPE)
  public static class ICalendar extends TimelineBodyWriter {
    @Override
    TimelineWriter open(OutputStream out, FilteredTimeline timeline) throws IOException {
      return new ICalendarTimeline(out, timeline.apiBase());
    }

    @Override
    String contentType() {
      return TimelineFormat.ICS_TYPE + ";charset=UTF-8";
    }
  }

  /** schema.org JSON-LD. */
  @Provider
  @Produces(TimelineFormat.JSONLD_TYPE)
  public static class JsonLd extends TimelineBodyWriter {
    @Override
    TimelineWriter open(OutputStream out, FilteredTimeline timeline) throws IOException {
      return new JsonLdTimeline(out, timeline.apiBase());
    }

    @Override
    String contentType() {
      return TimelineFormat.JSONLD_TYPE;
    }
  }

  /** A Knight Lab TimelineJS document, sent as the plain JSON TimelineJS reads. */
  @Provider
  @Produces(TimelineFormat.TIMELINEJS_TYPE)
  public static class TimelineJs extends TimelineBodyWriter {
    @Override
    TimelineWriter open(OutputStream out, FilteredTimeline timeline) throws IOException {
      return new TimelineJsTimeline(out, timeline.description(), timeline.group());
    }

    @Override
    String contentType() {
      return MediaType.APPLICATION_JSON;
    }
  }
}
