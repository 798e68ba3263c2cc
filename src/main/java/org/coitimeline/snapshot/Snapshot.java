package org.coitimeline.snapshot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A citable snapshot: the query, the instant and the hash of the result, never the events
 * themselves (they are read again from history). Immutable once written: nothing updates or deletes
 * a row.
 */
@Entity
@Table(name = "snapshot")
public class Snapshot {
  /** Random, 12 lower-case hex digits (48 bits): short enough to cite, too many to guess. */
  @Id
  @Column(length = 16)
  public String id;

  /** The filters and sort ({@link SnapshotQuery}) as JSON. */
  @Column(nullable = false, columnDefinition = "TEXT")
  public String query;

  /** The instant the events are read as of, in milliseconds since the epoch (as revisions). */
  @Column(name = "as_of", nullable = false)
  public long asOf;

  @Column(name = "event_count", nullable = false)
  public int eventCount;

  /** Lower-case hex SHA-256 of the canonical result ({@link CanonicalResult}). */
  @Column(nullable = false, length = 64, columnDefinition = "CHAR(64)")
  public String sha256;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public Instant asOfInstant() {
    return Instant.ofEpochMilli(asOf);
  }
}
