package org.coitimeline.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.coitimeline.kernel.Aggregate;
import org.coitimeline.kernel.Gone;
import org.coitimeline.kernel.NotFound;
import org.coitimeline.kernel.RecordKind;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * Reads the revisions Envers keeps: the history of one record, field by field, and the store as it
 * stood at an instant ({@code asOf}). Callers run inside a transaction.
 */
@ApplicationScoped
public class HistoryRepository {
  /** Fields that change with every revision and say nothing of their own. */
  private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt");

  @Inject EntityManager em;
  @Inject ObjectMapper mapper;

  /** Every revision of the record, oldest first, each with what changed, field by field. */
  public <T extends Aggregate> List<RevisionView> history(
      Class<T> type, RecordKind kind, String slug, Function<T, Object> toView) {
    Long id = idOf(type, kind, slug);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        reader()
            .createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(AuditEntity.id().eq(id))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    List<RevisionView> revisions = new ArrayList<>();
    ObjectNode previous = null;
    for (Object[] row : rows) {
      T state = type.cast(row[0]);
      Revision revision = (Revision) row[1];
      ObjectNode current = mapper.valueToTree(toView.apply(state));
      current.remove(BOOKKEEPING);
      String action =
          row[2] == RevisionType.ADD
              ? "create"
              : state.deletedAt != null || row[2] == RevisionType.DEL ? "delete" : "update";
      revisions.add(
          new RevisionView(
              revision.id,
              Instant.ofEpochMilli(revision.madeAt),
              revision.subject,
              action,
              changes(previous, current)));
      previous = current;
    }
    return revisions;
  }

  /** The record as it stood at the instant: 404 when it did not exist yet, 410 when deleted. */
  public <T extends Aggregate> T find(Class<T> type, RecordKind kind, String slug, Instant asOf) {
    Long id = idOf(type, kind, slug);
    Long revision = revisionAt(asOf);
    T state = revision == null ? null : reader().find(type, id, revision);
    if (state == null) {
      throw new NotFound(kind);
    }
    if (state.deletedAt != null) {
      throw new Gone(kind);
    }
    return state;
  }

  /** Every record of the type that existed, undeleted, at the instant. */
  public <T extends Aggregate> List<T> all(Class<T> type, Instant asOf) {
    Long revision = revisionAt(asOf);
    if (revision == null) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<T> states = reader().createQuery().forEntitiesAtRevision(type, revision).getResultList();
    return states.stream().filter(state -> state.deletedAt == null).toList();
  }

  /**
   * The records with these internal ids as they stood at the revision, in the order of {@code ids}:
   * one query for the records, their collections as they are read.
   */
  public <T extends Aggregate> List<T> atRevision(Class<T> type, List<Long> ids, long revision) {
    if (ids.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<T> states =
        reader()
            .createQuery()
            .forEntitiesAtRevision(type, revision)
            .add(AuditEntity.id().in(ids))
            .getResultList();
    java.util.Map<Long, T> byId = new java.util.HashMap<>();
    states.forEach(state -> byId.put(state.id, state));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /** The newest revision in the store (0 when there is none): the store's version, for caches. */
  public long lastRevision() {
    Object last =
        em.createNativeQuery("SELECT MAX(r.id) FROM revision r")
            .unwrap(org.hibernate.query.NativeQuery.class)
            .addSynchronizedQuerySpace("revision")
            .getSingleResult();
    return last == null ? 0 : ((Number) last).longValue();
  }

  /**
   * The revision of the current transaction, made now if it has none yet: the one Envers gives
   * every change of the transaction, for history written without the ORM.
   */
  public long currentRevision() {
    return reader().getCurrentRevision(Revision.class, true).id;
  }

  /** The last revision made at or before the instant; null when there was none yet. */
  public Long revisionAt(Instant instant) {
    return em.createQuery("select max(r.id) from Revision r where r.madeAt <= :millis", Long.class)
        .setParameter("millis", instant.toEpochMilli())
        .getSingleResult();
  }

  /** The internal id of the record with this slug; slugs never change and rows stay. */
  private Long idOf(Class<? extends Aggregate> type, RecordKind kind, String slug) {
    return em.createQuery(
            "select x.id from " + type.getSimpleName() + " x where x.slug = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFound(kind));
  }

  private AuditReader reader() {
    return AuditReaderFactory.get(em);
  }

  private static List<FieldChange> changes(ObjectNode before, ObjectNode after) {
    Set<String> fields = new LinkedHashSet<>();
    if (before != null) {
      before.fieldNames().forEachRemaining(fields::add);
    }
    for (Iterator<String> names = after.fieldNames(); names.hasNext(); ) {
      fields.add(names.next());
    }
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      JsonNode from = before == null ? null : before.get(field);
      JsonNode to = after.get(field);
      boolean fromEmpty = from == null || from.isNull();
      boolean toEmpty = to == null || to.isNull();
      if (fromEmpty && toEmpty) {
        continue;
      }
      if (fromEmpty || toEmpty || !from.equals(to)) {
        changes.add(new FieldChange(field, fromEmpty ? null : from, toEmpty ? null : to));
      }
    }
    return changes;
  }
}
