package org.coitimeline.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coitimeline.kernel.Countries;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.Slugs;

/** Parsing of the simple filters of the actor, source and gap lists. */
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
}
