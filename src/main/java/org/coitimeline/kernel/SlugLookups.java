package org.coitimeline.kernel;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The look-ups by public id every aggregate's repository offers, with Panache: one record, or many
 * in one statement. Deleted records (tombstones) are found too; callers decide what they mean.
 */
public interface SlugLookups<T extends Aggregate> extends PanacheRepository<T> {
  RecordKind kind();

  /**
   * The associations every look-up fetches with the record, e.g. {@code left join fetch x.parent}.
   */
  default String fetched() {
    return "";
  }

  default Optional<T> findBySlug(String slug) {
    return find("from " + kind().entity() + " x " + fetched() + " where x.slug = ?1", slug)
        .firstResultOptional();
  }

  /** The records with these ids, by id: one statement for any number. */
  default Map<String, T> findBySlugs(Collection<String> slugs) {
    Map<String, T> bySlug = new HashMap<>();
    if (!slugs.isEmpty()) {
      find("from " + kind().entity() + " x " + fetched() + " where x.slug in ?1", Set.copyOf(slugs))
          .list()
          .forEach(record -> bySlug.put(record.slug, record));
    }
    return bySlug;
  }
}
