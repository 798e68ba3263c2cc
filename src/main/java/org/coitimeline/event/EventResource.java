package org.coitimeline.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.coitimeline.history.RevisionView;
import org.coitimeline.web.ApiDoc;
import org.coitimeline.web.Bodies;
import org.coitimeline.web.ETags;
import org.coitimeline.web.ListParameters;
import org.coitimeline.web.PageQuery;
import org.coitimeline.web.Pages;
import org.coitimeline.web.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The timeline's events over HTTP. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {
  @Inject EventService service;

  @GET
  @Parameter(
      name = "format",
      in = ParameterIn.QUERY,
      description =
          "json (default: one page), or the whole filtered timeline as csv (text/csv), ics"
              + " (text/calendar), jsonld (application/ld+json, schema.org) or timelinejs"
              + " (application/json for Knight Lab TimelineJS). Wins over the Accept header.",
      schema = @Schema(enumeration = {"json", "csv", "ics", "jsonld", "timelinejs"}),
      example = "csv")
  @Parameter(
      name = "group",
      in = ParameterIn.QUERY,
      description =
          "With format=timelinejs: what a slide's group (its row on the timeline) is, the event's"
              + " type (default) or its first topic.",
      schema = @Schema(enumeration = {"type", "topic"}),
      example = "topic")
  @APIResponse(
      responseCode = "200",
      description =
          "One page of events (JSON), or every matching event in the format asked for, streamed."
              + " With format=timelinejs the application/json body is a TimelineJS document:"
              + " {\"title\": {\"text\": {\"headline\", \"text\"}}, \"events\": [{\"unique_id\","
              + " \"start_date\": {\"year\", \"month\", \"day\"}, \"end_date\","
              + " \"display_date\", \"text\": {\"headline\", \"text\"}, \"group\"}]}.",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EventPage.class)),
        @Content(
            mediaType = "text/csv",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description =
                        "RFC 4180 CSV with a header row, one row per event: id, title, summary,"
                            + " edtf, display, start, end, latestStart, earliestEnd, precision,"
                            + " type, topics, countries, actors (\"sspc (speaker); nso-group"
                            + " (subject)\"), figures (\"at least 30 lawsuits\"), citations"
                            + " (\"Mexico Apr. 2021, 147\"), corroboration, sourceCount. Sent as"
                            + " an attachment, coi-timeline-events.csv.")),
        @Content(
            mediaType = "text/calendar",
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description =
                        "An iCalendar (RFC 5545) calendar with one all-day VEVENT per event:"
                            + " DTSTART the earliest possible start, DTEND (exclusive) the day"
                            + " after the latest possible end, SUMMARY the title, DESCRIPTION the"
                            + " display date, the EDTF, the summary and the references, UID"
                            + " <id>@coi-timeline, URL the event's API URL, CATEGORIES its type"
                            + " and topics. Events without any finite date bound are left out.")),
        @Content(
            mediaType = "application/ld+json",
            schema =
                @Schema(
                    type = SchemaType.OBJECT,
                    description =
                        "JSON-LD with the schema.org vocabulary: {\"@context\":"
                            + " \"https://schema.org\", \"@graph\": [Event]}; each Event has"
                            + " name, description, startDate, endDate, temporalCoverage (the"
                            + " EDTF), location (Country), about (a Role with roleName around"
                            + " each Organization or Person) and citation (CreativeWork with the"
                            + " reference as text and the pinpoint as pagination)."))
      })
  @Operation(
      operationId = "listEvents",
      summary = "List events",
      description =
          "The filtered timeline in date order (start, then end, then id). Repeated parameters"
              + " are alternatives; different parameters must all hold. Follow `next` (or the"
              + " Link header) for the next page. The same filters (and asOf and sort) give the"
              + " whole matching timeline, not a page, as CSV, iCalendar, JSON-LD or TimelineJS:"
              + " by `format=` or by the Accept header (format wins); limit and cursor are then"
              + " refused.")
  public Response list(
      @BeanParam EventListQuery query, @BeanParam PageQuery page, @Context UriInfo uri) {
    return Pages.ok(
        service.list(
            EventFilter.parse(query), query.sort, page.cursor, page.size(), query.asOfInstant()),
        uri);
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The event",
      content = @Content(schema = @Schema(implementation = EventView.class)),
      headers = @Header(name = "ETag", description = ApiDoc.ETAG))
  @Operation(
      operationId = "getEvent",
      summary = "Get one event",
      description = "ETag carries the version, for If-Match on a later PUT or DELETE.")
  public Response get(
      @PathParam("id") String id,
      @QueryParam("asOf") @Parameter(description = ApiDoc.AS_OF) String asOf) {
    EventView event = service.get(id, ListParameters.asOf(asOf));
    return Response.ok(event).tag(ETags.of(event.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @SecurityRequirement(name = "bearer")
  @APIResponse(
      responseCode = "201",
      description =
          "Created; Location names the new event. The body is the event and its"
              + " possibleDuplicates.",
      content = @Content(schema = @Schema(implementation = EventWritten.class)),
      headers = @Header(name = "ETag", description = ApiDoc.ETAG))
  @APIResponse(
      responseCode = "200",
      description =
          "With dryRun=true: the event as it would be created, and its possibleDuplicates."
              + " Nothing was written: no event, no revision in its history or the change feed, no"
              + " Location and no ETag.",
      content = @Content(schema = @Schema(implementation = EventWritten.class)))
  @Operation(
      operationId = "createEvent",
      summary = "Create an event",
      description =
          "Needs the editor or admin role. The answer lists possibleDuplicates: live events that"
              + " may overlap the new one in time (their EDTF bounds), share an actor or a"
              + " country with it and have a similar title or summary, best first (see"
              + " PossibleDuplicate). When one is the same fact, link the two with the relation"
              + " `same-as` instead of keeping both as separate facts. With `dryRun=true` the"
              + " event is checked exactly as for a create (the same 400, 409) and answered with"
              + " its possible duplicates, then rolled back: nothing is stored.")
  public Response create(
      @QueryParam("dryRun")
          @Parameter(
              description =
                  "true: check the event and list its possible duplicates, write nothing (200"
                      + " instead of 201; default false).")
          String dryRun,
      @RequestBody(content = @Content(schema = @Schema(implementation = EventInput.class)))
          EventInput body,
      @Context UriInfo uri) {
    boolean dry = ListParameters.dryRun(dryRun);
    EventWritten created = service.create(Bodies.required(body), dry);
    if (dry) {
      return Response.ok(created).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(created.event().id()).build())
        .tag(ETags.of(created.event().version()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @SecurityRequirement(name = "bearer")
  @APIResponse(
      responseCode = "200",
      description = "Changed. The body is the event and its possibleDuplicates (see createEvent).",
      content = @Content(schema = @Schema(implementation = EventWritten.class)),
      headers = @Header(name = "ETag", description = ApiDoc.ETAG))
  @Operation(
      operationId = "replaceEvent",
      summary = "Replace an event",
      description =
          "Needs the editor or admin role and If-Match with the ETag of the version changed. Takes"
              + " the body a GET (or a write) returned: read-only and derived fields are ignored."
              + " The answer lists the live events the changed event may duplicate, as for a"
              + " create; the event is never its own duplicate.")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match")
          @Parameter(description = "The ETag of the version changed.", required = true)
          String ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = EventInput.class)))
          EventInput body) {
    Long expected = ETags.required(ifMatch);
    EventWritten updated = service.update(id, Bodies.required(body), expected);
    return Response.ok(updated).tag(ETags.of(updated.event().version())).build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "bearer")
  @APIResponse(responseCode = "204", description = "Deleted; a tombstone and the history remain")
  @Operation(
      operationId = "deleteEvent",
      summary = "Delete an event",
      description = "Needs the admin role. If-Match is optional; when sent it must be current.")
  public Response delete(
      @PathParam("id") String id,
      @HeaderParam("If-Match") @Parameter(description = "The ETag of the version deleted.")
          String ifMatch) {
    service.delete(id, ETags.optional(ifMatch));
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/history")
  @APIResponse(
      responseCode = "200",
      description = "Every revision, oldest first",
      content =
          @Content(schema = @Schema(implementation = RevisionView.class, type = SchemaType.ARRAY)))
  @Operation(
      operationId = "getEventHistory",
      summary = "History of an event",
      description =
          "Every revision: when, who (the token's subject) and what changed, field by field.")
  public List<RevisionView> history(@PathParam("id") String id) {
    return service.history(id);
  }
}
