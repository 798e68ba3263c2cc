package org.coitimeline.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Pattern;
import org.coitimeline.kernel.PreconditionRequired;
import org.coitimeline.kernel.VersionMismatch;

/** Entity tags: a resource's ETag is its version, and If-Match must name the current one. */
public final class ETags {
  private static final Pattern STRONG = Pattern.compile("^\"(\\d{1,18})\"$");

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version an If-Match header names: null for {@code *} (any version), a 428 when the header
   * is missing and a 412 when it names no version this service issued.
   */
  public static Long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired();
    }
    return optional(ifMatch);
  }

  /** Like {@link #required} but an absent header means "any version". */
  public static Long optional(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    var m = STRONG.matcher(ifMatch.trim());
    if (!m.matches()) {
      throw new VersionMismatch();
    }
    return Long.parseLong(m.group(1));
  }
}
