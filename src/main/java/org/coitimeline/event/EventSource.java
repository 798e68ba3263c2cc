package org.coitimeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.coitimeline.kernel.RecordIds;
import org.coitimeline.source.Source;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A citation of a source by an event: where in the source, and what it says. */
@Entity
@Audited
@Table(name = "event_source")
public class EventSource {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = RecordIds.GENERATOR)
  @SequenceGenerator(
      name = RecordIds.GENERATOR,
      sequenceName = RecordIds.SEQUENCE,
      allocationSize = RecordIds.ALLOCATION)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id")
  public Event event;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "source_id")
  public Source source;

  @Column(nullable = false)
  public int position;

  @Column(length = 200)
  public String pinpoint;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  public String quote;

  @Column(name = "quote_language", length = 35)
  public String quoteLanguage;

  @Column(nullable = false)
  public boolean translated;
}
