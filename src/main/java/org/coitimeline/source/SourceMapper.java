package org.coitimeline.source;

/**
 * Sources between entity, API view and input. {@link #toInput} and {@link #canonical} give the
 * canonical input shape (defaults filled in): a stored source and an input that would store exactly
 * it come out equal, which is how a write tells an unchanged source, and what an export writes.
 */
public final class SourceMapper {
  private SourceMapper() {}

  public static SourceView toView(Source s) {
    return new SourceView(
        s.slug,
        s.citation,
        s.author,
        s.authors,
        s.title,
        s.titleQuoted,
        s.publisher,
        s.published,
        s.publishedInferred,
        s.dateSuffix,
        s.url,
        s.accessed,
        s.language,
        s.typeCode,
        s.inReferenceList,
        s.note,
        ReferenceFormatter.format(ReferenceParts.of(s)),
        s.version,
        s.createdAt,
        s.updatedAt);
  }

  public static SourceInput toInput(SourceView v) {
    return new SourceInput(
        v.id(),
        v.citation(),
        v.author(),
        v.authors(),
        v.title(),
        v.titleQuoted(),
        v.publisher(),
        v.published(),
        v.publishedInferred(),
        v.dateSuffix(),
        v.url(),
        v.accessed(),
        v.language(),
        v.type(),
        v.inReferenceList(),
        v.note());
  }

  /** A valid input as it will be stored. */
  public static SourceInput canonical(SourceInput i) {
    return new SourceInput(
        i.id(),
        i.citation(),
        i.author(),
        i.authors(),
        i.title(),
        !Boolean.FALSE.equals(i.titleQuoted()),
        i.publisher(),
        i.published(),
        Boolean.TRUE.equals(i.publishedInferred()),
        i.dateSuffix(),
        i.url(),
        i.accessed(),
        i.language(),
        i.type(),
        !Boolean.FALSE.equals(i.inReferenceList()),
        i.note());
  }
}
