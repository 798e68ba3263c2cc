package org.coitimeline.edtf;

import java.time.LocalDate;

/**
 * One parsed EDTF date (a single date or one end of an interval): the days it may fall on.
 *
 * @param first the first day the date can refer to
 * @param last the last day the date can refer to
 * @param plainDisplay the English rendering without the qualifier, which display() adds
 */
record EdtfDate(
    LocalDate first,
    LocalDate last,
    Precision precision,
    Qualifier qualifier,
    String plainDisplay) {

  String display() {
    return qualifier.apply(plainDisplay);
  }
}
