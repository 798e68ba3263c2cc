package org.coitimeline.event;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coitimeline.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The timeline's events over HTTP. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {
  @Inject EventService service;

  @GET
  @Operation(
      summary = "List events",
      description =
          "The filtered timeline in date order (start, then end, then id). Repeated parameters"
              + " are alternatives; different parameters must all hold. Follow `next` (or the"
              + " Link header) for the next page.")
  public Response list(
      @BeanParam EventQuery query,
      @QueryParam("sort")
          @Parameter(
              description = "date (default), -date, updated, -updated, or relevance (with q).")
          String sort,
      @QueryParam("limit") @Parameter(description = "Page size, 1 to 500 (default 50).")
          String limit,
      @QueryParam("cursor") @Parameter(description = "The `next` value of the previous page.")
          String cursor,
      @Context UriInfo uri) {
    int size = Paging.limit(limit);
    return Paging.ok(service.list(EventFilter.parse(query), sort, cursor, size), uri);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get one event")
  public Response get(@PathParam("id") String id) {
    EventView event = service.get(id);
    return Response.ok(event).tag(new EntityTag(Long.toString(event.version()))).build();
  }
}
