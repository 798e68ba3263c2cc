package org.coitimeline.source;

import java.time.LocalDate;

/** Placeholder until the seed branch lands. */
public record ReferenceParts(
    String author,
    String published,
    boolean publishedInferred,
    String dateSuffix,
    String authors,
    String title,
    boolean titleQuoted,
    LocalDate accessed) {}
