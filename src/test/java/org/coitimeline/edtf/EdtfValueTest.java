package org.coitimeline.edtf;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edtf as a value: text, identity, qualifiers that do not move bounds, and precision codes. */
class EdtfValueTest {

  @Test
  void surroundingWhitespaceIsTrimmedFromTheText() {
    Edtf edtf = Edtf.parse("  2021-01-22\n");
    assertEquals("2021-01-22", edtf.text());
    assertEquals("2021-01-22", edtf.toString());
  }

  @Test
  void equalTextMeansEqualValues() {
    Edtf a = Edtf.parse("2012/2018");
    Edtf b = Edtf.parse(" 2012/2018 ");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void differentTextMeansDifferentValuesEvenWithTheSameBounds() {
    assertNotEquals(Edtf.parse("2021"), Edtf.parse("2021~"));
    assertNotEquals(Edtf.parse("2021"), Edtf.parse("2021-XX"));
    assertNotEquals(Edtf.parse("2021"), "2021");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2021?", "2021~", "2021%", "2021-06?", "2001-21~", "201X%"})
  void qualifierDoesNotWidenTheBounds(String qualified) {
    Edtf edtf = Edtf.parse(qualified);
    Edtf plain = Edtf.parse(qualified.substring(0, qualified.length() - 1));
    assertAll(
        () -> assertEquals(plain.earliestStart(), edtf.earliestStart()),
        () -> assertEquals(plain.latestStart(), edtf.latestStart()),
        () -> assertEquals(plain.earliestEnd(), edtf.earliestEnd()),
        () -> assertEquals(plain.latestEnd(), edtf.latestEnd()),
        () -> assertEquals(plain.precision(), edtf.precision()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2021?  | 2021 (uncertain)
          2021~  | circa 2021
          2021%  | circa 2021 (uncertain)
          201X~  | circa 2010s
          2001-24? | Winter 2001–2002 (uncertain)
          """)
  void qualifierIsShownInTheDisplay(String text, String display) {
    assertEquals(display, Edtf.parse(text).display());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "DAY, day",
    "MONTH, month",
    "SEASON, season",
    "YEAR, year",
    "DECADE, decade",
    "CENTURY, century"
  })
  void precisionCodeIsTheLowerCaseName(Precision precision, String code) {
    assertEquals(code, precision.code());
  }

  @Test
  void precisionsAreOrderedFromFinestToCoarsest() {
    assertEquals(
        "DAY MONTH SEASON YEAR DECADE CENTURY",
        String.join(" ", Arrays.stream(Precision.values()).map(Enum::name).toArray(String[]::new)));
  }
}
