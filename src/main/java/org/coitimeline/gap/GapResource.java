package org.coitimeline.gap;

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

/** Information gaps over HTTP: what research looked for and did not find. */
@Path("/api/v1/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Information gaps")
public class GapResource {
  @Inject GapService service;

  @GET
  @APIResponse(
      responseCode = "200",
      description = "One page of information gaps",
      content = @Content(schema = @Schema(implementation = GapPage.class)))
  @Operation(summary = "List information gaps", description = "In id order.")
  public Response list(
      @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2; repeatable.")
          List<String> country,
      @QueryParam("topic") @Parameter(description = "Topic code; repeatable.") List<String> topic,
      @BeanParam PageQuery page,
      @Context UriInfo uri) {
    return Paging.ok(
        service.list(
            ListParameters.countries(country),
            ListParameters.slugs("topic", topic),
            page.cursor,
            page.size()),
        uri);
  }

  @GET
  @Path("/{id}")
  @APIResponse(
      responseCode = "200",
      description = "The information gap",
      content = @Content(schema = @Schema(implementation = GapView.class)),
      headers = @Header(name = "ETag", description = ApiDoc.ETAG))
  @Operation(summary = "Get one information gap")
  public Response get(@PathParam("id") String id) {
    GapView gap = service.get(id);
    return Response.ok(gap).tag(new EntityTag(Long.toString(gap.version()))).build();
  }
}
