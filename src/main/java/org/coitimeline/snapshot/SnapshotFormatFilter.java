package org.coitimeline.snapshot;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.regex.Pattern;
import org.coitimeline.timeline.FormatFilter;
import org.coitimeline.timeline.TimelineFormat;
import org.coitimeline.web.QueryParameterCheck;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Chooses the format of a snapshot's events as {@link FormatFilter} does for the timeline: {@code
 * format=} wins, else the Accept header, and the choice is written into Accept.
 */
public class SnapshotFormatFilter {
  private static final Pattern EVENTS = Pattern.compile("^/api/v1/snapshots/[^/]+/events$");

  @ServerRequestFilter(preMatching = true)
  public void chooseFormat(ContainerRequestContext request) {
    if (!(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))
        || !EVENTS.matcher(request.getUriInfo().getPath()).matches()) {
      return;
    }
    TimelineFormat chosen =
        FormatFilter.choose(
            request.getUriInfo().getQueryParameters().getFirst("format"),
            request.getAcceptableMediaTypes());
    if (chosen == null) {
      throw new NotAcceptableException();
    }
    request.setProperty(QueryParameterCheck.MAPPED, List.of("format"));
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, chosen.mediaType);
  }

  /** The answer depends on Accept: caches must keep one copy per Accept value. */
  @ServerResponseFilter
  public void vary(ContainerRequestContext request, ContainerResponseContext response) {
    if (EVENTS.matcher(request.getUriInfo().getPath()).matches()
        && !response.getHeaders().containsKey(HttpHeaders.VARY)) {
      response.getHeaders().putSingle(HttpHeaders.VARY, "Accept");
    }
  }
}
