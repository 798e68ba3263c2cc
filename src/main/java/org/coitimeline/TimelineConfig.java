package org.coitimeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings ({@code timeline.*}); each can be set from the environment. */
@ConfigMapping(prefix = "timeline")
public interface TimelineConfig {
  Seed seed();

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
