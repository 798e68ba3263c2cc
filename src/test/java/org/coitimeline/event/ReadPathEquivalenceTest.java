package org.coitimeline.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.support.Api;
import org.coitimeline.support.ConcurrentWrites;
import org.coitimeline.support.TestBundle;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The read paths of issue 11 give the same answers as the plain ones, on seeded random data and
 * filters: the histogram from the counts kept on write (event_month_count) against the count over
 * the events, also in one snapshot while other threads create, change and delete events, and
 * against the as-of count over the history; pages built from scalar projections against the same
 * pages read from history (entities and their collections) with {@code asOf}; range pages read in
 * parts (TimelineRepository.OverlapPart) against the plain predicate, also page by page with the
 * cursor and while other threads write.
 */
@QuarkusTest
class ReadPathEquivalenceTest {
  private static final long SEED = Long.getLong("equivalence.seed", System.nanoTime());
  private static final List<String> TYPES =
      List.of("statement", "lawsuit", "arrest", "report", "policy");
  private static final List<String> CORROBORATIONS =
      List.of("corroborated", "single-source", "not-corroborated");
  private static final List<String> COUNTRIES = List.of("MX", "US", "GT");

  @Inject TimelineRepository timeline;
  @Inject AggregateRepository aggregates;
  @Inject EntityManager em;
  @Inject EventLinkRepository eventLinks;

  @Test
  void histogramFromCountsKeptEqualsTheCountOverEventsUnderConcurrentWrites() throws Exception {
    System.out.println("ReadPathEquivalenceTest seed " + SEED + " (-Dequivalence.seed=)");
    Random random = new Random(SEED);
    TestBundle data = new TestBundle();
    String topic = data.topic("histogram");
    String actor = data.actor("counted");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ids.add(randomEvent(data, "h" + i, random, topic, actor));
    }
    Api.importBundle(data.build());

    for (int i = 0; i < 40; i++) {
      EventFilter filter = randomHistogramFilter(random, topic, actor);
      boolean monthly = random.nextBoolean();
      assertEquals(
          plain(filter, monthly), http(filter, monthly), "histogram " + describe(filter, monthly));
    }

    // Writers change what is counted (dates, types, corroboration, deletions) while a reader
    // compares the kept counts with the count over the events in one snapshot.
    compareWhileWriting(
        SEED + 1,
        500,
        r -> {
          EventFilter filter = randomKeptFilter(r);
          boolean monthly = r.nextBoolean();
          List<Object> kept = List.copyOf(timeline.countsKept(filter, monthly));
          List<Object> counted = List.copyOf(timeline.counted(filter, monthly, null));
          return kept.equals(counted) ? null : describe(filter, monthly) + ": " + kept + counted;
        },
        n ->
            concurrentWrite(
                n, SEED * 31, ids, (one, r) -> randomEvent(one, "w" + n, r, topic, actor)),
        "kept counts differ from the count");

    Instant afterWrites = Instant.now();
    for (int i = 0; i < 30; i++) {
      EventFilter filter =
          i % 2 == 0 ? randomKeptFilter(random) : randomHistogramFilter(random, topic, actor);
      boolean monthly = random.nextBoolean();
      List<TimelineRepository.PeriodCount> plain = plain(filter, monthly);
      assertEquals(plain, http(filter, monthly), "after writes " + describe(filter, monthly));
      if (TimelineRepository.countedOnWrite(filter)) {
        // The same counts as of now, counted over the history tables.
        assertEquals(
            plain, http(filter, monthly, afterWrites), "as of " + describe(filter, monthly));
      }
    }
  }

  @Test
  void linksReadAsARangeOfIdsEqualLinksReadAsAList() {
    Random random = new Random(SEED + 5);
    TestBundle data = new TestBundle();
    String topic = data.topic("ranged");
    List<String> actors = List.of(data.actor("rangedone"), data.actor("rangedtwo"));
    List<String> sources =
        List.of(data.source("Ranged 1 Jan. 2021"), data.source("Ranged 2 Feb. 2021"));
    List<String> slugs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String related = slugs.isEmpty() ? null : slugs.get(random.nextInt(slugs.size()));
      slugs.add(
          data.event(
              "range" + i,
              randomDate(random),
              e -> {
                e.countries(COUNTRIES.get(random.nextInt(3)));
                if (random.nextBoolean()) {
                  e.topic(topic);
                }
                for (int a = random.nextInt(3); a > 0; a--) {
                  e.actor(actors.get(random.nextInt(2)), a == 1 ? "subject" : "victim");
                }
                e.source(sources.get(random.nextInt(2)), "p. " + random.nextInt(100));
                if (random.nextBoolean()) {
                  e.figure("things", String.valueOf(random.nextInt(1000)), "things", null);
                }
                if (related != null && random.nextBoolean()) {
                  e.related(related, "follows");
                }
              }));
    }
    Response imported = Api.postBundle(data.build());
    assertEquals(200, imported.statusCode(), imported.asString());
    List<Long> stored =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em
                        .createNativeQuery(
                            "SELECT id FROM event WHERE slug IN (:slugs) ORDER BY id")
                        .setParameter("slugs", slugs)
                        .getResultList()
                        .stream()
                        .map(id -> ((Number) id).longValue())
                        .toList());
    assertEquals(slugs.size(), stored.size());
    // Windows of consecutive ids with holes: the range reads the holes' links too, which must be
    // dropped; as a list, only the ids' own links are read.
    for (int i = 0; i < 30; i++) {
      int from = random.nextInt(stored.size());
      int to = Math.min(stored.size(), from + 1 + random.nextInt(20));
      List<Long> ids = new ArrayList<>();
      for (Long id : stored.subList(from, to)) {
        if (ids.isEmpty() || random.nextInt(3) > 0) {
          ids.add(id);
        }
      }
      java.util.Collections.shuffle(ids, random);
      // Rendered for every stored id: an id outside the page has no links either way.
      assertEquals(
          rendered(eventLinks.links(ids, false), stored),
          rendered(eventLinks.links(ids, true), stored),
          "links of " + ids);
    }
  }

  /** Every link of each event, in its stored order, as text. */
  private static String rendered(EventLinks links, List<Long> ids) {
    StringBuilder out = new StringBuilder();
    for (Long id : ids) {
      EventLinks.Of of = links.of(id);
      out.append(id).append(of.countries).append(of.topics);
      of.figures.forEach(f -> out.append(f.label).append(f.value).append(f.unit));
      of.actors.forEach(l -> out.append(l.roleCode).append(l.actor.slug).append(l.actor.name));
      of.sources.forEach(l -> out.append(l.pinpoint).append(l.source.slug));
      of.related.forEach(l -> out.append(l.relationCode).append(l.relatedEvent.slug));
      out.append('\n');
    }
    return out.toString();
  }

  @Test
  void pagesFromProjectionsEqualPagesReadFromHistory() {
    Random random = new Random(SEED + 2);
    TestBundle data = new TestBundle();
    String topic = data.topic("pages");
    String actor = data.actor("paged");
    String other = data.actor("other");
    String source = data.source("Paged 1 Jan. 2021");
    String previous = null;
    for (int i = 0; i < 40; i++) {
      String related = previous;
      previous =
          data.event(
              "p" + i,
              randomDate(random),
              e -> {
                e.type(TYPES.get(random.nextInt(TYPES.size()))).topic(topic);
                e.actor(random.nextBoolean() ? actor : other, "subject");
                e.source(source, "p. " + random.nextInt(100));
                if (random.nextBoolean()) {
                  e.figure("things", String.valueOf(random.nextInt(1000)), "things", null);
                }
                if (related != null && random.nextBoolean()) {
                  e.related(related, "follows");
                }
                e.countries(COUNTRIES.get(random.nextInt(3)));
              });
    }
    Api.importBundle(data.build());
    Instant now = Instant.now();
    for (int i = 0; i < 15; i++) {
      Map<String, Object> query = new LinkedHashMap<>();
      query.put("topic", topic);
      query.put("limit", 1 + random.nextInt(30));
      if (random.nextBoolean()) {
        query.put("actor", random.nextBoolean() ? actor : other);
      }
      if (random.nextBoolean()) {
        int year = 1995 + random.nextInt(30);
        query.put("from", String.valueOf(year));
        query.put("to", String.valueOf(year + random.nextInt(8)));
        query.put("match", random.nextBoolean() ? "overlaps" : "within");
      }
      if (random.nextBoolean()) {
        query.put("sort", random.nextBoolean() ? "-date" : "date");
      }
      Object current = page(query, null);
      assertEquals(page(query, now), current, "page " + query);
    }
  }

  @Test
  void rangePagesReadInPartsEqualThePlainPredicateAlsoUnderConcurrentWrites() throws Exception {
    Random random = new Random(SEED + 3);
    TestBundle data = new TestBundle();
    String topic = data.topic("ranges");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      ids.add(rangeEvent(data, "r" + i, random, topic));
    }
    Api.importBundle(data.build());

    for (int i = 0; i < 60; i++) {
      EventFilter filter = randomRangeFilter(random, topic);
      EventSort sort = random.nextBoolean() ? EventSort.DATE : EventSort.DATE_DESC;
      int limit = 1 + random.nextInt(12);
      assertEquals(
          null,
          QuarkusTransaction.requiringNew().call(() -> walkDiffers(filter, sort, limit)),
          "pages read in parts");
    }

    // Writers move events in time, create long and open ones and delete others (which the triggers
    // of event_year follow) while a reader walks pages and reads the plain predicate in one
    // snapshot.
    compareWhileWriting(
        SEED + 4,
        300,
        r -> {
          EventFilter filter = randomRangeFilter(r, topic);
          EventSort sort = r.nextBoolean() ? EventSort.DATE : EventSort.DATE_DESC;
          return walkDiffers(filter, sort, 1 + r.nextInt(12));
        },
        n -> concurrentWrite(n, SEED * 37, ids, (one, r) -> rangeEvent(one, "w" + n, r, topic)),
        "pages read in parts differ");

    // The same over HTTP, every page with the cursor of the one before.
    for (int i = 0; i < 16; i++) {
      EventFilter filter = randomRangeFilter(random, topic);
      if (filter.topics().isEmpty()) {
        continue;
      }
      EventSort sort = random.nextBoolean() ? EventSort.DATE : EventSort.DATE_DESC;
      List<String> expected =
          QuarkusTransaction.requiringNew()
              .call(() -> plainPage(filter, sort, 10_000).stream().map(r -> r.slug()).toList());
      assertEquals(
          expected,
          walkOverHttp(filter, sort, 1 + random.nextInt(10)),
          "over HTTP " + sort + " " + filter.canonical() + " (seed " + SEED + ")");
    }
  }

  @Test
  void linkAndTextWalksEqualThePlainPredicateAlsoUnderConcurrentWrites() throws Exception {
    Random random = new Random(SEED + 5);
    TestBundle data = new TestBundle();
    List<String> topics = List.of(data.topic("walk-a"), data.topic("walk-b"));
    List<String> actors =
        List.of(data.actor("walker-a"), data.actor("walker-b"), data.actor("walker-c"));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      ids.add(linkEvent(data, "l" + i, random, topics, actors));
    }
    Api.importBundle(data.build());

    // Budgets from a few rows (the walk stops and the full-text index answers) to the service's.
    int[] budgets = {3, 20, 150, TimelineRepository.TEXT_WALK_ROWS};
    for (int i = 0; i < 80; i++) {
      EventFilter filter = randomLinkFilter(random, topics, actors);
      EventSort sort = random.nextBoolean() ? EventSort.DATE : EventSort.DATE_DESC;
      int limit = 1 + random.nextInt(12);
      int budget = budgets[random.nextInt(budgets.length)];
      assertEquals(
          null,
          QuarkusTransaction.requiringNew().call(() -> walkDiffers(filter, sort, limit, budget)),
          "link and text walks");
    }

    // Writers move events in time, change their links and delete them (which the triggers of V10
    // copy into the links) while a reader compares in one snapshot. Without words: InnoDB's
    // full-text index, which the plain predicate asks, answers from the latest committed text,
    // not from the snapshot.
    compareWhileWriting(
        SEED + 6,
        300,
        r -> {
          EventFilter filter = withoutWords(randomLinkFilter(r, topics, actors));
          EventSort sort = r.nextBoolean() ? EventSort.DATE : EventSort.DATE_DESC;
          return walkDiffers(filter, sort, 1 + r.nextInt(12), budgets[r.nextInt(budgets.length)]);
        },
        n ->
            concurrentWrite(
                n, SEED * 41, ids, (one, r) -> linkEvent(one, "w" + n, r, topics, actors)),
        "link and text walks differ");
  }

  private static EventFilter withoutWords(EventFilter f) {
    return new EventFilter(
        f.from(),
        f.to(),
        f.match(),
        f.countries(),
        f.actors(),
        f.topics(),
        f.types(),
        f.sources(),
        f.corroborations(),
        List.of(),
        f.scopeActor(),
        f.scopeSource());
  }

  /**
   * Words with accents, capitals, digits, underscores and apostrophes, joined by spaces and
   * punctuation: where the walk's check and the full-text parser could split them differently.
   */
  private static final List<String> TEXT_WORDS =
      List.of(
          "Policía",
          "policial",
          "datos",
          "acceso_base",
          "l'état",
          "état",
          "Pegasus",
          "spyware",
          "CURP",
          "curp2020",
          "Ñandú",
          "naïve",
          "journalists",
          "base",
          "ETAT");

  private static final List<String> QUERY_WORDS =
      List.of(
          "poli",
          "policia",
          "policía",
          "dat",
          "acceso",
          "base",
          "etat",
          "état",
          "pegasus",
          "spy",
          "curp",
          "curp2020",
          "nandu",
          "ñandú",
          "naive",
          "journalist",
          "zzz",
          "2020");

  private static final List<String> SEPARATORS = List.of(" ", ", ", " - ", "/", ". ", " (", ") ");

  private static String randomText(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : SEPARATORS.get(random.nextInt(SEPARATORS.size())))
          .append(TEXT_WORDS.get(random.nextInt(TEXT_WORDS.size())));
    }
    return text.toString();
  }

  private static String linkEvent(
      TestBundle data, String name, Random random, List<String> topics, List<String> actors) {
    return data.event(
        name,
        randomRangeDate(random),
        e -> {
          e.type(TYPES.get(random.nextInt(TYPES.size())))
              .countries(COUNTRIES.get(random.nextInt(3)))
              .title(randomText(random, 1 + random.nextInt(4)))
              .summary(randomText(random, random.nextInt(8)));
          for (String topic : topics) {
            if (random.nextInt(3) > 0) {
              e.topic(topic);
            }
          }
          for (String actor : actors) {
            if (random.nextInt(3) == 0) {
              e.actor(actor, "subject");
              if (random.nextInt(4) == 0) {
                e.actor(actor, "perpetrator");
              }
            }
          }
        });
  }

  /**
   * One or more link filters (actors, topics, countries: one value or several), often words, a
   * range at times (ranges with a start and overlaps are read in parts), types at times.
   */
  private static EventFilter randomLinkFilter(
      Random random, List<String> topics, List<String> actors) {
    EventFilter range = randomRangeFilter(random, topics.get(0));
    boolean parts = range.from() != null && range.match() == EventFilter.Match.OVERLAPS;
    List<String> words = new ArrayList<>();
    for (int i = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(2); i > 0; i--) {
      words.add(QUERY_WORDS.get(random.nextInt(QUERY_WORDS.size())));
    }
    return new EventFilter(
        random.nextInt(3) == 0 && !parts ? range.from() : null,
        random.nextInt(3) == 0 ? range.to() : null,
        range.match(),
        random.nextInt(3) == 0 ? subset(random, COUNTRIES) : Set.of(),
        random.nextInt(2) == 0 ? subset(random, actors) : Set.of(),
        random.nextInt(2) == 0 ? subset(random, topics) : Set.of(),
        random.nextInt(5) == 0 ? subset(random, TYPES) : Set.of(),
        Set.of(),
        Set.of(),
        List.copyOf(new java.util.LinkedHashSet<>(words)),
        null,
        null);
  }

  /**
   * Null when up to five pages of {@code limit}, each after the key of the one before, are the
   * first rows of the plain predicate; otherwise what differs.
   */
  private String walkDiffers(EventFilter filter, EventSort sort, int limit) {
    return walkDiffers(filter, sort, limit, TimelineRepository.TEXT_WALK_ROWS);
  }

  /** The same, a walk looking for words examining at most {@code textWalkRows} rows. */
  private String walkDiffers(EventFilter filter, EventSort sort, int limit, int textWalkRows) {
    List<TimelineRepository.PageRow> walked = new ArrayList<>();
    List<String> after = null;
    for (int page = 0; page < 5; page++) {
      List<TimelineRepository.PageRow> rows =
          timeline.page(filter, sort, after, limit, null, textWalkRows);
      walked.addAll(rows);
      if (rows.size() < limit) {
        break;
      }
      after = rows.get(rows.size() - 1).key();
    }
    List<TimelineRepository.PageRow> plain = plainPage(filter, sort, 5 * limit);
    // When each event was last written is read only where a statement needs it (not for a date
    // order of now), so the pages are compared by their events and keys.
    if (eventsAndKeys(plain).equals(eventsAndKeys(walked))) {
      return null;
    }
    return sort
        + " limit "
        + limit
        + " "
        + filter.canonical()
        + " walk budget "
        + textWalkRows
        + " (seed "
        + SEED
        + "): plain "
        + plain.stream().map(r -> r.key()).toList()
        + ", in parts "
        + walked.stream().map(r -> r.key()).toList();
  }

  /**
   * The first rows of the filter's events in date order by the plain predicate of the API
   * (overlaps: the possible span meets [from, to]; within: it lies inside), written out here.
   */
  private List<TimelineRepository.PageRow> plainPage(
      EventFilter filter, EventSort sort, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT e.id, e.start_earliest, e.end_latest, e.updated_at, e.slug FROM event e"
                + " WHERE e.deleted_at IS NULL");
    String from = filter.from() == null ? null : "'" + filter.from() + "'";
    String to = filter.to() == null ? null : "'" + filter.to() + "'";
    if (filter.match() == EventFilter.Match.OVERLAPS) {
      sql.append(to == null ? "" : " AND e.start_earliest <= " + to);
      sql.append(from == null ? "" : " AND e.end_latest >= " + from);
    } else {
      sql.append(from == null ? "" : " AND e.start_earliest >= " + from);
      sql.append(to == null ? "" : " AND e.end_latest <= " + to);
    }
    if (!filter.topics().isEmpty()) {
      sql.append(" AND e.id IN (SELECT event_id FROM event_topic WHERE topic_code IN ")
          .append(quoted(filter.topics()))
          .append(")");
    }
    if (!filter.countries().isEmpty()) {
      sql.append(" AND e.id IN (SELECT event_id FROM event_country WHERE country IN ")
          .append(quoted(filter.countries()))
          .append(")");
    }
    if (!filter.actors().isEmpty()) {
      sql.append(" AND e.id IN (SELECT ea.event_id FROM event_actor ea JOIN actor a")
          .append(" ON a.id = ea.actor_id WHERE a.slug IN ")
          .append(quoted(filter.actors()))
          .append(")");
    }
    if (!filter.types().isEmpty()) {
      sql.append(" AND e.type_code IN ").append(quoted(filter.types()));
    }
    for (String word : filter.words()) {
      // The full-text index alone, as q was answered before the walks.
      sql.append(" AND MATCH(e.title, e.summary) AGAINST('+" + word + "*' IN BOOLEAN MODE)");
    }
    String direction = sort == EventSort.DATE_DESC ? " DESC" : "";
    sql.append(" ORDER BY e.start_earliest" + direction + ", e.end_latest" + direction)
        .append(", e.slug" + direction + " LIMIT " + limit);
    List<TimelineRepository.PageRow> rows = new ArrayList<>();
    for (Object row : em.createNativeQuery(sql.toString()).getResultList()) {
      Object[] columns = (Object[]) row;
      String slug = (String) columns[4];
      rows.add(
          new TimelineRepository.PageRow(
              ((Number) columns[0]).longValue(),
              List.of(day(columns[1]), day(columns[2]), slug),
              slug,
              utc(columns[3])));
    }
    return rows;
  }

  private static List<List<Object>> eventsAndKeys(List<TimelineRepository.PageRow> rows) {
    return rows.stream().map(r -> List.<Object>of(r.id(), r.key(), r.slug())).toList();
  }

  private static String day(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate().toString() : value.toString();
  }

  private static Instant utc(Object value) {
    return value instanceof Timestamp timestamp
        ? timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC)
        : ((java.time.LocalDateTime) value).toInstant(ZoneOffset.UTC);
  }

  private static String quoted(Set<String> values) {
    return "('" + String.join("', '", values) + "')";
  }

  private static List<String> walkOverHttp(EventFilter filter, EventSort sort, int limit) {
    return Api.walk(
        () -> {
          RequestSpecification request =
              given()
                  .queryParam("limit", limit)
                  .queryParam("sort", sort == EventSort.DATE ? "date" : "-date")
                  .queryParam("match", filter.match().name().toLowerCase(java.util.Locale.ROOT));
          if (filter.from() != null) {
            request.queryParam("from", filter.from().toString());
          }
          if (filter.to() != null) {
            request.queryParam("to", filter.to().toString());
          }
          filter.topics().forEach(t -> request.queryParam("topic", t));
          filter.countries().forEach(c -> request.queryParam("country", c));
          filter.types().forEach(t -> request.queryParam("type", t));
          return request;
        },
        "/api/v1/events",
        500 * limit);
  }

  /**
   * Compares again and again, each time in one snapshot of its own, while four threads send 80
   * writes: {@code compare} draws what to compare and answers null when both sides agree, else what
   * differs. No write may be answered with a 5xx, at least one comparison must run, none may
   * differ.
   */
  private void compareWhileWriting(
      long seed,
      int maxComparisons,
      Function<Random, String> compare,
      IntFunction<Integer> write,
      String what)
      throws Exception {
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger comparisons = new AtomicInteger();
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    Thread reader =
        new Thread(
            () -> {
              Random r = new Random(seed);
              while (writing.get() && comparisons.get() < maxComparisons) {
                String differs =
                    QuarkusTransaction.requiringNew()
                        .call(
                            () -> {
                              aggregates.readOneSnapshot();
                              return compare.apply(r);
                            });
                if (differs != null) {
                  mismatches.add(differs);
                }
                comparisons.incrementAndGet();
              }
            });
    reader.start();
    Map<Integer, Integer> statuses;
    try {
      statuses = ConcurrentWrites.answers(4, 80, 300, write);
    } finally {
      writing.set(false);
      reader.join(120_000);
    }
    assertEquals(0, ConcurrentWrites.serverErrors(statuses), "writes answered " + statuses);
    assertTrue(comparisons.get() > 0, "the reader compared");
    assertEquals(List.of(), List.copyOf(mismatches), what);
  }

  /**
   * A write of a concurrent phase, drawn from {@code n}: every tenth deletes a stored event, every
   * third gives a stored event the content {@code event} draws (another date, type ...), the others
   * create the event it draws.
   */
  private static int concurrentWrite(
      int n, long salt, List<String> ids, BiFunction<TestBundle, Random, String> event) {
    Random r = new Random(salt + n);
    String id = ids.get(r.nextInt(ids.size()));
    if (n % 10 == 9) {
      return given()
          .auth()
          .oauth2(Tokens.admin())
          .when()
          .delete("/api/v1/events/" + id)
          .statusCode();
    }
    TestBundle one = new TestBundle();
    event.apply(one, r);
    Map<String, Object> bundle = one.build();
    if (n % 3 == 0) {
      @SuppressWarnings("unchecked")
      Map<String, Object> stored = ((List<Map<String, Object>>) bundle.get("events")).get(0);
      stored.put("id", id);
    }
    return Api.postBundle(bundle).statusCode();
  }

  private static String rangeEvent(TestBundle data, String name, Random random, String topic) {
    return data.event(
        name,
        randomRangeDate(random),
        e -> {
          e.type(TYPES.get(random.nextInt(TYPES.size())))
              .countries(COUNTRIES.get(random.nextInt(3)));
          if (random.nextInt(4) > 0) {
            e.topic(topic);
          }
        });
  }

  /** Days, months, years, short and long intervals, open starts and open ends, 1900 to 2100. */
  private static String randomRangeDate(Random random) {
    int year = 1900 + random.nextInt(201);
    String month = String.format("%d-%02d", year, 1 + random.nextInt(12));
    return switch (random.nextInt(8)) {
      case 0 -> month + String.format("-%02d", 1 + random.nextInt(28));
      case 1 -> month;
      case 2 -> String.valueOf(year);
      case 3 -> month + "/" + String.format("%d-%02d", year + 1, 1 + random.nextInt(12));
      case 4 -> year + "/" + (year + 5 + random.nextInt(120));
      case 5 -> month + "/..";
      case 6 -> "../" + month;
      default -> month + "/" + (year + random.nextInt(3));
    };
  }

  /**
   * A range early, in the middle or late in the data, by year, month or day, with both ends, only
   * from or only to; overlaps mostly, within sometimes; often with other filters.
   */
  private static EventFilter randomRangeFilter(Random random, String topic) {
    int year =
        switch (random.nextInt(3)) {
          case 0 -> 1890 + random.nextInt(40);
          case 1 -> 1980 + random.nextInt(40);
          default -> 2060 + random.nextInt(50);
        };
    LocalDate from = rangeBound(random, year, true);
    LocalDate to = rangeBound(random, year + random.nextInt(15), false);
    if (to.isBefore(from)) {
      to = from.plusDays(random.nextInt(400));
    }
    switch (random.nextInt(4)) {
      case 0 -> from = null;
      case 1 -> to = null;
      default -> {}
    }
    return new EventFilter(
        from,
        to,
        random.nextInt(4) == 0 ? EventFilter.Match.WITHIN : EventFilter.Match.OVERLAPS,
        random.nextInt(5) == 0 ? Set.of(COUNTRIES.get(random.nextInt(3))) : Set.of(),
        Set.of(),
        random.nextInt(3) > 0 ? Set.of(topic) : Set.of(),
        random.nextInt(5) == 0 ? subset(random, TYPES) : Set.of(),
        Set.of(),
        Set.of(),
        List.of(),
        null,
        null);
  }

  /** The first (or last) day of a year or a month, or a day. */
  private static LocalDate rangeBound(Random random, int year, boolean start) {
    LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    return switch (random.nextInt(3)) {
      case 0 -> start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      case 1 -> start ? day.withDayOfMonth(1) : day.withDayOfMonth(day.lengthOfMonth());
      default -> day;
    };
  }

  private static Object page(Map<String, Object> query, Instant asOf) {
    var request = given().queryParams(query);
    if (asOf != null) {
      request = request.queryParam("asOf", asOf.toString());
    }
    Response response = request.when().get("/api/v1/events");
    response.then().statusCode(200);
    return response.jsonPath().getList("items");
  }

  private static String randomEvent(
      TestBundle data, String name, Random random, String topic, String actor) {
    return data.event(
        name,
        randomDate(random),
        e -> {
          e.type(TYPES.get(random.nextInt(TYPES.size())))
              .corroboration(CORROBORATIONS.get(random.nextInt(3)))
              .countries(COUNTRIES.get(random.nextInt(3)));
          if (random.nextBoolean()) {
            e.topic(topic);
          }
          if (random.nextBoolean()) {
            e.actor(actor, "subject");
          }
        });
  }

  /** A day, a month, a year, an interval or an open interval between 1990 and 2025. */
  private static String randomDate(Random random) {
    int year = 1990 + random.nextInt(36);
    String month = String.format("%d-%02d", year, 1 + random.nextInt(12));
    return switch (random.nextInt(6)) {
      case 0 -> month + String.format("-%02d", 1 + random.nextInt(28));
      case 1 -> month;
      case 2 -> String.valueOf(year);
      case 3 -> year + "/" + (year + random.nextInt(10));
      case 4 -> year + "/..";
      default -> "../" + month;
    };
  }

  /** Filters the kept counts answer: none, types, corroborations. */
  private static EventFilter randomKeptFilter(Random random) {
    return filter(
        null, null, Set.of(), Set.of(), subset(random, TYPES), subset(random, CORROBORATIONS));
  }

  /** Any filter the histogram takes, often one the kept counts cannot answer. */
  private static EventFilter randomHistogramFilter(Random random, String topic, String actor) {
    java.time.LocalDate from = null;
    java.time.LocalDate to = null;
    if (random.nextInt(3) == 0) {
      int year = 1990 + random.nextInt(36);
      from = java.time.LocalDate.of(year, 1, 1);
      to = java.time.LocalDate.of(year + random.nextInt(6), 12, 31);
    }
    return filter(
        from,
        to,
        random.nextInt(3) == 0 ? Set.of(topic) : Set.of(),
        random.nextInt(3) == 0 ? Set.of(actor) : Set.of(),
        subset(random, TYPES),
        subset(random, CORROBORATIONS));
  }

  private static EventFilter filter(
      java.time.LocalDate from,
      java.time.LocalDate to,
      Set<String> topics,
      Set<String> actors,
      Set<String> types,
      Set<String> corroborations) {
    return new EventFilter(
        from,
        to,
        EventFilter.Match.OVERLAPS,
        Set.of(),
        actors,
        topics,
        types,
        Set.of(),
        corroborations,
        List.of(),
        null,
        null);
  }

  private static Set<String> subset(Random random, List<String> values) {
    if (random.nextBoolean()) {
      return Set.of();
    }
    Set<String> subset = new java.util.TreeSet<>();
    int n = 1 + random.nextInt(values.size());
    for (int i = 0; i < n; i++) {
      subset.add(values.get(random.nextInt(values.size())));
    }
    return subset;
  }

  private List<TimelineRepository.PeriodCount> plain(EventFilter filter, boolean monthly) {
    return QuarkusTransaction.requiringNew()
        .call(() -> List.copyOf(timeline.counted(filter, monthly, null)));
  }

  private static List<TimelineRepository.PeriodCount> http(EventFilter filter, boolean monthly) {
    return http(filter, monthly, null);
  }

  private static List<TimelineRepository.PeriodCount> http(
      EventFilter filter, boolean monthly, Instant asOf) {
    var request = given().queryParam("interval", monthly ? "month" : "year");
    if (asOf != null) {
      request = request.queryParam("asOf", asOf.toString());
    }
    if (filter.from() != null) {
      request = request.queryParam("from", filter.from().toString());
      request = request.queryParam("to", filter.to().toString());
    }
    for (String t : filter.types()) {
      request = request.queryParam("type", t);
    }
    for (String c : filter.corroborations()) {
      request = request.queryParam("corroboration", c);
    }
    for (String t : filter.topics()) {
      request = request.queryParam("topic", t);
    }
    for (String a : filter.actors()) {
      request = request.queryParam("actor", a);
    }
    Response response = request.when().get("/api/v1/timeline/histogram");
    response.then().statusCode(200);
    List<TimelineRepository.PeriodCount> counts = new ArrayList<>();
    for (Map<String, Object> bucket : response.jsonPath().<Map<String, Object>>getList("")) {
      counts.add(
          new TimelineRepository.PeriodCount(
              (String) bucket.get("period"), ((Number) bucket.get("count")).longValue()));
    }
    return counts;
  }

  private static String describe(EventFilter filter, boolean monthly) {
    return (monthly ? "month " : "year ") + filter.canonical() + " (seed " + SEED + ")";
  }
}
