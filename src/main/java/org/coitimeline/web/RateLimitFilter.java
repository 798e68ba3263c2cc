package org.coitimeline.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rate limits per client on what costs the store: single-record writes, and the whole-store export
 * and import. A client is the verified token's subject, else the remote address (the proxy's client
 * address only when the proxy is trusted, quarkus.http.proxy.*). Each client has a Bucket4j token
 * bucket per kind (timeline.rate-limit.*); an empty bucket answers 429 with Retry-After. Buckets
 * live in memory, per instance: with N replicas a client gets up to N times the limit.
 */
public class RateLimitFilter {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
  private static final Set<String> BULK_PATHS = Set.of("/api/v1/export", "/api/v1/import");

  @Inject CurrentIdentityAssociation identity;

  // Looked up at the first request: filters are created before runtime configuration is available.
  @Inject Provider<WebConfig> web;
  private volatile WebConfig.RateLimit config;
  private volatile Cache<String, Bucket> buckets;

  private WebConfig.RateLimit config() {
    if (config == null) {
      synchronized (this) {
        if (config == null) {
          WebConfig.RateLimit settings = web.get().rateLimit();
          buckets =
              Caffeine.newBuilder()
                  .maximumSize(settings.clients())
                  // An untouched bucket is full again after one period: forgetting it loses
                  // nothing.
                  .expireAfterAccess(settings.period())
                  // Upkeep on the request's thread, not a thread woken for it (EventMapper).
                  .executor(Runnable::run)
                  .build();
          config = settings;
        }
      }
    }
    return config;
  }

  @ServerRequestFilter
  public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
    WebConfig.RateLimit config = config();
    if (!config.enabled()) {
      return Uni.createFrom().nullItem();
    }
    String path = request.getUriInfo().getPath();
    String kind;
    long capacity;
    if (BULK_PATHS.contains(path)) {
      kind = "bulk";
      capacity = config.bulk();
    } else if (WRITES.contains(request.getMethod()) && path.startsWith("/api/")) {
      kind = "writes";
      capacity = config.writes();
    } else {
      return Uni.createFrom().nullItem();
    }
    String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    return identity
        .getDeferredIdentity()
        .map(RateLimitFilter::subject)
        // An invalid token is refused later by the resource; until then it counts as its address.
        .onFailure()
        .recoverWithItem((String) null)
        .map(
            subject ->
                consume(
                    kind, capacity, subject == null ? "address " + address : "subject " + subject));
  }

  private static String subject(SecurityIdentity identity) {
    return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
  }

  private Response consume(String kind, long capacity, String client) {
    Bucket bucket = buckets.get(kind + " " + client, key -> newBucket(capacity));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return null;
    }
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    return ProblemType.TOO_MANY_REQUESTS
        .builder(
            "This client has used its "
                + capacity
                + " "
                + (kind.equals("bulk") ? "exports and imports" : "writes")
                + " per "
                + describe(config.period())
                + "; retry after "
                + seconds
                + " s.")
        .withHeader(HttpHeaders.RETRY_AFTER, seconds)
        .build()
        .toResponse();
  }

  private Bucket newBucket(long capacity) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, config.period()))
        .build();
  }

  private static String describe(Duration period) {
    return period.toSeconds() + " s";
  }
}
