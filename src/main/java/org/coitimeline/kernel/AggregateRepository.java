package org.coitimeline.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * The queries and rules every aggregate's writes share: a new id must be free, a change applies to
 * the current version only, ids never change, references are checked in one query per kind, and a
 * delete leaves a tombstone.
 */
@ApplicationScoped
public class AggregateRepository {
  @Inject EntityManager em;
  @Inject JdbcRows jdbc;

  /** A 409 when a record of this kind already has the id (deleted ones keep theirs). */
  public void requireFreeId(RecordKind kind, String slug) {
    if (slug != null && !slugs(kind, List.of(slug), null).isEmpty()) {
      throw Conflict.idTaken(kind);
    }
  }

  /**
   * A 409 unless the write created every record. Under read committed a create sees a record that a
   * concurrent create of the same id committed after {@link #requireFreeId} looked, and the writer
   * would update it; this makes the later create fail and roll back instead.
   */
  public static void requireCreated(List<WriteResult> written) {
    for (WriteResult result : written) {
      if (result.action() != WriteResult.Action.CREATED) {
        throw Conflict.idTaken(result.kind());
      }
    }
  }

  /**
   * The record to change, locked until the transaction ends so that concurrent writers (in this or
   * another instance) take turns: 404 when absent, 410 when deleted, 412 when {@code
   * expectedVersion} (from If-Match; null for any) is not the current version.
   */
  public <T extends Aggregate> T lockCurrent(
      Class<T> type, RecordKind kind, String slug, Long expectedVersion) {
    T found =
        em.createQuery("select x from " + kind.entity() + " x where x.slug = :slug", type)
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
    Instant now = Aggregate.now();
    record.deletedAt = now;
    record.updatedAt = now;
    em.flush();
  }

  /**
   * Makes the rest of this transaction read one snapshot (repeatable read), whatever the pool's
   * isolation level (read committed, for writes); call it before the transaction's first query. The
   * pool restores its level when the connection returns.
   */
  public void readOneSnapshot() {
    em.unwrap(Session.class)
        .doWork(
            connection ->
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ));
  }

  /** Whether no record of any kind was ever stored (tombstones count). */
  public boolean storeIsEmpty() {
    for (RecordKind kind : RecordKind.values()) {
      if (!em.createQuery("select x.id from " + kind.entity() + " x", Long.class)
          .setMaxResults(1)
          .getResultList()
          .isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Which of the wanted ids belong to live records: one query per kind. */
  public ExistingIds existing(ExistingIds.Wanted wanted) {
    ExistingIds existing = new ExistingIds();
    wanted.byKind().forEach((kind, ids) -> existing.add(kind, live(kind, ids)));
    return existing;
  }

  /** The ids among {@code slugs} of live records of this kind. */
  public List<String> live(RecordKind kind, Collection<String> slugs) {
    return slugs(kind, slugs, false);
  }

  /** The ids among {@code slugs} that name no live record of this kind. */
  public Set<String> unknown(RecordKind kind, Collection<String> slugs) {
    Set<String> unknown = new java.util.HashSet<>(slugs);
    live(kind, slugs).forEach(unknown::remove);
    return unknown;
  }

  /** The ids among {@code slugs} of deleted records of this kind (tombstones). */
  public List<String> deleted(RecordKind kind, Collection<String> slugs) {
    return slugs(kind, slugs, true);
  }

  /**
   * The ids among {@code slugs} taken by records of this kind: live, deleted, or either (null). A
   * plain statement: a filter's ids are checked on every read of a list.
   */
  private List<String> slugs(RecordKind kind, Collection<String> slugs, Boolean deleted) {
    if (slugs.isEmpty()) {
      return List.of();
    }
    String state =
        deleted == null
            ? ""
            : deleted ? " AND x.deleted_at IS NOT NULL" : " AND x.deleted_at IS NULL";
    List<String> found = new ArrayList<>();
    jdbc.rows(
        "SELECT x.slug FROM " + kind.table() + " x WHERE x.slug IN (:slugs)" + state,
        Map.of("slugs", List.copyOf(Set.copyOf(slugs))),
        r -> found.add(r.getString(1)));
    return found;
  }

  /**
   * Runs a query selecting (owner id, value) pairs for the owners in {@code ids} and groups the
   * values by owner: one statement for a page of any length.
   */
  public static Map<Long, List<String>> grouped(EntityManager em, String jpql, List<Long> ids) {
    Map<Long, List<String>> grouped = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery(jpql, Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(
              r -> grouped.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
    }
    return grouped;
  }
}
