package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.SlugLookups;

/**
 * Look-ups of events by id. The timeline's own queries are in {@link TimelineRepository}, the
 * loading of a page's links in {@link EventLinkRepository}.
 */
@ApplicationScoped
public class EventRepository implements SlugLookups<Event> {
  @Inject EntityManager em;

  @Override
  public RecordKind kind() {
    return RecordKind.EVENT;
  }

  /** How many live events relate to the event with this internal id. */
  public long relationsTo(long id) {
    return em.createQuery(
            "select count(l) from EventRelation l where l.relatedEvent.id = :id"
                + " and l.event.deletedAt is null",
            Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }
}
