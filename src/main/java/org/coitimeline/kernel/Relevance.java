package org.coitimeline.kernel;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * How well a record matches what a person typed, ignoring case and accents (as the database
 * collation does): a main field that equals the query ranks first, then one that starts with it,
 * then one that contains it, then a secondary field (aliases, a title) that contains it, then a
 * field of last resort (a description). Zero: no match.
 */
public final class Relevance {
  private Relevance() {}

  public static int rank(
      String query,
      Collection<String> main,
      Collection<String> secondary,
      Collection<String> lastResort) {
    String q = Text.fold(query.trim());
    if (main.stream().anyMatch(v -> v != null && Text.fold(v).equals(q))) {
      return 5;
    }
    if (main.stream().anyMatch(v -> v != null && Text.fold(v).startsWith(q))) {
      return 4;
    }
    if (main.stream().anyMatch(v -> v != null && Text.fold(v).contains(q))) {
      return 3;
    }
    if (secondary.stream().anyMatch(v -> v != null && Text.fold(v).contains(q))) {
      return 2;
    }
    if (lastResort.stream().anyMatch(v -> v != null && Text.fold(v).contains(q))) {
      return 1;
    }
    return 0;
  }

  /** The matching items, best first, ties in id order. */
  public static <T> List<T> ranked(List<T> items, ToIntFunction<T> rank, Function<T, String> id) {
    return items.stream()
        .filter(item -> rank.applyAsInt(item) > 0)
        .sorted(
            Comparator.comparingInt(rank).reversed().thenComparing(id, Comparator.naturalOrder()))
        .toList();
  }
}
