package org.coitimeline.kernel;

import java.util.List;
import java.util.function.Function;

/** Page sizes, keyset slices and cursors every list shares. */
public final class Paging {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  private Paging() {}

  public static int limit(String value) {
    if (value == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(value.trim());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInput(
        List.of(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT)));
  }

  /** The rows of one page and the cursor of the next, or null when this is the last page. */
  public record Slice<T>(List<T> rows, String next) {}

  /**
   * Cuts a page from rows fetched with {@code limit + 1}: the extra row only tells that there is a
   * next page, whose cursor is the key of the last row kept.
   */
  public static <T> Slice<T> slice(
      List<T> rows, int limit, String fingerprint, Function<T, List<String>> key) {
    if (rows.size() <= limit) {
      return new Slice<>(rows, null);
    }
    List<T> kept = rows.subList(0, limit);
    return new Slice<>(kept, new Cursor(fingerprint, key.apply(kept.get(limit - 1))).encode());
  }

  /** The single-value key of a cursor over a list in id order, or null without a cursor. */
  public static String afterId(String cursor, String fingerprint) {
    return cursor == null ? null : Cursor.decode(cursor, fingerprint, 1).key().get(0);
  }

  /**
   * One page of a fully sorted list held in memory (a state read from history, which no later write
   * changes): the cursor names the id of the last item seen.
   */
  public static <T> PageView<T> inMemory(
      List<T> sorted, String cursor, String fingerprint, int limit, Function<T, String> id) {
    int from = 0;
    String after = afterId(cursor, fingerprint);
    if (after != null) {
      for (int i = 0; i < sorted.size(); i++) {
        if (id.apply(sorted.get(i)).equals(after)) {
          from = i + 1;
          break;
        }
      }
    }
    Slice<T> page =
        slice(
            sorted.subList(from, Math.min(sorted.size(), from + limit + 1)),
            limit,
            fingerprint,
            item -> List.of(id.apply(item)));
    return new PageView<>(page.rows(), page.next());
  }
}
