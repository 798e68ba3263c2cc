package org.coitimeline.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coitimeline.kernel.AggregateRepository;

/** All queries on information gaps. */
@ApplicationScoped
public class GapRepository {
  @Inject EntityManager em;

  public Optional<InformationGap> findBySlug(String slug) {
    return em.createQuery(
            "select g from InformationGap g left join fetch g.source where g.slug = :slug",
            InformationGap.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** The gaps (live or deleted) with these ids, by id, their sources fetched. */
  public Map<String, InformationGap> findBySlugs(Collection<String> slugs) {
    Map<String, InformationGap> bySlug = new HashMap<>();
    if (!slugs.isEmpty()) {
      em.createQuery(
              "select g from InformationGap g left join fetch g.source where g.slug in :slugs",
              InformationGap.class)
          .setParameter("slugs", Set.copyOf(slugs))
          .getResultList()
          .forEach(g -> bySlug.put(g.slug, g));
    }
    return bySlug;
  }

  /** The views of these gaps, their countries and topics read in two statements. */
  public List<GapView> views(List<InformationGap> page) {
    List<Long> ids = page.stream().map(g -> g.id).toList();
    Map<Long, List<String>> countries = countries(ids);
    Map<Long, List<String>> topics = topics(ids);
    return page.stream()
        .map(
            g ->
                GapMapper.toView(
                    g,
                    countries.getOrDefault(g.id, List.of()),
                    topics.getOrDefault(g.id, List.of())))
        .toList();
  }

  public List<InformationGap> page(
      Set<String> countries, Set<String> topics, String afterSlug, int limit) {
    StringBuilder jpql =
        new StringBuilder(
            "select g from InformationGap g left join fetch g.source where g.deletedAt is null");
    if (!countries.isEmpty()) {
      jpql.append(
          " and exists (select 1 from InformationGap c join c.countries k where c = g"
              + " and k in :countries)");
    }
    if (!topics.isEmpty()) {
      jpql.append(
          " and exists (select 1 from InformationGap t join t.topics k where t = g"
              + " and k in :topics)");
    }
    if (afterSlug != null) {
      jpql.append(" and g.slug > :after");
    }
    jpql.append(" order by g.slug");
    TypedQuery<InformationGap> query =
        em.createQuery(jpql.toString(), InformationGap.class).setMaxResults(limit);
    if (!countries.isEmpty()) {
      query.setParameter("countries", countries);
    }
    if (!topics.isEmpty()) {
      query.setParameter("topics", topics);
    }
    if (afterSlug != null) {
      query.setParameter("after", afterSlug);
    }
    return query.getResultList();
  }

  public Map<Long, List<String>> countries(List<Long> ids) {
    return AggregateRepository.grouped(
        em,
        "select g.id, c from InformationGap g join g.countries c where g.id in :ids order by c",
        ids);
  }

  public Map<Long, List<String>> topics(List<Long> ids) {
    return AggregateRepository.grouped(
        em,
        "select g.id, t from InformationGap g join g.topics t where g.id in :ids order by t",
        ids);
  }
}
