package org.coitimeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The links of an export page of {@link ExportConfig#pageSize} events are read with an IN list of
 * their ids, which must stay a range read on the link table's key: MariaDB otherwise turns a list
 * of 1,000 values or more into a join with a derived table of them, and with a million events chose
 * to read every link for it.
 */
@QuarkusTest
class LongInListTest {
  @Inject EntityManager em;
  @Inject ExportConfig export;

  @Test
  @Transactional
  void aListOfAnExportPagesIdsIsNotTurnedIntoADerivedTable() {
    String ids =
        LongStream.rangeClosed(1, export.pageSize())
            .mapToObj(Long::toString)
            .collect(Collectors.joining(","));
    @SuppressWarnings("unchecked")
    List<Object[]> plan =
        em.createNativeQuery(
                "EXPLAIN SELECT l.event_id, l.role_code FROM event_actor l WHERE l.event_id IN ("
                    + ids
                    + ")")
            .getResultList();
    String shown = plan.stream().map(Arrays::toString).toList().toString();
    assertEquals(1, plan.size(), "one table, no derived table of the values: " + shown);
    assertTrue(
        plan.stream().noneMatch(row -> String.valueOf(row[2]).startsWith("<derived")), shown);
  }
}
