package org.coitimeline.history;

import java.util.Map;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.configuration.Configuration;
import org.hibernate.envers.internal.entities.mapper.PersistentCollectionChangeData;
import org.hibernate.envers.internal.synchronization.SessionCacheCleaner;
import org.hibernate.envers.internal.tools.OrmTools;
import org.hibernate.envers.strategy.internal.ValidityAuditStrategy;

/**
 * Envers' validity strategy (every audit row closed by the revision that replaced it, rev_end),
 * without its look-up for the rows of a new record's collections. For each element added to a
 * collection (an event's countries, topics and figures, an actor's aliases ...), Envers reads the
 * element's current audit row {@code FOR UPDATE} to close it, even for an element of a record
 * created in this very transaction, which has no history to close: one round trip per element, a
 * third of an import's statements. For the records {@link NewRecords} names, the audit row is
 * written at once; for every other change Envers' own strategy runs.
 */
public class ValidityStrategy extends ValidityAuditStrategy {
  private final SessionCacheCleaner cacheCleaner = new SessionCacheCleaner();

  @Override
  public void performCollectionChange(
      SharedSessionContractImplementor session,
      String entityName,
      String propertyName,
      Configuration configuration,
      PersistentCollectionChangeData change,
      Object revision) {
    if (!addedToNewRecord(session, configuration, change)) {
      super.performCollectionChange(
          session, entityName, propertyName, configuration, change, revision);
      return;
    }
    OrmTools.saveData(change.getEntityName(), change.getData(), session);
    if (session instanceof Session s) {
      cacheCleaner.scheduleAuditDataRemoval(s, change.getData());
    }
  }

  private static boolean addedToNewRecord(
      SharedSessionContractImplementor session,
      Configuration configuration,
      PersistentCollectionChangeData change) {
    Map<String, Object> data = change.getData();
    Object originalId = data.get(configuration.getOriginalIdPropertyName());
    if (!(originalId instanceof Map<?, ?> id)) {
      return false;
    }
    if (id.get(configuration.getRevisionTypePropertyName()) != RevisionType.ADD
        && data.get(configuration.getRevisionTypePropertyName()) != RevisionType.ADD) {
      return false;
    }
    // The owner's id is the one Long among the key's parts (the others are the element's value,
    // a position, the revision).
    for (Object part : id.values()) {
      if (NewRecords.isNew(session, part)) {
        return true;
      }
    }
    return false;
  }
}
