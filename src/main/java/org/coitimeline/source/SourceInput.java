package org.coitimeline.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as a client writes it; the derived reference and read-only fields are ignored. */
@Schema(name = "SourceInput")
@JsonIgnoreProperties({"reference", "version", "createdAt", "updatedAt"})
public record SourceInput(
    String id,
    String citation,
    String author,
    String authors,
    String title,
    Boolean titleQuoted,
    String publisher,
    String published,
    Boolean publishedInferred,
    String dateSuffix,
    String url,
    LocalDate accessed,
    String language,
    String type,
    Boolean inReferenceList,
    String note) {
  /** The same record under this id (the id of a PUT is the one in its path). */
  public SourceInput withId(String id) {
    return new SourceInput(
        id,
        citation,
        author,
        authors,
        title,
        titleQuoted,
        publisher,
        published,
        publishedInferred,
        dateSuffix,
        url,
        accessed,
        language,
        type,
        inReferenceList,
        note);
  }
}
