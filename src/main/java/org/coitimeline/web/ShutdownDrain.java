package org.coitimeline.web;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Graceful shutdown, the part Quarkus leaves to the application: from SIGTERM on, a request that
 * arrives is refused with a problem+json 503 (Retry-After, Connection: close) instead of being
 * started, while requests already running finish within quarkus.shutdown.timeout. Readiness turns
 * DOWN at the same moment (Quarkus' shutdown readiness check, quarkus.shutdown.delay-enabled); /q/
 * stays open so that probes see it.
 */
@ApplicationScoped
public class ShutdownDrain {
  private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);
  static final int RETRY_AFTER_SECONDS = 5;

  private volatile boolean draining;

  void shuttingDown(@Observes ShutdownDelayInitiatedEvent event) {
    draining = true;
    LOG.info("Shutting down: new requests are refused (503), running ones may finish");
  }

  void register(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            context -> {
              if (!draining || context.request().path().startsWith("/q/")) {
                context.next();
                return;
              }
              context
                  .response()
                  .setStatusCode(503)
                  .putHeader(HttpHeaders.CONTENT_TYPE, ProblemType.MEDIA_TYPE)
                  .putHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))
                  .putHeader(HttpHeaders.CONNECTION, "close")
                  .end(
                      ProblemType.SERVICE_UNAVAILABLE.json(
                          "This instance is shutting down; try again (another instance will"
                              + " answer)."));
            });
  }
}
