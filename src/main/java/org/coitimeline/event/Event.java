package org.coitimeline.event;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coitimeline.kernel.Aggregate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** One dated fact of the timeline, with its actors, sources, figures and related events. */
@Entity
@Audited
@Table(name = "event")
public class Event extends Aggregate {
  /** Stored in the bound columns for an open or unknown start (minus infinity). */
  public static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);

  /** Stored in the bound columns for an open or unknown end (plus infinity). */
  public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

  @Column(nullable = false, length = 500)
  public String title;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  public String summary;

  @Column(name = "date_edtf", nullable = false, length = 100)
  public String dateEdtf;

  @Column(name = "start_earliest", nullable = false)
  public LocalDate startEarliest;

  @Column(name = "start_latest", nullable = false)
  public LocalDate startLatest;

  @Column(name = "end_earliest", nullable = false)
  public LocalDate endEarliest;

  @Column(name = "end_latest", nullable = false)
  public LocalDate endLatest;

  @Column(name = "date_precision", nullable = false, length = 10)
  public String datePrecision;

  @Column(name = "type_code", nullable = false, length = 40)
  public String typeCode;

  @Column(length = 6)
  public String subdivision;

  @Column(length = 300)
  public String place;

  @Column(nullable = false, length = 20)
  public String corroboration;

  @ElementCollection
  @CollectionTable(name = "event_country", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "country", length = 2)
  public Set<String> countries = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "event_topic", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "topic_code", length = 40)
  public Set<String> topics = new LinkedHashSet<>();

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<EventActor> actors = new ArrayList<>();

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<EventSource> sources = new ArrayList<>();

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<EventRelation> related = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "event_figure", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  public List<Figure> figures = new ArrayList<>();
}
