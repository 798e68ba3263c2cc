package org.coitimeline.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coitimeline.kernel.FieldError;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.web.BrokenDownloads;
import org.coitimeline.web.ListParameters;
import org.coitimeline.web.ProblemType;
import org.coitimeline.web.Roles;
import org.coitimeline.web.Viewer;
import org.coitimeline.web.WebConfig;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bulk import of bundles, NDJSON and CSV (streamed, written in parts of about
 * timeline.max-body-size), and export of the whole store as one bundle.
 */
@Path("/api/v1")
@Tag(name = "Bulk")
public class BulkResource {
  static final String CSV = "text/csv";
  static final String NDJSON = "application/x-ndjson";
  private static final Logger LOG = Logger.getLogger(BulkResource.class);

  @Inject BulkService service;
  @Inject Viewer viewer;
  @Inject ObjectMapper mapper;
  @Inject WebConfig config;
  @Inject BrokenDownloads brokenDownloads;

  @POST
  @Path("/import")
  @Consumes({MediaType.APPLICATION_JSON, NDJSON, CSV})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "bearer")
  @APIResponse(
      responseCode = "200",
      description =
          "Imported (or, with dryRun, checked): how many records were created, updated and left"
              + " unchanged, and what happened to each (up to timeline.import.report-records)",
      content = @Content(schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid input: every error, named by record and field. When the import was longer than"
              + " one part and an earlier part was already written, `imported` reports exactly"
              + " what was written.",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @APIResponse(
      responseCode = "413",
      description = "A CSV body larger than timeline.max-body-size.",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @APIResponse(
      responseCode = "415",
      description = "The body is neither application/json, application/x-ndjson nor text/csv.",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @APIResponse(
      responseCode = "503",
      description =
          "The database failed or stayed contended; when earlier parts of a long import were"
              + " written, `imported` reports exactly what was written.",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "#/components/schemas/Problem")))
  @Operation(
      operationId = "importBundle",
      summary = "Import a bundle, NDJSON or CSV of records",
      description =
          "Needs the admin role. Creates or updates every record by id. The body is read as it"
              + " arrives, never held whole, so it may be of any size: it is written in parts of"
              + " about timeline.max-body-size (2 MB by default) of input, each part in one"
              + " transaction of its own. A body no larger than that is one part: when any of its"
              + " records is invalid nothing is written, and the 400 lists every error named by"
              + " record and field (`events[some-id].date`). In a longer import, a record may refer"
              + " to records of its own part, of earlier parts or already stored; when a part"
              + " fails, the parts before it stay written, that part and the rest are not, and the"
              + " problem's `imported` reports exactly the records written (send the rest again"
              + " once fixed: importing a record again that is unchanged writes nothing). The"
              + " report counts every record but lists only the first"
              + " timeline.import.report-records (10,000 by default) one by one; `recordsOmitted`"
              + " says how many it left out. A"
              + " record that already holds exactly the input is reported `unchanged` and not"
              + " written (no new revision, same version). With `dryRun=true` the import runs in"
              + " full and is then rolled back: the report says what it would do, nothing is"
              + " written; a dry run takes one part only (400 for a longer body). The body is a"
              + " bundle (`application/json`, schema Bundle; in a bundle longer than one part,"
              + " `format`, `formatVersion` and `vocabularies` must come before the records), or"
              + " NDJSON (`application/x-ndjson`): one JSON object a line, each a record in the"
              + " shape a write takes plus `kind` (schema ImportLine), e.g."
              + " `{\"kind\":\"actor\",\"id\":\"police\",...}`; errors name NDJSON records"
              + " as in a bundle, and malformed lines by their number (`lines[12]`). Or "
              + EventCsv.SYNTAX
              + " A CSV body is limited to timeline.max-body-size (413 above it).")
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
                @Content(mediaType = NDJSON, schema = @Schema(implementation = ImportLine.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
              })
          InputStream body) {
    boolean dry = ListParameters.dryRun(dryRun);
    MediaType type = headers.getMediaType();
    if (type != null && type.isCompatible(MediaType.valueOf(CSV))) {
      String csv = readCsv(body);
      if (csv.isBlank()) {
        throw InvalidInput.of("body", "is required: CSV with a header row");
      }
      return service.importCsv(csv, dry);
    }
    boolean ndjson = type != null && type.isCompatible(MediaType.valueOf(NDJSON));
    ImportRun run = service.startImport();
    try (run;
        ImportChunks chunks =
            new ImportChunks(body, ndjson, mapper, config.maxBodySize().asLongValue())) {
      for (ImportChunks.Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
        if (dry && run.chunks() > 0) {
          throw InvalidInput.of(
              "dryRun",
              "checks an import of one part only (a body of up to "
                  + config.maxBodySize().asLongValue()
                  + " bytes); this one is longer");
        }
        run.add(
            service.importChunk(
                chunk.bundle(), chunk.offsets(), run.heldEarlier(chunk.bundle()), dry));
      }
    } catch (RuntimeException e) {
      if (!dry && run.chunks() > 0) {
        throw new PartialImport(run.report(false), e);
      }
      throw e;
    }
    return run.report(dry);
  }

  /**
   * An import that failed after parts of it were written: the failure's own problem (400 with the
   * errors for invalid input, else 503) with {@code imported}, the report of what was written.
   */
  @ServerExceptionMapper
  public Response partialImport(PartialImport e) {
    ImportReport imported = e.imported();
    String written =
        " The first "
            + imported.parts()
            + " part(s) of the import were written ("
            + imported.total()
            + " records, reported in imported); this part and the rest were not.";
    if (e.getCause() instanceof InvalidInput invalid) {
      List<FieldError> errors = invalid.errors();
      String detail =
          errors.size() == 1
              ? errors.get(0).field() + ": " + errors.get(0).message()
              : errors.size() + " fields are invalid; see errors.";
      return ProblemType.INVALID_INPUT
          .builder(detail + written)
          .with("errors", errors)
          .with("imported", imported)
          .build()
          .toResponse();
    }
    LOG.error(
        "POST /import failed after " + imported.parts() + " parts were written", e.getCause());
    return ProblemType.SERVICE_UNAVAILABLE
        .builder("The import stopped: the database failed or stayed contended." + written)
        .withHeader("Retry-After", "1")
        .with("imported", imported)
        .build()
        .toResponse();
  }

  private String readCsv(InputStream body) {
    long limit = config.maxBodySize().asLongValue();
    try {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw ProblemType.BODY_TOO_LARGE
            .builder(
                "A CSV body may have at most "
                    + limit
                    + " bytes; split it, or send the events as a bundle or NDJSON, which"
                    + " may be of any size.")
            .build();
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
  public Response export() {
    boolean withProtected = viewer.seesProtectedPeople();
    StreamingOutput body =
        out -> {
          try {
            service.export(out, withProtected);
          } catch (IOException | RuntimeException e) {
            // Once the status line and part of the bundle are sent, the only way left to tell the
            // client is to break the response off (no last chunk), never to end it as if complete.
            brokenDownloads.breakOff(e);
            throw e;
          }
        };
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"coi-timeline-export.json\"")
        .build();
  }
}
