package org.coitimeline.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Internal integrity of the seed bundle of IRB RIR MEX200740.E. */
class SeedBundleTest {

  static final String RIR = "irb-mex200740-e";
  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final String EDTF_DATE =
      "(?:\\d{4}|\\d{3}X|\\d{2}XX)(?:-(?:0[1-9]|1[0-2]|2[1-4])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?[?~%]?";
  static final Pattern EDTF =
      Pattern.compile(
          "(" + EDTF_DATE + ")|(" + EDTF_DATE + "|\\.\\.|)/(" + EDTF_DATE + "|\\.\\.|)");
  static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  static final Pattern PUBLISHED = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  static final Pattern RIR_PINPOINT = Pattern.compile("section \\d+(\\.\\d+)*|note \\d+");
  static final Set<String> CORROBORATION =
      Set.of("corroborated", "single-source", "not-corroborated");
  static final Set<String> QUALIFIERS =
      Set.of("at-least", "more-than", "at-most", "less-than", "about");

  static final Map<String, Set<String>> BUILT_IN =
      Map.of(
          "eventTypes",
          Set.of(
              "contract",
              "data-breach",
              "lawsuit",
              "statement",
              "publication",
              "investigation",
              "legislation",
              "policy",
              "surveillance",
              "arrest",
              "report",
              "statistic"),
          "actorRoles",
          Set.of(
              "buyer",
              "seller",
              "target",
              "victim",
              "perpetrator",
              "authority",
              "reporter",
              "investigator",
              "subject"),
          "actorTypes",
          Set.of(
              "government-body",
              "company",
              "ngo",
              "news-outlet",
              "person",
              "criminal-group",
              "international-body",
              "information-system"),
          "sourceTypes",
          Set.of("government", "news", "ngo", "academic", "legal", "international-org"),
          "relationKinds",
          Set.of("part-of", "follows", "responds-to", "investigates", "reports-on"),
          "topics",
          Set.of());

  static JsonNode bundle;
  static String rirText;
  static final Map<String, Set<String>> vocab = new HashMap<>();
  static final Set<String> countries = Set.of(Locale.getISOCountries());

  @BeforeAll
  static void load() throws IOException {
    bundle = ReferenceFormatterTest.bundle();
    rirText = ReferenceFormatterTest.resource("/seed/mex200740e-rir.txt");
    for (Map.Entry<String, Set<String>> e : BUILT_IN.entrySet()) {
      Set<String> codes = new HashSet<>(e.getValue());
      for (JsonNode entry : bundle.path("vocabularies").path(e.getKey())) {
        codes.add(entry.path("code").asText());
      }
      vocab.put(e.getKey(), codes);
    }
  }

  static String text(JsonNode node, String field) {
    return ReferenceFormatterTest.text(node, field);
  }

  static Set<String> ids(String kind) {
    Set<String> ids = new HashSet<>();
    bundle.path(kind).forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  static void assertEdtf(String value, String where) {
    assertTrue(value != null && EDTF.matcher(value).matches(), where + ": not EDTF: " + value);
    List<String> bounds = new ArrayList<>();
    for (String part : value.split("/", -1)) {
      Matcher m = FULL_DATE.matcher(part.replaceAll("[?~%]$", ""));
      if (m.matches()) {
        try {
          LocalDate.parse(m.group());
        } catch (DateTimeException e) {
          throw new AssertionError(where + ": impossible date " + part, e);
        }
      }
      bounds.add(part.replaceAll("[?~%]$", ""));
    }
    if (bounds.size() == 2
        && bounds.get(0).matches("\\d{4}.*")
        && bounds.get(1).matches("\\d{4}.*")) {
      String start = bounds.get(0);
      String end = bounds.get(1);
      String common = end.length() < start.length() ? start.substring(0, end.length()) : start;
      assertTrue(common.compareTo(end) <= 0, where + ": interval ends before it starts: " + value);
    }
  }

  static void assertCountries(JsonNode list, String where, boolean nonEmpty) {
    assertTrue(list.isArray(), where + ": countries must be an array");
    if (nonEmpty) {
      assertTrue(list.size() > 0, where + ": needs at least one country");
    }
    for (JsonNode c : list) {
      assertTrue(countries.contains(c.asText()), where + ": not ISO 3166-1 alpha-2: " + c);
    }
  }

  static void assertInVocabulary(String kind, String code, String where) {
    assertTrue(vocab.get(kind).contains(code), where + ": unknown " + kind + " code " + code);
  }

  /** A quote must be the RIR's words: each of its lines occurs verbatim in the RIR. */
  static void assertInRir(String quote, String where) {
    for (String line : quote.split("\n")) {
      assertTrue(rirText.contains(line), where + ": not verbatim in the RIR: " + line);
    }
  }

  @Test
  void header() {
    assertEquals("coi-timeline-bundle", bundle.path("format").asText());
    assertEquals(1, bundle.path("formatVersion").asInt());
  }

  @Test
  void idsAreUniqueStableSlugs() {
    for (String kind : List.of("actors", "sources", "events", "gaps")) {
      Set<String> seen = new HashSet<>();
      for (JsonNode n : bundle.path(kind)) {
        String id = n.path("id").asText();
        assertTrue(SLUG.matcher(id).matches() && id.length() <= 120, kind + ": bad id " + id);
        assertTrue(seen.add(id), kind + ": duplicate id " + id);
      }
      assertTrue(!seen.isEmpty(), kind + " must not be empty");
    }
  }

  @Test
  void vocabularyEntriesAreComplete() {
    bundle
        .path("vocabularies")
        .fields()
        .forEachRemaining(
            f -> {
              assertTrue(BUILT_IN.containsKey(f.getKey()), "unknown vocabulary " + f.getKey());
              Set<String> seen = new HashSet<>();
              for (JsonNode e : f.getValue()) {
                String code = e.path("code").asText();
                assertTrue(SLUG.matcher(code).matches(), f.getKey() + ": bad code " + code);
                assertTrue(seen.add(code), f.getKey() + ": duplicate code " + code);
                assertTrue(!e.path("label").asText().isBlank(), code + ": label missing");
                assertTrue(!e.path("description").asText().isBlank(), code + ": description");
              }
            });
  }

  @Test
  void actorsAreValid() {
    Set<String> actorIds = ids("actors");
    Map<String, String> parents = new HashMap<>();
    for (JsonNode a : bundle.path("actors")) {
      String id = a.path("id").asText();
      assertTrue(!a.path("name").asText().isBlank(), id + ": name missing");
      assertInVocabulary("actorTypes", a.path("type").asText(), id);
      assertCountries(a.path("countries"), id, false);
      assertTrue(a.path("aliases").isArray(), id + ": aliases must be an array");
      String parent = text(a, "parent");
      if (parent != null) {
        assertTrue(actorIds.contains(parent), id + ": unknown parent " + parent);
        parents.put(id, parent);
      }
    }
    for (String id : parents.keySet()) {
      Set<String> path = new HashSet<>();
      for (String p = id; p != null; p = parents.get(p)) {
        assertTrue(path.add(p), "parent cycle through " + id);
      }
    }
  }

  @Test
  void sourcesAreValid() {
    int inList = 0;
    for (JsonNode s : bundle.path("sources")) {
      String id = s.path("id").asText();
      assertInVocabulary("sourceTypes", s.path("type").asText(), id);
      assertTrue(!s.path("title").asText().isBlank(), id + ": title missing");
      assertTrue(!s.path("author").asText().isBlank(), id + ": author missing");
      assertTrue(!s.path("citation").asText().isBlank(), id + ": citation missing");
      String published = text(s, "published");
      if (published != null) {
        assertTrue(PUBLISHED.matcher(published).matches(), id + ": published " + published);
        assertEdtf(published, id);
      }
      String accessed = text(s, "accessed");
      if (accessed != null) {
        LocalDate.parse(accessed);
      }
      String suffix = text(s, "dateSuffix");
      assertTrue(suffix == null || suffix.matches("[a-z]"), id + ": dateSuffix " + suffix);
      String language = text(s, "language");
      assertTrue(
          language == null || language.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*"), id + ": language");
      assertTrue(s.path("url").isNull() || s.path("url").isMissingNode(), id + ": no url given");
      if (s.path("inReferenceList").asBoolean(false)) {
        inList++;
        assertTrue(rirText.contains(s.path("title").asText()), id + ": title not verbatim");
        String authors = text(s, "authors");
        assertTrue(authors == null || rirText.contains(authors), id + ": authors not verbatim");
      }
    }
    assertEquals(26, inList, "the reference list has 26 entries");
  }

  @Test
  void eventsAreValidAndLinked() {
    Set<String> actorIds = ids("actors");
    Set<String> sourceIds = ids("sources");
    Set<String> eventIds = ids("events");
    for (JsonNode e : bundle.path("events")) {
      String id = e.path("id").asText();
      assertTrue(!e.path("title").asText().isBlank(), id + ": title missing");
      assertTrue(!e.path("summary").asText().isBlank(), id + ": summary missing");
      assertEdtf(text(e, "date"), id);
      assertInVocabulary("eventTypes", e.path("type").asText(), id);
      assertTrue(e.path("topics").size() > 0, id + ": needs a topic");
      e.path("topics").forEach(t -> assertInVocabulary("topics", t.asText(), id));
      assertCountries(e.path("countries"), id, true);
      String subdivision = text(e, "subdivision");
      if (subdivision != null) {
        assertTrue(subdivision.matches("[A-Z]{2}-[A-Z0-9]{1,3}"), id + ": subdivision");
        String country = subdivision.substring(0, 2);
        boolean listed = false;
        for (JsonNode c : e.path("countries")) {
          listed |= c.asText().equals(country);
        }
        assertTrue(listed, id + ": subdivision outside the event's countries");
      }
      for (JsonNode a : e.path("actors")) {
        assertTrue(actorIds.contains(a.path("id").asText()), id + ": unknown actor " + a);
        assertInVocabulary("actorRoles", a.path("role").asText(), id);
      }
      Set<String> cited = new HashSet<>();
      for (JsonNode s : e.path("sources")) {
        String sid = s.path("id").asText();
        assertTrue(sourceIds.contains(sid), id + ": unknown source " + sid);
        assertTrue(cited.add(sid), id + ": source cited twice " + sid);
        String quote = text(s, "quote");
        if (quote != null) {
          assertInRir(quote, id);
          assertEquals("en", text(s, "quoteLanguage"), id + ": quoteLanguage");
        }
        if (s.path("translated").asBoolean(false)) {
          assertTrue(quote != null, id + ": translated without a quote");
        }
        if (sid.equals(RIR)) {
          String pinpoint = text(s, "pinpoint");
          assertTrue(
              pinpoint != null && RIR_PINPOINT.matcher(pinpoint).matches(),
              id + ": the RIR link needs a section pinpoint, was " + pinpoint);
        }
      }
      assertTrue(cited.contains(RIR), id + ": must cite " + RIR);
      assertTrue(cited.size() >= 2, id + ": must cite the RIR's own source beside the RIR");
      String corroboration = e.path("corroboration").asText();
      assertTrue(CORROBORATION.contains(corroboration), id + ": corroboration " + corroboration);
      if (corroboration.equals("corroborated")) {
        assertTrue(cited.size() - 1 >= 2, id + ": corroborated needs two sources besides the RIR");
      }
      for (JsonNode f : e.path("figures")) {
        assertTrue(!f.path("label").asText().isBlank(), id + ": figure label");
        assertTrue(f.path("value").isNumber(), id + ": figure value must be a number " + f);
        String unit = f.path("unit").asText();
        assertTrue(unit.matches("[a-z][a-z ()-]*|[A-Z]{3}"), id + ": figure unit " + unit);
        String qualifier = text(f, "qualifier");
        assertTrue(qualifier == null || QUALIFIERS.contains(qualifier), id + ": " + qualifier);
      }
      for (JsonNode r : e.path("related")) {
        String rid = r.path("id").asText();
        assertTrue(eventIds.contains(rid), id + ": unknown related event " + rid);
        assertTrue(!rid.equals(id), id + ": related to itself");
        assertInVocabulary("relationKinds", r.path("relation").asText(), id);
      }
    }
  }

  @Test
  void gapsAreVerbatimAndLinked() {
    Set<String> sourceIds = ids("sources");
    for (JsonNode g : bundle.path("gaps")) {
      String id = g.path("id").asText();
      assertInRir(g.path("statement").asText(), id);
      assertTrue(
          g.path("statement").asText().contains("could not be found among the sources consulted"),
          id + ": not an information-gap statement");
      assertCountries(g.path("countries"), id, true);
      g.path("topics").forEach(t -> assertInVocabulary("topics", t.asText(), id));
      assertEdtf(text(g, "period"), id);
      String researchedAt = text(g, "researchedAt");
      if (researchedAt != null) {
        LocalDate.parse(researchedAt);
      }
      assertTrue(sourceIds.contains(g.path("source").asText()), id + ": unknown source");
    }
  }

  @Test
  void everyTopicAndSourceIsUsed() {
    Set<String> used = new HashSet<>();
    bundle.path("events").forEach(e -> e.path("topics").forEach(t -> used.add(t.asText())));
    bundle.path("gaps").forEach(g -> g.path("topics").forEach(t -> used.add(t.asText())));
    assertEquals(vocab.get("topics"), used, "defined topics and used topics differ");
  }

  @Test
  void notCorroboratedMatchesTheRirsSentences() {
    long sentences = rirText.split("Corroborating information could not be found", -1).length - 1;
    assertEquals(2, sentences, "the RIR has two 'Corroborating information' sentences");
    Set<String> notCorroborated = new HashSet<>();
    for (JsonNode e : bundle.path("events")) {
      if (e.path("corroboration").asText().equals("not-corroborated")) {
        notCorroborated.add(e.path("id").asText());
      }
    }
    assertEquals(
        Set.of(
            "abogacia-only-government-access-to-plataforma-mexico",
            "imss-database-offered-for-sale",
            "government-databases-offered-for-sale-25-january-2021",
            "database-sale-listings-removed",
            "r3d-report-databases-for-sale"),
        notCorroborated);
  }
}
