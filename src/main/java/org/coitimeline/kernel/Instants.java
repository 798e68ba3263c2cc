package org.coitimeline.kernel;

import java.time.Instant;

/**
 * The instants a query may name: years 1 to 9999 (UTC). Outside them an instant parses but does not
 * fit in the milliseconds since the epoch that revisions are stored as.
 */
public final class Instants {
  /** 0001-01-01T00:00:00Z. */
  public static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

  /** 9999-12-31T23:59:59.999999999Z. */
  public static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** The wording of the rule, for a 400 naming the parameter. */
  public static final String RANGE_RULE = "must lie between the years 1 and 9999";

  private Instants() {}

  public static boolean supported(Instant instant) {
    return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
  }
}
