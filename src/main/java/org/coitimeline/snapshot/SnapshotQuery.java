package org.coitimeline.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.coitimeline.actor.ProtectedPeople;
import org.coitimeline.event.EventFilter;
import org.coitimeline.event.EventQuery;
import org.coitimeline.event.EventSort;
import org.coitimeline.kernel.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The filters of a snapshot: those of {@code GET /api/v1/events}, with the same names, meaning and
 * checks, and the order. As the body of {@code POST /api/v1/snapshots} every field is optional; as
 * stored and answered it is normalised (values trimmed, repeats dropped, lists never null, sort
 * always named).
 */
@Schema(
    name = "SnapshotQuery",
    description =
        "The filters of GET /api/v1/events, by the same names (lists for the repeatable ones), and"
            + " the order. asOf is not one of them: a snapshot is taken of the timeline as it"
            + " stands now.")
public record SnapshotQuery(
    @Schema(nullable = true, example = "2021-01", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
        String from,
    @Schema(nullable = true, example = "2021-01", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
        String to,
    @Schema(
            nullable = true,
            enumeration = {"overlaps", "within"})
        String match,
    @Schema(example = "[\"MX\"]") List<String> country,
    List<String> actor,
    List<String> topic,
    List<String> type,
    List<String> source,
    List<String> corroboration,
    @Schema(nullable = true, example = "Pegasus") String q,
    @Schema(
            nullable = true,
            enumeration = {"date", "-date", "updated", "-updated"},
            description =
                "The order of the events (default date). relevance is refused: a ranking by the"
                    + " full-text index cannot be read again as of the snapshot's instant.")
        String sort) {

  static final String WITHHELD = "[withheld: it may name a protected person]";

  /** The normalised query; a 400 naming the field for a filter the timeline would refuse. */
  SnapshotQuery normalised() {
    SnapshotQuery query =
        new SnapshotQuery(
            text(from),
            text(to),
            text(match),
            distinct(country),
            distinct(actor),
            distinct(topic),
            distinct(type),
            distinct(source),
            distinct(corroboration),
            text(q),
            sort == null ? "date" : sort.trim());
    EventFilter filter = query.filter();
    if (EventSort.parse(query.sort, filter.hasText()) == EventSort.RELEVANCE) {
      throw InvalidInput.of(
          "sort",
          "relevance cannot be cited: the full-text ranking is not kept in history; use date,"
              + " -date, updated or -updated");
    }
    return query;
  }

  /**
   * The query as a reader who may not see these protected people is shown it: their ids replaced by
   * pseudonymous ones and their names in {@code q} by pseudonyms.
   */
  SnapshotQuery shownWithout(ProtectedPeople hidden) {
    return new SnapshotQuery(
        from,
        to,
        match,
        country,
        actor == null ? null : actor.stream().map(hidden::id).toList(),
        topic,
        type,
        source,
        corroboration,
        hidden.named(q) ? WITHHELD : q,
        sort);
  }

  /** The parsed filter, checked as {@code GET /api/v1/events} checks it. */
  EventFilter filter() {
    EventQuery query = new EventQuery();
    query.from = from;
    query.to = to;
    query.match = match;
    query.country = country;
    query.actor = actor;
    query.topic = topic;
    query.type = type;
    query.source = source;
    query.corroboration = corroboration;
    query.q = q;
    return EventFilter.parse(query);
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static List<String> distinct(List<String> values) {
    if (values == null) {
      return List.of();
    }
    LinkedHashSet<String> set = new LinkedHashSet<>();
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        set.add(value.trim());
      }
    }
    return List.copyOf(new ArrayList<>(set));
  }
}
