package org.coitimeline.kernel;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** ISO 3166 country and subdivision codes. */
public final class Countries {
  private static final Set<String> ALPHA_2 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
  private static final Pattern SUBDIVISION = Pattern.compile("^([A-Z]{2})-[A-Z0-9]{1,3}$");

  /** How every country field and parameter states its rule. */
  public static final String ALPHA_2_RULE = "must be ISO 3166-1 alpha-2 codes in capitals, e.g. MX";

  private Countries() {}

  public static boolean isAlpha2(String code) {
    return code != null && ALPHA_2.contains(code);
  }

  /** An ISO 3166-2 code such as MX-SLP whose country part is a known alpha-2 code. */
  public static boolean isSubdivision(String code) {
    if (code == null) {
      return false;
    }
    var m = SUBDIVISION.matcher(code);
    return m.matches() && isAlpha2(m.group(1));
  }
}
