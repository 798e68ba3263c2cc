package org.coitimeline.edtf;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one EDTF level 0/1 date (not an interval) into the range of days it covers.
 *
 * <p>Hand-written rather than one big regular expression so that every rejection can say exactly
 * which part is wrong. Messages never quote the input, because they are shown to API users.
 */
final class EdtfParser {

  static final String EXPECTED_ANY =
      "expected YYYY, YYYY-MM, YYYY-MM-DD, a season, or an interval a/b";
  private static final String EXPECTED_END = "expected YYYY, YYYY-MM, YYYY-MM-DD or a season";
  private static final String LEVEL_2 = " (EDTF level 2, which is not supported)";
  private static final String FROM_THE_RIGHT =
      "unspecified digits (X) are only supported from the right, as in 201X, 20XX, 2004-XX,"
          + " 1985-04-XX or 1985-XX-XX"
          + LEVEL_2;

  // \d only matches ASCII digits unless UNICODE_CHARACTER_CLASS is set, which is what we want.
  private static final Pattern TIME =
      Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})(Z|[+-](\\d{2})(?::?(\\d{2}))?)?");

  // Only used to choose a more helpful message than "not an EDTF date".
  private static final Pattern PLAUSIBLE_DATE = Pattern.compile("-?[0-9X]+(-[0-9X]+)*");
  private static final Pattern EXPONENTIAL = Pattern.compile("\\d+(E\\d+S\\d+|E\\d+|S\\d+)");

  // java.time cannot go further; EDTF allows larger Y-years, which we reject rather than clamp.
  private static final long MAX_YEAR = 999_999_999L;

  private final String prefix;
  private final boolean intervalEnd;

  private EdtfParser(String prefix, boolean intervalEnd) {
    this.prefix = prefix;
    this.intervalEnd = intervalEnd;
  }

  static EdtfDate parseSingle(String text) {
    return new EdtfParser("", false).parse(text);
  }

  static EdtfDate parseIntervalStart(String text) {
    return new EdtfParser("interval start: ", true).parse(text);
  }

  static EdtfDate parseIntervalEnd(String text) {
    return new EdtfParser("interval end: ", true).parse(text);
  }

  private InvalidEdtfException fail(String message) {
    return new InvalidEdtfException(prefix + message);
  }

  private InvalidEdtfException notEdtf() {
    return fail("not an EDTF date: " + (intervalEnd ? EXPECTED_END : EXPECTED_ANY));
  }

  private EdtfDate parse(String text) {
    if (text.startsWith("[") || text.startsWith("{")) {
      throw fail("sets and lists of dates ([...] and {...}) are not supported" + LEVEL_2);
    }
    Qualifier qualifier = Qualifier.NONE;
    String body = text;
    if (!body.isEmpty()) {
      Qualifier last = Qualifier.of(body.charAt(body.length() - 1));
      if (last != Qualifier.NONE) {
        qualifier = last;
        body = body.substring(0, body.length() - 1);
      }
    }
    String withoutQualifiers = body.replaceAll("[?~%]", "");
    if (!withoutQualifiers.equals(body) && PLAUSIBLE_DATE.matcher(withoutQualifiers).matches()) {
      throw fail(
          "a qualifier (?, ~ or %) may only follow the whole date; qualifying part of a date is"
              + " not supported"
              + LEVEL_2);
    }
    if (body.isEmpty()) {
      throw notEdtf();
    }
    if (body.indexOf('x') >= 0 && PLAUSIBLE_DATE.matcher(body.replace('x', 'X')).matches()) {
      throw fail("unspecified digits must be written with an upper-case X");
    }
    if (body.charAt(0) == 'Y') {
      return prefixedYear(body.substring(1), qualifier);
    }
    int t = body.indexOf('T');
    if (t >= 0) {
      if (qualifier != Qualifier.NONE) {
        throw fail("a date with a time of day cannot be qualified with ?, ~ or %");
      }
      if (intervalEnd) {
        throw fail("an interval is between dates; a time of day is not allowed here");
      }
      return dateTime(body.substring(0, t), body.substring(t + 1));
    }
    return date(body, qualifier);
  }

  private EdtfDate prefixedYear(String rest, Qualifier qualifier) {
    boolean negative = rest.startsWith("-");
    String digits = negative ? rest.substring(1) : rest;
    if (EXPONENTIAL.matcher(digits).matches()) {
      throw fail("exponential years and significant digits are not supported" + LEVEL_2);
    }
    if (digits.indexOf('-') >= 0) {
      throw fail("a Y-prefixed year stands alone and cannot have a month or day");
    }
    if (digits.indexOf('X') >= 0) {
      throw fail("unspecified digits (X) are not supported in a Y-prefixed year");
    }
    if (digits.isEmpty() || !allDigits(digits)) {
      throw notEdtf();
    }
    String significant = digits.replaceFirst("^0+(?=.)", "");
    if (significant.length() > 9 || Long.parseLong(significant) > MAX_YEAR) {
      throw fail(
          "the year is too large; years up to 999999999 either side of year 0 are supported");
    }
    long magnitude = Long.parseLong(significant);
    if (magnitude <= 9999) {
      throw fail("a Y prefix is only for years of more than four digits; write this year as YYYY");
    }
    int year = (int) (negative ? -magnitude : magnitude);
    return new EdtfDate(
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        Precision.YEAR,
        qualifier,
        "year " + yearText(year));
  }

  private EdtfDate dateTime(String datePart, String timePart) {
    EdtfDate date = date(datePart, Qualifier.NONE);
    if (date.precision() != Precision.DAY) {
      throw fail("a time of day needs a complete date YYYY-MM-DD before the T");
    }
    Matcher m = TIME.matcher(timePart);
    if (!m.matches()) {
      throw fail("a time of day must be written Thh:mm:ss, optionally followed by Z or ±hh:mm");
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    int second = Integer.parseInt(m.group(3));
    if (hour > 23) {
      throw fail("hour " + hour + " does not exist (00–23)");
    }
    if (minute > 59) {
      throw fail("minute " + minute + " does not exist (00–59)");
    }
    if (second > 59) {
      throw fail("second " + second + " does not exist (00–59)");
    }
    if (m.group(5) != null) {
      int offsetHours = Integer.parseInt(m.group(5));
      int offsetMinutes = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      if (offsetMinutes > 59 || offsetHours > 18 || (offsetHours == 18 && offsetMinutes > 0)) {
        throw fail("the time zone offset must lie between -18:00 and +18:00");
      }
    }
    // The time is validated but not kept: a fact is placed on its calendar day as written, so
    // the bounds stay that day whatever the offset.
    return new EdtfDate(
        date.first(), date.last(), Precision.DAY, Qualifier.NONE, date.plainDisplay());
  }

  private EdtfDate date(String text, Qualifier qualifier) {
    boolean negative = text.startsWith("-");
    String body = negative ? text.substring(1) : text;
    String[] parts = body.split("-", -1);
    if (parts.length > 3) {
      throw notEdtf();
    }
    for (String part : parts) {
      checkCharacters(part);
    }
    String yearText = parts[0];
    int yearX = trailingX(yearText);
    if (yearText.indexOf('X') >= 0 && yearText.indexOf('X') < yearText.length() - yearX) {
      throw fail(FROM_THE_RIGHT);
    }
    if (yearX == 0 && yearText.length() > 4) {
      throw fail(
          "a year of more than four digits must be written with a Y prefix, e.g. Y170000002");
    }
    if (yearText.length() != 4) {
      throw fail("the year must have four digits, e.g. 0985 or 1985");
    }
    if (yearX > 2) {
      throw fail(
          "at most the last two digits of a year can be unspecified, as in 201X or 20XX" + LEVEL_2);
    }
    if (yearX > 0 && parts.length > 1) {
      throw fail(
          "a year with unspecified digits (X) cannot have a month or day; only 201X or 20XX"
              + " on its own is supported"
              + LEVEL_2);
    }
    if (yearX > 0 && negative) {
      throw fail("unspecified digits (X) are not supported in a negative year");
    }
    int base = Integer.parseInt(yearText.replace('X', '0'));
    if (negative && base == 0) {
      throw fail("year zero is written 0000, without a minus sign");
    }
    int year = negative ? -base : base;
    if (yearX == 1) {
      return new EdtfDate(
          LocalDate.of(year, 1, 1),
          LocalDate.of(year + 9, 12, 31),
          Precision.DECADE,
          qualifier,
          year + "s");
    }
    if (yearX == 2) {
      return new EdtfDate(
          LocalDate.of(year, 1, 1),
          LocalDate.of(year + 99, 12, 31),
          Precision.CENTURY,
          qualifier,
          year + "–" + (year + 99));
    }
    if (parts.length == 1) {
      return wholeYear(year, qualifier);
    }

    String monthText = parts[1];
    if (monthText.length() != 2) {
      throw fail("the month must have two digits: 01–12, or 21–24 for a season");
    }
    String dayText = parts.length == 3 ? parts[2] : null;
    if (dayText != null && dayText.length() != 2) {
      throw fail("the day must have two digits (01–31)");
    }
    if (monthText.equals("XX")) {
      if (dayText != null && !dayText.equals("XX")) {
        throw fail(FROM_THE_RIGHT);
      }
      return wholeYear(year, qualifier);
    }
    if (monthText.indexOf('X') >= 0) {
      throw fail(FROM_THE_RIGHT);
    }
    int month = Integer.parseInt(monthText);
    if (month >= 21 && month <= 24) {
      if (dayText != null) {
        throw fail("a season (21–24) cannot have a day");
      }
      return season(year, month, qualifier);
    }
    if (month < 1 || month > 12) {
      String level2 =
          month >= 25 && month <= 41 ? "; seasons 25–41 are not supported" + LEVEL_2 : "";
      throw fail("month " + month + " is neither a month (01–12) nor a season (21–24)" + level2);
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    String monthDisplay = monthName(month) + " " + yearText(year);
    if (dayText == null || dayText.equals("XX")) {
      return new EdtfDate(
          yearMonth.atDay(1), yearMonth.atEndOfMonth(), Precision.MONTH, qualifier, monthDisplay);
    }
    if (dayText.indexOf('X') >= 0) {
      throw fail(FROM_THE_RIGHT);
    }
    int day = Integer.parseInt(dayText);
    if (!yearMonth.isValidDay(day)) {
      throw fail("day " + day + " does not exist in " + monthDisplay);
    }
    LocalDate date = yearMonth.atDay(day);
    return new EdtfDate(date, date, Precision.DAY, qualifier, day + " " + monthDisplay);
  }

  private void checkCharacters(String part) {
    if (part.isEmpty()) {
      throw notEdtf();
    }
    if (EXPONENTIAL.matcher(part).matches()) {
      throw fail("exponential years and significant digits are not supported" + LEVEL_2);
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (!isDigit(c) && c != 'X') {
        throw notEdtf();
      }
    }
  }

  private static EdtfDate wholeYear(int year, Qualifier qualifier) {
    return new EdtfDate(
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        Precision.YEAR,
        qualifier,
        yearText(year));
  }

  private static EdtfDate season(int year, int code, Qualifier qualifier) {
    LocalDate first =
        switch (code) {
          case 21 -> LocalDate.of(year, 3, 1);
          case 22 -> LocalDate.of(year, 6, 1);
          case 23 -> LocalDate.of(year, 9, 1);
          default -> LocalDate.of(year, 12, 1);
        };
    // Two months after the first month ends the season; for winter that is February next year.
    LocalDate last = YearMonth.from(first).plusMonths(2).atEndOfMonth();
    String name =
        switch (code) {
          case 21 -> "Spring " + yearText(year);
          case 22 -> "Summer " + yearText(year);
          case 23 -> "Autumn " + yearText(year);
          // Winter straddles the new year; naming both years avoids reading "Winter 2001" as
          // January–February 2001.
          default -> "Winter " + yearText(year) + "–" + yearText(year + 1);
        };
    return new EdtfDate(first, last, Precision.SEASON, qualifier, name);
  }

  /** Astronomical year to English: year 0 is 1 BCE, year -1985 is 1986 BCE. */
  static String yearText(int year) {
    return year >= 1 ? Integer.toString(year) : (1 - (long) year) + " BCE";
  }

  private static String monthName(int month) {
    return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static int trailingX(String s) {
    int n = 0;
    while (n < s.length() && s.charAt(s.length() - 1 - n) == 'X') {
      n++;
    }
    return n;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // Character.isDigit would also accept non-ASCII digits such as Arabic-Indic ones.
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
