package org.coitimeline.gap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coitimeline.kernel.Aggregate;
import org.coitimeline.source.Source;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A record that research looked for something and did not find it: an absence as evidence. */
@Entity
@Audited
@Table(name = "information_gap")
public class InformationGap extends Aggregate {
  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(nullable = false, columnDefinition = "text")
  public String statement;

  @Column(name = "period_edtf", length = 100)
  public String periodEdtf;

  @Column(name = "researched_at")
  public LocalDate researchedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "source_id")
  public Source source;

  @ElementCollection
  @CollectionTable(name = "gap_country", joinColumns = @JoinColumn(name = "gap_id"))
  @Column(name = "country", length = 2)
  public Set<String> countries = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "gap_topic", joinColumns = @JoinColumn(name = "gap_id"))
  @Column(name = "topic_code", length = 40)
  public Set<String> topics = new LinkedHashSet<>();
}
