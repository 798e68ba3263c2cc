package org.coitimeline.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import org.coitimeline.kernel.InvalidInput;
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
import org.jboss.logging.Logger;

/** Bulk import of bundles and CSV, and export of the whole store as one bundle. */
@Path("/api/v1")
@Tag(name = "Bulk")
public class BulkResource {
  static final String CSV = "text/csv";
  private static final Logger LOG = Logger.getLogger(BulkResource.class);

  @Inject BulkService service;
  @Inject Viewer viewer;
  @Inject ObjectMapper mapper;

  @POST
  @Path("/import")
  @Consumes({MediaType.APPLICATION_JSON, CSV})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "bearer")
  @APIResponse(
      responseCode = "200",
      description = "Imported (or, with dryRun, checked): what happened to each record",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(
      responseCode = "415",
      description = "The body is neither application/json nor text/csv.",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @Operation(
      operationId = "importBundle",
      summary = "Import a bundle or CSV of events",
      description =
          "Needs the admin role. Creates or updates every record by id, in one transaction:"
              + " when any record is invalid nothing is written, and the 400 lists every error"
              + " named by record and field (`events[some-id].date`). A record that already holds"
              + " exactly the input is reported `unchanged` and not written (no new revision, same"
              + " version). With `dryRun=true` the import runs in full and is then rolled back:"
              + " the report says what it would do, nothing is written. The body is a bundle"
              + " (`application/json`, schema Bundle) or "
              + EventCsv.SYNTAX
              + " The body is limited to timeline.max-body-size (2 MB by default, 413 above it):"
              + " split larger imports into several requests, each a complete set of what its"
              + " records refer to or refer to records already stored.")
  public ImportReport importRecords(
      @QueryParam("dryRun")
          @Parameter(description = "true: check and report, write nothing (default false).")
          String dryRun,
      @Context HttpHeaders headers,
      @RequestBody(
              content = {
                @Content(
                    mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Bundle.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
              })
          String body) {
    boolean dry = parseDryRun(dryRun);
    MediaType type = headers.getMediaType();
    if (type != null && type.isCompatible(MediaType.valueOf(CSV))) {
      if (body == null || body.isBlank()) {
        throw InvalidInput.of("body", "is required: CSV with a header row");
      }
      return service.importCsv(body, dry);
    }
    return service.importBundle(BundleJson.read(mapper, body), dry);
  }

  @GET
  @Path("/export")
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The whole store as one bundle",
      content = @Content(schema = @Schema(implementation = Bundle.class)),
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment; filename=\"coi-timeline-export.json\""))
  @Operation(
      operationId = "exportBundle",
      summary = "Export the whole store",
      description =
          "Every vocabulary term (built-in ones included) and the live actors, sources, events"
              + " and gaps (deleted records are left out), each in the shape a write takes and in"
              + " id order, streamed as one bundle. Imported into an empty store, an export"
              + " exports identically. Should the export fail once it has begun, the connection is"
              + " broken off (no last chunk): a body that ends normally is always complete. With"
              + " a token of the reader, editor or admin role it holds protected people as they"
              + " are; without, under their pseudonyms (protected-3, \"Protected person 3\"),"
              + " listed after the other actors, and their names replaced in events' titles and"
              + " summaries: such an export is a public copy, not a backup.")
  public Response export(@Context HttpServerResponse response) {
    boolean withProtected = viewer.seesProtectedPeople();
    StreamingOutput body =
        out -> {
          try {
            service.export(out, withProtected);
          } catch (IOException | RuntimeException e) {
            // The status line and part of the bundle are sent: the only way left to tell the client
            // is to break the response (connection reset, no last chunk), never to end it as if
            // complete.
            LOG.error("GET /export failed midway; the response is aborted", e);
            response.reset();
            throw e;
          }
        };
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"coi-timeline-export.json\"")
        .build();
  }

  private static boolean parseDryRun(String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw InvalidInput.of("dryRun", "must be true or false");
  }
}
