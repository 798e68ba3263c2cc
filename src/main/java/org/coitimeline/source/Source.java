package org.coitimeline.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.coitimeline.kernel.Aggregate;
import org.hibernate.envers.Audited;

/** A citable document, with the parts its reference-list entry is made of. */
@Entity
@Audited
@Table(name = "source")
public class Source extends Aggregate {
  @Column(nullable = false, length = 300)
  public String citation;

  @Column(nullable = false, length = 300)
  public String author;

  @Column(length = 500)
  public String authors;

  @Column(length = 1000)
  public String title;

  @Column(name = "title_quoted", nullable = false)
  public boolean titleQuoted;

  @Column(length = 300)
  public String publisher;

  /** EDTF text; null when the source is undated (N.d.). */
  @Column(length = 100)
  public String published;

  @Column(name = "published_inferred", nullable = false)
  public boolean publishedInferred;

  @Column(name = "date_suffix", length = 4)
  public String dateSuffix;

  @Column(length = 2000)
  public String url;

  public LocalDate accessed;

  @Column(length = 35)
  public String language;

  @Column(name = "type_code", nullable = false, length = 40)
  public String typeCode;

  @Column(name = "in_reference_list", nullable = false)
  public boolean inReferenceList;

  @Column(length = 2000)
  public String note;
}
