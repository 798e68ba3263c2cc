package org.coitimeline.source;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a source as an entry of an IRB reference list:
 *
 * <pre>{author}. {date}. [{authors}. ]{title or "title"} [Accessed {d Mon. yyyy}]</pre>
 *
 * <p>The date is "2 October 2017", "April 2021", "2021", "[2021]" (inferred), "N.d." or "N.d.a".
 * The title is printed verbatim: the formatter adds no punctuation to it.
 */
public final class ReferenceFormatter {

  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  /** Month abbreviations of the IRB style (note "Sept." and the unabbreviated May, June, July). */
  private static final String[] IRB_MONTH_ABBREVIATIONS = {
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
  };

  private static final Pattern PUBLISHED = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private ReferenceFormatter() {}

  /**
   * Why a publication date cannot be printed in a reference, or null: the list prints a day, a
   * month or a year, so published must be YYYY, YYYY-MM or YYYY-MM-DD and a real date.
   */
  public static String publishedProblem(String published) {
    if (published == null) {
      return null;
    }
    if (!PUBLISHED.matcher(published).matches()) {
      return "must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD (null when undated)";
    }
    try {
      date(published, false, null);
      org.coitimeline.edtf.Edtf.parse(published);
      return null;
    } catch (RuntimeException e) {
      return "is not a real date (month 01 to 12, a day that exists in that month)";
    }
  }

  /** The full reference-list entry for {@code parts}. */
  public static String format(ReferenceParts parts) {
    if (parts == null) {
      throw new IllegalArgumentException("parts must not be null");
    }
    if (isBlank(parts.author())) {
      throw new IllegalArgumentException("author must not be blank");
    }
    StringBuilder out = new StringBuilder();
    appendElement(out, parts.author());
    out.append(' ');
    appendElement(out, date(parts.published(), parts.publishedInferred(), parts.dateSuffix()));
    if (!isBlank(parts.authors())) {
      out.append(' ');
      appendElement(out, parts.authors());
    }
    if (!isBlank(parts.title())) {
      out.append(' ');
      if (parts.titleQuoted()) {
        out.append('"').append(parts.title()).append('"');
      } else {
        out.append(parts.title());
      }
    }
    if (parts.accessed() != null) {
      out.append(" [Accessed ").append(accessed(parts.accessed())).append(']');
    }
    return out.toString();
  }

  /**
   * The date element as the list prints it: "2 October 2017", "April 2021", "2021", "[2021]",
   * "N.d." or "N.d.a".
   */
  static String date(String published, boolean inferred, String suffix) {
    String s = isBlank(suffix) ? "" : suffix.strip();
    if (isBlank(published)) {
      return "N.d." + s;
    }
    Matcher m = PUBLISHED.matcher(published.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "published must be YYYY, YYYY-MM or YYYY-MM-DD, was: " + published);
    }
    String text;
    int year = Integer.parseInt(m.group(1));
    if (m.group(3) != null) {
      LocalDate d = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      text = d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + m.group(1);
    } else if (m.group(2) != null) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("published has an invalid month: " + published);
      }
      text = MONTHS[month - 1] + " " + m.group(1);
    } else {
      text = m.group(1);
    }
    text += s;
    return inferred ? "[" + text + "]" : text;
  }

  /** An access date in the IRB style: "24 Aug. 2021", "10 Sept. 2021", "2 June 2021". */
  static String accessed(LocalDate date) {
    return date.getDayOfMonth()
        + " "
        + IRB_MONTH_ABBREVIATIONS[date.getMonthValue() - 1]
        + " "
        + date.getYear();
  }

  /** Appends an element followed by its period, unless the element already ends with one. */
  private static void appendElement(StringBuilder out, String element) {
    String e = element.strip();
    out.append(e);
    if (!e.endsWith(".")) {
      out.append('.');
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
