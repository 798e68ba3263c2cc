package org.coitimeline.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Null-safe handling of the lists inputs carry. */
public final class Values {
  private Values() {}

  /** The list, or an empty one for an absent (null) list. */
  public static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** A set-valued field in canonical form: no nulls, no repeats, sorted. */
  public static List<String> sorted(Collection<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(Objects::nonNull).distinct().sorted().toList();
  }

  /**
   * The list cut into consecutive views of at most {@code size} elements (the rows of one multi-row
   * statement each); none for an empty list.
   */
  public static <T> List<List<T>> batches(List<T> list, int size) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < list.size(); from += size) {
      batches.add(list.subList(from, Math.min(list.size(), from + size)));
    }
    return batches;
  }

  /** Makes {@code target} hold exactly {@code values}, keeping the elements it already has. */
  public static void replace(Set<String> target, List<String> values) {
    Set<String> wanted = new LinkedHashSet<>(list(values));
    target.retainAll(wanted);
    target.addAll(wanted);
  }
}
