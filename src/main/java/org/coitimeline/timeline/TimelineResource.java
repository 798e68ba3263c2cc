package org.coitimeline.timeline;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.coitimeline.event.EventFilter;
import org.coitimeline.event.EventListQuery;
import org.coitimeline.event.EventService;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.web.PageQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * GET /api/v1/events in every format but JSON: the whole filtered timeline, which a message body
 * writer of the negotiated media type streams. Documented with the JSON operation of {@code
 * EventResource}, whose path and filters it shares.
 */
@Path("/api/v1/events")
public class TimelineResource {
  @Inject EventService events;

  @GET
  @Produces({
    TimelineFormat.CSV_TYPE,
    TimelineFormat.ICS_TYPE,
    TimelineFormat.JSONLD_TYPE,
    TimelineFormat.TIMELINEJS_TYPE
  })
  @Operation(hidden = true)
  public FilteredTimeline timeline(
      @BeanParam EventListQuery query,
      @BeanParam PageQuery page,
      @QueryParam("group") String group,
      @Context UriInfo uri) {
    TimelineJsTimeline.Group grouping = TimelineJsTimeline.Group.parse(group);
    EventFilter filter = EventFilter.parse(query);
    if (page.limit != null) {
      throw InvalidInput.of("limit", "is for json; the other formats hold every matching event");
    }
    if (page.cursor != null) {
      throw InvalidInput.of("cursor", "is for json; the other formats hold every matching event");
    }
    String apiBase = uri.getBaseUriBuilder().path("api/v1").build().toString();
    return new FilteredTimeline(events, filter, query.sort, query.asOfInstant(), grouping, apiBase);
  }
}
