package org.coitimeline.history;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The caches of reads keyed on {@link StoreVersion} ({@code timeline.read-cache.*}). */
@ConfigMapping(prefix = "timeline.read-cache")
public interface ReadCacheConfig {
  /**
   * TIMELINE_READ_CACHE_TTL: the longest an entry is served. It bounds how long a read may miss a
   * write through another instance that committed after a newer revision; 2 s like the change
   * feed's settle time, the same bound on how long a commit takes (0s turns caching off).
   */
  @WithDefault("2s")
  Duration ttl();

  /**
   * TIMELINE_READ_CACHE_VERSION_CHECK: how often the last revision in the store is read, so how
   * soon a write through another instance is seen (writes through this instance at once).
   */
  @WithDefault("250ms")
  Duration versionCheck();

  /** TIMELINE_READ_CACHE_PAGES: the most pages of events kept. */
  @WithDefault("1000")
  int pages();
}
