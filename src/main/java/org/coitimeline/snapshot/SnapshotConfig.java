package org.coitimeline.snapshot;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The snapshots' settings ({@code timeline.snapshots.*}). */
@ConfigMapping(prefix = "timeline.snapshots")
public interface SnapshotConfig {
  /**
   * TIMELINE_SNAPSHOTS_MAX_EVENTS: the most events one snapshot may hold. Taking a snapshot reads
   * every matching event once (to count and hash them), so a broader filter is a 400 asking to
   * narrow it.
   */
  @WithDefault("10000")
  int maxEvents();
}
