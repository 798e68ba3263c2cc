package org.coitimeline.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.coitimeline.actor.ActorInput;
import org.coitimeline.bulk.Bundle;
import org.coitimeline.event.EventInput;
import org.coitimeline.gap.GapInput;
import org.coitimeline.kernel.DateInput;
import org.coitimeline.source.SourceInput;
import org.coitimeline.vocabulary.TermView;

/**
 * Builds the data a test needs, with ids unique to the test, so that tests share no records and
 * need no order. Import it with {@code BundleImporter}.
 */
public final class TestBundle {
  private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8);
  private final List<ActorInput> actors = new ArrayList<>();
  private final List<SourceInput> sources = new ArrayList<>();
  private final List<EventInput> events = new ArrayList<>();
  private final List<GapInput> gaps = new ArrayList<>();
  private final List<TermView> topics = new ArrayList<>();

  /** An id unique to this bundle. */
  public String id(String name) {
    return prefix + "-" + name;
  }

  public String topic(String name) {
    String code = id(name);
    topics.add(new TermView(code, "Topic " + name, null));
    return code;
  }

  public String actor(String name, String acronym, String originalName, String... aliases) {
    String id = id(name);
    actors.add(
        new ActorInput(
            id,
            name,
            originalName,
            acronym,
            List.of(aliases),
            "government-body",
            List.of("MX"),
            null,
            "Test actor " + name));
    return id;
  }

  public String actor(String name) {
    return actor(name, null, null);
  }

  public String source(String citation) {
    String id = id("source-" + sources.size());
    sources.add(
        new SourceInput(
            id,
            citation,
            "Test Author",
            null,
            "A title.",
            true,
            null,
            "2021-01-26",
            false,
            null,
            null,
            LocalDate.of(2021, 8, 24),
            "en",
            "ngo",
            true,
            null));
    return id;
  }

  public String gap(String name, List<String> countries, List<String> topicCodes) {
    String id = id(name);
    gaps.add(
        new GapInput(
            id,
            "Information on " + name + " could not be found.",
            countries,
            topicCodes,
            new DateInput("2017/2021-07"),
            null,
            null));
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

  public Bundle build() {
    return new Bundle(
        Bundle.FORMAT,
        1,
        new Bundle.Vocabularies(null, topics, null, null, null, null),
        actors,
        sources,
        events,
        gaps);
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
    final List<EventInput.ActorRef> actors = new ArrayList<>();
    final List<EventInput.SourceRef> sources = new ArrayList<>();
    final List<EventInput.FigureInput> figures = new ArrayList<>();
    final List<EventInput.RelatedRef> related = new ArrayList<>();
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
      actors.add(new EventInput.ActorRef(id, role));
      return this;
    }

    public EventBuilder source(String id, String pinpoint) {
      sources.add(new EventInput.SourceRef(id, pinpoint, null, null, false));
      return this;
    }

    public EventBuilder source(
        String id, String pinpoint, String quote, String language, boolean translated) {
      sources.add(new EventInput.SourceRef(id, pinpoint, quote, language, translated));
      return this;
    }

    public EventBuilder figure(String label, String value, String unit, String qualifier) {
      figures.add(new EventInput.FigureInput(label, new BigDecimal(value), unit, qualifier));
      return this;
    }

    public EventBuilder related(String id, String relation) {
      related.add(new EventInput.RelatedRef(id, relation));
      return this;
    }

    public EventBuilder corroboration(String corroboration) {
      this.corroboration = corroboration;
      return this;
    }

    EventInput build() {
      return new EventInput(
          id,
          title,
          summary,
          new DateInput(date),
          type,
          topics,
          countries,
          null,
          null,
          actors,
          sources,
          figures,
          corroboration,
          related);
    }
  }
}
