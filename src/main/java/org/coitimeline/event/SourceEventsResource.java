package org.coitimeline.event;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coitimeline.web.PageQuery;
import org.coitimeline.web.Pages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The events citing a source, over HTTP: the timeline scoped to one source. */
@Path("/api/v1/sources/{id}/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceEventsResource {
  @Inject EventService service;

  @GET
  @APIResponse(
      responseCode = "200",
      description = "One page of events",
      content = @Content(schema = @Schema(implementation = EventPage.class)))
  @Operation(
      operationId = "listSourceEvents",
      summary = "List the events citing a source",
      description = "The same filters, sorts and paging as GET /api/v1/events.")
  public Response list(
      @PathParam("id") String id,
      @BeanParam EventListQuery query,
      @BeanParam PageQuery page,
      @Context UriInfo uri) {
    return Pages.ok(
        service.listOfSource(
            id,
            EventFilter.parse(query),
            query.sort,
            page.cursor,
            page.size(),
            query.asOfInstant()),
        uri);
  }
}
