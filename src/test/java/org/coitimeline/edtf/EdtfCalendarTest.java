package org.coitimeline.edtf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Calendar arithmetic: leap years, month lengths, seasons, and years before the common era. */
class EdtfCalendarTest {

  @ParameterizedTest
  @ValueSource(strings = {"2020-02-29", "2000-02-29", "2004-02-29", "1600-02-29", "-1984-02-29"})
  void leapDayIsAcceptedInLeapYears(String text) {
    Edtf edtf = Edtf.parse(text);
    assertEquals(29, edtf.earliestStart().getDayOfMonth());
    assertEquals(Precision.DAY, edtf.precision());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2021-02-29 | day 29 does not exist in February 2021
          1900-02-29 | day 29 does not exist in February 1900
          2100-02-29 | day 29 does not exist in February 2100
          """)
  void leapDayIsRejectedOutsideLeapYears(String text, String message) {
    assertEquals(
        message, assertThrows(InvalidEdtfException.class, () -> Edtf.parse(text)).getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2021-01 | 2021-01-31
          2021-02 | 2021-02-28
          2020-02 | 2020-02-29
          2021-04 | 2021-04-30
          2021-06 | 2021-06-30
          2021-09 | 2021-09-30
          2021-11 | 2021-11-30
          2021-12 | 2021-12-31
          """)
  void monthEndsOnItsLastDay(String text, LocalDate lastDay) {
    assertEquals(lastDay, Edtf.parse(text).latestEnd());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1985-04-31 | day 31 does not exist in April 1985
          1985-06-31 | day 31 does not exist in June 1985
          1985-09-31 | day 31 does not exist in September 1985
          1985-11-31 | day 31 does not exist in November 1985
          """)
  void thirtyFirstIsRejectedInThirtyDayMonths(String text, String message) {
    assertEquals(
        message, assertThrows(InvalidEdtfException.class, () -> Edtf.parse(text)).getMessage());
  }

  @Test
  void winterRunsFromDecemberToTheEndOfFebruaryOfTheNextYear() {
    Edtf winter = Edtf.parse("2001-24");
    assertAll(
        () -> assertEquals(LocalDate.of(2001, 12, 1), winter.earliestStart()),
        () -> assertEquals(LocalDate.of(2002, 2, 28), winter.latestEnd()),
        () -> assertEquals("Winter 2001–2002", winter.display()));
  }

  @Test
  void winterBeforeALeapYearEndsOnTheLeapDay() {
    assertEquals(LocalDate.of(2004, 2, 29), Edtf.parse("2003-24").latestEnd());
  }

  @Test
  void winterAtTheTurnOfTheEraNamesBothYears() {
    Edtf winter = Edtf.parse("0000-24");
    assertAll(
        () -> assertEquals(LocalDate.of(1, 2, 28), winter.latestEnd()),
        () -> assertEquals("Winter 1 BCE–1", winter.display()));
  }

  @Test
  void intervalFromAWinterToTheFollowingSpringIsValid() {
    Edtf edtf = Edtf.parse("2001-24/2002-21");
    assertAll(
        () -> assertEquals(LocalDate.of(2001, 12, 1), edtf.earliestStart()),
        () -> assertEquals(LocalDate.of(2002, 2, 28), edtf.latestStart()),
        () -> assertEquals(LocalDate.of(2002, 5, 31), edtf.latestEnd()),
        () -> assertEquals(Precision.SEASON, edtf.precision()),
        () -> assertEquals("Winter 2001–2002 – Spring 2002", edtf.display()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text          | first       | display
          0000            | 0000-01-01  | 1 BCE
          -0001           | -0001-01-01 | 2 BCE
          0001            | 0001-01-01  | 1
          -1985           | -1985-01-01 | 1986 BCE
          -1984-02-29     | -1984-02-29 | 29 February 1985 BCE
          -0044-03        | -0044-03-01 | March 45 BCE
          Y-170000002     | -170000002-01-01 | year 170000003 BCE
          """)
  void negativeYearsUseAstronomicalNumbering(String text, LocalDate first, String display) {
    Edtf edtf = Edtf.parse(text);
    assertEquals(first, edtf.earliestStart());
    assertEquals(display, edtf.display());
  }

  @Test
  void intervalCanCrossFromBeforeToAfterTheCommonEra() {
    Edtf edtf = Edtf.parse("-0043/0014");
    assertAll(
        () -> assertEquals(LocalDate.of(-43, 1, 1), edtf.earliestStart()),
        () -> assertEquals(LocalDate.of(14, 12, 31), edtf.latestEnd()),
        () -> assertEquals("44 BCE – 14", edtf.display()));
  }

  @Test
  void largestSupportedPrefixedYearParses() {
    assertEquals(LocalDate.of(999_999_999, 12, 31), Edtf.parse("Y999999999").latestEnd());
  }
}
