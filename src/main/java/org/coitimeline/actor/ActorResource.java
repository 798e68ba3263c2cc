package org.coitimeline.actor;

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
import org.coitimeline.web.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Actors over HTTP. */
@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors")
public class ActorResource {
  @Inject ActorService service;
  @Inject Viewer viewer;

  @GET
  @APIResponse(
      responseCode = "200",
      description = "One page of actors",
      content = @Content(schema = @Schema(implementation = ActorPage.class)))
  @Operation(
      operationId = "listActors",
      summary = "List actors",
      description =
          "In id order; with q, the matching actors ranked best first. q matches name, acronym,"
              + " original name, aliases and description, ignoring case and accents (\"segob\","
              + " \"Lopez Obrador\" finds \"López Obrador\"). Without a token of the reader,"
              + " editor or admin role, protected people are left out.")
  public Response list(
      @QueryParam("q")
          @Parameter(
              description =
                  "Search text, ignoring case and accents. Results are ranked: a name,"
                      + " acronym or original name equal to it first, then one starting with"
                      + " it, then one containing it, then aliases, then descriptions; ties"
                      + " in id order.",
              example = "López Obrador")
          String q,
      @QueryParam("type") @Parameter(description = "Actor type code; repeatable.")
          List<String> type,
      @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2; repeatable.")
          List<String> country,
      @QueryParam("asOf") @Parameter(description = ApiDoc.AS_OF) String asOf,
      @BeanParam PageQuery page,
      @Context UriInfo uri) {
    return Pages.ok(
        service.list(
            ListParameters.text(q),
            ListParameters.slugs("type", type),
            ListParameters.countries(country),
            page.cursor,
            page.size(),
            ListParameters.asOf(asOf),
            viewer.seesProtectedPeople()),
        uri);
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The actor",
      content = @Content(schema = @Schema(implementation = ActorView.class)),
      headers = @Header(name = "ETag", description = ApiDoc.ETAG))
  @Operation(
      operationId = "getActor",
      summary = "Get one actor",
      description =
          "ETag carries the version, for If-Match on a later PUT or DELETE. A protected person is"
              + " found by her pseudonymous id (protected-3) by everyone; by her own id only with a"
              + " token of the reader, editor or admin role (404 without).")
  public Response get(
      @PathParam("id") String id,
      @QueryParam("asOf") @Parameter(description = ApiDoc.AS_OF) String asOf) {
    ActorView actor = service.get(id, ListParameters.asOf(asOf));
    return Response.ok(actor).tag(ETags.of(actor.version())).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @SecurityRequirement(name = "bearer")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new actor",
      content = @Content(schema = @Schema(implementation = ActorView.class)),
      headers = @Header(name = "ETag", description = ApiDoc.ETAG))
  @Operation(
      operationId = "createActor",
      summary = "Create an actor",
      description = "Needs the editor or admin role.")
  public Response create(
      @RequestBody(content = @Content(schema = @Schema(implementation = ActorInput.class)))
          ActorInput body,
      @Context UriInfo uri) {
    ActorView created = service.create(Bodies.required(body));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .tag(ETags.of(created.version()))
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
      description = "Changed",
      content = @Content(schema = @Schema(implementation = ActorView.class)),
      headers = @Header(name = "ETag", description = ApiDoc.ETAG))
  @Operation(
      operationId = "replaceActor",
      summary = "Replace an actor",
      description =
          "Needs the editor or admin role and If-Match with the ETag of the version changed. Takes"
              + " the body a GET returned: read-only and derived fields are ignored.")
  public Response update(
      @PathParam("id") String id,
      @HeaderParam("If-Match")
          @Parameter(description = "The ETag of the version changed.", required = true)
          String ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = ActorInput.class)))
          ActorInput body) {
    Long expected = ETags.required(ifMatch);
    ActorView updated = service.update(id, Bodies.required(body), expected);
    return Response.ok(updated).tag(ETags.of(updated.version())).build();
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "bearer")
  @APIResponse(responseCode = "204", description = "Deleted; a tombstone and the history remain")
  @Operation(
      operationId = "deleteActor",
      summary = "Delete an actor",
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
      operationId = "getActorHistory",
      summary = "History of an actor",
      description =
          "Every revision: when, who (the token's subject) and what changed, field by field.")
  public List<RevisionView> history(@PathParam("id") String id) {
    return service.history(id);
  }
}
