package org.coitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTimelineTest {
  private static String csv(org.coitimeline.event.CitedEvent... events) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTimeline writer = new CsvTimeline(out);
    for (var e : events) {
      writer.write(e);
    }
    writer.finish();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<List<String>> rows(String csv) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void rowListsActorsWithRolesFiguresAndCitationsWithPinpoints() {
    CsvTimeline.Row row = CsvTimeline.row(Events.contract("2012/2018"));
    assertEquals("sspc (buyer); jane-doe (subject)", row.actors());
    assertEquals("at least 30 lawsuits", row.figures());
    assertEquals("Mexico Apr. 2021, 147; R3D 2021", row.citations());
    assertEquals("spyware; surveillance", row.topics());
    assertEquals("MX; IL", row.countries());
    assertEquals("2012–2018", row.display());
    assertEquals("2012-01-01", row.start());
    assertEquals("2018-12-31", row.end());
    assertEquals("2012-12-31", row.latestStart());
    assertEquals("2018-01-01", row.earliestEnd());
    assertEquals("year", row.precision());
    assertEquals(2, row.sourceCount());
  }

  @Test
  void fieldsWithCommasQuotesAndLineBreaksAreQuotedAndSurviveARoundTrip() throws Exception {
    String summary = "First line, with a comma\nsecond line with \"quotes\"";
    String text = csv(Events.event("tricky", "Title, with comma", summary, "2021-01-22"));

    assertTrue(text.startsWith("id,title,summary,edtf,display,start,end,"), text);
    assertTrue(text.contains("\"Title, with comma\""), text);
    assertTrue(
        text.contains("\"First line, with a comma\nsecond line with \"\"quotes\"\"\""), text);
    assertTrue(text.endsWith("\r\n"), text);
    List<List<String>> rows = rows(text);
    assertEquals(2, rows.size());
    assertEquals(18, rows.get(0).size());
    assertEquals("Title, with comma", rows.get(1).get(1));
    assertEquals(summary, rows.get(1).get(2));
  }

  @Test
  void openBoundsAreEmptyFields() throws Exception {
    List<List<String>> rows = rows(csv(Events.event("open", "Open", "s", "2005/..")));
    List<String> header = rows.get(0);
    List<String> row = rows.get(1);
    assertEquals("2005-01-01", row.get(header.indexOf("start")));
    assertEquals("", row.get(header.indexOf("end")));
    assertEquals("since 2005", row.get(header.indexOf("display")));
  }

  @Test
  void anEmptyExportStillHasItsHeader() throws Exception {
    String text = csv();
    assertEquals(String.join(",", CsvTimeline.SCHEMA.getColumnNames()) + "\r\n", text);
    assertEquals("sourceCount", rows(text).get(0).get(17));
  }

  /**
   * Events of every kind of date and of text a CSV must quote or neutralise, written exactly as the
   * export has always written them (timeline/golden.csv was written by the code before the buffered
   * writer): a change to how rows are written must not change a byte.
   */
  @Test
  void theBytesWrittenStayTheSame() throws Exception {
    List<org.coitimeline.event.CitedEvent> events = new ArrayList<>();
    String[] dates = {
      "2021-01-22",
      "2021-04",
      "2021",
      "2012/2018",
      "2005/..",
      "../2010",
      "2019-03~",
      "2020?",
      "2021-21",
      "199X",
      "19XX",
      "2004-06-11/2004-06-12"
    };
    String[] titles = {
      "Plain",
      "Title, with comma",
      "=SUM(A1:A2)",
      "+33 1 23",
      "-minus",
      "@mention",
      "Quote \"inside\"",
      "Línea con acentos é ü ñ",
      "中文标题",
      "Tab\tinside",
      "\rcarriage",
      "Emoji 📄 here"
    };
    for (int i = 0; i < dates.length; i++) {
      events.add(
          Events.event(
              "golden-" + i,
              titles[i],
              i % 3 == 0 ? null : "Summary " + i + ",\nsecond line \"quoted\"; and more",
              dates[i]));
    }
    byte[] expected;
    try (InputStream golden = getClass().getResourceAsStream("/timeline/golden.csv")) {
      expected = golden.readAllBytes();
    }
    assertEquals(
        new String(expected, StandardCharsets.UTF_8),
        csv(events.toArray(org.coitimeline.event.CitedEvent[]::new)));
  }
}
