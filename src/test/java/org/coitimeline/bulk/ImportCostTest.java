package org.coitimeline.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.List;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Importing new records runs a fixed number of queries, whatever their number: no look-up per
 * record or per element of a record's collections (Envers' search for the audit row to close, which
 * a record created in the same transaction cannot have).
 */
@QuarkusTest
class ImportCostTest {
  @Inject EntityManagerFactory emf;

  @Test
  void tenAndFortyNewEventsRunTheSameQueries() {
    List<String> ten = queriesOfImport("ten", 10);
    List<String> forty = queriesOfImport("forty", 40);
    assertEquals(ten, forty, "queries run for 10 and for 40 new events");
  }

  private List<String> queriesOfImport(String name, int events) {
    TestBundle data = new TestBundle();
    String actor = data.actor(name + "-ministry");
    String source = data.source(name + " Outlet 1 Jan. 2021");
    String topic = data.topic(name + "-cost");
    String previous = null;
    for (int i = 0; i < events; i++) {
      String related = previous;
      previous =
          data.event(
              name + i,
              (2000 + i % 20) + "-0" + (1 + i % 9),
              e -> {
                e.actor(actor, "subject").source(source, "1").topic(topic);
                e.figure("things", "1", "things", null).countries("MX", "US");
                if (related != null) {
                  e.related(related, "follows");
                }
              });
    }
    Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    statistics.clear();
    Api.importBundle(data.build());
    return Arrays.stream(statistics.getQueries())
        .map(q -> statistics.getQueryStatistics(q).getExecutionCount() + " × " + q)
        .toList();
  }
}
