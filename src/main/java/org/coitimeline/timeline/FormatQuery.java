package org.coitimeline.timeline;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters that choose the format of the filtered timeline. */
public class FormatQuery {
  @QueryParam("format")
  @Parameter(
      description =
          "json (default: one page), or the whole filtered timeline as csv (text/csv), ics"
              + " (text/calendar), jsonld (application/ld+json, schema.org) or timelinejs"
              + " (application/json for Knight Lab TimelineJS). Wins over the Accept header.",
      schema = @Schema(enumeration = {"json", "csv", "ics", "jsonld", "timelinejs"}),
      example = "csv")
  public String format;

  @QueryParam("group")
  @Parameter(
      description =
          "With format=timelinejs: what a slide's group (its row on the timeline) is, the event's"
              + " type (default) or its first topic.",
      schema = @Schema(enumeration = {"type", "topic"}),
      example = "topic")
  public String group;
}
