package org.coitimeline.web;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the configured public base URL (timeline.public-base-url) in place of the scheme, host and
 * port that the request named, before matching: every link built from the request (Location, Link,
 * JSON-LD ids, iCalendar URLs, Atom links) then names the public address, never whatever Host
 * header a client sent.
 */
public class PublicBaseUrlFilter {
  // Looked up per request: filters are created before runtime configuration is available.
  @Inject Provider<WebConfig> config;

  @ServerRequestFilter(preMatching = true)
  public void usePublicBaseUrl(ContainerRequestContext request) {
    config
        .get()
        .publicBaseUrl()
        .ifPresent(
            base -> {
              URI requested = request.getUriInfo().getRequestUri();
              URI publicRequest =
                  URI.create(
                      base.getScheme()
                          + "://"
                          + base.getRawAuthority()
                          + requested.getRawPath()
                          + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery()));
              request.setRequestUri(
                  URI.create(base.getScheme() + "://" + base.getRawAuthority() + "/"),
                  publicRequest);
            });
  }
}
