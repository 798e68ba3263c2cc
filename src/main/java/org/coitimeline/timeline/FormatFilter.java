package org.coitimeline.timeline;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.web.QueryParameterCheck;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Chooses the format of the timeline and the change feed before a resource is matched: {@code
 * format=} wins, else the caller's Accept header in order of preference, and the choice is written
 * into Accept. Resources and message body writers then negotiate by media type alone.
 */
public class FormatFilter {
  static final String EVENTS = "/api/v1/events";
  static final String CHANGES = "/api/v1/changes";
  static final String ATOM_TYPE = "application/atom+xml";

  private static final Map<String, String> CHANGE_FORMATS = new LinkedHashMap<>();

  static {
    CHANGE_FORMATS.put("json", "application/json");
    CHANGE_FORMATS.put("atom", ATOM_TYPE);
  }

  @ServerRequestFilter(preMatching = true)
  public void chooseFormat(ContainerRequestContext request) {
    if (!HttpMethod.GET.equals(request.getMethod())
        && !HttpMethod.HEAD.equals(request.getMethod())) {
      return;
    }
    String path = request.getUriInfo().getPath();
    String format = request.getUriInfo().getQueryParameters().getFirst("format");
    String chosen;
    if (path.equals(EVENTS)) {
      chosen = eventsFormat(format, request.getAcceptableMediaTypes());
    } else if (path.equals(CHANGES)) {
      chosen = changesFormat(format, request.getAcceptableMediaTypes());
    } else {
      return;
    }
    if (chosen == null) {
      throw new NotAcceptableException();
    }
    request.setProperty(QueryParameterCheck.MAPPED, List.of("format"));
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, chosen);
  }

  /** The answer depends on Accept: caches must keep one copy per Accept value. */
  @ServerResponseFilter
  public void vary(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if ((path.equals(EVENTS) || path.equals(CHANGES))
        && !response.getHeaders().containsKey(HttpHeaders.VARY)) {
      response.getHeaders().putSingle(HttpHeaders.VARY, "Accept");
    }
  }

  private static String eventsFormat(String format, List<jakarta.ws.rs.core.MediaType> accepted) {
    TimelineFormat chosen = choose(format, accepted);
    return chosen == null ? null : chosen.mediaType;
  }

  private static String changesFormat(String format, List<jakarta.ws.rs.core.MediaType> accepted) {
    if (format != null) {
      String type = CHANGE_FORMATS.get(format);
      if (type == null) {
        throw InvalidInput.of("format", "must be json or atom");
      }
      return type;
    }
    for (jakarta.ws.rs.core.MediaType type : accepted) {
      for (String offered : CHANGE_FORMATS.values()) {
        if (type.isCompatible(jakarta.ws.rs.core.MediaType.valueOf(offered))) {
          return offered;
        }
      }
    }
    return null;
  }

  /**
   * The format of {@code format=} when given (a 400 naming {@code format} when unknown), else that
   * of the first media type the caller accepts, in order of preference: JSON for a wildcard or
   * none, null when no accepted type is a format of the timeline (then the answer is a 406).
   * TimelineJS shares JSON's media type, so only {@code format=timelinejs} selects it.
   */
  public static TimelineFormat choose(String format, List<jakarta.ws.rs.core.MediaType> accepted) {
    if (format != null) {
      for (TimelineFormat f : TimelineFormat.values()) {
        if (f.code.equals(format)) {
          return f;
        }
      }
      throw InvalidInput.of("format", "must be json, csv, ics, jsonld or timelinejs");
    }
    if (accepted.isEmpty()) {
      return TimelineFormat.JSON;
    }
    for (jakarta.ws.rs.core.MediaType type : accepted) {
      if (type.isWildcardType()) {
        return TimelineFormat.JSON;
      }
      for (TimelineFormat f :
          List.of(
              TimelineFormat.JSON, TimelineFormat.CSV, TimelineFormat.ICS, TimelineFormat.JSONLD)) {
        if (type.isCompatible(jakarta.ws.rs.core.MediaType.valueOf(f.mediaType))) {
          return f;
        }
      }
    }
    return null;
  }
}
