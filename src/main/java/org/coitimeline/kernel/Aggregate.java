package org.coitimeline.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.envers.Audited;

/**
 * What every aggregate (event, actor, source, information gap) has: an internal key, the public id
 * (a slug, immutable once created), an optimistic-locking version and its timestamps.
 */
@MappedSuperclass
@Audited
public abstract class Aggregate {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = RecordIds.GENERATOR)
  @SequenceGenerator(
      name = RecordIds.GENERATOR,
      sequenceName = RecordIds.SEQUENCE,
      allocationSize = RecordIds.ALLOCATION)
  public Long id;

  @Column(nullable = false, length = 120, unique = true)
  public String slug;

  @Version
  @Column(nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** Set when the record is deleted: it stays as a tombstone, and its history survives. */
  @Column(name = "deleted_at")
  public Instant deletedAt;

  /** The time a write records: now, to the microsecond the columns keep. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
