package org.coitimeline.history;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.coitimeline.kernel.PageView;
import org.coitimeline.web.PageQuery;
import org.coitimeline.web.Pages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed over HTTP, as JSON or as an Atom feed, for integrations that poll. */
@Path("/api/v1/changes")
@Tag(name = "Changes")
public class ChangeFeedResource {
  static final String ATOM = "application/atom+xml";

  @Inject ChangeFeedService service;

  @GET
  @Produces({MediaType.APPLICATION_JSON, ATOM})
  @Parameter(
      name = "format",
      in = ParameterIn.QUERY,
      description = "atom or json, for clients that cannot set the Accept header.",
      schema = @Schema(enumeration = {"json", "atom"}))
  @APIResponse(
      responseCode = "200",
      description = "One page of changes, oldest first",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangePage.class)),
        @Content(
            mediaType = ATOM,
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description =
                        "An Atom 1.0 feed: one entry per change, and a link rel=\"next\" when"
                            + " there is a next page."))
      })
  @Operation(
      operationId = "listChanges",
      summary = "List changes",
      description =
          "Every change to events, actors, sources and gaps in the order it was made: one item per"
              + " changed record per revision, with who made it and whether it created, updated"
              + " or deleted the record. Follow `next` (or the Link header) while it is not null;"
              + " on the last page it is null. To poll, keep the `resume` value of the last page"
              + " and pass it as `since` next time (with the same `kind` filter): the answer"
              + " holds only what changed after that page. JSON by default; an Atom feed with"
              + " `Accept: application/atom+xml` or `format=atom`.")
  public Response list(
      @QueryParam("since")
          @Parameter(
              description =
                  "An ISO-8601 instant (changes in revisions made after it, e.g."
                      + " 2026-11-28T10:00:00Z) or the `resume` value of an earlier page."
                      + " Without it the feed starts at the first revision.")
          String since,
      @QueryParam("kind")
          @Parameter(
              description =
                  "Only changes to records of this kind: event, actor, source or gap; repeat for"
                      + " any of several.")
          List<String> kind,
      @BeanParam PageQuery page,
      @Context UriInfo uri) {
    ChangePage changes = service.changes(since, kind, page.cursor, page.size());
    // Pages.ok adds the Link header; the body is the feed's own, with its resume value.
    Response paged = Pages.ok(new PageView<>(changes.items(), changes.next()), uri);
    return Response.fromResponse(paged).entity(changes).build();
  }
}
