package org.coitimeline.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coitimeline.source.ReferenceFormatter;
import org.coitimeline.source.ReferenceParts;

/**
 * A snapshot as an entry of a reference list, in the style of the sources' references ({@link
 * ReferenceFormatter}):
 *
 * <pre>COI Timeline. 1 December 2026. "Events: country MX, January 2021." Snapshot 7f3a9c0b12de,
 * as of 2026-12-01T10:00:00.123Z. https://host/api/v1/snapshots/7f3a9c0b12de [Accessed 1 Dec. 2026]
 * </pre>
 */
final class SnapshotCitation {
  static final String AUTHOR = "COI Timeline";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private SnapshotCitation() {}

  /** The reference-list entry, accessed on {@code accessed}. */
  static String of(
      String id, Instant asOf, SnapshotQuery query, String permalink, LocalDate accessed) {
    String published = asOf.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    String title =
        "\"" + title(query) + ".\" Snapshot " + id + ", as of " + asOf + ". " + permalink;
    return ReferenceFormatter.format(
        new ReferenceParts(AUTHOR, published, false, null, null, title, false, accessed));
  }

  /** What the snapshot holds, in words: "Events: country MX, January 2021". */
  static String title(SnapshotQuery query) {
    List<String> parts = new ArrayList<>();
    add(parts, "country", query.country());
    add(parts, "actor", query.actor());
    add(parts, "topic", query.topic());
    add(parts, "type", query.type());
    add(parts, "source", query.source());
    add(parts, "corroboration", query.corroboration());
    if (query.q() != null) {
      parts.add("matching “" + query.q() + "”");
    }
    String period = period(query.from(), query.to());
    if (period != null) {
      parts.add("within".equals(query.match()) ? "wholly within " + period : period);
    }
    switch (query.sort()) {
      case "-date" -> parts.add("latest first");
      case "updated" -> parts.add("by last change");
      case "-updated" -> parts.add("latest change first");
      default -> {}
    }
    return parts.isEmpty() ? "All events" : "Events: " + String.join(", ", parts);
  }

  private static void add(List<String> parts, String name, List<String> values) {
    if (!values.isEmpty()) {
      parts.add(name + " " + String.join(" or ", values));
    }
  }

  private static String period(String from, String to) {
    if (from == null && to == null) {
      return null;
    }
    if (from == null) {
      return "until " + date(to);
    }
    if (to == null) {
      return "since " + date(from);
    }
    if (from.equals(to)) {
      return date(from);
    }
    return date(from) + " to " + date(to);
  }

  /** 2021, January 2021 or 22 January 2021 (the value was checked by the filter). */
  private static String date(String value) {
    return switch (value.length()) {
      case 4 -> value;
      case 7 -> MONTH.format(YearMonth.parse(value));
      default -> DAY.format(LocalDate.parse(value));
    };
  }
}
