package org.coitimeline.edtf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Interval bounds for open and unknown ends, precision of mixed ends, and ordering. */
class EdtfIntervalTest {

  @Test
  void openEndedIntervalHasNoEarliestOrLatestEnd() {
    Edtf edtf = Edtf.parse("2005/..");
    assertAll(
        () -> assertEquals(LocalDate.of(2005, 1, 1), edtf.earliestStart()),
        () -> assertEquals(LocalDate.of(2005, 12, 31), edtf.latestStart()),
        () -> assertNull(edtf.earliestEnd()),
        () -> assertNull(edtf.latestEnd()),
        () -> assertTrue(edtf.isEndOpen()));
  }

  @Test
  void openStartedIntervalHasNoEarliestOrLatestStart() {
    Edtf edtf = Edtf.parse("../2018-09");
    assertAll(
        () -> assertNull(edtf.earliestStart()),
        () -> assertNull(edtf.latestStart()),
        () -> assertEquals(LocalDate.of(2018, 9, 1), edtf.earliestEnd()),
        () -> assertEquals(LocalDate.of(2018, 9, 30), edtf.latestEnd()),
        () -> assertTrue(edtf.isStartOpen()));
  }

  @Test
  void unknownEndIsNoEarlierThanTheStartButHasNoLatestEnd() {
    Edtf edtf = Edtf.parse("2005/");
    assertAll(
        () -> assertEquals(LocalDate.of(2005, 1, 1), edtf.earliestEnd()),
        () -> assertNull(edtf.latestEnd()),
        () -> assertTrue(edtf.isEndUnknown()),
        () -> assertEquals("from 2005 (end unknown)", edtf.display()));
  }

  @Test
  void unknownStartIsNoLaterThanTheEndButHasNoEarliestStart() {
    Edtf edtf = Edtf.parse("/2018");
    assertAll(
        () -> assertNull(edtf.earliestStart()),
        () -> assertEquals(LocalDate.of(2018, 12, 31), edtf.latestStart()),
        () -> assertTrue(edtf.isStartUnknown()),
        () -> assertEquals("until 2018 (start unknown)", edtf.display()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2004-02-01/2005-02-08 | DAY
          2004-02-01/2005-02    | MONTH
          2004-02/2005-02-08    | MONTH
          2004-03-15/2004-21    | SEASON
          2004-02-01/2005       | YEAR
          2001/201X             | DECADE
          1999-12-31/20XX       | CENTURY
          2004-02-01/..         | DAY
          ../2004-02            | MONTH
          /2004-21              | SEASON
          201X/                 | DECADE
          """)
  void intervalPrecisionIsTheCoarserOfItsDatedEnds(String text, Precision precision) {
    assertEquals(precision, Edtf.parse(text).precision());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2021/2021
          2004/2004-06
          2004-06/2004
          2004-06-XX/2004-06-15
          2001-21/2001-04
          Y-170000002/2021
          """)
  void intervalWhoseEndsOverlapIsAccepted(String text) {
    Edtf edtf = Edtf.parse(text);
    assertFalse(edtf.latestEnd().isBefore(edtf.earliestStart()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2005~/..          | since circa 2005
          ../2018-09?       | as of September 2018 (uncertain)
          2005%/            | from circa 2005 (uncertain) (end unknown)
          /2018~            | until circa 2018 (start unknown)
          201X/202X         | 2010s – 2020s
          -0100/-0050       | 101 BCE – 51 BCE
          Y170000002/..     | since year 170000002
          """)
  void qualifierInsideAnIntervalAppliesToThatEndsText(String text, String display) {
    assertEquals(display, Edtf.parse(text).display());
  }
}
