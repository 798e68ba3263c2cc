package org.coitimeline.kernel;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Query helpers the repositories share. */
public final class Queries {
  private Queries() {}

  /**
   * Runs a query selecting (owner id, value) pairs for the owners in {@code ids} and groups the
   * values by owner: one statement for a page of any length.
   */
  public static Map<Long, List<String>> grouped(EntityManager em, String jpql, List<Long> ids) {
    Map<Long, List<String>> grouped = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery(jpql, Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(
              r -> grouped.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
    }
    return grouped;
  }

  /** A LIKE pattern matching the text anywhere, with the escape character {@code !}. */
  public static String containing(String text) {
    return "%" + escapeLike(text) + "%";
  }

  /** The text with LIKE's wildcards escaped by {@code !}. */
  public static String escapeLike(String text) {
    return text.replaceAll("([!%_])", "!$1");
  }
}
