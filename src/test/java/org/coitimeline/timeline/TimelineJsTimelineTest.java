package org.coitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.coitimeline.event.EventFilter;
import org.coitimeline.event.EventQuery;
import org.coitimeline.kernel.DateView;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.timeline.TimelineJsTimeline.Group;
import org.junit.jupiter.api.Test;

class TimelineJsTimelineTest {
  private static JsonNode slide(String edtf) {
    return TimelineJsTimeline.slide(Events.contract(edtf), Group.TYPE).orElseThrow();
  }

  @Test
  void aDayHasYearMonthAndDayAndNoDisplayDate() {
    JsonNode s = slide("2021-01-22");
    assertEquals(2021, s.get("start_date").get("year").asInt());
    assertEquals(1, s.get("start_date").get("month").asInt());
    assertEquals(22, s.get("start_date").get("day").asInt());
    assertFalse(s.has("end_date"));
    assertFalse(s.has("display_date"));
    assertEquals("pegasus-contracts", s.get("unique_id").asText());
  }

  @Test
  void aMonthHasNoDayAndAYearOnlyAYear() {
    JsonNode month = slide("2021-01").get("start_date");
    assertEquals(2021, month.get("year").asInt());
    assertEquals(1, month.get("month").asInt());
    assertFalse(month.has("day"));
    JsonNode year = slide("2021").get("start_date");
    assertEquals(2021, year.get("year").asInt());
    assertFalse(year.has("month"));
    assertFalse(slide("2021").has("display_date"));
  }

  @Test
  void anIntervalHasAnEndDateAndItsDisplay() {
    JsonNode s = slide("2012/2018");
    assertEquals(2012, s.get("start_date").get("year").asInt());
    assertEquals(2018, s.get("end_date").get("year").asInt());
    assertFalse(s.get("end_date").has("month"));
    assertEquals("2012–2018", s.get("display_date").asText());
  }

  @Test
  void uncertainApproximateOpenAndDecadeDatesShowTheirDisplay() {
    assertEquals("since 2005", slide("2005/..").get("display_date").asText());
    assertFalse(slide("2005/..").has("end_date"));
    assertTrue(slide("2021?").has("display_date"));
    assertTrue(slide("2021~").has("display_date"));
    assertTrue(slide("201X").has("display_date"));
    assertEquals(2010, slide("201X").get("start_date").get("year").asInt());
  }

  @Test
  void anOpenStartIsPlacedAtTheEarliestEnd() {
    JsonNode s = slide("../2018-09");
    assertEquals(2018, s.get("start_date").get("year").asInt());
    assertEquals(9, s.get("start_date").get("month").asInt());
    assertFalse(s.has("end_date"));
    assertEquals("as of September 2018", s.get("display_date").asText());
  }

  @Test
  void anEventWithoutAnyFiniteBoundIsLeftOut() {
    DateView unbounded = new DateView("../..", null, null, null, null, "year", "", false, false);
    assertTrue(
        TimelineJsTimeline.slide(Events.event("x", "X", "s", unbounded), Group.TYPE).isEmpty());
  }

  @Test
  void textIsEscapedHtmlWithAListOfReferences() {
    JsonNode s = slide("2021");
    assertEquals("Pegasus contracts", s.get("text").get("headline").asText());
    String text = s.get("text").get("text").asText();
    assertTrue(text.startsWith("<p>SSPC bought Pegasus.</p><ul><li>"), text);
    assertTrue(
        text.contains(
            "Report &lt;draft&gt; &amp; &quot;notes&quot;. [Accessed 24 Aug. 2021] (cited as"
                + " Mexico Apr. 2021, 147)</li>"),
        text);
    assertTrue(text.endsWith("</li></ul>"), text);
  }

  @Test
  void groupIsTheTypeOrTheFirstTopic() {
    assertEquals("contract", slide("2021").get("group").asText());
    assertEquals(
        "spyware",
        TimelineJsTimeline.slide(Events.contract("2021"), Group.TOPIC)
            .orElseThrow()
            .get("group")
            .asText());
    assertEquals(Group.TYPE, Group.parse(null));
    assertThrows(InvalidInput.class, () -> Group.parse("country"));
  }

  @Test
  void documentHasATitleSlideDescribingTheFilter() throws Exception {
    EventQuery query = new EventQuery();
    query.from = "2015";
    query.country = List.of("MX");
    query.q = "Pegasus";
    String description =
        TimelineJsTimeline.describe(
            EventFilter.parse(query), Instant.parse("2021-09-01T00:00:00Z"));
    assertEquals(
        "Events from 2015-01-01, country MX, matching \"pegasus\", as the timeline stood at"
            + " 2021-09-01T00:00:00Z",
        description);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TimelineJsTimeline writer = new TimelineJsTimeline(out, "Events <all>", Group.TYPE);
    writer.write(Events.contract("2021"));
    writer.finish();
    JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
    assertEquals("COI Timeline", doc.get("title").get("text").get("headline").asText());
    assertEquals("Events &lt;all&gt;", doc.get("title").get("text").get("text").asText());
    assertEquals(1, doc.get("events").size());
  }
}
