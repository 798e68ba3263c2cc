package org.coitimeline.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * The walks of the whole timeline by the export formats and GET /export ({@code
 * timeline.export.*}).
 */
@ConfigMapping(prefix = "timeline.export")
public interface ExportConfig {
  /**
   * TIMELINE_EXPORT_PAGE_SIZE: events per page when the whole (filtered) timeline is walked for an
   * export. Each page costs the same number of statements whatever its length, so a larger page
   * means fewer round trips; two pages at most are held per export.
   */
  @WithDefault("2000")
  @Min(1)
  int pageSize();
}
