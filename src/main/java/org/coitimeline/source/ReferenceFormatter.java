package org.coitimeline.source;

/** Placeholder until the seed branch lands. */
public final class ReferenceFormatter {
  private ReferenceFormatter() {}

  public static String format(ReferenceParts parts) {
    return parts.author() + ". " + parts.title();
  }
}
