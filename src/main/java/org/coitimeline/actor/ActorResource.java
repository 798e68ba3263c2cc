package org.coitimeline.actor;

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
import org.coitimeline.event.EventListQuery;
import org.coitimeline.event.EventPage;
import org.coitimeline.event.EventService;
import org.coitimeline.web.ApiDoc;
import org.coitimeline.web.ListParameters;
import org.coitimeline.web.PageQuery;
import org.coitimeline.web.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Actors over HTTP. */
@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorResource {
  @Inject ActorService service;
  @Inject EventService events;

  @GET
  @APIResponse(
      responseCode = "200",
      description = "One page of actors",
      content = @Content(schema = @Schema(implementation = ActorPage.class)))
  @Operation(
      summary = "List actors",
      description =
          "In id order. q matches name, acronym, aliases and original name, ignoring case and"
              + " accents (\"segob\", \"Mexico\" finds \"México\").")
  public Response list(
      @QueryParam("q")
          @Parameter(description = "Text in a name, acronym or alias.", example = "sspc")
          String q,
      @QueryParam("type") @Parameter(description = "Actor type code; repeatable.")
          List<String> type,
      @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2; repeatable.")
          List<String> country,
      @BeanParam PageQuery page,
      @Context UriInfo uri) {
    return Paging.ok(
        service.list(
            ListParameters.text(q),
            ListParameters.slugs("type", type),
            ListParameters.countries(country),
            page.cursor,
            page.size()),
        uri);
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The actor",
      content = @Content(schema = @Schema(implementation = ActorView.class)),
      headers = @Header(name = "ETag", description = ApiDoc.ETAG))
  @Operation(summary = "Get one actor")
  public Response get(@PathParam("id") String id) {
    ActorView actor = service.get(id);
    return Response.ok(actor).tag(new EntityTag(Long.toString(actor.version()))).build();
  }

  @GET
  @Path("/{id}/events")
  @APIResponse(
      responseCode = "200",
      description = "One page of events",
      content = @Content(schema = @Schema(implementation = EventPage.class)))
  @Operation(
      summary = "List the events of an actor",
      description = "The same filters, sorts and paging as GET /api/v1/events.")
  public Response events(
      @PathParam("id") String id,
      @BeanParam EventListQuery query,
      @BeanParam PageQuery page,
      @Context UriInfo uri) {
    return Paging.ok(
        events.listOfActor(id, EventFilter.parse(query), query.sort, page.cursor, page.size()),
        uri);
  }
}
