package org.coitimeline.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.SlugLookups;

/** All queries on information gaps. */
@ApplicationScoped
public class GapRepository implements SlugLookups<InformationGap> {
  @Inject EntityManager em;

  @Override
  public RecordKind kind() {
    return RecordKind.GAP;
  }

  @Override
  public String fetched() {
    return "left join fetch x.source";
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
