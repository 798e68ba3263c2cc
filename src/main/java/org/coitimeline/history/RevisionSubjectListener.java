package org.coitimeline.history;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/**
 * Records who made a revision: the subject of the caller's token, or "system" for changes made by
 * the service itself (loading the bundled data set).
 */
public class RevisionSubjectListener implements RevisionListener {
  public static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revision) {
    ((Revision) revision).subject = currentSubject();
    StoreVersion.revisionMade();
  }

  private static String currentSubject() {
    if (!Arc.container().requestContext().isActive()) {
      return SYSTEM;
    }
    try (InstanceHandle<SecurityIdentity> identity =
        Arc.container().instance(SecurityIdentity.class)) {
      if (!identity.isAvailable() || identity.get().isAnonymous()) {
        return SYSTEM;
      }
      return identity.get().getPrincipal().getName();
    }
  }
}
