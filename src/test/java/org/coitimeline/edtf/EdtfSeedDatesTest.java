package org.coitimeline.edtf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates used by the seed data must parse to the bounds the timeline relies on. */
class EdtfSeedDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text          | earliestStart | latestStart | earliestEnd | latestEnd  | precision | display
          2012/2018       | 2012-01-01    | 2012-12-31  | 2018-01-01  | 2018-12-31 | YEAR      | 2012–2018
          2018-10/2019-11 | 2018-10-01    | 2018-10-31  | 2019-11-01  | 2019-11-30 | MONTH     | October 2018 – November 2019
          2005/..         | 2005-01-01    | 2005-12-31  |             |            | YEAR      | since 2005
          ../2018-09      |               |             | 2018-09-01  | 2018-09-30 | MONTH     | as of September 2018
          2021-01-22      | 2021-01-22    | 2021-01-22  | 2021-01-22  | 2021-01-22 | DAY       | 22 January 2021
          2016/2017       | 2016-01-01    | 2016-12-31  | 2017-01-01  | 2017-12-31 | YEAR      | 2016–2017
          """)
  void seedDateHasExpectedBoundsPrecisionAndDisplay(
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
        () -> assertEquals(earliestStart, edtf.earliestStart(), "earliestStart"),
        () -> assertEquals(latestStart, edtf.latestStart(), "latestStart"),
        () -> assertEquals(earliestEnd, edtf.earliestEnd(), "earliestEnd"),
        () -> assertEquals(latestEnd, edtf.latestEnd(), "latestEnd"),
        () -> assertEquals(precision, edtf.precision(), "precision"),
        () -> assertEquals(display, edtf.display(), "display"));
  }
}
