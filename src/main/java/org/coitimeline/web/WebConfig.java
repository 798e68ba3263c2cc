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
