package org.coitimeline.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text compared the way the database collation compares it (utf8mb4_unicode_ci): ignoring case and
 * accents, so that "mexico" matches "México". Used where the store is read from history.
 */
public final class Text {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Text() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    return MARKS
        .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Why text cannot be stored, or null: control characters other than tab, line feed and carriage
   * return would break the CSV, iCalendar and XML views, and an unpaired surrogate is not a
   * character at all (MariaDB's utf8mb4 would store it as "?").
   */
  public static String problem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return "must not contain unpaired surrogates (invalid UTF-16)";
      } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return "must not contain control characters other than tab and line breaks";
      }
    }
    return null;
  }
}
