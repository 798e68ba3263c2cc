package org.coitimeline.edtf;

/** The level 1 qualifier written after a whole date: none, {@code ?}, {@code ~} or {@code %}. */
enum Qualifier {
  NONE,
  UNCERTAIN,
  APPROXIMATE,
  UNCERTAIN_AND_APPROXIMATE;

  static Qualifier of(char c) {
    return switch (c) {
      case '?' -> UNCERTAIN;
      case '~' -> APPROXIMATE;
      case '%' -> UNCERTAIN_AND_APPROXIMATE;
      default -> NONE;
    };
  }

  boolean uncertain() {
    return this == UNCERTAIN || this == UNCERTAIN_AND_APPROXIMATE;
  }

  boolean approximate() {
    return this == APPROXIMATE || this == UNCERTAIN_AND_APPROXIMATE;
  }

  String apply(String display) {
    String text = approximate() ? "circa " + display : display;
    return uncertain() ? text + " (uncertain)" : text;
  }
}
