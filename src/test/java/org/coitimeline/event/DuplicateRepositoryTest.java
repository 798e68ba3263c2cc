package org.coitimeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The duplicate check's candidate walks follow their index plan (see {@link DuplicateRepository}):
 * the timeline index in order, no scan, no filesort, a key probe for the shared actor or country,
 * and a hard bound on the rows examined.
 */
@QuarkusTest
class DuplicateRepositoryTest {
  @Inject EntityManager em;

  @ParameterizedTest(name = "walk before the start: {0}")
  @ValueSource(booleans = {true, false})
  @Transactional
  void eachWalkReadsTheTimelineIndexInOrderAndProbesLinksByKey(boolean before) {
    TestBundle data = new TestBundle();
    String actor = data.actor("plan");
    for (int i = 0; i < 200; i++) {
      data.event("e" + i, (1990 + i % 30) + "-0" + (1 + i % 9), e -> e.actor(actor, "subject"));
    }
    Api.importBundle(data.build());
    em.createNativeQuery("ANALYZE TABLE event, event_country, event_actor, event_relation")
        .getResultList();
    Query explain =
        em.createNativeQuery(
                DuplicateRepository.PLAN
                    + "EXPLAIN "
                    + DuplicateRepository.walkSql(before, true, true))
            .setParameter("start", LocalDate.of(2010, 1, 1))
            .setParameter("self", 0L)
            .setParameter("actors", List.of(1L, 2L))
            .setParameter("countries", List.of("MX"));
    if (!before) {
      explain.setParameter("end", LocalDate.of(2012, 12, 31));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> plan = explain.getResultList();
    String shown = plan.stream().map(Arrays::toString).toList().toString();
    for (Object[] row : plan) {
      assertTrue(!"ALL".equals(row[3]) && !"index".equals(row[3]), "no scan: " + shown);
      assertTrue(!String.valueOf(row[9]).contains("filesort"), "no filesort: " + shown);
    }
    Object[] event =
        plan.stream()
            .filter(r -> "e".equals(r[2]))
            .findFirst()
            .orElseThrow(() -> new AssertionError(shown));
    assertEquals("ix_event_timeline", event[5], "the event table's key: " + shown);
    assertEquals("range", event[3], shown);
    for (String link : List.of("c", "a")) {
      Object[] probe =
          plan.stream()
              .filter(r -> link.equals(r[2]))
              .findFirst()
              .orElseThrow(() -> new AssertionError(shown));
      assertEquals("DEPENDENT SUBQUERY", probe[1], "a probe per event walked: " + shown);
    }
  }

  @Test
  void theBoundsAreWrittenIntoTheQuery() {
    String sql = DuplicateRepository.walkSql(true, true, false);
    assertTrue(
        sql.endsWith(
            " LIMIT "
                + DuplicateRepository.CANDIDATES_PER_WALK
                + " ROWS EXAMINED "
                + DuplicateRepository.ROWS_EXAMINED_PER_WALK),
        sql);
  }
}
