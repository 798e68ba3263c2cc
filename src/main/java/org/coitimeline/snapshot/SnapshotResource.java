package org.coitimeline.snapshot;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coitimeline.event.EventPage;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.timeline.FilteredTimeline;
import org.coitimeline.timeline.TimelineFormat;
import org.coitimeline.timeline.TimelineJsTimeline;
import org.coitimeline.web.Bodies;
import org.coitimeline.web.PageQuery;
import org.coitimeline.web.Pages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Citable snapshots over HTTP. A snapshot is immutable: there is no PUT and no DELETE (405), and
 * its events are the same whatever is edited, deleted or added later.
 */
@Path("/api/v1/snapshots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Snapshots")
public class SnapshotResource {
  @Inject SnapshotService service;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirementsSet({})
  @SecurityRequirement(name = "bearer")
  @APIResponse(
      responseCode = "201",
      description = "Taken; Location names the snapshot",
      content = @Content(schema = @Schema(implementation = SnapshotView.class)))
  @Operation(
      operationId = "createSnapshot",
      summary = "Take a citable snapshot of the filtered timeline",
      description =
          "Whoever may read may take one (a token with the reader role where reads are private);"
              + " it counts as a write for the rate limit. The body holds the filters of GET"
              + " /api/v1/events ({} for all events). Only the query, the instant and the hash"
              + " are stored. The instant lies the change feed's settle time (2 s by default)"
              + " before the request, so that a write still committing cannot change it later."
              + " At most timeline.snapshots.max-events events (10 000 by default): a broader"
              + " filter is a 400 naming query. sort=relevance is a 400: the full-text ranking"
              + " is not kept in history. Snapshots are immutable: there is no PUT or DELETE.")
  public Response create(
      @RequestBody(content = @Content(schema = @Schema(implementation = SnapshotQuery.class)))
          SnapshotQuery body,
      @Context UriInfo uri) {
    SnapshotService.Taken taken = service.create(Bodies.required(body));
    SnapshotView view = service.view(taken, apiBase(uri));
    return Response.created(java.net.URI.create(view.permalink())).entity(view).build();
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The snapshot",
      content = @Content(schema = @Schema(implementation = SnapshotView.class)))
  @Operation(
      operationId = "getSnapshot",
      summary = "Get a snapshot",
      description =
          "The query, the instant (asOf), the number of events, the SHA-256 of the canonical"
              + " result and a citation to paste.")
  public SnapshotView get(@PathParam("id") String id, @Context UriInfo uri) {
    return service.view(service.get(id), apiBase(uri));
  }

  @GET
  @Path("/{id}/events")
  @Parameter(
      name = "format",
      in = ParameterIn.QUERY,
      description =
          "json (default: one page), or all the snapshot's events as csv (text/csv), ics"
              + " (text/calendar), jsonld (application/ld+json, schema.org) or timelinejs"
              + " (application/json for Knight Lab TimelineJS), as for GET /api/v1/events. Wins"
              + " over the Accept header.",
      schema = @Schema(enumeration = {"json", "csv", "ics", "jsonld", "timelinejs"}),
      example = "csv")
  @Parameter(
      name = "group",
      in = ParameterIn.QUERY,
      description = "With format=timelinejs: a slide's group, the event's type (default) or topic.",
      schema = @Schema(enumeration = {"type", "topic"}))
  @APIResponse(
      responseCode = "200",
      description =
          "One page of the snapshot's events (JSON), or all of them in the format asked for,"
              + " each as it stood at the snapshot's instant.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EventPage.class)),
        @Content(
            mediaType = "text/csv",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description = "As GET /api/v1/events?format=csv")),
        @Content(
            mediaType = "text/calendar",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description = "As GET /api/v1/events?format=ics")),
        @Content(
            mediaType = "application/ld+json",
            schema =
                @Schema(
                    type = SchemaType.OBJECT,
                    description = "As GET /api/v1/events?format=jsonld"))
      })
  @Operation(
      operationId = "listSnapshotEvents",
      summary = "The events of a snapshot",
      description =
          "Exactly the events the snapshot holds, in its order, as they stood at its instant,"
              + " whatever was edited, deleted or added since. The SHA-256 of the lines `<id>"
              + " <updatedAt>\\n` of these events, in order, equals the snapshot's sha256.")
  public Response events(
      @PathParam("id") String id, @BeanParam PageQuery page, @Context UriInfo uri) {
    return Pages.ok(service.events(service.get(id), page.cursor, page.size()), uri);
  }

  @GET
  @Path("/{id}/events")
  @Produces({
    TimelineFormat.CSV_TYPE,
    TimelineFormat.ICS_TYPE,
    TimelineFormat.JSONLD_TYPE,
    TimelineFormat.TIMELINEJS_TYPE
  })
  @Operation(hidden = true)
  public FilteredTimeline timeline(
      @PathParam("id") String id,
      @BeanParam PageQuery page,
      @QueryParam("group") String group,
      @Context UriInfo uri) {
    TimelineJsTimeline.Group grouping = TimelineJsTimeline.Group.parse(group);
    if (page.limit != null) {
      throw InvalidInput.of("limit", "is for json; the other formats hold every event");
    }
    if (page.cursor != null) {
      throw InvalidInput.of("cursor", "is for json; the other formats hold every event");
    }
    SnapshotService.Taken taken = service.get(id);
    return service.timeline(taken, grouping, apiBase(uri));
  }

  private static String apiBase(UriInfo uri) {
    return uri.getBaseUriBuilder().path("api/v1").build().toString();
  }
}
