package org.coitimeline.web;

/** Texts and schema values the resources share in the API contract. */
public final class ApiDoc {
  public static final String SORT =
      "date (default: start, then end, then id), -date, updated, -updated, or relevance (needs"
          + " q).";
  public static final String NEXT =
      "Cursor of the next page, null on the last page; also sent as a Link: rel=\"next\" header.";
  public static final String AS_OF =
      "Answer as the store stood at this instant (ISO-8601, e.g. 2021-09-01T12:00:00Z) or at the"
          + " end of this day (2021-09-01), from the recorded revisions.";
  public static final String ETAG = "The version of the resource, for If-Match on a later PUT.";

  private ApiDoc() {}
}
