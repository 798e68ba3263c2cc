package org.coitimeline.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.junit.jupiter.api.Test;

/**
 * A range query reads about as many index entries as it returns events, however many events started
 * before the range: every statement of a page runs again under ANALYZE FORMAT=JSON on a store with
 * hundreds of events before a late range, and long, open-start and open-end events reaching into
 * it. Entries that index condition pushdown filtered out count as read.
 */
@QuarkusTest
class RangeQueryCostTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject TimelineRepository timeline;
  @Inject EntityManager em;

  @Test
  void lateRangeReadsAtMostTwoEntriesPerEventReturned() {
    // Centuries after every other test's events, so that only the open ends of the others reach
    // the range (they do overlap it, and are counted as returned).
    TestBundle data = new TestBundle();
    for (int i = 0; i < 400; i++) {
      int year = 2600 + i % 99;
      data.event(
          "before" + i,
          i % 3 == 0 ? year + "/" + (year + 1) : year + String.format("-%02d", 1 + i % 12));
    }
    for (int i = 0; i < 12; i++) {
      data.event("long" + i, (2610 + i) + "/2745");
      data.event("open-start" + i, "../2704-" + String.format("%02d", 1 + i % 12));
      data.event("open-end" + i, (2620 + i) + "/..");
    }
    for (int i = 0; i < 40; i++) {
      data.event("inside" + i, (2700 + i % 10) + String.format("-%02d-15", 1 + i % 12));
      data.event("after" + i, (2760 + i) + "-06");
    }
    Api.importBundle(data.build());

    LocalDate from = LocalDate.of(2700, 1, 1);
    LocalDate to = LocalDate.of(2709, 12, 31);
    for (EventSort sort : List.of(EventSort.DATE, EventSort.DATE_DESC)) {
      for (int limit : List.of(10, 51)) {
        // 2 x returned + one entry per statement (a probe past the end of its range).
        assertBounded(range(from, to), sort, null, limit, 4);
        // The second page, after the key of the first.
        List<String> after =
            timeline.page(range(from, to), sort, null, limit, null).get(limit - 1).key();
        assertBounded(range(from, to), sort, after, limit, 4);
      }
      // From half way through a year: also the events of that year that ended before from are
      // read (at most the four inside events of 2700 here).
      assertBounded(range(LocalDate.of(2700, 7, 1), to), sort, null, 51, 4 + 4);
      assertBounded(range(from, null), sort, null, 51, 4);
    }
  }

  private void assertBounded(
      EventFilter filter, EventSort sort, List<String> after, int limit, int constant) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              int returned = timeline.page(filter, sort, after, limit, null).size();
              assertTrue(returned > 0, "events returned");
              long examined = 0;
              List<String> each = new java.util.ArrayList<>();
              for (String statement : timeline.pageStatements(filter, sort, after, limit)) {
                long read = examined(statement);
                examined += read;
                each.add(read + " in " + statement);
              }
              System.out.printf(
                  "RangeQueryCostTest %s %s after %s: %d entries read for %d returned%n",
                  sort, filter.canonical(), after, examined, returned);
              assertTrue(
                  examined <= 2L * returned + constant,
                  sort
                      + " "
                      + filter.canonical()
                      + " after "
                      + after
                      + ": "
                      + examined
                      + " entries read for "
                      + returned
                      + ": "
                      + each);
            });
  }

  private static EventFilter range(LocalDate from, LocalDate to) {
    return new EventFilter(
        from,
        to,
        EventFilter.Match.OVERLAPS,
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        List.of(),
        null,
        null);
  }

  /**
   * Rows examined by a statement: over its table accesses r_loops x r_rows (as src/bench counts
   * them), plus the index entries that index condition pushdown read and filtered out, which r_rows
   * leaves out (MariaDB 10.11 reports no r_icp_filtered): the session's Handler_icp_attempts less
   * Handler_icp_match over the statement.
   */
  private long examined(String sql) {
    long filteredBefore = icpFilteredOut();
    Object plan = em.createNativeQuery("ANALYZE FORMAT=JSON " + sql).getSingleResult();
    long filtered = icpFilteredOut() - filteredBefore;
    try {
      return Math.round(examined(JSON.readTree(String.valueOf(plan)))) + filtered;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private long icpFilteredOut() {
    long filtered = 0;
    for (Object row :
        em.createNativeQuery("SHOW SESSION STATUS LIKE 'Handler_icp_%'").getResultList()) {
      Object[] pair = (Object[]) row;
      long value = Long.parseLong(String.valueOf(pair[1]));
      filtered += "Handler_icp_attempts".equalsIgnoreCase(String.valueOf(pair[0])) ? value : -value;
    }
    return filtered;
  }

  private static double examined(JsonNode node) {
    double sum = 0;
    if (node.isObject()) {
      // <union1,2> is the temporary table of a UNION: rows its parts read already.
      if (node.has("table_name") && !node.path("table_name").asText().startsWith("<")) {
        if (List.of("const", "system").contains(node.path("access_type").asText())) {
          sum += 1;
        } else if (node.path("r_rows").isNumber()) {
          sum += node.path("r_loops").asDouble(1) * node.get("r_rows").asDouble();
        }
      }
      for (JsonNode child : node) {
        sum += examined(child);
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        sum += examined(child);
      }
    }
    return sum;
  }
}
