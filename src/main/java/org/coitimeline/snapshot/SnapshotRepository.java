package org.coitimeline.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Stores and finds snapshots; there is no update and no delete. */
@ApplicationScoped
public class SnapshotRepository {
  @Inject EntityManager em;

  public Optional<Snapshot> find(String id) {
    return Optional.ofNullable(em.find(Snapshot.class, id));
  }

  public boolean exists(String id) {
    return find(id).isPresent();
  }

  public void add(Snapshot snapshot) {
    em.persist(snapshot);
  }
}
