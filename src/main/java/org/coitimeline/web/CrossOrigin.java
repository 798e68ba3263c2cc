package org.coitimeline.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Cross-origin access for dashboards and tools on other origins: reads from any origin (no cookies
 * are involved: tokens travel in the Authorization header), writes only from the origins in {@code
 * timeline.cors.write-origins}; taking a snapshot counts as a read. Quarkus' own CORS filter cannot
 * tell reads from writes.
 */
@ApplicationScoped
public class CrossOrigin {
  private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

  /**
   * POSTs that whoever may read may send, from any origin as reads: taking a citable snapshot of
   * what one can read (it changes no record). The same paths count as reads where reads are private
   * ({@link PrivateReadsFilter}).
   */
  static final Set<String> READ_LIKE_POSTS = Set.of("/api/v1/snapshots");

  private static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, Accept";
  private static final String EXPOSED_HEADERS = "ETag, Link, Location, Content-Disposition";

  @Inject WebConfig config;

  void register(@Observes Router router) {
    router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(this::handle);
  }

  private void handle(RoutingContext context) {
    String origin = context.request().getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      context.next();
      return;
    }
    String requested = context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    boolean preflight = context.request().method() == HttpMethod.OPTIONS && requested != null;
    HttpMethod method = preflight ? HttpMethod.valueOf(requested) : context.request().method();
    boolean readLikePost =
        method == HttpMethod.POST && READ_LIKE_POSTS.contains(context.normalizedPath());
    boolean read = READS.contains(method) || readLikePost;
    boolean writer = config.cors().writeOrigins().map(o -> o.contains(origin)).orElse(false);
    if (!read && !writer) {
      refuse(context);
      return;
    }
    var headers = context.response().headers();
    headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, read && !writer ? "*" : origin);
    headers.add(HttpHeaders.VARY, "Origin");
    if (preflight) {
      headers
          .set(
              HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
              writer
                  ? "GET, HEAD, POST, PUT, DELETE"
                  : readLikePost ? "GET, HEAD, POST" : "GET, HEAD")
          .set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
          .set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
      context.response().setStatusCode(204).end();
      return;
    }
    headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
    context.next();
  }

  private static void refuse(RoutingContext context) {
    context
        .response()
        .setStatusCode(403)
        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemType.MEDIA_TYPE)
        .putHeader(HttpHeaders.VARY, "Origin")
        .end(
            ProblemType.CROSS_ORIGIN_WRITE.json(
                "Writes are accepted only from the origins this service is configured to"
                    + " trust (timeline.cors.write-origins); reads are open to any origin."));
  }
}
