package org.coitimeline.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Refuses requests that are too large with a problem+json before any resource reads them: a request
 * target longer than {@code timeline.max-uri-length} (414), headers larger than {@code
 * timeline.max-header-size} (431) and a body larger than {@code timeline.max-body-size} (413). A
 * declared length is checked up front; a chunked body, which has none, is read by Vert.x Web's
 * BodyHandler with that limit before the resource sees it, and {@link #bodyTooLarge} turns the
 * handler's 413 into the problem. {@code POST /api/v1/import} is exempt: it reads its body as a
 * stream, in parts of that size, and never holds it whole. The server's own, larger line and header
 * limits stay as the backstop; what exceeds them is refused by Vert.x itself with an empty body.
 */
@ApplicationScoped
public class RequestLimits {
  @Inject WebConfig config;

  void register(@Observes Router router) {
    BodyHandler chunked =
        BodyHandler.create(false)
            .setHandleFileUploads(false)
            .setBodyLimit(config.maxBodySize().asLongValue());
    // After the routes of quarkus.http.header.*, so that refusals carry those headers too.
    router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    router
        .route()
        .order(Integer.MIN_VALUE + 4)
        .handler(
            context -> {
              if (isChunked(context) && !streamsItsBody(context)) {
                chunked.handle(context);
              } else {
                context.next();
              }
            });
    router.route().order(Integer.MIN_VALUE).failureHandler(this::bodyTooLarge);
  }

  /**
   * Whether the request is one whose body may be of any size: an import, which reads its body as a
   * stream and writes it in parts (bulk/BulkResource).
   */
  static boolean streamsItsBody(RoutingContext context) {
    return "POST".equals(context.request().method().name())
        && STREAMED_PATH.equals(context.request().path());
  }

  private static final String STREAMED_PATH = "/api/v1/import";

  private static boolean isChunked(RoutingContext context) {
    return context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
        && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
  }

  private void check(RoutingContext context) {
    if (context.request().uri().length() > config.maxUriLength()) {
      context.response().putHeader(HttpHeaders.CONNECTION, "close");
      ProblemType.URI_TOO_LONG.send(
          context,
          "The request target is longer than the "
              + config.maxUriLength()
              + " characters this service accepts; send fewer or shorter parameters.");
      return;
    }
    long headerBytes = 0;
    for (Map.Entry<String, String> header : context.request().headers()) {
      headerBytes += header.getKey().length() + header.getValue().length() + 4;
    }
    long headerLimit = config.maxHeaderSize().asLongValue();
    if (headerBytes > headerLimit) {
      context.response().putHeader(HttpHeaders.CONNECTION, "close");
      ProblemType.HEADERS_TOO_LARGE.send(
          context,
          "The request headers are larger than the "
              + headerLimit
              + " bytes this service accepts.");
      return;
    }
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null
        && !streamsItsBody(context)
        && tooLarge(length, config.maxBodySize().asLongValue())) {
      refuseBody(context);
      return;
    }
    context.next();
  }

  private void bodyTooLarge(RoutingContext context) {
    if (context.statusCode() == 413 && !context.response().headWritten()) {
      refuseBody(context);
    } else {
      context.next();
    }
  }

  private void refuseBody(RoutingContext context) {
    context.response().putHeader(HttpHeaders.CONNECTION, "close");
    ProblemType.BODY_TOO_LARGE.send(
        context,
        "The request body is larger than the "
            + config.maxBodySize().asLongValue()
            + " bytes this service accepts; split it into smaller requests.");
  }

  private static boolean tooLarge(String length, long limit) {
    try {
      return Long.parseLong(length.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
