package org.coitimeline.actor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pseudonym of a protected person: id {@code protected-<n>}, name {@code Protected person <n>}.
 * The number is the actor's own, stored when it was first protected; it says nothing of the actor's
 * id or name. Ids of this form are kept for pseudonyms (no actor may take one).
 */
public final class Pseudonym {
  private static final String ID_PREFIX = "protected-";
  private static final Pattern ID = Pattern.compile("protected-([1-9][0-9]{0,8})");

  private Pseudonym() {}

  /** The pseudonymous id of this number, or null for none. */
  public static String id(Integer number) {
    return number == null ? null : ID_PREFIX + number;
  }

  /** The name shown instead of the person's. */
  public static String name(int number) {
    return "Protected person " + number;
  }

  /** The number of a pseudonymous id, or null when the text is not one. */
  public static Integer number(String id) {
    if (id == null) {
      return null;
    }
    Matcher m = ID.matcher(id);
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  /** Whether the id has the form kept for pseudonyms (any number, even 0 or a long one). */
  public static boolean reserved(String id) {
    return id != null
        && id.startsWith(ID_PREFIX)
        && id.substring(ID_PREFIX.length()).matches("[0-9]+");
  }
}
