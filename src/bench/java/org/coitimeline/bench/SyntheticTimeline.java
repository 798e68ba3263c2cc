package org.coitimeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded synthetic events of the shape of issue 11: 300 actors, 100 sources, 8 countries, the seed
 * data set's topics and event types, 1-4 actors and 1-3 sources per event, dates 40 % day, 25 %
 * month, 15 % year, 15 % interval, 5 % open over 1990-2025, titles and summaries drawn from the
 * words of the seed data set with a Zipf distribution (so some words are in most events and some in
 * very few). Emitted as import bundles of at most a given size; the same seed gives the same bytes.
 */
final class SyntheticTimeline {
  static final int ACTORS = 300;
  static final int SOURCES = 100;
  static final List<String> COUNTRIES = List.of("MX", "GT", "HN", "SV", "NI", "CO", "VE", "US");
  static final int FIRST_YEAR = 1990;
  static final int LAST_YEAR = 2025;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The controlled vocabularies and the words the generator draws from. */
  record Vocabulary(
      JsonNode seedVocabularies,
      List<String> topics,
      List<String> eventTypes,
      List<String> actorRoles,
      List<String> actorTypes,
      List<String> sourceTypes,
      List<String> words) {

    /**
     * Reads the seed data set (its topics, extra types and roles, and the words of its events) and
     * the built-in vocabularies of the V2 migration.
     */
    static Vocabulary read(Path repository) throws IOException {
      JsonNode seed =
          JSON.readTree(repository.resolve("src/main/resources/seed/mex200740e.json").toFile());
      String v2 =
          Files.readString(
              repository.resolve("src/main/resources/db/migration/V2__built_in_vocabularies.sql"));
      JsonNode vocabularies = seed.get("vocabularies");
      Set<String> words = new TreeSet<>();
      Matcher word = Pattern.compile("[a-z]{4,}").matcher("");
      for (JsonNode event : seed.get("events")) {
        word.reset(
            (event.path("title").asText() + " " + event.path("summary").asText())
                .toLowerCase(Locale.ROOT));
        while (word.find()) {
          words.add(word.group());
        }
      }
      return new Vocabulary(
          vocabularies,
          codes(vocabularies.get("topics"), v2, "topic"),
          codes(vocabularies.get("eventTypes"), v2, "event_type"),
          codes(vocabularies.get("actorRoles"), v2, "actor_role"),
          codes(vocabularies.get("actorTypes"), v2, "actor_type"),
          codes(vocabularies.get("sourceTypes"), v2, "source_type"),
          List.copyOf(words));
    }

    /** The built-in codes of a table (from V2) followed by the seed's own. */
    private static List<String> codes(JsonNode seedTerms, String v2, String table) {
      Set<String> codes = new LinkedHashSet<>();
      Matcher insert =
          Pattern.compile("INSERT INTO " + table + " \\(code[^;]*;", Pattern.DOTALL).matcher(v2);
      if (insert.find()) {
        Matcher code = Pattern.compile("\\(\\s*'([a-z0-9-]+)'").matcher(insert.group());
        while (code.find()) {
          codes.add(code.group(1));
        }
      }
      for (JsonNode term : seedTerms) {
        codes.add(term.get("code").asText());
      }
      return List.copyOf(codes);
    }
  }

  /** What the generated store holds, for choosing query parameters. */
  static final class Census {
    final Map<String, Integer> wordEvents = new HashMap<>();
    final int[] actorEvents = new int[ACTORS];
    final Map<String, Integer> countryTopicEvents = new HashMap<>();
    int events;

    String mostCommonWord() {
      return Collections.max(wordEvents.entrySet(), Map.Entry.comparingByValue()).getKey();
    }

    /** A word in about {@code share} of the events (at least one). */
    String wordNear(double share) {
      double target = Math.max(1, share * events);
      return wordEvents.entrySet().stream()
          .min((a, b) -> Double.compare(distance(a, target), distance(b, target)))
          .orElseThrow()
          .getKey();
    }

    private static double distance(Map.Entry<String, Integer> entry, double target) {
      return Math.abs(Math.log(entry.getValue() / target)) + entry.getKey().length() * 1e-9;
    }
  }

  private final Vocabulary vocabulary;
  private final Random random;
  private final int events;
  private final Zipf titleWords;
  private final Zipf actorPick;
  private final Zipf sourcePick;
  private final Zipf countryPick;
  private final List<String> words;
  final Census census = new Census();

  SyntheticTimeline(Vocabulary vocabulary, long seed, int events) {
    this.vocabulary = vocabulary;
    this.random = new Random(seed);
    this.events = events;
    List<String> shuffled = new ArrayList<>(vocabulary.words());
    Collections.shuffle(shuffled, random);
    this.words = shuffled;
    this.titleWords = new Zipf(words.size(), 1.0);
    this.actorPick = new Zipf(ACTORS, 0.8);
    this.sourcePick = new Zipf(SOURCES, 0.8);
    this.countryPick = new Zipf(COUNTRIES.size(), 1.0);
  }

  static String eventId(int i) {
    return String.format("bench-event-%07d", i);
  }

  static String actorId(int i) {
    return String.format("bench-actor-%03d", i);
  }

  static String sourceId(int i) {
    return String.format("bench-source-%03d", i);
  }

  /**
   * The import bundles, each at most {@code maxBytes} of JSON: the first has the seed's vocabulary
   * terms, the actors and the sources; every one after it only events.
   */
  Iterator<byte[]> bundles(int maxBytes) {
    return new Iterator<>() {
      private int next = 0;
      private boolean first = true;
      private byte[] pending;

      @Override
      public boolean hasNext() {
        return first || pending != null || next < events;
      }

      @Override
      public byte[] next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (first) {
          first = false;
          ObjectNode bundle = bundle();
          bundle.set("vocabularies", vocabulary.seedVocabularies());
          ArrayNode actors = bundle.putArray("actors");
          for (int i = 1; i <= ACTORS; i++) {
            actors.add(actor(i));
          }
          ArrayNode sources = bundle.putArray("sources");
          for (int i = 1; i <= SOURCES; i++) {
            sources.add(source(i));
          }
          return bytes(bundle);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(maxBytes);
        byte[] head =
            "{\"format\":\"coi-timeline-bundle\",\"formatVersion\":1,\"events\":["
                .getBytes(StandardCharsets.UTF_8);
        out.writeBytes(head);
        int count = 0;
        while (pending != null || next < events) {
          byte[] event = pending != null ? pending : bytes(event(++next));
          pending = null;
          if (count > 0 && out.size() + event.length + 3 > maxBytes) {
            pending = event;
            break;
          }
          if (count > 0) {
            out.write(',');
          }
          out.writeBytes(event);
          count++;
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
      }
    };
  }

  /**
   * The whole data set as one bundle, generated as it is read (never held whole): the seed's
   * vocabulary terms, the actors, the sources, then every event.
   */
  java.io.InputStream stream() {
    java.util.Enumeration<java.io.InputStream> pieces =
        new java.util.Enumeration<>() {
          private int next = -1;

          @Override
          public boolean hasMoreElements() {
            return next <= events;
          }

          @Override
          public java.io.InputStream nextElement() {
            byte[] piece;
            if (next == -1) {
              ObjectNode head = bundle();
              head.set("vocabularies", vocabulary.seedVocabularies());
              ArrayNode actors = head.putArray("actors");
              for (int i = 1; i <= ACTORS; i++) {
                actors.add(actor(i));
              }
              ArrayNode sources = head.putArray("sources");
              for (int i = 1; i <= SOURCES; i++) {
                sources.add(source(i));
              }
              String json = new String(bytes(head), StandardCharsets.UTF_8);
              piece =
                  (json.substring(0, json.length() - 1) + ",\"events\":[")
                      .getBytes(StandardCharsets.UTF_8);
              next = 1;
            } else if (next <= events) {
              byte[] event = bytes(event(next));
              piece = new byte[event.length + (next > 1 ? 1 : 0)];
              if (next > 1) {
                piece[0] = ',';
              }
              System.arraycopy(event, 0, piece, piece.length - event.length, event.length);
              next++;
              if (next > events) {
                byte[] end = new byte[piece.length + 2];
                System.arraycopy(piece, 0, end, 0, piece.length);
                end[piece.length] = ']';
                end[piece.length + 1] = '}';
                piece = end;
                next = events + 1;
              }
            } else {
              throw new NoSuchElementException();
            }
            return new java.io.ByteArrayInputStream(piece);
          }
        };
    return new java.io.SequenceInputStream(pieces);
  }

  private static ObjectNode bundle() {
    ObjectNode bundle = JSON.createObjectNode();
    bundle.put("format", "coi-timeline-bundle");
    bundle.put("formatVersion", 1);
    return bundle;
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode actor(int i) {
    ObjectNode actor = JSON.createObjectNode();
    actor.put("id", actorId(i));
    actor.put("name", "Actor " + i + " " + capitalised(word()));
    actor.put("type", pick(vocabulary.actorTypes()));
    actor.putArray("countries").add(COUNTRIES.get(countryPick.next(random)));
    actor.put("description", sentence(8, 16));
    return actor;
  }

  private ObjectNode source(int i) {
    ObjectNode source = JSON.createObjectNode();
    String author = "Publisher " + i;
    LocalDate published = day(FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1));
    source.put("id", sourceId(i));
    source.put("citation", author + " " + published);
    source.put("author", author);
    source.put("title", capitalised(sentence(4, 9)));
    source.put("titleQuoted", true);
    source.put("published", published.toString());
    source.put("publishedInferred", false);
    source.put("url", "https://example.org/bench/" + i);
    source.put("accessed", "2025-06-01");
    source.put("language", "en");
    source.put("type", pick(vocabulary.sourceTypes()));
    source.put("inReferenceList", true);
    return source;
  }

  private ObjectNode event(int i) {
    census.events++;
    ObjectNode event = JSON.createObjectNode();
    String title = capitalised(sentence(5, 9));
    String summary = capitalised(sentence(25, 50)) + ".";
    countWords(title + " " + summary);
    event.put("id", eventId(i));
    event.put("title", title);
    event.put("summary", summary);
    event.put("date", date());
    event.put("type", pick(vocabulary.eventTypes()));
    List<String> topics = distinct(1 + random.nextInt(3), vocabulary.topics().size(), null);
    List<String> topicCodes =
        topics.stream().map(t -> vocabulary.topics().get(Integer.parseInt(t))).toList();
    topicCodes.forEach(event.putArray("topics")::add);
    int countryCount = random.nextInt(100) < 70 ? 1 : random.nextInt(100) < 83 ? 2 : 3;
    List<String> countries =
        distinct(countryCount, COUNTRIES.size(), countryPick).stream()
            .map(c -> COUNTRIES.get(Integer.parseInt(c)))
            .toList();
    countries.forEach(event.putArray("countries")::add);
    for (String country : countries) {
      for (String topic : topicCodes) {
        census.countryTopicEvents.merge(country + "/" + topic, 1, Integer::sum);
      }
    }
    ArrayNode actors = event.putArray("actors");
    for (String a : distinct(1 + random.nextInt(4), ACTORS, actorPick)) {
      int actor = Integer.parseInt(a);
      census.actorEvents[actor]++;
      actors.addObject().put("id", actorId(actor + 1)).put("role", pick(vocabulary.actorRoles()));
    }
    ArrayNode sources = event.putArray("sources");
    List<String> cited = distinct(1 + random.nextInt(3), SOURCES, sourcePick);
    for (String s : cited) {
      ObjectNode source = sources.addObject().put("id", sourceId(Integer.parseInt(s) + 1));
      if (random.nextBoolean()) {
        source.put("pinpoint", "p. " + (1 + random.nextInt(200)));
      }
    }
    if (random.nextInt(100) < 25) {
      ArrayNode figures = event.putArray("figures");
      for (int f = 1 + random.nextInt(2); f > 0; f--) {
        figures
            .addObject()
            .put("label", word() + " " + word())
            .put("value", 1 + random.nextInt(50_000_000))
            .put("unit", pick(List.of("records", "people", "contracts", "USD")));
      }
    }
    event.put("corroboration", cited.size() >= 2 ? "corroborated" : "single-source");
    return event;
  }

  /** An EDTF date: 40 % day, 25 % month, 15 % year, 15 % interval, 5 % open-ended. */
  private String date() {
    int kind = random.nextInt(100);
    int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
    LocalDate day = day(year);
    if (kind < 40) {
      return day.toString();
    }
    if (kind < 65) {
      return day.toString().substring(0, 7);
    }
    if (kind < 80) {
      return Integer.toString(year);
    }
    if (kind < 95) {
      // Between a month and ten years long, at year, month or day precision.
      LocalDate end = day.plusDays(30 + random.nextInt(3650));
      LocalDate last = LocalDate.of(LAST_YEAR, 12, 31);
      if (end.isAfter(last)) {
        end = last;
      }
      int precision = random.nextInt(3);
      int length = precision == 0 ? 4 : precision == 1 ? 7 : 10;
      String from = day.toString().substring(0, length);
      String to = end.toString().substring(0, length);
      return from.equals(to) ? from : from + "/" + to;
    }
    String month = day.toString().substring(0, 7);
    return random.nextBoolean() ? month + "/.." : "../" + month;
  }

  private LocalDate day(int year) {
    return LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
  }

  private String sentence(int min, int max) {
    StringBuilder text = new StringBuilder();
    for (int n = min + random.nextInt(max - min + 1); n > 0; n--) {
      text.append(text.length() == 0 ? "" : " ").append(word());
    }
    return text.toString();
  }

  private String word() {
    return words.get(titleWords.next(random));
  }

  private void countWords(String text) {
    Set<String> seen = new java.util.HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (!w.isEmpty() && seen.add(w)) {
        census.wordEvents.merge(w, 1, Integer::sum);
      }
    }
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** {@code count} distinct indexes below {@code size}, drawn from {@code zipf} or uniformly. */
  private List<String> distinct(int count, int size, Zipf zipf) {
    Set<Integer> picked = new LinkedHashSet<>();
    while (picked.size() < Math.min(count, size)) {
      picked.add(zipf == null ? random.nextInt(size) : zipf.next(random));
    }
    return picked.stream().map(String::valueOf).toList();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s. */
  static final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double s) {
      cumulative = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += 1 / Math.pow(i + 1, s);
        cumulative[i] = sum;
      }
      for (int i = 0; i < n; i++) {
        cumulative[i] /= sum;
      }
    }

    int next(Random random) {
      int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
      return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
    }
  }
}
