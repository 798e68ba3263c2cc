package org.coitimeline.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads of the API: open to anyone by default; with {@code timeline.read.public=false} they need a
 * token with the reader, editor or admin role.
 */
@ApplicationScoped
public class ReadAccessPolicy implements HttpSecurityPolicy {
  @Inject WebConfig config;

  @Override
  public Uni<CheckResult> checkPermission(
      RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
    if (config.read().publicAccess()) {
      return CheckResult.permit();
    }
    return identity.map(
        who ->
            who.hasRole(Roles.READER) || who.hasRole(Roles.EDITOR) || who.hasRole(Roles.ADMIN)
                ? CheckResult.PERMIT
                : CheckResult.DENY);
  }

  @Override
  public String name() {
    return "timeline-reads";
  }
}
