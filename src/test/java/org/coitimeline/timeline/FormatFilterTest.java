package org.coitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coitimeline.kernel.InvalidInput;
import org.junit.jupiter.api.Test;

class FormatFilterTest {
  private static List<MediaType> accept(String... types) {
    return java.util.Arrays.stream(types).map(MediaType::valueOf).toList();
  }

  @Test
  void formatWinsOverAccept() {
    assertEquals(TimelineFormat.JSON, FormatFilter.choose("json", accept("text/csv")));
    assertEquals(TimelineFormat.TIMELINEJS, FormatFilter.choose("timelinejs", accept()));
    assertEquals(TimelineFormat.ICS, FormatFilter.choose("ics", accept("application/json")));
  }

  @Test
  void acceptChoosesInOrderOfPreference() {
    assertEquals(TimelineFormat.CSV, FormatFilter.choose(null, accept("text/csv")));
    assertEquals(TimelineFormat.ICS, FormatFilter.choose(null, accept("text/calendar")));
    assertEquals(
        TimelineFormat.JSONLD,
        FormatFilter.choose(null, accept("application/ld+json", "application/json")));
    assertEquals(TimelineFormat.JSON, FormatFilter.choose(null, accept("*/*")));
    assertEquals(TimelineFormat.JSON, FormatFilter.choose(null, accept()));
  }

  @Test
  void nothingAcceptableIsNoFormat() {
    assertEquals(null, FormatFilter.choose(null, accept("application/xml")));
  }

  @Test
  void unknownFormatIsInvalid() {
    InvalidInput e = assertThrows(InvalidInput.class, () -> FormatFilter.choose("xml", accept()));
    assertEquals("format", e.errors().get(0).field());
  }
}
