package org.coitimeline.kernel;

import java.util.regex.Pattern;

/** The rule for public ids: lower-case words of letters and digits joined by single hyphens. */
public final class Slugs {
  public static final int MAX_LENGTH = 120;
  public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
  private static final Pattern SLUG = Pattern.compile(PATTERN);

  private Slugs() {}

  public static boolean isValid(String value) {
    return value != null && value.length() <= MAX_LENGTH && SLUG.matcher(value).matches();
  }

  public static String problem(String value) {
    if (value == null || value.isBlank()) {
      return "is required";
    }
    if (value.length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    return isValid(value)
        ? null
        : "must be lower-case letters and digits in words joined by single hyphens (e.g."
            + " imss-database-offered-for-sale)";
  }
}
