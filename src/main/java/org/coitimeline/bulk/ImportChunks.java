package org.coitimeline.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coitimeline.actor.ActorInput;
import org.coitimeline.event.EventInput;
import org.coitimeline.gap.GapInput;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.JsonErrors;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.source.SourceInput;
import org.coitimeline.vocabulary.TermView;
import org.coitimeline.vocabulary.Vocabulary;

/**
 * Reads an import body as it arrives, with Jackson's streaming parser, and hands it out in chunks
 * of about {@code chunkBytes} of input each: never the whole body in memory. A chunk is a {@link
 * Bundle} of the records read since the last one, with the position of its first record of each
 * kind in the whole body (so that errors name records as in one bundle). A body no larger than one
 * chunk is one chunk.
 *
 * <p>Two forms: a bundle ({@code application/json}, the Bundle schema; in a bundle larger than a
 * chunk, {@code format} and {@code formatVersion} must come before the records), or NDJSON ({@code
 * application/x-ndjson}): one JSON object a line, each a record in the shape a write takes plus
 * {@code kind} ({@code actor}, {@code source}, {@code event}, {@code gap}, or a vocabulary: {@code
 * topic}, {@code event-type}, {@code actor-role}, {@code actor-type}, {@code source-type}, {@code
 * relation-kind}); blank lines are skipped.
 */
final class ImportChunks implements AutoCloseable {
  /** One chunk: its records as a bundle, and where its records of each kind begin in the body. */
  record Chunk(Bundle bundle, Map<RecordKind, Integer> offsets) {}

  private final JsonParser parser;
  private final ObjectMapper strict;
  private final boolean ndjson;
  private final long chunkBytes;

  private final Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
  private String format;
  private Integer formatVersion;
  private boolean started;
  private boolean ended;
  private boolean emptyBody = true;
  private int emitted;
  private long line;
  private Pending pending = new Pending();

  ImportChunks(InputStream body, boolean ndjson, ObjectMapper mapper, long chunkBytes) {
    this.strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.ndjson = ndjson;
    this.chunkBytes = chunkBytes;
    try {
      this.parser = strict.getFactory().createParser(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (RecordKind kind : RecordKind.values()) {
      counts.put(kind, 0);
    }
    if (ndjson) {
      format = Bundle.FORMAT;
      formatVersion = 1;
    }
  }

  /** The next chunk, or null at the end of the body. */
  Chunk next() {
    try {
      while (!ended) {
        if (pending.records > 0
            && parser.currentLocation().getByteOffset() - pending.from >= chunkBytes) {
          return emit();
        }
        if (ndjson) {
          readLine();
        } else {
          readBundlePart();
        }
      }
      if (emptyBody) {
        emptyBody = false;
        throw InvalidInput.of(
            "body", ndjson ? "is required: records, one a line" : "is required: a bundle");
      }
      // The last chunk; a bundle without records is one (empty) chunk, so that its own checks run.
      return pending.records > 0 || pending.vocabularies || emitted == 0 ? emit() : null;
    } catch (JsonProcessingException e) {
      throw JsonErrors.of(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Chunk emit() {
    emitted++;
    Map<RecordKind, Integer> offsets = new EnumMap<>(RecordKind.class);
    offsets.putAll(pending.offsets);
    Bundle bundle =
        new Bundle(
            format,
            formatVersion,
            pending.vocabularies ? pending.vocabularyBundle() : null,
            pending.actors,
            pending.sources,
            pending.events,
            pending.gaps);
    long from = parser.currentLocation().getByteOffset();
    pending = new Pending();
    pending.from = from;
    for (RecordKind kind : RecordKind.values()) {
      pending.offsets.put(kind, counts.get(kind));
    }
    return new Chunk(bundle, offsets);
  }

  // --- a bundle: one object, its record arrays read one record at a time

  private void readBundlePart() throws IOException {
    if (!started) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        ended = true;
        return;
      }
      emptyBody = false;
      started = true;
      if (first != JsonToken.START_OBJECT) {
        throw InvalidInput.of("body", "must be a bundle (a JSON object)");
      }
      return;
    }
    if (inArray != null) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        inArray = null;
        return;
      }
      int index = counts.get(inArray);
      Object record = token == JsonToken.VALUE_NULL ? null : readRecord(inArray, index);
      add(inArray, record);
      return;
    }
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_OBJECT) {
      ended = true;
      return;
    }
    if (token == null) {
      throw InvalidInput.of("body", "is not valid JSON: it ends before the bundle does");
    }
    String field = parser.currentName();
    parser.nextToken();
    switch (field) {
      case "format" ->
          format = parser.currentToken() == JsonToken.VALUE_NULL ? null : read(String.class, field);
      case "formatVersion" -> formatVersion = read(Integer.class, field);
      case "vocabularies" -> {
        Bundle.Vocabularies v = read(Bundle.Vocabularies.class, field);
        if (v != null) {
          for (Vocabulary vocabulary : Vocabulary.values()) {
            pending.terms(vocabulary).addAll(BundleValidator.terms(v, vocabulary));
          }
          pending.vocabularies = true;
        }
      }
      case "actors", "sources", "events", "gaps" -> {
        RecordKind kind = kindOfList(field);
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
          return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
          throw InvalidInput.of(field, "must be a list");
        }
        inArray = kind;
      }
      default ->
          throw InvalidInput.of(field, "is not a field here; see the schema in the API contract");
    }
  }

  private RecordKind inArray;

  private static RecordKind kindOfList(String field) {
    for (RecordKind kind : RecordKind.values()) {
      if (kind.plural().equals(field)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(field);
  }

  private <T> T read(Class<T> type, String field) throws IOException {
    try {
      return strict.readValue(parser, type);
    } catch (JsonMappingException e) {
      throw JsonErrors.of(JsonMappingException.wrapWithPath(e, null, field));
    }
  }

  private Object readRecord(RecordKind kind, int index) throws IOException {
    try {
      return strict.readValue(parser, type(kind));
    } catch (JsonMappingException e) {
      throw JsonErrors.of(
          JsonMappingException.wrapWithPath(
              JsonMappingException.wrapWithPath(e, null, index), null, kind.plural()));
    }
  }

  private static Class<?> type(RecordKind kind) {
    return switch (kind) {
      case ACTOR -> ActorInput.class;
      case SOURCE -> SourceInput.class;
      case EVENT -> EventInput.class;
      case GAP -> GapInput.class;
    };
  }

  // --- NDJSON: one record a line

  private void readLine() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      ended = true;
      return;
    }
    emptyBody = false;
    line = parser.currentLocation().getLineNr();
    String at = "lines[" + line + "]";
    if (token != JsonToken.START_OBJECT) {
      throw InvalidInput.of(at, "must be a record: a JSON object with kind");
    }
    ObjectNode node;
    try {
      node = strict.readTree(parser);
    } catch (JsonProcessingException e) {
      throw JsonErrors.of(e);
    }
    String kind = node.path("kind").asText(null);
    node.remove("kind");
    try {
      for (RecordKind k : RecordKind.values()) {
        if (k.label().equals(kind)) {
          add(k, strict.treeToValue(node, type(k)));
          return;
        }
      }
      for (Vocabulary vocabulary : Vocabulary.values()) {
        if (vocabulary.termName().replace(' ', '-').equals(kind)) {
          pending.terms(vocabulary).add(strict.treeToValue(node, TermView.class));
          pending.vocabularies = true;
          return;
        }
      }
    } catch (JsonMappingException e) {
      throw JsonErrors.of(JsonMappingException.wrapWithPath(e, null, at));
    }
    throw InvalidInput.of(
        at + ".kind",
        "must be actor, source, event, gap, topic, event-type, actor-role, actor-type,"
            + " source-type or relation-kind");
  }

  private void add(RecordKind kind, Object record) {
    counts.merge(kind, 1, Integer::sum);
    pending.records++;
    switch (kind) {
      case ACTOR -> pending.actors.add((ActorInput) record);
      case SOURCE -> pending.sources.add((SourceInput) record);
      case EVENT -> pending.events.add((EventInput) record);
      case GAP -> pending.gaps.add((GapInput) record);
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // the request's stream; nothing to do
    }
  }

  /** The records read since the last chunk. */
  private static final class Pending {
    long from;
    int records;
    boolean vocabularies;
    final Map<RecordKind, Integer> offsets = new EnumMap<>(RecordKind.class);
    final Map<Vocabulary, List<TermView>> terms = new EnumMap<>(Vocabulary.class);
    final List<ActorInput> actors = new ArrayList<>();
    final List<SourceInput> sources = new ArrayList<>();
    final List<EventInput> events = new ArrayList<>();
    final List<GapInput> gaps = new ArrayList<>();

    Pending() {
      for (RecordKind kind : RecordKind.values()) {
        offsets.put(kind, 0);
      }
    }

    List<TermView> terms(Vocabulary vocabulary) {
      return terms.computeIfAbsent(vocabulary, v -> new ArrayList<>());
    }

    Bundle.Vocabularies vocabularyBundle() {
      return new Bundle.Vocabularies(
          terms.get(Vocabulary.EVENT_TYPES),
          terms.get(Vocabulary.TOPICS),
          terms.get(Vocabulary.ACTOR_ROLES),
          terms.get(Vocabulary.ACTOR_TYPES),
          terms.get(Vocabulary.SOURCE_TYPES),
          terms.get(Vocabulary.RELATION_KINDS));
    }
  }
}
