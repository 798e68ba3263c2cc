package org.coitimeline.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The rules every write of an aggregate follows: a new id must be free, a change applies to the
 * current version only, ids never change, and a delete leaves a tombstone.
 */
@ApplicationScoped
public class AggregateWrites {
  @Inject EntityManager em;

  /** A 409 when a record of this type already has the id (deleted ones keep theirs). */
  public void requireFreeId(Class<? extends Aggregate> type, String kind, String slug) {
    if (slug != null
        && !em.createQuery(
                "select x.id from " + type.getSimpleName() + " x where x.slug = :slug", Long.class)
            .setParameter("slug", slug)
            .getResultList()
            .isEmpty()) {
      throw new Conflict("A " + kind + " with this id exists already; ids are never reused.");
    }
  }

  /**
   * The record to change, locked until the transaction ends so that concurrent writers (in this or
   * another instance) take turns: 404 when absent, 410 when deleted, 412 when {@code
   * expectedVersion} (from If-Match; null for any) is not the current version.
   */
  public <T extends Aggregate> T lockCurrent(
      Class<T> type, String kind, String slug, Long expectedVersion) {
    T found =
        em.createQuery("select x from " + type.getSimpleName() + " x where x.slug = :slug", type)
            .setParameter("slug", slug)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFound(kind));
    if (found.deletedAt != null) {
      throw new Gone(kind);
    }
    if (expectedVersion != null && found.version != expectedVersion) {
      throw new VersionMismatch();
    }
    return found;
  }

  /** The id of a PUT is the one in its path; a body may repeat it but not change it. */
  public static void requireSameId(String pathId, String bodyId) {
    if (bodyId != null && !bodyId.equals(pathId)) {
      throw InvalidInput.of("id", "cannot change; it must equal the id in the path");
    }
  }

  /** A 409 naming what still refers to the record, when {@code references} is not zero. */
  public static void requireUnreferenced(long references, String what) {
    if (references > 0) {
      throw new Conflict(
          "Still referred to by " + references + " " + what + "; change those first.");
    }
  }

  /** Marks the record deleted; its row and history remain. */
  public void tombstone(Aggregate record) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    record.deletedAt = now;
    record.updatedAt = now;
    em.flush();
  }
}
