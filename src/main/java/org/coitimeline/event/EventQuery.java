package org.coitimeline.event;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.coitimeline.web.ApiDoc;
import org.coitimeline.web.ListParameters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of the timeline, shared by {@code /events}, {@code /actors/{id}/events},
 * {@code /sources/{id}/events} and the histogram. All are read as text and parsed by {@link
 * EventFilter#parse} so that every malformed value is a 400 naming its parameter.
 */
public class EventQuery {
  @QueryParam("from")
  @Parameter(
      description = "Start of the range: YYYY, YYYY-MM or YYYY-MM-DD (from=2021 means 2021-01-01).",
      example = "2015")
  public String from;

  @QueryParam("to")
  @Parameter(
      description = "End of the range: YYYY, YYYY-MM or YYYY-MM-DD (to=2021 means 2021-12-31).",
      example = "2015")
  public String to;

  @QueryParam("match")
  @Parameter(
      description =
          "overlaps (default): the event's possible span meets [from, to]; within: the whole"
              + " possible span lies inside it.",
      schema = @Schema(enumeration = {"overlaps", "within"}))
  public String match;

  @QueryParam("country")
  @Parameter(description = "ISO 3166-1 alpha-2 code; repeat for any of several.", example = "MX")
  public List<String> country;

  @QueryParam("actor")
  @Parameter(
      description =
          "Actor id (a protected person's pseudonymous id, protected-3, for anonymous readers);"
              + " repeat for any of several.",
      example = "sspc")
  public List<String> actor;

  @QueryParam("topic")
  @Parameter(description = "Topic code; repeat for any of several.", example = "spyware")
  public List<String> topic;

  @QueryParam("type")
  @Parameter(description = "Event type code; repeat for any of several.", example = "contract")
  public List<String> type;

  @QueryParam("source")
  @Parameter(description = "Source id; repeat for any of several.")
  public List<String> source;

  @QueryParam("corroboration")
  @Parameter(
      description =
          "Corroboration status: corroborated, single-source or not-corroborated; repeat for any"
              + " of several.")
  public List<String> corroboration;

  @QueryParam("q")
  @Parameter(
      description =
          "Words of the title and summary: each word must begin a word of either, in any order"
              + " (spy finds spyware), ignoring case and accents (policia finds Policía); words"
              + " are split at anything but letters, digits and _ (l'état holds état). Words"
              + " shorter than 3 letters are ignored.",
      example = "Pegasus contracts")
  public String q;

  @QueryParam("asOf")
  @Parameter(description = ApiDoc.AS_OF)
  public String asOf;

  /** The instant of {@code asOf}, or null for now. */
  public Instant asOfInstant() {
    return ListParameters.asOf(asOf);
  }
}
