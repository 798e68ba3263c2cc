package org.coitimeline.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;
import java.util.Set;

/** The HTTP edge's settings ({@code timeline.*}); each can be set from the environment. */
@ConfigMapping(prefix = "timeline")
public interface WebConfig {
  Read read();

  Cors cors();

  /** TIMELINE_MAX_BODY_SIZE: the largest request body accepted (413 above it). */
  @WithDefault("2M")
  MemorySize maxBodySize();

  /** TIMELINE_MAX_URI_LENGTH: the longest request target, path and query, accepted (414 above). */
  @WithDefault("4096")
  int maxUriLength();

  /** TIMELINE_MAX_HEADER_SIZE: the largest total of request headers accepted (431 above). */
  @WithDefault("16K")
  MemorySize maxHeaderSize();

  /**
   * TIMELINE_PUBLIC_BASE_URL: the URL clients reach the service at (scheme://host[:port], no path);
   * links, Location and JSON-LD ids are built on it instead of the request's Host header.
   */
  Optional<java.net.URI> publicBaseUrl();

  RateLimit rateLimit();

  /** Requests per client (token subject, else remote address) on writes and on import/export. */
  interface RateLimit {
    /** TIMELINE_RATE_LIMIT_ENABLED: whether requests are counted at all. */
    @WithDefault("true")
    boolean enabled();

    /** POST, PUT, DELETE and PATCH of single records. */
    @WithDefault("120")
    long writes();

    /** GET /export and POST /import, which read or write the whole store. */
    @WithDefault("6")
    long bulk();

    /** TIMELINE_RATE_LIMIT_PERIOD: the window the counts above refill over. */
    @WithDefault("1M")
    java.time.Duration period();

    /** TIMELINE_RATE_LIMIT_CLIENTS: how many clients' counts are remembered at most. */
    @WithDefault("100000")
    long clients();
  }

  /** Cross-origin requests. */
  interface Cors {
    /**
     * TIMELINE_CORS_WRITE_ORIGINS: origins (scheme://host:port, comma-separated) whose pages may
     * write; reads are open to any origin.
     */
    Optional<Set<String>> writeOrigins();
  }

  /** Who may read. */
  interface Read {
    /** TIMELINE_READ_PUBLIC: reads need no token; false requires reader, editor or admin. */
    @WithName("public")
    @WithDefault("true")
    boolean publicAccess();
  }
}
