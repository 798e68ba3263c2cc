package org.coitimeline.bulk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.coitimeline.actor.Actor;
import org.coitimeline.actor.ActorMapper;
import org.coitimeline.actor.ActorRepository;
import org.coitimeline.actor.ActorView;
import org.coitimeline.actor.ProtectedPeople;
import org.coitimeline.actor.Pseudonym;
import org.coitimeline.event.Event;
import org.coitimeline.event.EventInput;
import org.coitimeline.event.EventLinkRepository;
import org.coitimeline.event.EventLinks;
import org.coitimeline.event.EventMapper;
import org.coitimeline.event.ExportConfig;
import org.coitimeline.gap.GapMapper;
import org.coitimeline.gap.GapRepository;
import org.coitimeline.gap.GapView;
import org.coitimeline.gap.InformationGap;
import org.coitimeline.kernel.DateInput;
import org.coitimeline.privacy.Pseudonymiser;
import org.coitimeline.source.Source;
import org.coitimeline.source.SourceMapper;
import org.coitimeline.source.SourceRepository;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;

/**
 * Writes the whole store as one bundle to a stream: every vocabulary term, then the live actors,
 * sources, events and gaps in id order, each in the shape a write takes. Records are read a page at
 * a time by keyset on the id, so memory and the statements per page stay bounded however large the
 * store; the caller's one transaction gives the whole export one consistent snapshot.
 */
@ApplicationScoped
public class BundleExporter {
  static final int PAGE = 200;

  @Inject EntityManager em;
  @Inject ObjectMapper mapper;
  @Inject VocabularyRepository vocabularies;
  @Inject ActorRepository actors;
  @Inject SourceRepository sources;
  @Inject EventLinkRepository eventLinks;
  @Inject GapRepository gaps;
  @Inject ExportConfig export;

  private ObjectMapper writer;

  /** Dates as bare EDTF text, as in the bundled data set; absent values left out. */
  abstract static class DateAsText {
    @JsonValue
    abstract String edtf();
  }

  @PostConstruct
  void init() {
    writer =
        mapper
            .copy()
            .addMixIn(DateInput.class, DateAsText.class)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(SerializationFeature.INDENT_OUTPUT);
    writer.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    // A failure midway must never end the document: closing the generator would otherwise write
    // the brackets still open and make a truncated export look complete.
    writer.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
  }

  /**
   * Writes the export; runs in the caller's transaction, one consistent snapshot. Without {@code
   * withProtected}, protected people are written under their pseudonyms after the other actors (in
   * id order they would stand where their real id sorts), and events name them by their
   * pseudonymous ids.
   */
  public void write(OutputStream out, boolean withProtected) throws IOException {
    ProtectedPeople people = withProtected ? ProtectedPeople.NONE : actors.protectedPeople();
    Pseudonymiser shown = people.isEmpty() ? null : new Pseudonymiser(people);
    try (JsonGenerator json = writer.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("format", Bundle.FORMAT);
      json.writeNumberField("formatVersion", 1);
      json.writeObjectFieldStart("vocabularies");
      for (Vocabulary vocabulary : Vocabulary.values()) {
        json.writeFieldName(vocabulary.bundleName());
        writer.writeValue(json, vocabularies.list(vocabulary));
      }
      json.writeEndObject();
      json.writeArrayFieldStart("actors");
      writeActors(json, shown);
      json.writeEndArray();
      json.writeArrayFieldStart("sources");
      writeSources(json);
      json.writeEndArray();
      json.writeArrayFieldStart("events");
      writeEvents(json, shown);
      json.writeEndArray();
      json.writeArrayFieldStart("gaps");
      writeGaps(json);
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private void writeActors(JsonGenerator json, Pseudonymiser shown) throws IOException {
    String after = null;
    List<Actor> page;
    List<ActorView> hidden = new ArrayList<>();
    do {
      page = actors.page(Set.of(), Set.of(), after, PAGE);
      for (ActorView actor : actors.views(page)) {
        after = actor.id();
        if (shown != null && actor.protectedPerson()) {
          hidden.add(shown.actor(actor));
          continue;
        }
        writer.writeValue(json, ActorMapper.toInput(shown == null ? actor : shown.actor(actor)));
      }
      endOfPage(json);
    } while (page.size() == PAGE);
    hidden.sort(Comparator.comparing(a -> Pseudonym.number(a.id())));
    for (ActorView actor : hidden) {
      writer.writeValue(json, ActorMapper.toInput(actor));
    }
  }

  private void writeSources(JsonGenerator json) throws IOException {
    String after = null;
    List<Source> page;
    do {
      page = sources.page(Set.of(), after, PAGE);
      for (Source source : page) {
        writer.writeValue(json, SourceMapper.toInput(SourceMapper.toView(source)));
        after = source.slug;
      }
      endOfPage(json);
    } while (page.size() == PAGE);
  }

  private void writeEvents(JsonGenerator json, Pseudonymiser shown) throws IOException {
    String after = null;
    List<Event> page;
    do {
      page = eventLinks.liveAfter(after, export.pageSize());
      EventLinks links = eventLinks.links(page.stream().map(e -> e.id).toList());
      for (Event event : page) {
        EventInput input = EventMapper.toInput(EventMapper.toView(event, links));
        writer.writeValue(json, shown == null ? input : shown.eventInput(input));
        after = event.slug;
      }
      json.flush();
    } while (page.size() == export.pageSize());
  }

  private void writeGaps(JsonGenerator json) throws IOException {
    String after = null;
    List<InformationGap> page;
    do {
      page = gaps.page(Set.of(), Set.of(), after, PAGE);
      for (GapView gap : gaps.views(page)) {
        writer.writeValue(json, GapMapper.toInput(gap));
        after = gap.id();
      }
      endOfPage(json);
    } while (page.size() == PAGE);
  }

  /** Sends what the page wrote and forgets its entities, so memory does not grow with the store. */
  private void endOfPage(JsonGenerator json) throws IOException {
    json.flush();
    em.clear();
  }
}
