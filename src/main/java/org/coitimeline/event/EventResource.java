package org.coitimeline.event;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coitimeline.web.ApiDoc;
import org.coitimeline.web.PageQuery;
import org.coitimeline.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The timeline's events over HTTP. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {
  @Inject EventService service;

  @GET
  @APIResponse(
      responseCode = "200",
      description = "One page of events",
      content = @Content(schema = @Schema(implementation = EventPage.class)))
  @Operation(
      summary = "List events",
      description =
          "The filtered timeline in date order (start, then end, then id). Repeated parameters"
              + " are alternatives; different parameters must all hold. Follow `next` (or the"
              + " Link header) for the next page.")
  public Response list(
      @BeanParam EventListQuery query, @BeanParam PageQuery page, @Context UriInfo uri) {
    return Paging.ok(
        service.list(EventFilter.parse(query), query.sort, page.cursor, page.size()), uri);
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The event",
      content = @Content(schema = @Schema(implementation = EventView.class)),
      headers = @Header(name = "ETag", description = ApiDoc.ETAG))
  @Operation(summary = "Get one event")
  public Response get(@PathParam("id") String id) {
    EventView event = service.get(id);
    return Response.ok(event).tag(new EntityTag(Long.toString(event.version()))).build();
  }
}
