package org.coitimeline.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import org.coitimeline.kernel.Queries;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.SlugLookups;

/** All queries on sources. */
@ApplicationScoped
public class SourceRepository implements SlugLookups<Source> {
  @Inject EntityManager em;

  @Override
  public RecordKind kind() {
    return RecordKind.SOURCE;
  }

  /** How many live events and gaps cite the source with this internal id. */
  public long references(long id) {
    return em.createQuery(
                "select count(l) from EventSource l where l.source.id = :id"
                    + " and l.event.deletedAt is null",
                Long.class)
            .setParameter("id", id)
            .getSingleResult()
        + em.createQuery(
                "select count(g) from InformationGap g where g.source.id = :id"
                    + " and g.deletedAt is null",
                Long.class)
            .setParameter("id", id)
            .getSingleResult();
  }

  /** Sources in id order after {@code afterSlug}; text matches citation, author and title. */
  /** Live sources in id order after {@code afterSlug}, at most {@code limit}. */
  public List<Source> page(Set<String> types, String afterSlug, int limit) {
    return query(null, types, afterSlug).setMaxResults(limit).getResultList();
  }

  /**
   * Every live source whose citation, author, authors or title contains {@code text} (the column
   * collation ignores case and accents), for ranking.
   */
  public List<Source> matching(String text, Set<String> types) {
    return query(text, types, null).getResultList();
  }

  private TypedQuery<Source> query(String text, Set<String> types, String afterSlug) {
    StringBuilder jpql = new StringBuilder("select s from Source s where s.deletedAt is null");
    if (text != null) {
      jpql.append(
          " and (s.citation like :text escape '!' or s.author like :text escape '!'"
              + " or s.authors like :text escape '!' or s.title like :text escape '!')");
    }
    if (!types.isEmpty()) {
      jpql.append(" and s.typeCode in :types");
    }
    if (afterSlug != null) {
      jpql.append(" and s.slug > :after");
    }
    jpql.append(" order by s.slug");
    TypedQuery<Source> query = em.createQuery(jpql.toString(), Source.class);
    if (text != null) {
      query.setParameter("text", Queries.containing(text));
    }
    if (!types.isEmpty()) {
      query.setParameter("types", types);
    }
    if (afterSlug != null) {
      query.setParameter("after", afterSlug);
    }
    return query;
  }
}
