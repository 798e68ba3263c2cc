package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
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

  /** Live events in id order after {@code afterSlug} (null: from the first). */
  public List<Event> liveAfter(String afterSlug, int limit) {
    jakarta.persistence.TypedQuery<Event> query =
        em.createQuery(
                "select e from Event e where e.deletedAt is null"
                    + (afterSlug == null ? "" : " and e.slug > :after")
                    + " order by e.slug",
                Event.class)
            .setMaxResults(limit);
    if (afterSlug != null) {
      query.setParameter("after", afterSlug);
    }
    return query.getResultList();
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
