package org.coitimeline;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The service's own settings ({@code timeline.*}); each can be set from the environment. */
@ConfigMapping(prefix = "timeline")
public interface TimelineConfig {
  Seed seed();

  Read read();

  Changes changes();

  Cors cors();

  /** Cross-origin requests. */
  interface Cors {
    /**
     * TIMELINE_CORS_WRITE_ORIGINS: origins (scheme://host:port, comma-separated) whose pages may
     * write; reads are open to any origin.
     */
    java.util.Optional<java.util.Set<String>> writeOrigins();
  }

  /** The change feed. */
  interface Changes {
    /**
     * TIMELINE_CHANGES_SETTLE_TIME: how old a revision must be before the feed shows it, so that a
     * transaction still committing cannot be skipped by a poller.
     */
    @WithDefault("2s")
    java.time.Duration settleTime();
  }

  /** TIMELINE_MAX_BODY_SIZE: the largest request body accepted (413 above it). */
  @WithDefault("2M")
  MemorySize maxBodySize();

  /** Who may read. */
  interface Read {
    /** TIMELINE_READ_PUBLIC: reads need no token; false requires reader, editor or admin. */
    @WithName("public")
    @WithDefault("true")
    boolean publicAccess();
  }

  /** The bundled data set loaded into an empty store at start. */
  interface Seed {
    /** TIMELINE_SEED_ENABLED: load the data set when the store is empty. */
    @WithDefault("true")
    boolean enabled();

    /** TIMELINE_SEED_LOCATION: the bundle on the classpath. */
    @WithDefault("seed/mex200740e.json")
    String location();
  }
}
