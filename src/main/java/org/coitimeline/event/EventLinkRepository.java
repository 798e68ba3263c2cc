package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a page of events and their links (countries, topics, figures, actors, sources, related
 * events) in a fixed number of statements, however long the page.
 */
@ApplicationScoped
public class EventLinkRepository {
  @Inject EntityManager em;

  /** The events with these ids and all their links, in the order of {@code ids}. */
  public List<Event> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Event> byId = new LinkedHashMap<>();
    ids.forEach(id -> byId.put(id, null));
    em.createQuery("select e from Event e where e.id in :ids", Event.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(e -> byId.put(e.id, e));
    byId.values().removeIf(java.util.Objects::isNull);
    return new ArrayList<>(byId.values());
  }

  /** The links of the events with these ids, each list in its stored order. */
  public EventLinks links(List<Long> ids) {
    EventLinks links = new EventLinks();
    if (ids.isEmpty()) {
      return links;
    }
    em.createQuery(
            "select e.id, c from Event e join e.countries c where e.id in :ids order by c",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> links.countries(r[0]).add((String) r[1]));
    em.createQuery(
            "select e.id, t from Event e join e.topics t where e.id in :ids order by t",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> links.topics(r[0]).add((String) r[1]));
    em.createQuery(
            "select e.id, f, index(f) from Event e join e.figures f where e.id in :ids"
                + " order by index(f)",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> links.figures(r[0]).add((Figure) r[1]));
    em.createQuery(
            "select l from EventActor l join fetch l.actor where l.event.id in :ids"
                + " order by l.position",
            EventActor.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(l -> links.actors(l.event.id).add(l));
    em.createQuery(
            "select l from EventSource l join fetch l.source where l.event.id in :ids"
                + " order by l.position",
            EventSource.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(l -> links.sources(l.event.id).add(l));
    em.createQuery(
            "select l from EventRelation l join fetch l.relatedEvent r where l.event.id in :ids"
                + " and r.deletedAt is null order by l.position",
            EventRelation.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(l -> links.related(l.event.id).add(l));
    return links;
  }
}
