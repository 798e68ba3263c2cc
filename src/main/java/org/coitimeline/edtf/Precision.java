package org.coitimeline.edtf;

import java.util.Locale;

/** How finely an EDTF date pins down the time it refers to, ordered from finest to coarsest. */
public enum Precision {
  DAY,
  MONTH,
  SEASON,
  YEAR,
  DECADE,
  CENTURY;

  /** The lower-case name used in JSON, e.g. {@code "day"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The coarser of two precisions; an interval is only as precise as its vaguer end. */
  static Precision coarser(Precision a, Precision b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
