package org.coitimeline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coitimeline.kernel.Countries;
import org.coitimeline.kernel.Instants;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.Slugs;

/** Parsing of the simple parameters the lists and reads share: q, ids, countries, asOf. */
public final class ListParameters {
  private ListParameters() {}

  /** Free text: trimmed, null when absent or blank, at most 200 characters. */
  public static String text(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    if (q.length() > 200) {
      throw InvalidInput.of("q", "must be at most 200 characters");
    }
    return q.trim();
  }

  public static Set<String> slugs(String name, List<String> values) {
    Set<String> set = new LinkedHashSet<>(values == null ? List.of() : values);
    if (!set.stream().allMatch(Slugs::isValid)) {
      throw InvalidInput.of(name, "must be codes or ids of lower-case words joined by hyphens");
    }
    return set;
  }

  public static Set<String> countries(List<String> values) {
    Set<String> set = new LinkedHashSet<>(values == null ? List.of() : values);
    if (!set.stream().allMatch(Countries::isAlpha2)) {
      throw InvalidInput.of("country", Countries.ALPHA_2_RULE);
    }
    return set;
  }

  /**
   * Parses {@code asOf}: an ISO-8601 instant, or a date meaning the end of that day (UTC), so that
   * "as of 2021-09-01" includes what was written that day. Null when absent; years 1 to 9999 only.
   */
  public static Instant asOf(String asOf) {
    if (asOf == null) {
      return null;
    }
    Instant instant;
    try {
      if (asOf.length() == 10) {
        instant =
            LocalDate.parse(asOf)
                .plusDays(1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC)
                .minusMillis(1);
      } else {
        instant = Instant.parse(asOf);
      }
    } catch (DateTimeParseException e) {
      throw InvalidInput.of(
          "asOf", "must be an ISO-8601 instant (2021-09-01T12:00:00Z) or a date (2021-09-01)");
    }
    if (!Instants.supported(instant)) {
      throw InvalidInput.of("asOf", Instants.RANGE_RULE);
    }
    return instant;
  }

  /** The value of a {@code dryRun} parameter: absent or false, or true; a 400 otherwise. */
  public static boolean dryRun(String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw InvalidInput.of("dryRun", "must be true or false");
  }
}
