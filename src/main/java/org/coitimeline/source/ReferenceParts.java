package org.coitimeline.source;

import java.time.LocalDate;

/**
 * The parts of one reference-list entry in the style of the IRB's Responses to Information
 * Requests.
 *
 * @param author first element of the entry, e.g. "Red en Defensa de los Derechos Digitales (R3D)"
 * @param published EDTF date ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}); null for N.d.
 * @param publishedInferred true when the list prints the date in square brackets ("[2021]")
 * @param dateSuffix "a", "b", ... as in "N.d.a"; null when none
 * @param authors named persons or sub-bodies printed after the date, verbatim; null when none
 * @param title the title verbatim, including its own closing punctuation
 * @param titleQuoted whether the list puts the title in double quotes
 * @param accessed the access date; null when the entry has none
 */
public record ReferenceParts(
    String author,
    String published,
    boolean publishedInferred,
    String dateSuffix,
    String authors,
    String title,
    boolean titleQuoted,
    LocalDate accessed) {

  /** The parts of a stored source. */
  public static ReferenceParts of(Source s) {
    return new ReferenceParts(
        s.author,
        s.published,
        s.publishedInferred,
        s.dateSuffix,
        s.authors,
        s.title,
        s.titleQuoted,
        s.accessed);
  }
}
