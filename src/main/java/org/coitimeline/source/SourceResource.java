package org.coitimeline.source;

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
import java.util.List;
import org.coitimeline.event.EventFilter;
import org.coitimeline.event.EventQuery;
import org.coitimeline.event.EventService;
import org.coitimeline.web.ListParameters;
import org.coitimeline.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sources over HTTP. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {
  @Inject SourceService service;
  @Inject EventService events;

  @GET
  @Operation(
      summary = "List sources",
      description = "In id order; each with its full reference-list entry in `reference`.")
  public Response list(
      @QueryParam("q") @Parameter(description = "Text in the citation, author or title.") String q,
      @QueryParam("type") @Parameter(description = "Source type code; repeatable.")
          List<String> type,
      @QueryParam("limit") @Parameter(description = "Page size, 1 to 500 (default 50).")
          String limit,
      @QueryParam("cursor") @Parameter(description = "The `next` value of the previous page.")
          String cursor,
      @Context UriInfo uri) {
    int size = Paging.limit(limit);
    return Paging.ok(
        service.list(ListParameters.text(q), ListParameters.slugs("type", type), cursor, size),
        uri);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get one source")
  public Response get(@PathParam("id") String id) {
    SourceView source = service.get(id);
    return Response.ok(source).tag(new EntityTag(Long.toString(source.version()))).build();
  }

  @GET
  @Path("/{id}/events")
  @Operation(
      summary = "List the events citing a source",
      description = "The same filters, sorts and paging as GET /api/v1/events.")
  public Response events(
      @PathParam("id") String id,
      @BeanParam EventQuery query,
      @QueryParam("sort")
          @Parameter(description = "date (default), -date, updated, -updated, relevance.")
          String sort,
      @QueryParam("limit") @Parameter(description = "Page size, 1 to 500 (default 50).")
          String limit,
      @QueryParam("cursor") @Parameter(description = "The `next` value of the previous page.")
          String cursor,
      @Context UriInfo uri) {
    int size = Paging.limit(limit);
    return Paging.ok(events.listOfSource(id, EventFilter.parse(query), sort, cursor, size), uri);
  }
}
