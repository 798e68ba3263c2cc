package org.coitimeline.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.coitimeline.event.CitedEvent;
import org.coitimeline.event.EventView;
import org.coitimeline.kernel.DateView;

/**
 * The timeline as JSON-LD with the schema.org vocabulary: {@code {"@context": "https://schema.org",
 * "@graph": [Event, ...]}}. Each Event carries its EDTF date in {@code temporalCoverage} and its
 * bounds as {@code startDate} and {@code endDate} (left out when open), its countries as {@code
 * location}, its actors as {@code about} in a Role that names their part, and its sources as {@code
 * citation} with their reference-list entry and pinpoint.
 */
public final class JsonLdTimeline implements TimelineWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonGenerator json;
  private final String apiBase;

  public JsonLdTimeline(OutputStream out, String apiBase) throws IOException {
    this.apiBase = apiBase;
    this.json = MAPPER.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeStartObject();
    json.writeStringField("@context", "https://schema.org");
    json.writeArrayFieldStart("@graph");
  }

  /** The schema.org Event node of an event. */
  public static ObjectNode node(CitedEvent cited, String apiBase) {
    EventView e = cited.event();
    DateView date = e.date();
    ObjectNode node = NODES.objectNode();
    node.put("@type", "Event");
    node.put("@id", ExportText.url(apiBase, "events", e.id()));
    node.put("identifier", e.id());
    node.put("name", e.title());
    node.put("description", e.summary());
    if (date.start() != null) {
      node.put("startDate", date.start().toString());
    }
    if (date.end() != null) {
      node.put("endDate", date.end().toString());
    }
    node.put("temporalCoverage", date.edtf());
    ArrayNode keywords = node.putArray("keywords").add(e.type());
    e.topics().forEach(keywords::add);
    ArrayNode locations = node.putArray("location");
    e.countries().forEach(c -> locations.addObject().put("@type", "Country").put("identifier", c));
    ArrayNode about = node.putArray("about");
    for (EventView.ActorLink actor : e.actors()) {
      ObjectNode role = about.addObject().put("@type", "Role").put("roleName", actor.role());
      role.putObject("about")
          .put("@type", "person".equals(cited.actorType(actor.id())) ? "Person" : "Organization")
          .put("@id", ExportText.url(apiBase, "actors", actor.id()))
          .put("name", actor.name());
    }
    ArrayNode citations = node.putArray("citation");
    for (EventView.SourceLink source : e.sources()) {
      ObjectNode work =
          citations
              .addObject()
              .put("@type", "CreativeWork")
              .put("@id", ExportText.url(apiBase, "sources", source.id()))
              .put("name", source.citation())
              .put("text", cited.reference(source));
      if (!ExportText.isBlank(source.pinpoint())) {
        work.put("pagination", source.pinpoint());
      }
    }
    return node;
  }

  @Override
  public void write(CitedEvent event) throws IOException {
    MAPPER.writeTree(json, node(event, apiBase));
  }

  @Override
  public void finish() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.close();
  }
}
