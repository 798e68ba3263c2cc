package org.coitimeline.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bundled data set loaded into an empty store at start ({@code timeline.seed.*}). */
@ConfigMapping(prefix = "timeline.seed")
public interface SeedConfig {
  /** TIMELINE_SEED_ENABLED: load the data set when the store is empty. */
  @WithDefault("true")
  boolean enabled();

  /** TIMELINE_SEED_LOCATION: the bundle on the classpath. */
  @WithDefault("seed/mex200740e.json")
  String location();
}
