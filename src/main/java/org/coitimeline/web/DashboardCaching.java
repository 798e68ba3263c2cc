package org.coitimeline.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The dashboard's files are revalidated on every use ({@code Cache-Control: no-cache}, answered by
 * 304 while their Last-Modified holds) instead of the static handler's {@code immutable} day, so a
 * new release is seen at once. The header is replaced as the response is written, after the static
 * handler has set its own.
 */
@ApplicationScoped
public class DashboardCaching {
  void register(@Observes Router router) {
    router
        .routeWithRegex("/(?!api/|q/).*")
        .method(HttpMethod.GET)
        .method(HttpMethod.HEAD)
        .order(Integer.MIN_VALUE + 3)
        .handler(this::revalidate);
  }

  private void revalidate(RoutingContext context) {
    context.addHeadersEndHandler(
        ignored -> {
          int status = context.response().getStatusCode();
          if (status == 200 || status == 304) {
            context.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-cache");
          }
        });
    context.next();
  }
}
