package org.coitimeline.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coitimeline.event.CitedEvent;
import org.coitimeline.event.EventFilter;
import org.coitimeline.event.EventView;
import org.coitimeline.kernel.DateView;

/**
 * The timeline as the JSON of Knight Lab's TimelineJS 3: a title slide that describes the filter,
 * and one slide per event. A slide's dates carry only the parts the event's precision has (a
 * year-precise event gives a year only); an open start is placed at the earliest possible end.
 * Whenever the date is not a single certain day, month or year (uncertain, approximate, open, an
 * interval, a season or a decade), the slide shows the event's own display text ("since 2005",
 * "2012–2018"). An event without any finite bound cannot be placed and is left out.
 */
public final class TimelineJsTimeline implements TimelineWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> VAGUE_PRECISIONS = Set.of("season", "decade", "century");

  /** What a slide's {@code group} (its row on the timeline) is. */
  public enum Group {
    TYPE,
    TOPIC;

    /** type (default) or topic; a 400 naming {@code group} otherwise. */
    public static Group parse(String value) {
      if (value == null || value.equals("type")) {
        return TYPE;
      }
      if (value.equals("topic")) {
        return TOPIC;
      }
      throw org.coitimeline.kernel.InvalidInput.of("group", "must be type or topic");
    }
  }

  private final JsonGenerator json;
  private final Group group;

  public TimelineJsTimeline(OutputStream out, String description, Group group) throws IOException {
    this.group = group;
    this.json = MAPPER.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeStartObject();
    ObjectNode title = NODES.objectNode();
    title.putObject("text").put("headline", "COI Timeline").put("text", html(description));
    json.writeFieldName("title");
    MAPPER.writeTree(json, title);
    json.writeArrayFieldStart("events");
  }

  /** The slide of an event, or empty when the event has no finite bound. */
  public static Optional<ObjectNode> slide(CitedEvent cited, Group group) {
    EventView e = cited.event();
    DateView date = e.date();
    boolean openStart = date.start() == null;
    LocalDate start = openStart ? first(date.earliestEnd(), date.end()) : date.start();
    if (start == null) {
      return Optional.empty();
    }
    boolean interval = date.edtf().contains("/");
    ObjectNode slide = NODES.objectNode();
    slide.put("unique_id", e.id());
    slide.set("start_date", dateParts(start, date.precision()));
    if (interval && !openStart && date.end() != null) {
      slide.set("end_date", dateParts(date.end(), date.precision()));
    }
    if (date.uncertain()
        || date.approximate()
        || interval
        || openStart
        || date.end() == null
        || VAGUE_PRECISIONS.contains(date.precision())) {
      slide.put("display_date", date.display());
    }
    slide.putObject("text").put("headline", html(e.title())).put("text", text(cited));
    slide.put(
        "group", group == Group.TOPIC && !e.topics().isEmpty() ? e.topics().get(0) : e.type());
    return Optional.of(slide);
  }

  /** The parts of a date that a precision has: year; year and month; or year, month and day. */
  static ObjectNode dateParts(LocalDate date, String precision) {
    ObjectNode parts = NODES.objectNode().put("year", date.getYear());
    if (precision.equals("day") || precision.equals("month") || precision.equals("season")) {
      parts.put("month", date.getMonthValue());
    }
    if (precision.equals("day")) {
      parts.put("day", date.getDayOfMonth());
    }
    return parts;
  }

  /** The summary and a list of the references the event cites, as escaped HTML. */
  static String text(CitedEvent cited) {
    EventView e = cited.event();
    StringBuilder html = new StringBuilder();
    if (!ExportText.isBlank(e.summary())) {
      html.append("<p>").append(html(e.summary())).append("</p>");
    }
    if (!e.sources().isEmpty()) {
      html.append("<ul>");
      e.sources()
          .forEach(
              s ->
                  html.append("<li>").append(html(ExportText.reference(cited, s))).append("</li>"));
      html.append("</ul>");
    }
    return html.toString();
  }

  /** What the filter selects, in words, for the title slide. */
  public static String describe(EventFilter filter, Instant asOf) {
    List<String> parts = new ArrayList<>();
    if (filter.from() != null) {
      parts.add("from " + filter.from());
    }
    if (filter.to() != null) {
      parts.add("to " + filter.to());
    }
    if (filter.match() == EventFilter.Match.WITHIN
        && (filter.from() != null || filter.to() != null)) {
      parts.add("wholly within that range");
    }
    add(parts, "country", filter.countries());
    add(parts, "actor", filter.actors());
    add(parts, "topic", filter.topics());
    add(parts, "type", filter.types());
    add(parts, "source", filter.sources());
    add(parts, "corroboration", filter.corroborations());
    if (filter.hasText()) {
      parts.add("matching \"" + String.join(" ", filter.words()) + "\"");
    }
    String what = parts.isEmpty() ? "All events" : "Events " + String.join(", ", parts);
    return asOf == null ? what : what + ", as the timeline stood at " + asOf;
  }

  private static void add(List<String> parts, String name, Collection<String> values) {
    if (!values.isEmpty()) {
      parts.add(name + " " + String.join(" or ", values));
    }
  }

  @Override
  public void write(CitedEvent event) throws IOException {
    Optional<ObjectNode> slide = slide(event, group);
    if (slide.isPresent()) {
      MAPPER.writeTree(json, slide.get());
    }
  }

  @Override
  public void finish() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.close();
  }

  /** Text escaped for HTML, which TimelineJS renders as markup. */
  static String html(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static LocalDate first(LocalDate a, LocalDate b) {
    return a != null ? a : b;
  }
}
