package org.coitimeline.timeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.coitimeline.event.Event;
import org.coitimeline.event.EventLinkRepository;
import org.coitimeline.event.EventLinks;
import org.coitimeline.support.Api;
import org.coitimeline.support.RawDownload;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Exports that span many pages (pages of 7 events here, 2,000 in production) give the events the
 * list gives, page by page with its cursor, for random filters and orders: the formats reading the
 * next page while they write one, as of now and as of an earlier time (read on the request's
 * thread), and while other clients create and delete events; GET /export walking the id order.
 */
@QuarkusTest
@TestProfile(ExportPagesTest.SmallExportPages.class)
class ExportPagesTest {
  private static final long SEED = Long.getLong("export.seed", System.nanoTime());
  private static final List<String> COUNTRIES = List.of("MX", "US", "GT");
  private static final List<String> TYPES = List.of("statement", "lawsuit", "report");
  private static final List<String> WORDS = List.of("police", "breach", "spyware", "registry");
  private static final List<String> SORTS = List.of("date", "-date", "updated", "-updated");
  private static final CsvMapper CSV = new CsvMapper();

  @TestHTTPResource("/")
  URL server;

  /** Export pages of 7 events. */
  public static class SmallExportPages implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("timeline.export.page-size", "7");
    }
  }

  @Test
  void multiPageExportsGiveWhatTheListGivesNowAsOfAndWhileOthersWrite() throws Exception {
    System.out.println("ExportPagesTest seed " + SEED + " (-Dexport.seed=)");
    Random random = new Random(SEED);
    TestBundle data = new TestBundle();
    String topic = data.topic("pages");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      ids.add(randomEvent(data, "p" + i, random, topic));
    }
    Api.importBundle(data.build());

    for (int i = 0; i < 12; i++) {
      Map<String, Object> filter = randomFilter(random, topic);
      assertEquals(listed(filter, null), csvIds(filter, null), "CSV of " + filter);
    }
    assertEquals(Set.copyOf(ids), exported(Set.copyOf(ids)), "GET /export");

    // The store as it was: read from history, on the request's own thread.
    Thread.sleep(1100);
    Instant before = Instant.now();
    Thread.sleep(1100);
    for (int i = 0; i < 6; i++) {
      delete(ids.remove(random.nextInt(ids.size())));
    }
    for (int i = 0; i < 4; i++) {
      Map<String, Object> filter = randomFilter(random, topic);
      assertEquals(listed(filter, before), csvIds(filter, before), "CSV as of, " + filter);
      assertEquals(listed(filter, null), csvIds(filter, null), "CSV now, " + filter);
    }
    assertEquals(Set.copyOf(ids), exported(Set.copyOf(ids)), "GET /export after deletes");

    // While writers create and delete events of the topic, each export holds every event that
    // stays as it was, once, in the list's order; what is created or deleted meanwhile may or may
    // not be in it, once at most.
    Set<String> stable = new HashSet<>(ids.subList(0, ids.size() / 2));
    Queue<String> doomed = new ConcurrentLinkedQueue<>(ids.subList(ids.size() / 2, ids.size()));
    List<String> stableInOrder =
        listed(Map.of("topic", topic), null).stream().filter(stable::contains).toList();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger serverErrors = new AtomicInteger();
    ExecutorService writers = Executors.newFixedThreadPool(2);
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < 2; w++) {
      int writer = w;
      running.add(
          writers.submit(
              () -> {
                int n = 0;
                while (writing.get() && n < 200) {
                  String deleted = n % 2 == 0 ? null : doomed.poll();
                  int status =
                      deleted == null
                          ? create(data.id("w" + writer + "-" + n), topic, random(writer, n))
                          : deleteStatus(deleted);
                  if (status >= 500) {
                    serverErrors.incrementAndGet();
                  }
                  n++;
                }
                return null;
              }));
    }
    try {
      for (int i = 0; i < 5; i++) {
        List<String> exported = csvIds(Map.of("topic", topic), null);
        assertEquals(
            exported.size(), new HashSet<>(exported).size(), "no event twice: " + exported);
        assertEquals(
            stableInOrder,
            exported.stream().filter(stable::contains).toList(),
            "every unchanged event, in order");
      }
    } finally {
      writing.set(false);
      for (Future<?> writer : running) {
        writer.get(60, TimeUnit.SECONDS);
      }
      writers.shutdownNow();
    }
    assertEquals(0, serverErrors.get(), "writes answered without a server error");
  }

  private static Random random(int writer, int n) {
    return new Random(SEED + 31L * writer + n);
  }

  /**
   * A CSV whose reading fails after some pages were sent is broken off (no last chunk): a CSV has
   * no end of its own, so one cut short would read as a complete, smaller timeline. The failure is
   * injected by the link reads of the 12th page (77 events written, more than the response's
   * buffer), for this test only.
   */
  @Test
  @DisabledOnIntegrationTest(
      "the failure is injected with a mock, which the packaged jar cannot take")
  void aCsvThatFailsMidwayIsBrokenOffNotEndedAsComplete() throws Exception {
    TestBundle data = new TestBundle();
    String topic = data.topic("broken");
    Random random = new Random(SEED);
    String summary = "A summary of some length. ".repeat(24);
    for (int i = 0; i < 300; i++) {
      data.event("b" + i, randomDate(random), e -> e.summary(summary).topic(topic));
    }
    Api.importBundle(data.build());
    EventLinkRepository real =
        ClientProxy.unwrap(Arc.container().instance(EventLinkRepository.class).get());
    AtomicInteger pages = new AtomicInteger();
    QuarkusMock.installMockForType(
        new EventLinkRepository() {
          @Override
          public EventLinks links(List<Long> ids) {
            if (pages.incrementAndGet() == 40) {
              throw new IllegalStateException("injected fault");
            }
            return real.links(ids);
          }

          @Override
          public List<Event> load(List<Long> ids) {
            return real.load(ids);
          }
        },
        EventLinkRepository.class);

    RawDownload csv = RawDownload.get(server, "/api/v1/events?format=csv&topic=" + topic);

    assertTrue(csv.head().startsWith("HTTP/1.1 200"), csv.head());
    assertTrue(pages.get() >= 40, "the failing page was read: " + pages.get());
    long rows = csv.text().lines().count();
    assertTrue(rows > 1 && rows < 301, "part of the CSV was sent: " + rows + " lines");
    assertFalse(csv.endedWithLastChunk(), "the response ended with its last chunk");
  }

  private static String randomEvent(TestBundle data, String name, Random random, String topic) {
    return data.event(
        name,
        randomDate(random),
        e ->
            e.title("Event " + name + " " + WORDS.get(random.nextInt(WORDS.size())))
                .type(TYPES.get(random.nextInt(TYPES.size())))
                .countries(COUNTRIES.get(random.nextInt(COUNTRIES.size())))
                .topic(topic));
  }

  private static String randomDate(Random random) {
    int year = 1990 + random.nextInt(36);
    String month = String.format("%d-%02d", year, 1 + random.nextInt(12));
    return switch (random.nextInt(5)) {
      case 0 -> month + String.format("-%02d", 1 + random.nextInt(28));
      case 1 -> month;
      case 2 -> String.valueOf(year);
      case 3 -> year + "/" + (year + random.nextInt(10));
      default -> year + "/..";
    };
  }

  /** The topic and at random a country, type, word, range and order. */
  private static Map<String, Object> randomFilter(Random random, String topic) {
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("topic", topic);
    if (random.nextInt(3) == 0) {
      filter.put("country", COUNTRIES.get(random.nextInt(COUNTRIES.size())));
    }
    if (random.nextInt(4) == 0) {
      filter.put("type", TYPES.get(random.nextInt(TYPES.size())));
    }
    if (random.nextInt(4) == 0) {
      filter.put("q", WORDS.get(random.nextInt(WORDS.size())));
    }
    if (random.nextInt(3) == 0) {
      int from = 1990 + random.nextInt(30);
      filter.put("from", String.valueOf(from));
      filter.put("to", String.valueOf(from + random.nextInt(10)));
      if (random.nextBoolean()) {
        filter.put("match", "within");
      }
    }
    filter.put("sort", SORTS.get(random.nextInt(SORTS.size())));
    return filter;
  }

  private static RequestSpecification query(Map<String, Object> filter, Instant asOf) {
    RequestSpecification request = given().queryParams(filter);
    return asOf == null ? request : request.queryParam("asOf", asOf.toString());
  }

  /** The ids of the list, page by page (10 events each) with its cursor. */
  private static List<String> listed(Map<String, Object> filter, Instant asOf) {
    return Api.walk(() -> query(filter, asOf).queryParam("limit", 10), "/api/v1/events", 10_000);
  }

  /** The ids in the CSV of the same question. */
  private static List<String> csvIds(Map<String, Object> filter, Instant asOf) throws IOException {
    String text =
        query(filter, asOf)
            .accept("text/csv")
            .when()
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> ids = new ArrayList<>();
    try (MappingIterator<String[]> rows =
        CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
      assertEquals("id", rows.nextValue()[0], "the header");
      while (rows.hasNextValue()) {
        ids.add(rows.nextValue()[0]);
      }
    }
    return ids;
  }

  /** Which of {@code ours} GET /export holds, each checked to be there once. */
  private static Set<String> exported(Set<String> ours) {
    List<String> all = JsonPath.from(Api.export()).getList("events.id", String.class);
    assertEquals(all.size(), new HashSet<>(all).size(), "no event twice in the export");
    Set<String> found = new HashSet<>(all);
    found.retainAll(ours);
    assertTrue(found.size() <= ours.size());
    return found;
  }

  private static int create(String id, String topic, Random random) {
    return given()
        .auth()
        .oauth2(Tokens.editor())
        .contentType(ContentType.JSON)
        .body(
            Api.json(
                Map.of(
                    "id",
                    id,
                    "title",
                    "Event " + id,
                    "date",
                    randomDate(random),
                    "type",
                    "statement",
                    "topics",
                    List.of(topic),
                    "countries",
                    List.of("MX"),
                    "corroboration",
                    "single-source")))
        .when()
        .post("/api/v1/events")
        .statusCode();
  }

  private static void delete(String id) {
    assertEquals(204, deleteStatus(id), "deleting " + id);
  }

  private static int deleteStatus(String id) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .header("If-Match", "\"0\"")
        .when()
        .delete("/api/v1/events/" + id)
        .statusCode();
  }
}
