package org.coitimeline.kernel;

/** LIKE patterns the repositories share. */
public final class Queries {
  private Queries() {}

  /** A LIKE pattern matching the text anywhere, with the escape character {@code !}. */
  public static String containing(String text) {
    return "%" + escapeLike(text) + "%";
  }

  /** The text with LIKE's wildcards escaped by {@code !}. */
  public static String escapeLike(String text) {
    return text.replaceAll("([!%_])", "!$1");
  }
}
