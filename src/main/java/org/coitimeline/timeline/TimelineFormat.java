package org.coitimeline.timeline;

/** The formats of the filtered timeline, by {@code format=} code and media type. */
public enum TimelineFormat {
  JSON("json", "application/json"),
  CSV("csv", TimelineFormat.CSV_TYPE),
  ICS("ics", TimelineFormat.ICS_TYPE),
  JSONLD("jsonld", TimelineFormat.JSONLD_TYPE),
  TIMELINEJS("timelinejs", TimelineFormat.TIMELINEJS_TYPE);

  public static final String CSV_TYPE = "text/csv";
  public static final String ICS_TYPE = "text/calendar";
  public static final String JSONLD_TYPE = "application/ld+json";

  /**
   * How {@code format=timelinejs} is negotiated inside the service. TimelineJS reads plain JSON, so
   * the document is sent as application/json; only {@code format=timelinejs} selects it.
   */
  public static final String TIMELINEJS_TYPE = "application/vnd.coi-timeline.timelinejs+json";

  public final String code;
  public final String mediaType;

  TimelineFormat(String code, String mediaType) {
    this.code = code;
    this.mediaType = mediaType;
  }
}
