package org.coitimeline.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Builds the data a test needs, with ids unique to the test, so that tests share no records and
 * need no order. It is the bundle of the public import format as plain JSON values (maps and
 * lists), so it needs no class of the service; import it with {@link Api#importBundle}.
 */
public final class TestBundle {
  private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8);
  private final List<Map<String, Object>> actors = new ArrayList<>();
  private final List<Map<String, Object>> sources = new ArrayList<>();
  private final List<Map<String, Object>> events = new ArrayList<>();
  private final List<Map<String, Object>> gaps = new ArrayList<>();
  private final List<Map<String, Object>> topics = new ArrayList<>();

  /** An id unique to this bundle. */
  public String id(String name) {
    return prefix + "-" + name;
  }

  public String topic(String name) {
    String code = id(name);
    topics.add(fields("code", code, "label", "Topic " + name));
    return code;
  }

  public String actor(String name, String acronym, String originalName, String... aliases) {
    String id = id(name);
    Map<String, Object> actor = TestRecords.actor(id, name, "government-body", List.of("MX"));
    actor.put("originalName", originalName);
    actor.put("acronym", acronym);
    actor.put("aliases", List.of(aliases));
    actors.add(actor);
    return id;
  }

  public String actor(String name) {
    return actor(name, null, null);
  }

  public String source(String citation) {
    String id = id("source-" + sources.size());
    Map<String, Object> source = TestRecords.source(id, citation, "Test Author", "A title.", "ngo");
    source.put("url", null);
    source.put("language", "en");
    sources.add(source);
    return id;
  }

  public String gap(String name, List<String> countries, List<String> topicCodes) {
    String id = id(name);
    gaps.add(
        fields(
            "id",
            id,
            "statement",
            "Information on " + name + " could not be found.",
            "countries",
            countries,
            "topics",
            topicCodes,
            "period",
            "2017/2021-07"));
    return id;
  }

  /** An event with this date; the customiser sets the rest. */
  public String event(String name, String date, Consumer<EventBuilder> customise) {
    EventBuilder builder = new EventBuilder(id(name), date);
    customise.accept(builder);
    events.add(builder.build());
    return builder.id;
  }

  public String event(String name, String date) {
    return event(name, date, e -> {});
  }

  /** The bundle as JSON values, in the order the import format lists them. */
  public Map<String, Object> build() {
    return fields(
        "format",
        "coi-timeline-bundle",
        "formatVersion",
        1,
        "vocabularies",
        fields("topics", topics),
        "actors",
        actors,
        "sources",
        sources,
        "events",
        events,
        "gaps",
        gaps);
  }

  /** A JSON object of these names and values, in this order (null values are not sent). */
  static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      object.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return object;
  }

  /** The parts of one event. */
  public static final class EventBuilder {
    final String id;
    String title;
    String summary = "A test event.";
    final String date;
    String type = "statement";
    final List<String> topics = new ArrayList<>();
    final List<String> countries = new ArrayList<>(List.of("MX"));
    final List<Map<String, Object>> actors = new ArrayList<>();
    final List<Map<String, Object>> sources = new ArrayList<>();
    final List<Map<String, Object>> figures = new ArrayList<>();
    final List<Map<String, Object>> related = new ArrayList<>();
    String corroboration = "single-source";

    EventBuilder(String id, String date) {
      this.id = id;
      this.title = "Event " + id;
      this.date = date;
    }

    public EventBuilder title(String title) {
      this.title = title;
      return this;
    }

    public EventBuilder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public EventBuilder type(String type) {
      this.type = type;
      return this;
    }

    public EventBuilder topic(String topic) {
      topics.add(topic);
      return this;
    }

    public EventBuilder countries(String... codes) {
      countries.clear();
      countries.addAll(List.of(codes));
      return this;
    }

    public EventBuilder actor(String id, String role) {
      actors.add(fields("id", id, "role", role));
      return this;
    }

    public EventBuilder source(String id, String pinpoint) {
      return source(id, pinpoint, null, null, false);
    }

    public EventBuilder source(
        String id, String pinpoint, String quote, String language, boolean translated) {
      sources.add(
          fields(
              "id",
              id,
              "pinpoint",
              pinpoint,
              "quote",
              quote,
              "quoteLanguage",
              language,
              "translated",
              translated));
      return this;
    }

    public EventBuilder figure(String label, String value, String unit, String qualifier) {
      figures.add(
          fields(
              "label",
              label,
              "value",
              new BigDecimal(value),
              "unit",
              unit,
              "qualifier",
              qualifier));
      return this;
    }

    public EventBuilder related(String id, String relation) {
      related.add(fields("id", id, "relation", relation));
      return this;
    }

    public EventBuilder corroboration(String corroboration) {
      this.corroboration = corroboration;
      return this;
    }

    Map<String, Object> build() {
      return fields(
          "id",
          id,
          "title",
          title,
          "summary",
          summary,
          "date",
          date,
          "type",
          type,
          "topics",
          topics,
          "countries",
          countries,
          "actors",
          actors,
          "sources",
          sources,
          "figures",
          figures,
          "corroboration",
          corroboration,
          "related",
          related);
    }
  }
}
