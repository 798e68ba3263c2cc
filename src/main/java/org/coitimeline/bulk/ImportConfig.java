package org.coitimeline.bulk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of imports ({@code timeline.import.*}); each can be set from the environment. */
@ConfigMapping(prefix = "timeline.import")
public interface ImportConfig {
  /**
   * TIMELINE_IMPORT_REPORT_RECORDS: the most records an import's report lists one by one (the first
   * ones); its counts always cover every record. Bounds the memory an import of any size keeps for
   * its report, and the size of the answer.
   */
  @WithDefault("10000")
  int reportRecords();
}
