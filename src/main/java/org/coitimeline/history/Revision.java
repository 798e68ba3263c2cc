package org.coitimeline.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One revision of the store: when it was made and by whom (the token's subject). */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionSubjectListener.class)
public class Revision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  public long id;

  /** Milliseconds since the epoch, UTC. */
  @RevisionTimestamp
  @Column(name = "made_at", nullable = false)
  public long madeAt;

  @Column(length = 200)
  public String subject;
}
