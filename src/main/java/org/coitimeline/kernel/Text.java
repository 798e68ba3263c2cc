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

  /** Whether {@code text} contains {@code part}, ignoring case and accents. */
  public static boolean contains(String text, String part) {
    return fold(text).contains(fold(part));
  }
}
