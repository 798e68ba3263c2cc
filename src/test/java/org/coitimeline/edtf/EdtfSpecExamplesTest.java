package org.coitimeline.edtf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every level 0 and level 1 example of the Library of Congress EDTF specification. */
class EdtfSpecExamplesTest {

  // An empty cell is null: -infinity for a start bound, +infinity for an end bound.
  private static void assertBounds(
      String text,
      LocalDate earliestStart,
      LocalDate latestStart,
      LocalDate earliestEnd,
      LocalDate latestEnd,
      Precision precision,
      String display) {
    Edtf edtf = Edtf.parse(text);
    assertAll(
        text,
        () -> assertEquals(text, edtf.text(), "text"),
        () -> assertEquals(earliestStart, edtf.earliestStart(), "earliestStart"),
        () -> assertEquals(latestStart, edtf.latestStart(), "latestStart"),
        () -> assertEquals(earliestEnd, edtf.earliestEnd(), "earliestEnd"),
        () -> assertEquals(latestEnd, edtf.latestEnd(), "latestEnd"),
        () -> assertEquals(precision, edtf.precision(), "precision"),
        () -> assertEquals(display, edtf.display(), "display"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text                     | earliestStart | latestStart | earliestEnd | latestEnd  | precision | display
          1985-04-12                 | 1985-04-12    | 1985-04-12  | 1985-04-12  | 1985-04-12 | DAY       | 12 April 1985
          1985-04                    | 1985-04-01    | 1985-04-30  | 1985-04-01  | 1985-04-30 | MONTH     | April 1985
          1985                       | 1985-01-01    | 1985-12-31  | 1985-01-01  | 1985-12-31 | YEAR      | 1985
          1985-04-12T23:20:30        | 1985-04-12    | 1985-04-12  | 1985-04-12  | 1985-04-12 | DAY       | 12 April 1985
          1985-04-12T23:20:30Z       | 1985-04-12    | 1985-04-12  | 1985-04-12  | 1985-04-12 | DAY       | 12 April 1985
          1985-04-12T23:20:30-04     | 1985-04-12    | 1985-04-12  | 1985-04-12  | 1985-04-12 | DAY       | 12 April 1985
          1985-04-12T23:20:30+04:30  | 1985-04-12    | 1985-04-12  | 1985-04-12  | 1985-04-12 | DAY       | 12 April 1985
          1964/2008                  | 1964-01-01    | 1964-12-31  | 2008-01-01  | 2008-12-31 | YEAR      | 1964–2008
          2004-06/2006-08            | 2004-06-01    | 2004-06-30  | 2006-08-01  | 2006-08-31 | MONTH     | June 2004 – August 2006
          2004-02-01/2005-02-08      | 2004-02-01    | 2004-02-01  | 2005-02-08  | 2005-02-08 | DAY       | 1 February 2004 – 8 February 2005
          2004-02-01/2005-02         | 2004-02-01    | 2004-02-01  | 2005-02-01  | 2005-02-28 | MONTH     | 1 February 2004 – February 2005
          2004-02-01/2005            | 2004-02-01    | 2004-02-01  | 2005-01-01  | 2005-12-31 | YEAR      | 1 February 2004 – 2005
          2005/2006-02               | 2005-01-01    | 2005-12-31  | 2006-02-01  | 2006-02-28 | YEAR      | 2005 – February 2006
          """)
  void level0ExampleHasExpectedBoundsPrecisionAndDisplay(
      String text,
      LocalDate earliestStart,
      LocalDate latestStart,
      LocalDate earliestEnd,
      LocalDate latestEnd,
      Precision precision,
      String display) {
    assertBounds(text, earliestStart, latestStart, earliestEnd, latestEnd, precision, display);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text                  | earliestStart    | latestStart      | earliestEnd      | latestEnd        | precision | display
          Y170000002              | +170000002-01-01 | +170000002-12-31 | +170000002-01-01 | +170000002-12-31 | YEAR      | year 170000002
          Y-170000002             | -170000002-01-01 | -170000002-12-31 | -170000002-01-01 | -170000002-12-31 | YEAR      | year 170000003 BCE
          2001-21                 | 2001-03-01       | 2001-05-31       | 2001-03-01       | 2001-05-31       | SEASON    | Spring 2001
          2001-22                 | 2001-06-01       | 2001-08-31       | 2001-06-01       | 2001-08-31       | SEASON    | Summer 2001
          2001-23                 | 2001-09-01       | 2001-11-30       | 2001-09-01       | 2001-11-30       | SEASON    | Autumn 2001
          2001-24                 | 2001-12-01       | 2002-02-28       | 2001-12-01       | 2002-02-28       | SEASON    | Winter 2001–2002
          1984?                   | 1984-01-01       | 1984-12-31       | 1984-01-01       | 1984-12-31       | YEAR      | 1984 (uncertain)
          2004-06~                | 2004-06-01       | 2004-06-30       | 2004-06-01       | 2004-06-30       | MONTH     | circa June 2004
          2004-06-11%             | 2004-06-11       | 2004-06-11       | 2004-06-11       | 2004-06-11       | DAY       | circa 11 June 2004 (uncertain)
          201X                    | 2010-01-01       | 2019-12-31       | 2010-01-01       | 2019-12-31       | DECADE    | 2010s
          20XX                    | 2000-01-01       | 2099-12-31       | 2000-01-01       | 2099-12-31       | CENTURY   | 2000–2099
          2004-XX                 | 2004-01-01       | 2004-12-31       | 2004-01-01       | 2004-12-31       | YEAR      | 2004
          1985-04-XX              | 1985-04-01       | 1985-04-30       | 1985-04-01       | 1985-04-30       | MONTH     | April 1985
          1985-XX-XX              | 1985-01-01       | 1985-12-31       | 1985-01-01       | 1985-12-31       | YEAR      | 1985
          1985-04-12/..           | 1985-04-12       | 1985-04-12       |                  |                  | DAY       | since 12 April 1985
          1985-04/..              | 1985-04-01       | 1985-04-30       |                  |                  | MONTH     | since April 1985
          1985/..                 | 1985-01-01       | 1985-12-31       |                  |                  | YEAR      | since 1985
          ../1985-04-12           |                  |                  | 1985-04-12       | 1985-04-12       | DAY       | as of 12 April 1985
          ../1985-04              |                  |                  | 1985-04-01       | 1985-04-30       | MONTH     | as of April 1985
          ../1985                 |                  |                  | 1985-01-01       | 1985-12-31       | YEAR      | as of 1985
          1985-04-12/             | 1985-04-12       | 1985-04-12       | 1985-04-12       |                  | DAY       | from 12 April 1985 (end unknown)
          1985-04/                | 1985-04-01       | 1985-04-30       | 1985-04-01       |                  | MONTH     | from April 1985 (end unknown)
          1985/                   | 1985-01-01       | 1985-12-31       | 1985-01-01       |                  | YEAR      | from 1985 (end unknown)
          /1985-04-12             |                  | 1985-04-12       | 1985-04-12       | 1985-04-12       | DAY       | until 12 April 1985 (start unknown)
          /1985-04                |                  | 1985-04-30       | 1985-04-01       | 1985-04-30       | MONTH     | until April 1985 (start unknown)
          /1985                   |                  | 1985-12-31       | 1985-01-01       | 1985-12-31       | YEAR      | until 1985 (start unknown)
          1984~/2004-06           | 1984-01-01       | 1984-12-31       | 2004-06-01       | 2004-06-30       | YEAR      | circa 1984 – June 2004
          1984/2004-06~           | 1984-01-01       | 1984-12-31       | 2004-06-01       | 2004-06-30       | YEAR      | 1984 – circa June 2004
          1984~/2004~             | 1984-01-01       | 1984-12-31       | 2004-01-01       | 2004-12-31       | YEAR      | circa 1984 – circa 2004
          1984?/2004%             | 1984-01-01       | 1984-12-31       | 2004-01-01       | 2004-12-31       | YEAR      | 1984 (uncertain) – circa 2004 (uncertain)
          1984-06?/2004-08?       | 1984-06-01       | 1984-06-30       | 2004-08-01       | 2004-08-31       | MONTH     | June 1984 (uncertain) – August 2004 (uncertain)
          1984-06-02?/2004-08-08~ | 1984-06-02       | 1984-06-02       | 2004-08-08       | 2004-08-08       | DAY       | 2 June 1984 (uncertain) – circa 8 August 2004
          1984-06-02?/..          | 1984-06-02       | 1984-06-02       |                  |                  | DAY       | since 2 June 1984 (uncertain)
          2004-06~/2004-08        | 2004-06-01       | 2004-06-30       | 2004-08-01       | 2004-08-31       | MONTH     | circa June 2004 – August 2004
          1984?/2004~             | 1984-01-01       | 1984-12-31       | 2004-01-01       | 2004-12-31       | YEAR      | 1984 (uncertain) – circa 2004
          2004-06-XX/2004-07-03   | 2004-06-01       | 2004-06-30       | 2004-07-03       | 2004-07-03       | MONTH     | June 2004 – 3 July 2004
          -1985                   | -1985-01-01      | -1985-12-31      | -1985-01-01      | -1985-12-31      | YEAR      | 1986 BCE
          """)
  void level1ExampleHasExpectedBoundsPrecisionAndDisplay(
      String text,
      LocalDate earliestStart,
      LocalDate latestStart,
      LocalDate earliestEnd,
      LocalDate latestEnd,
      Precision precision,
      String display) {
    assertBounds(text, earliestStart, latestStart, earliestEnd, latestEnd, precision, display);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text                    | interval | uncertain | approximate | startOpen | startUnknown | endOpen | endUnknown
          1985-04-12                | false    | false     | false       | false     | false        | false   | false
          1985-04-12T23:20:30+04:30 | false    | false     | false       | false     | false        | false   | false
          1964/2008                 | true     | false     | false       | false     | false        | false   | false
          Y170000002                | false    | false     | false       | false     | false        | false   | false
          2001-24                   | false    | false     | false       | false     | false        | false   | false
          1984?                     | false    | true      | false       | false     | false        | false   | false
          2004-06~                  | false    | false     | true        | false     | false        | false   | false
          2004-06-11%               | false    | true      | true        | false     | false        | false   | false
          201X                      | false    | false     | false       | false     | false        | false   | false
          1985-04-12/..             | true     | false     | false       | false     | false        | true    | false
          ../1985-04                | true     | false     | false       | true      | false        | false   | false
          1985/                     | true     | false     | false       | false     | false        | false   | true
          /1985                     | true     | false     | false       | false     | true         | false   | false
          1984~/2004-06             | true     | false     | true        | false     | false        | false   | false
          1984/2004-06~             | true     | false     | true        | false     | false        | false   | false
          1984~/2004~               | true     | false     | true        | false     | false        | false   | false
          1984?/2004%               | true     | true      | true        | false     | false        | false   | false
          1984-06?/2004-08?         | true     | true      | false       | false     | false        | false   | false
          1984-06-02?/2004-08-08~   | true     | true      | true        | false     | false        | false   | false
          1984-06-02?/..            | true     | true      | false       | false     | false        | true    | false
          ../2004~                  | true     | false     | true        | true      | false        | false   | false
          /2004?                    | true     | true      | false       | false     | true         | false   | false
          -1985                     | false    | false     | false       | false     | false        | false   | false
          """)
  void exampleHasExpectedFlags(
      String text,
      boolean interval,
      boolean uncertain,
      boolean approximate,
      boolean startOpen,
      boolean startUnknown,
      boolean endOpen,
      boolean endUnknown) {
    Edtf edtf = Edtf.parse(text);
    assertAll(
        text,
        () -> assertEquals(interval, edtf.isInterval(), "isInterval"),
        () -> assertEquals(uncertain, edtf.isUncertain(), "isUncertain"),
        () -> assertEquals(approximate, edtf.isApproximate(), "isApproximate"),
        () -> assertEquals(startOpen, edtf.isStartOpen(), "isStartOpen"),
        () -> assertEquals(startUnknown, edtf.isStartUnknown(), "isStartUnknown"),
        () -> assertEquals(endOpen, edtf.isEndOpen(), "isEndOpen"),
        () -> assertEquals(endUnknown, edtf.isEndUnknown(), "isEndUnknown"));
  }
}
