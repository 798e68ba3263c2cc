package org.coitimeline.edtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed or unsupported input is rejected with a message that says what is wrong. */
class EdtfInvalidTest {

  private static final String EXPECTED =
      "expected YYYY, YYYY-MM, YYYY-MM-DD, a season, or an interval a/b";
  private static final String FROM_THE_RIGHT =
      "unspecified digits (X) are only supported from the right, as in 201X, 20XX, 2004-XX,"
          + " 1985-04-XX or 1985-XX-XX (EDTF level 2, which is not supported)";

  private static String messageFor(String text) {
    return assertThrows(InvalidEdtfException.class, () -> Edtf.parse(text)).getMessage();
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2021-02-30  | day 30 does not exist in February 2021
          2021-01-32  | day 32 does not exist in January 2021
          2021-01-00  | day 0 does not exist in January 2021
          2021-13     | month 13 is neither a month (01–12) nor a season (21–24)
          2021-00     | month 0 is neither a month (01–12) nor a season (21–24)
          2021-20     | month 20 is neither a month (01–12) nor a season (21–24)
          2021-25     | month 25 is neither a month (01–12) nor a season (21–24); seasons 25–41 are not supported (EDTF level 2, which is not supported)
          2021-1      | the month must have two digits: 01–12, or 21–24 for a season
          2021-001    | the month must have two digits: 01–12, or 21–24 for a season
          2021-01-1   | the day must have two digits (01–31)
          2001-21-05  | a season (21–24) cannot have a day
          21          | the year must have four digits, e.g. 0985 or 1985
          985-04      | the year must have four digits, e.g. 0985 or 1985
          19850       | a year of more than four digits must be written with a Y prefix, e.g. Y170000002
          -0000       | year zero is written 0000, without a minus sign
          yesterday   | not an EDTF date: expected YYYY, YYYY-MM, YYYY-MM-DD, a season, or an interval a/b
          2021-       | not an EDTF date: expected YYYY, YYYY-MM, YYYY-MM-DD, a season, or an interval a/b
          2021-01-01-01 | not an EDTF date: expected YYYY, YYYY-MM, YYYY-MM-DD, a season, or an interval a/b
          2021.01.22  | not an EDTF date: expected YYYY, YYYY-MM, YYYY-MM-DD, a season, or an interval a/b
          22/01/2021  | an interval has exactly one / between its start and end
          ?           | not an EDTF date: expected YYYY, YYYY-MM, YYYY-MM-DD, a season, or an interval a/b
          ..          | an open end (..) is only allowed in an interval
          201x        | unspecified digits must be written with an upper-case X
          2012 / 2018 | an EDTF date cannot contain spaces
          """)
  void malformedDateIsRejectedWithAClearMessage(String text, String message) {
    assertEquals(message, messageFor(text));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2021/2020        | the interval ends before it starts
          2005-06/2005-05  | the interval ends before it starts
          2005-06-02/2005-06-01 | the interval ends before it starts
          2001-22/2001-21  | the interval ends before it starts
          ../..            | an interval needs a date at its start, its end or both
          /                | an interval needs a date at its start, its end or both
          ../              | an interval needs a date at its start, its end or both
          /..              | an interval needs a date at its start, its end or both
          2021/2022/2023   | an interval has exactly one / between its start and end
          2021-02-30/2022  | interval start: day 30 does not exist in February 2021
          2021/2022-13     | interval end: month 13 is neither a month (01–12) nor a season (21–24)
          2021/yesterday   | interval end: not an EDTF date: expected YYYY, YYYY-MM, YYYY-MM-DD or a season
          1985-04-12T23:20:30/1986 | interval start: an interval is between dates; a time of day is not allowed here
          1985/1986-04-12T23:20:30 | interval end: an interval is between dates; a time of day is not allowed here
          """)
  void malformedIntervalIsRejectedWithAClearMessage(String text, String message) {
    assertEquals(message, messageFor(text));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1985-04-12T23:20:30?      | a date with a time of day cannot be qualified with ?, ~ or %
          1985-04T23:20:30          | a time of day needs a complete date YYYY-MM-DD before the T
          1985-04-XXT23:20:30       | a time of day needs a complete date YYYY-MM-DD before the T
          1985-04-12T23:20          | a time of day must be written Thh:mm:ss, optionally followed by Z or ±hh:mm
          1985-04-12T23:20:30.5     | a time of day must be written Thh:mm:ss, optionally followed by Z or ±hh:mm
          1985-04-12T               | a time of day must be written Thh:mm:ss, optionally followed by Z or ±hh:mm
          1985-04-12T24:00:00       | hour 24 does not exist (00–23)
          1985-04-12T23:60:00       | minute 60 does not exist (00–59)
          1985-04-12T23:20:60       | second 60 does not exist (00–59)
          1985-04-12T23:20:30+19:00 | the time zone offset must lie between -18:00 and +18:00
          1985-04-12T23:20:30+04:60 | the time zone offset must lie between -18:00 and +18:00
          """)
  void malformedDateTimeIsRejectedWithAClearMessage(String text, String message) {
    assertEquals(message, messageFor(text));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Y2021        | a Y prefix is only for years of more than four digits; write this year as YYYY
          Y-09999      | a Y prefix is only for years of more than four digits; write this year as YYYY
          Y1000000000  | the year is too large; years up to 999999999 either side of year 0 are supported
          Y17000000X   | unspecified digits (X) are not supported in a Y-prefixed year
          Y170000002-01 | a Y-prefixed year stands alone and cannot have a month or day
          Y            | not an EDTF date: expected YYYY, YYYY-MM, YYYY-MM-DD, a season, or an interval a/b
          """)
  void malformedPrefixedYearIsRejectedWithAClearMessage(String text, String message) {
    assertEquals(message, messageFor(text));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"2X21", "X021", "1985-X4", "1985-0X", "1985-04-1X", "1985-XX-12"})
  void unspecifiedDigitsNotFromTheRightAreRejectedAsLevel2(String text) {
    assertEquals(FROM_THE_RIGHT, messageFor(text));
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2XXX         | at most the last two digits of a year can be unspecified, as in 201X or 20XX (EDTF level 2, which is not supported)
          XXXX         | at most the last two digits of a year can be unspecified, as in 201X or 20XX (EDTF level 2, which is not supported)
          201X-05      | a year with unspecified digits (X) cannot have a month or day; only 201X or 20XX on its own is supported (EDTF level 2, which is not supported)
          -201X        | unspecified digits (X) are not supported in a negative year
          2004?-06     | a qualifier (?, ~ or %) may only follow the whole date; qualifying part of a date is not supported (EDTF level 2, which is not supported)
          ?2004-06     | a qualifier (?, ~ or %) may only follow the whole date; qualifying part of a date is not supported (EDTF level 2, which is not supported)
          2004-06-11?? | a qualifier (?, ~ or %) may only follow the whole date; qualifying part of a date is not supported (EDTF level 2, which is not supported)
          '[1667,1668]' | sets and lists of dates ([...] and {...}) are not supported (EDTF level 2, which is not supported)
          '{1960,1961}' | sets and lists of dates ([...] and {...}) are not supported (EDTF level 2, which is not supported)
          Y17E7        | exponential years and significant digits are not supported (EDTF level 2, which is not supported)
          1950S2       | exponential years and significant digits are not supported (EDTF level 2, which is not supported)
          """)
  void level2FeatureIsRejectedAsUnsupported(String text, String message) {
    assertEquals(message, messageFor(text));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n"})
  void missingTextIsRejected(String text) {
    assertEquals("no date given: " + EXPECTED, messageFor(text));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "2021-02-30",
        "2021-13",
        "yesterday",
        "2021/2020",
        "2X21",
        "2021-02-30/2022",
        "Y170000002-01",
        "1985-04-12T24:00:00",
        "<script>alert(1)</script>"
      })
  void messageDoesNotQuoteTheInput(String text) {
    assertFalse(messageFor(text).contains(text));
  }

  @Test
  void invalidEdtfIsAnIllegalArgument() {
    assertInstanceOf(IllegalArgumentException.class, new InvalidEdtfException("x"));
  }
}
