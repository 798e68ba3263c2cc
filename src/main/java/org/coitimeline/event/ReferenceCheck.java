package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Tells which actor or source ids named by a request do not exist. */
@ApplicationScoped
public class ReferenceCheck {
  @Inject EntityManager em;

  public Set<String> unknownActors(Collection<String> slugs) {
    return unknown("Actor", slugs);
  }

  public Set<String> unknownSources(Collection<String> slugs) {
    return unknown("Source", slugs);
  }

  private Set<String> unknown(String entity, Collection<String> slugs) {
    Set<String> missing = new HashSet<>(slugs);
    if (!missing.isEmpty()) {
      missing.removeAll(
          em.createQuery(
                  "select x.slug from "
                      + entity
                      + " x where x.slug in :slugs and x.deletedAt is null",
                  String.class)
              .setParameter("slugs", missing)
              .getResultList());
    }
    return missing;
  }
}
