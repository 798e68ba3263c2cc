package org.coitimeline.history;

import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The records created in the current transaction, by internal id, so that their history is written
 * without looking for earlier history they cannot have (see {@link ValidityStrategy}). Kept per
 * session (one per transaction), and forgotten with it.
 */
public final class NewRecords {
  private static final Map<Object, Set<Long>> BY_SESSION =
      Collections.synchronizedMap(new WeakHashMap<>());

  private NewRecords() {}

  /** Notes that the record with this id was created in this transaction (call after persist). */
  public static void created(EntityManager em, Long id) {
    if (id != null) {
      BY_SESSION.computeIfAbsent(em.unwrap(SessionImplementor.class), s -> new HashSet<>()).add(id);
    }
  }

  /** Whether this is the id of a record created in this session's transaction. */
  static boolean isNew(Object session, Object id) {
    if (!(id instanceof Long)) {
      return false;
    }
    Set<Long> ids = BY_SESSION.get(session);
    return ids != null && ids.contains(id);
  }
}
