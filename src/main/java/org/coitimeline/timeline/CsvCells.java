package org.coitimeline.timeline;

/**
 * CSV cells that a spreadsheet would run as a formula: OWASP's CSV-injection guidance is to prefix
 * a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return with a
 * single quote, which spreadsheets show as text. The CSV import takes that quote off again, so an
 * exported cell reads back as the text it was written from.
 */
public final class CsvCells {
  private static final String TRIGGERS = "=+-@\t\r";

  private CsvCells() {}

  /** The cell as written to an export: quoted when it would start a formula. */
  public static String neutralised(String cell) {
    return startsFormula(cell, 0) ? "'" + cell : cell;
  }

  /** The cell as read by an import: the quote of {@link #neutralised} taken off. */
  public static String restored(String cell) {
    return cell != null && cell.startsWith("'") && startsFormula(cell, 1)
        ? cell.substring(1)
        : cell;
  }

  private static boolean startsFormula(String cell, int at) {
    return cell != null && cell.length() > at && TRIGGERS.indexOf(cell.charAt(at)) >= 0;
  }
}
