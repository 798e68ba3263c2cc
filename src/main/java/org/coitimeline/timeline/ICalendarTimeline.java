package org.coitimeline.timeline;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.coitimeline.event.CitedEvent;
import org.coitimeline.event.EventView;
import org.coitimeline.kernel.DateView;

/**
 * The timeline as an iCalendar (RFC 5545) calendar: one all-day VEVENT per event. DTSTART is the
 * earliest possible start (for an open start, the earliest possible end); DTEND, exclusive, is the
 * day after the latest possible end (for an open end, after the latest possible start, so "since
 * 2005" marks the year 2005). An event without any finite bound cannot be placed and is left out.
 *
 * <p>biweekly writes whole calendars only; to stream, each event is written by biweekly as a
 * calendar of its own and only its VEVENT is copied into the one calendar of the answer.
 */
public final class ICalendarTimeline implements TimelineWriter {
  private static final String BEGIN_EVENT = "BEGIN:VEVENT\r\n";
  private static final String END_EVENT = "END:VEVENT\r\n";
  private static final String END_CALENDAR = "END:VCALENDAR\r\n";

  private final Writer out;
  private final String apiBase;

  public ICalendarTimeline(OutputStream out, String apiBase) throws IOException {
    this.out = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.apiBase = apiBase;
    String empty = Biweekly.write(calendar(List.of())).go();
    this.out.write(empty.substring(0, empty.lastIndexOf(END_CALENDAR)));
  }

  /** The VEVENT of an event, or empty when the event has no finite bound. */
  public static Optional<VEvent> vevent(CitedEvent cited, String apiBase) {
    EventView e = cited.event();
    DateView date = e.date();
    LocalDate start = first(date.start(), date.earliestEnd(), date.latestStart(), date.end());
    if (start == null) {
      return Optional.empty();
    }
    LocalDate last = first(date.end(), date.latestStart(), start);
    VEvent event = new VEvent();
    event.setUid(e.id() + "@coi-timeline");
    event.setDateStart(day(start), false);
    event.setDateEnd(day(last.plusDays(1)), false);
    event.setSummary(e.title());
    event.setDescription(description(cited));
    event.setUrl(ExportText.url(apiBase, "events", e.id()));
    List<String> categories = new ArrayList<>();
    categories.add(e.type());
    categories.addAll(e.topics());
    event.addCategories(categories);
    if (e.updatedAt() != null) {
      // Without a METHOD, DTSTAMP is when the information was last revised (RFC 5545 3.8.7.2).
      event.setDateTimeStamp(Date.from(e.updatedAt()));
      event.setLastModified(Date.from(e.updatedAt()));
    }
    return Optional.of(event);
  }

  /** The display date, the EDTF, the summary and the references the event cites. */
  static String description(CitedEvent cited) {
    EventView e = cited.event();
    StringBuilder text =
        new StringBuilder(e.date().display()).append("\nEDTF: ").append(e.date().edtf());
    if (!ExportText.isBlank(e.summary())) {
      text.append("\n\n").append(e.summary());
    }
    if (!e.sources().isEmpty()) {
      text.append("\n\nSources:");
      e.sources().forEach(s -> text.append("\n- ").append(ExportText.reference(cited, s)));
    }
    return text.toString();
  }

  @Override
  public void write(CitedEvent event) throws IOException {
    Optional<VEvent> vevent = vevent(event, apiBase);
    if (vevent.isPresent()) {
      String calendar = Biweekly.write(calendar(List.of(vevent.get()))).go();
      out.write(
          calendar.substring(
              calendar.indexOf(BEGIN_EVENT), calendar.lastIndexOf(END_EVENT) + END_EVENT.length()));
    }
  }

  @Override
  public void finish() throws IOException {
    out.write(END_CALENDAR);
    out.flush();
  }

  private static ICalendar calendar(List<VEvent> events) {
    ICalendar calendar = new ICalendar();
    calendar.setProductId("-//COI Timeline//Timeline export//EN");
    calendar.setName("COI Timeline");
    events.forEach(calendar::addEvent);
    return calendar;
  }

  /**
   * The day as biweekly takes it: a Date at the start of the day in the default time zone, which
   * biweekly also uses to print date values.
   */
  private static Date day(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
