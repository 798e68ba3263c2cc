package org.coitimeline.timeline;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coitimeline.kernel.InvalidInput;

/** The formats of the filtered timeline, by {@code format=} code and media type. */
public enum TimelineFormat {
  JSON("json", MediaType.APPLICATION_JSON),
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

  /**
   * The format of {@code format=} when given (a 400 naming {@code format} when unknown), else that
   * of the first media type the caller accepts, in order of preference: JSON for a wildcard or
   * none, null when no accepted type is a format of the timeline (then the answer is a 406).
   * TimelineJS shares JSON's media type, so only {@code format=timelinejs} selects it.
   */
  public static TimelineFormat choose(String format, List<MediaType> accepted) {
    if (format != null) {
      for (TimelineFormat f : values()) {
        if (f.code.equals(format)) {
          return f;
        }
      }
      throw InvalidInput.of("format", "must be json, csv, ics, jsonld or timelinejs");
    }
    if (accepted.isEmpty()) {
      return JSON;
    }
    for (MediaType type : accepted) {
      if (type.isWildcardType()) {
        return JSON;
      }
      for (TimelineFormat f : List.of(JSON, CSV, ICS, JSONLD)) {
        if (type.isCompatible(MediaType.valueOf(f.mediaType))) {
          return f;
        }
      }
    }
    return null;
  }
}
