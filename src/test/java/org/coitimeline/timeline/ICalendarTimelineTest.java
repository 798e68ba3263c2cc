package org.coitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coitimeline.kernel.DateView;
import org.junit.jupiter.api.Test;

class ICalendarTimelineTest {
  private static String ics(org.coitimeline.event.CitedEvent... events) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ICalendarTimeline writer = new ICalendarTimeline(out, Events.API);
    for (var e : events) {
      writer.write(e);
    }
    writer.finish();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static VEvent only(String edtf) throws Exception {
    ICalendar calendar = Biweekly.parse(ics(Events.contract(edtf))).first();
    assertEquals(1, calendar.getEvents().size());
    return calendar.getEvents().get(0);
  }

  @Test
  void aDayIsAnAllDayEventEndingTheNextDay() throws Exception {
    String text = ics(Events.contract("2021-01-22"));
    assertTrue(text.contains("DTSTART;VALUE=DATE:20210122\r\n"), text);
    assertTrue(text.contains("DTEND;VALUE=DATE:20210123\r\n"), text);
    assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), text);
    assertTrue(text.endsWith("END:VCALENDAR\r\n"), text);
  }

  @Test
  void anIntervalEndsTheDayAfterItsLatestEnd() throws Exception {
    String text = ics(Events.contract("2012/2018"));
    assertTrue(text.contains("DTSTART;VALUE=DATE:20120101\r\n"), text);
    assertTrue(text.contains("DTEND;VALUE=DATE:20190101\r\n"), text);
  }

  @Test
  void openEndsAndStartsUseTheirFiniteBounds() throws Exception {
    String since = ics(Events.contract("2005/.."));
    assertTrue(since.contains("DTSTART;VALUE=DATE:20050101\r\n"), since);
    assertTrue(since.contains("DTEND;VALUE=DATE:20060101\r\n"), since);
    String asOf = ics(Events.contract("../2018-09"));
    assertTrue(asOf.contains("DTSTART;VALUE=DATE:20180901\r\n"), asOf);
    assertTrue(asOf.contains("DTEND;VALUE=DATE:20181001\r\n"), asOf);
  }

  @Test
  void eventCarriesUidUrlCategoriesAndADescriptionWithReferences() throws Exception {
    VEvent event = only("2021-01-22");
    assertEquals("pegasus-contracts@coi-timeline", event.getUid().getValue());
    assertEquals("Pegasus contracts", event.getSummary().getValue());
    assertEquals(Events.API + "/events/pegasus-contracts", event.getUrl().getValue());
    assertEquals(
        List.of("contract", "spyware", "surveillance"), event.getCategories().get(0).getValues());
    String description = event.getDescription().getValue();
    assertTrue(
        description.startsWith("22 January 2021\nEDTF: 2021-01-22\n\nSSPC bought"), description);
    assertTrue(
        description.contains(
            "- Mexico. April 2021. Report <draft> & \"notes\". [Accessed 24 Aug. 2021]"
                + " (cited as Mexico Apr. 2021, 147)"),
        description);
  }

  @Test
  void severalEventsShareOneCalendar() throws Exception {
    String text = ics(Events.contract("2021"), Events.event("other", "Other", "s", "2019-05"));
    List<ICalendar> calendars = Biweekly.parse(text).all();
    assertEquals(1, calendars.size());
    assertEquals(2, calendars.get(0).getEvents().size());
    assertFalse(text.indexOf("BEGIN:VCALENDAR") != text.lastIndexOf("BEGIN:VCALENDAR"));
  }

  @Test
  void anEventWithoutAnyFiniteBoundIsLeftOut() throws Exception {
    // The parser refuses such a date; a view of one is still handled.
    DateView unbounded = new DateView("../..", null, null, null, null, "year", "", false, false);
    assertTrue(
        ICalendarTimeline.vevent(Events.event("x", "X", "s", unbounded), Events.API).isEmpty());
  }
}
