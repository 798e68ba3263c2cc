package org.coitimeline.web;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The problems this service answers with, each with its one type URI, title and status: every
 * application/problem+json document, from a JAX-RS mapper or a route handler, is built here.
 */
public enum ProblemType {
  INVALID_INPUT("invalid-input", "Invalid input", 400),
  UNAUTHORIZED("unauthorized", "Unauthorized", 401),
  FORBIDDEN("forbidden", "Forbidden", 403),
  CROSS_ORIGIN_WRITE("cross-origin-write", "Cross-origin write refused", 403),
  NOT_FOUND("not-found", "Not found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
  CONFLICT("conflict", "Conflict", 409),
  GONE("gone", "Deleted", 410),
  VERSION_MISMATCH("version-mismatch", "Precondition failed", 412),
  BODY_TOO_LARGE("body-too-large", "Body too large", 413),
  URI_TOO_LONG("uri-too-long", "URI too long", 414),
  PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
  TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
  HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
  WRITE_CONTENTION("write-contention", "Write contention", 503),
  SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503);

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String PREFIX = "urn:coi-timeline:problem:";

  private final String slug;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  public URI uri() {
    return URI.create(PREFIX + slug);
  }

  public int status() {
    return status;
  }

  /** A builder of this problem, for details, fields and headers. */
  public HttpProblem.Builder builder(String detail) {
    return HttpProblem.builder()
        .withType(uri())
        .withTitle(title)
        .withStatus(status)
        .withDetail(detail);
  }

  /** The JAX-RS answer. */
  public Response response(String detail) {
    return builder(detail).build().toResponse();
  }

  /**
   * Ends the exchange with this problem, for route handlers that answer before JAX-RS; headers
   * already set on the response (Allow, Retry-After, ...) are kept.
   */
  public void send(io.vertx.ext.web.RoutingContext context, String detail) {
    context
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", MEDIA_TYPE)
        .end(json(detail));
  }

  /** The document as JSON text, for handlers that answer before JAX-RS. */
  public String json(String detail) {
    return new JsonObject()
        .put("type", uri().toString())
        .put("title", title)
        .put("status", status)
        .put("detail", detail)
        .encode();
  }
}
