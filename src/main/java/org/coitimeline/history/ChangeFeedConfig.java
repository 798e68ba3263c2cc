package org.coitimeline.history;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The change feed's settings ({@code timeline.changes.*}). */
@ConfigMapping(prefix = "timeline.changes")
public interface ChangeFeedConfig {
  /**
   * TIMELINE_CHANGES_SETTLE_TIME: how old a revision must be before the feed shows it, so that a
   * transaction still committing cannot be skipped by a poller.
   */
  @WithDefault("2s")
  Duration settleTime();
}
