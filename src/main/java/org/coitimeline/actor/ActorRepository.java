package org.coitimeline.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.JdbcRows;
import org.coitimeline.kernel.Queries;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.SlugLookups;

/** All queries on actors. */
@ApplicationScoped
public class ActorRepository implements SlugLookups<Actor> {
  @Inject EntityManager em;
  @Inject JdbcRows jdbc;

  @Override
  public RecordKind kind() {
    return RecordKind.ACTOR;
  }

  @Override
  public String fetched() {
    return "left join fetch x.parent";
  }

  /** The views of these actors, their aliases and countries read in two statements. */
  public List<ActorView> views(List<Actor> page) {
    List<Long> ids = page.stream().map(a -> a.id).toList();
    Map<Long, List<String>> aliases = aliases(ids);
    Map<Long, List<String>> countries = countries(ids);
    return page.stream()
        .map(
            a ->
                ActorMapper.toView(
                    a,
                    aliases.getOrDefault(a.id, List.of()),
                    countries.getOrDefault(a.id, List.of())))
        .toList();
  }

  /** Live actors in id order after {@code afterSlug}, at most {@code limit}. */
  public List<Actor> page(Set<String> types, Set<String> countries, String afterSlug, int limit) {
    return page(types, countries, afterSlug, limit, true);
  }

  /** Like {@link #page}, leaving out protected actors unless {@code withProtected}. */
  public List<Actor> page(
      Set<String> types,
      Set<String> countries,
      String afterSlug,
      int limit,
      boolean withProtected) {
    return query(null, types, countries, afterSlug, withProtected)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Every live actor whose name, original name, acronym, aliases or description contains {@code
   * text} (the column collation ignores case and accents), for ranking.
   */
  public List<Actor> matching(
      String text, Set<String> types, Set<String> countries, boolean withProtected) {
    return query(text, types, countries, null, withProtected).getResultList();
  }

  private TypedQuery<Actor> query(
      String text,
      Set<String> types,
      Set<String> countries,
      String afterSlug,
      boolean withProtected) {
    StringBuilder jpql =
        new StringBuilder(
            "select a from Actor a left join fetch a.parent where a.deletedAt is null");
    if (text != null) {
      jpql.append(
          " and (a.name like :text escape '!' or a.originalName like :text escape '!'"
              + " or a.acronym like :text escape '!' or a.description like :text escape '!'"
              + " or exists (select 1 from Actor b join b.aliases l where b = a"
              + " and l like :text escape '!'))");
    }
    if (!withProtected) {
      jpql.append(" and a.protectedPerson = false");
    }
    if (!types.isEmpty()) {
      jpql.append(" and a.typeCode in :types");
    }
    if (!countries.isEmpty()) {
      jpql.append(
          " and exists (select 1 from Actor c join c.countries k where c = a and k in :countries)");
    }
    if (afterSlug != null) {
      jpql.append(" and a.slug > :after");
    }
    jpql.append(" order by a.slug");
    TypedQuery<Actor> query = em.createQuery(jpql.toString(), Actor.class);
    if (text != null) {
      query.setParameter("text", Queries.containing(text));
    }
    if (!types.isEmpty()) {
      query.setParameter("types", types);
    }
    if (!countries.isEmpty()) {
      query.setParameter("countries", countries);
    }
    if (afterSlug != null) {
      query.setParameter("after", afterSlug);
    }
    return query;
  }

  /**
   * Every actor protected now (deleted ones too: their history stays readable). Read for every
   * anonymous answer, so one plain statement on ix_actor_protected (no entity, no query planning);
   * the aliases only when someone is protected.
   */
  public ProtectedPeople protectedPeople() {
    // By id, each with its names: name, original name, acronym, then its aliases.
    Map<Long, ProtectedPeople.Person> people = new LinkedHashMap<>();
    jdbc.rows(
        "SELECT a.id, a.slug, a.pseudonym, a.name, a.original_name, a.acronym FROM actor a"
            + " WHERE a.protected_person = TRUE AND a.pseudonym IS NOT NULL",
        Map.of(),
        r -> {
          List<String> names = new ArrayList<>();
          for (int column = 4; column <= 6; column++) {
            names.add(r.getString(column));
          }
          people.put(r.getLong(1), new ProtectedPeople.Person(r.getString(2), r.getInt(3), names));
        });
    if (people.isEmpty()) {
      return ProtectedPeople.NONE;
    }
    aliases(List.copyOf(people.keySet()))
        .forEach((id, aliases) -> people.get(id).names().addAll(aliases));
    people.values().forEach(person -> person.names().removeIf(Objects::isNull));
    return new ProtectedPeople(people.values());
  }

  /**
   * The id of the actor a pseudonymous id ({@code protected-3}) stands for; any other id as it is.
   * Pseudonymous ids resolve for every reader, so that links of an anonymous view can be followed.
   */
  public String slugOf(String id) {
    Integer number = Pseudonym.number(id);
    if (number == null) {
      return id;
    }
    return em.createQuery("select a.slug from Actor a where a.pseudonym = :number", String.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElse(id);
  }

  /**
   * The next pseudonym number: the counter row is locked until the transaction ends, so concurrent
   * protects take different numbers, and a number once taken is never handed out again.
   */
  public int nextPseudonym() {
    em.createNativeQuery(
            "UPDATE pseudonym_counter SET last_number = LAST_INSERT_ID(last_number + 1)"
                + " WHERE id = 1")
        .executeUpdate();
    return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).intValue();
  }

  /** How many live events and actors refer to the actor with this internal id. */
  public long references(long id) {
    return em.createQuery(
                "select count(l) from EventActor l where l.actor.id = :id"
                    + " and l.event.deletedAt is null",
                Long.class)
            .setParameter("id", id)
            .getSingleResult()
        + em.createQuery(
                "select count(a) from Actor a where a.parent.id = :id and a.deletedAt is null",
                Long.class)
            .setParameter("id", id)
            .getSingleResult();
  }

  /** Aliases and countries of these actors, by actor id: two statements for any number. */
  public Map<Long, List<String>> aliases(List<Long> ids) {
    return AggregateRepository.grouped(
        em, "select a.id, l from Actor a join a.aliases l where a.id in :ids", ids);
  }

  public Map<Long, List<String>> countries(List<Long> ids) {
    return AggregateRepository.grouped(
        em, "select a.id, c from Actor a join a.countries c where a.id in :ids order by c", ids);
  }
}
