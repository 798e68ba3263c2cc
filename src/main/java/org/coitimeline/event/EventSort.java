package org.coitimeline.event;

import java.util.List;
import org.coitimeline.kernel.InvalidInput;

/**
 * The orders of the timeline. Each ends with the event id so that the order is total, which keyset
 * paging needs; the columns are those of an index (see V1__timeline_schema.sql).
 */
public enum EventSort {
  DATE("date", List.of("e.start_earliest", "e.end_latest", "e.slug"), false),
  DATE_DESC("-date", List.of("e.start_earliest", "e.end_latest", "e.slug"), true),
  UPDATED("updated", List.of("e.updated_at", "e.slug"), false),
  UPDATED_DESC("-updated", List.of("e.updated_at", "e.slug"), true),
  /** Best match first; ties in id order. Needs q. */
  RELEVANCE("relevance", List.of("score", "e.slug"), false);

  final String parameter;
  final List<String> columns;
  final boolean descending;

  EventSort(String parameter, List<String> columns, boolean descending) {
    this.parameter = parameter;
    this.columns = columns;
    this.descending = descending;
  }

  public static EventSort parse(String value, boolean hasText) {
    if (value == null) {
      return DATE;
    }
    for (EventSort sort : values()) {
      if (sort.parameter.equals(value)) {
        if (sort == RELEVANCE && !hasText) {
          throw InvalidInput.of("sort", "relevance needs a text query (q)");
        }
        return sort;
      }
    }
    throw InvalidInput.of("sort", "must be date, -date, updated, -updated or relevance");
  }

  /** Whether the column at this position of the key sorts descending. */
  boolean descending(int position) {
    return this == RELEVANCE ? position == 0 : descending;
  }
}
