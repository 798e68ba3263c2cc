package org.coitimeline.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses a request whose declared body is larger than {@code timeline.max-body-size} with a
 * problem+json 413, before any resource reads it. (The HTTP layer's own, larger limit,
 * quarkus.http.limits.max-body-size, stays as the backstop for bodies sent without a length.)
 */
@ApplicationScoped
public class BodyTooLarge {
  @Inject WebConfig config;

  void register(@Observes Router router) {
    long limit = config.maxBodySize().asLongValue();
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            context -> {
              String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length == null || !tooLarge(length, limit)) {
                context.next();
                return;
              }
              context
                  .response()
                  .setStatusCode(413)
                  .putHeader(HttpHeaders.CONTENT_TYPE, ProblemType.MEDIA_TYPE)
                  .putHeader(HttpHeaders.CONNECTION, "close")
                  .end(
                      ProblemType.BODY_TOO_LARGE.json(
                          "The request body is larger than the "
                              + limit
                              + " bytes this service accepts; split it into smaller requests."));
            });
  }

  private static boolean tooLarge(String length, long limit) {
    try {
      return Long.parseLong(length.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
