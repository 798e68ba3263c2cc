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
import org.hibernate.envers.Audited;

/** A typed link from one event to another ("investigates", "follows", ...). */
@Entity
@Audited
@Table(name = "event_relation")
public class EventRelation {
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
  @JoinColumn(name = "related_event_id")
  public Event relatedEvent;

  @Column(name = "relation_code", nullable = false, length = 40)
  public String relationCode;

  @Column(nullable = false)
  public int position;
}
