package org.coitimeline.web;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads are public unless {@code TIMELINE_READ_PUBLIC=false}; then a read of the API needs a token
 * with the reader, editor or admin role. Checked here, in JAX-RS, rather than by an HTTP security
 * policy, so that a refused read is a problem document like every other error (401 with {@code
 * WWW-Authenticate}, 403), not an empty answer. Taking a snapshot ({@code POST /api/v1/snapshots})
 * counts as a read here.
 */
public class PrivateReadsFilter {
  // Resolved per request: the filter is created before runtime configuration is available.
  @Inject Instance<WebConfig> config;
  @Inject CurrentIdentityAssociation identity;

  @ServerRequestFilter
  public Uni<Response> requireReader(ContainerRequestContext request) {
    String method = request.getMethod();
    String path = request.getUriInfo().getPath();
    boolean read =
        HttpMethod.GET.equals(method)
            || HttpMethod.HEAD.equals(method)
            || (HttpMethod.POST.equals(method) && CrossOrigin.READ_LIKE_POSTS.contains(path));
    if (config.get().read().publicAccess() || !read || !path.startsWith("/api/")) {
      return Uni.createFrom().nullItem();
    }
    return identity
        .getDeferredIdentity()
        .map(
            who -> {
              if (who.isAnonymous()) {
                throw new UnauthorizedException();
              }
              if (!(who.hasRole(Roles.READER)
                  || who.hasRole(Roles.EDITOR)
                  || who.hasRole(Roles.ADMIN))) {
                throw new ForbiddenException();
              }
              return null;
            });
  }
}
