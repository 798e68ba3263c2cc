package org.coitimeline.support.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Generates requests for the operations of the contract: every documented parameter and body field
 * gets valid, boundary or hostile values, of the right type or the wrong one; ids point at records
 * this fuzz created itself (or at none), so that no record of another test is changed or deleted.
 */
public final class RequestFactory {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final ObjectMapper ASCII =
      JsonMapper.builder().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII).build();
  private static final List<String> KINDS = List.of("event", "actor", "source", "gap");
  private static final List<String> CORROBORATION =
      List.of("corroborated", "single-source", "not-corroborated");
  private static final List<String> QUALIFIERS =
      List.of("at-least", "more-than", "about", "at-most", "less-than");

  private static final List<String> MALFORMED =
      List.of(
          "empty",
          "unclosed object",
          "a JSON scalar or array",
          "XML",
          "a duplicate key",
          "5000 nested arrays",
          "invalid UTF-8",
          "a byte order mark",
          "UTF-16",
          "over 2 MB",
          "hostile text",
          "2000 nested objects");

  private final FuzzValues values;
  private final String prefix;
  private final Map<String, String> tokens;
  private final Map<String, List<String>> vocabularies;
  private final Map<String, List<String>> stable = new HashMap<>();
  private final Map<String, List<String>> deletable = new HashMap<>();
  private final Map<String, List<String>> deleted = new HashMap<>();
  private final Map<String, String> etags = new HashMap<>();
  private final List<String> cursors = new ArrayList<>();
  private int counter;

  /**
   * @param prefix starts every id this fuzz makes up
   * @param tokens the Authorization header value per role name (null for none)
   * @param vocabularies codes per vocabulary path (topics, event-types, actor-roles, ...)
   */
  public RequestFactory(
      FuzzValues values,
      String prefix,
      Map<String, String> tokens,
      Map<String, List<String>> vocabularies) {
    this.values = values;
    this.prefix = prefix;
    this.tokens = tokens;
    this.vocabularies = vocabularies;
    for (String kind : KINDS) {
      stable.put(kind, new ArrayList<>());
      deletable.put(kind, new ArrayList<>());
      deleted.put(kind, new ArrayList<>());
    }
  }

  /** A record the fuzz reads and changes but does not delete. */
  public void addStable(String kind, String id) {
    stable.get(kind).add(id);
  }

  /** A record the fuzz may delete. */
  public void addDeletable(String kind, String id) {
    if (!deletable.get(kind).contains(id) && deletable.get(kind).size() < 500) {
      deletable.get(kind).add(id);
    }
  }

  public void wasDeleted(String kind, String id) {
    stable.get(kind).remove(id);
    deletable.get(kind).remove(id);
    if (deleted.get(kind).size() < 100) {
      deleted.get(kind).add(id);
    }
  }

  public void etag(String kind, String id, String etag) {
    etags.put(kind + "/" + id, etag);
  }

  public void cursor(String cursor) {
    if (cursor != null && !cursor.isEmpty() && cursors.size() < 200 && !cursors.contains(cursor)) {
      cursors.add(cursor);
    }
  }

  /** Ids of records the fuzz created (for cleaning up), kinds in the order to delete them. */
  public Map<String, List<String>> owned() {
    Map<String, List<String>> owned = new LinkedHashMap<>();
    for (String kind : List.of("event", "gap", "source", "actor")) {
      List<String> ids = new ArrayList<>(stable.get(kind));
      ids.addAll(deletable.get(kind));
      owned.put(kind, ids);
    }
    return owned;
  }

  public String newId(String name) {
    return prefix + "-" + name + "-" + (++counter);
  }

  // ---------------------------------------------------------------------------------------------
  // Requests

  public FuzzRequest next(ContractOperation operation) {
    FuzzRequest.Builder request = new FuzzRequest.Builder(operation);
    String role = role(operation);
    request.auth(role, tokens.get(role));
    String id = null;
    for (Parameter parameter : operation.parameters("path")) {
      id = pathId(operation);
      request.pathParam(parameter.getName(), id);
    }
    for (Parameter parameter : operation.parameters("query")) {
      if (values.chance(0.45)) {
        addQueryParameter(request, operation, parameter);
      }
    }
    if (values.chance(0.04)) {
      String name = values.chance(0.5) ? values.alphanumeric() : values.hostileString();
      request.queryParam(name, values.chance(0.8) ? values.alphanumeric() : null);
      request.mutation("query.unknown=" + FuzzRequest.printable(name, 40));
    }
    if (operation.parameters("header").stream().anyMatch(p -> p.getName().equals("If-Match"))) {
      ifMatch(request, operation, id);
    }
    if (values.chance(0.2)) {
      request.header("Accept", accept(operation));
    }
    if (operation.hasBody()) {
      body(request, operation, id);
    }
    return request.build();
  }

  private String role(ContractOperation operation) {
    double roll = values.between(0, 999) / 1000.0;
    if (roll < 0.15) {
      return values.pick(
          List.of("expired", "forged", "wrong-issuer", "garbage", "groups-object", "basic"));
    }
    if (!operation.isWrite()) {
      return values.pick(List.of("anonymous", "anonymous", "reader", "editor", "admin"));
    }
    if (roll < 0.22) {
      return values.pick(List.of("anonymous", "reader"));
    }
    if (operation.isAdminOnly()) {
      return roll < 0.3 ? "editor" : "admin";
    }
    return values.chance(0.5) ? "editor" : "admin";
  }

  private String pathId(ContractOperation operation) {
    String kind = operation.idKind().orElse("event");
    double roll = values.between(0, 99) / 100.0;
    if (roll < 0.15) {
      return values.hostileString();
    }
    if (roll < 0.22) {
      return newId(kind); // a record that does not exist
    }
    if (roll < 0.27 && !deleted.get(kind).isEmpty()) {
      return values.pick(deleted.get(kind));
    }
    List<String> pool =
        operation.method().equals("DELETE") || stable.get(kind).isEmpty()
            ? deletable.get(kind)
            : stable.get(kind);
    return pool.isEmpty() ? newId(kind) : values.pick(pool);
  }

  private void addQueryParameter(
      FuzzRequest.Builder request, ContractOperation operation, Parameter parameter) {
    String name = parameter.getName();
    Schema<?> schema = parameter.getSchema();
    boolean repeatable = schema != null && "array".equals(type(schema));
    int times = repeatable ? values.between(1, 3) : (values.chance(0.03) ? 2 : 1);
    for (int i = 0; i < times; i++) {
      if (values.chance(0.25)) {
        String hostile = values.hostileString();
        request.queryParam(name, hostile);
        request.mutation("query." + name + "=hostile");
      } else if (values.chance(0.02)) {
        request.queryParam(name, null);
        request.mutation("query." + name + "=no value");
      } else {
        request.queryParam(
            name, queryValue(operation, name, repeatable ? schema.getItems() : schema));
      }
    }
  }

  private String queryValue(ContractOperation operation, String name, Schema<?> schema) {
    if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      String value = String.valueOf(values.pick(schema.getEnum()));
      return values.chance(0.85) ? value : value.toUpperCase(Locale.ROOT) + " ";
    }
    if (schema != null && "integer".equals(type(schema))) {
      return values.chance(0.5)
          ? String.valueOf(
              values.between(
                  schema.getMinimum() == null ? 0 : schema.getMinimum().intValue(),
                  schema.getMaximum() == null ? 1000 : schema.getMaximum().intValue()))
          : values.boundaryInteger(schema.getMinimum(), schema.getMaximum());
    }
    return switch (name) {
      case "asOf" -> values.instant();
      case "since" -> values.chance(0.5) ? values.instant() : cursor();
      case "from", "to" -> values.dateText();
      case "cursor" -> cursor();
      case "q" -> values.chance(0.6) ? values.text() : values.hostileString();
      case "country" -> values.country();
      case "actor" -> reference("actor");
      case "source" -> reference("source");
      case "topic" -> orWord(vocabulary("topics"));
      case "type" -> orWord(vocabulary(typeVocabulary(operation.path())));
      case "kind" -> values.chance(0.8) ? values.pick(KINDS) : values.word();
      case "dryRun" -> values.pick(List.of("true", "false", "TRUE", "1", "yes", ""));
      case "corroboration" -> values.pick(CORROBORATION);
      default -> values.chance(0.5) ? values.word() : values.hostileString();
    };
  }

  private static String typeVocabulary(String path) {
    if (path.contains("/actors")) {
      return "actor-types";
    }
    return path.contains("/sources") ? "source-types" : "event-types";
  }

  private String vocabulary(String name) {
    List<String> codes = vocabularies.getOrDefault(name, List.of());
    return codes.isEmpty() ? values.word() : values.pick(codes);
  }

  /** Mostly the given code; sometimes a word that is no code. */
  private String orWord(String code) {
    return values.chance(0.85) ? code : values.word();
  }

  private String reference(String kind) {
    List<String> pool = values.chance(0.7) ? stable.get(kind) : deletable.get(kind);
    return pool.isEmpty() || values.chance(0.1) ? newId(kind) : values.pick(pool);
  }

  /** A cursor the service gave out, one changed from it, or one made up. */
  private String cursor() {
    if (!cursors.isEmpty() && values.chance(0.4)) {
      return values.pick(cursors);
    }
    String base = cursors.isEmpty() ? values.alphanumeric() : values.pick(cursors);
    return switch (values.between(0, 7)) {
      case 0 -> base.substring(0, Math.max(0, base.length() - values.between(1, 4)));
      case 1 -> base + values.alphanumeric();
      case 2 -> flip(base);
      case 3 -> base64("{\"k\":\"" + values.hostileString().replace("\"", "") + "\",\"id\":1}");
      case 4 -> base64(values.hostileString());
      case 5 -> base64("[" + values.numberLike() + ",\"" + values.word() + "\"]");
      case 6 -> values.hostileString();
      default -> base.replace('-', '+').replace('_', '/') + "==";
    };
  }

  private String flip(String text) {
    if (text.isEmpty()) {
      return "A";
    }
    int at = values.between(0, text.length() - 1);
    char c = text.charAt(at);
    char flipped = c == 'A' ? 'B' : (Character.isLetterOrDigit(c) ? 'A' : '_');
    return text.substring(0, at) + flipped + text.substring(at + 1);
  }

  private static String base64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private void ifMatch(FuzzRequest.Builder request, ContractOperation operation, String id) {
    String kind = operation.idKind().orElse("event");
    String current = etags.get(kind + "/" + id);
    double roll = values.between(0, 99) / 100.0;
    if (roll < 0.55 && current != null) {
      request.header("If-Match", current);
    } else if (roll < 0.7) {
      request.header(
          "If-Match",
          values.pick(
              List.of(
                  "\"0\"",
                  "\"-1\"",
                  "\"99999999999999999999\"",
                  "*",
                  "W/\"0\"",
                  "\"0",
                  "0",
                  "\"\"",
                  "\"1\", \"2\"",
                  "\"" + values.alphanumeric() + "\"")));
      request.mutation("header.If-Match=made up");
    } else if (roll < 0.85 && current != null) {
      request.header("If-Match", current);
    } else {
      request.mutation("header.If-Match=absent");
    }
  }

  private String accept(ContractOperation operation) {
    List<String> documented = new ArrayList<>(operation.successMediaTypes());
    documented.addAll(
        List.of(
            "application/problem+json",
            "*/*",
            "text/html",
            "application/xml",
            "application/atom+xml",
            "text/csv;q=0.5, application/json;q=0.9",
            "image/png",
            "application/" + values.alphanumeric()));
    return values.pick(documented);
  }

  // ---------------------------------------------------------------------------------------------
  // Bodies

  private void body(FuzzRequest.Builder request, ContractOperation operation, String pathId) {
    double roll = values.between(0, 99) / 100.0;
    if (operation.bodyMediaTypes().contains("text/csv") && roll < 0.2) {
      request.header("Content-Type", values.chance(0.9) ? "text/csv" : "text/csv; charset=utf-8");
      request.body(csvEvents(request).getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (roll < 0.12) {
      malformedBody(request);
      return;
    }
    Schema<?> schema = operation.jsonBodySchema().orElse(null);
    JsonNode body;
    if (roll < 0.2 || schema == null) {
      body = schema == null ? JSON.objectNode() : randomValue(schema, 0);
      request.mutation("body=generated from the schema");
    } else {
      body = template(operation, pathId, request);
      int mutations = values.pick(List.of(0, 1, 1, 1, 2, 2, 3));
      for (int i = 0; i < mutations; i++) {
        mutate(body, schema, request);
      }
    }
    request.header("Content-Type", "application/json");
    request.body(json(body, values.chance(0.3)));
  }

  private static byte[] json(JsonNode body, boolean escapeNonAscii) {
    try {
      return (escapeNonAscii ? ASCII : PLAIN).writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // a lone surrogate cannot be written as UTF-8: send it escaped, as a client would
      try {
        return ASCII.writeValueAsBytes(body);
      } catch (JsonProcessingException again) {
        throw new IllegalStateException(again);
      }
    }
  }

  private void malformedBody(FuzzRequest.Builder request) {
    int choice = values.between(0, 11);
    String contentType =
        values.pick(
            List.of(
                "application/json",
                "application/json",
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json; charset=utf-16",
                "application/merge-patch+json",
                "text/csv"));
    byte[] body =
        switch (choice) {
          case 0 -> new byte[0];
          case 1 -> "{".getBytes(StandardCharsets.UTF_8);
          case 2 -> values.pick(List.of("null", "[]", "42", "true", "\"x\"")).getBytes();
          case 3 -> "<event><id>x</id></event>".getBytes(StandardCharsets.UTF_8);
          case 4 ->
              ("{\"id\":\"" + values.word() + "\",\"id\":1}").getBytes(StandardCharsets.UTF_8);
          case 5 -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
          case 6 -> new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
          case 7 -> ("\uFEFF{\"id\":\"" + values.word() + "\"}").getBytes(StandardCharsets.UTF_8);
          case 8 -> "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_16);
          case 9 -> hugeJson();
          case 10 -> values.hostileString().getBytes(StandardCharsets.UTF_8);
          default -> ("{\"a\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2001)).getBytes();
        };
    request.header("Content-Type", contentType);
    request.body(body);
    request.mutation("body=malformed: " + MALFORMED.get(choice));
  }

  /** A body over the 2 MB limit. */
  private byte[] hugeJson() {
    String filler = "x".repeat(2_200_000);
    return ("{\"id\":\"" + newId("huge") + "\",\"title\":\"" + filler + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A snapshot's query: the events of one country, maybe of one year. */
  private JsonNode snapshotQuery() {
    ObjectNode query = JSON.objectNode();
    query.putArray("country").add("MX");
    if (values.chance(0.5)) {
      String year = Integer.toString(values.pick(List.of(2017, 2019, 2021)));
      query.put("from", year).put("to", year);
    }
    return query;
  }

  /** A valid body for the operation, with ids of this fuzz's records. */
  private JsonNode template(
      ContractOperation operation, String pathId, FuzzRequest.Builder request) {
    if (operation.path().endsWith("/import")) {
      return bundle(request);
    }
    if (operation.path().endsWith("/snapshots")) {
      return snapshotQuery();
    }
    String kind =
        operation.createdKind().or(operation::idKind).orElseThrow(IllegalStateException::new);
    String id = operation.method().equals("PUT") && pathId != null ? pathId : newId(kind);
    if (operation.method().equals("POST") && values.chance(0.05)) {
      id = reference(kind); // one that exists: a 409
    }
    return record(kind, id);
  }

  private ObjectNode bundle(FuzzRequest.Builder request) {
    ObjectNode bundle = JSON.objectNode();
    bundle.put("format", "coi-timeline-bundle");
    bundle.put("formatVersion", 1);
    if (values.chance(0.1)) {
      // New terms change vocabularies every test sees, so only in a dry run.
      ObjectNode vocabularies = bundle.putObject("vocabularies");
      ArrayNode topics = vocabularies.putArray("topics");
      ObjectNode term = topics.addObject();
      term.put("code", values.chance(0.5) ? newId("topic") : values.hostileString());
      term.put("label", values.chance(0.5) ? values.text() : values.hostileString());
      request.queryParam("dryRun", "true");
      request.mutation("body.vocabularies=dry run");
    }
    for (String kind : KINDS) {
      if (values.chance(0.6)) {
        ArrayNode records = bundle.putArray(kind.equals("gap") ? "gaps" : kind + "s");
        for (int i = values.between(1, 2); i > 0; i--) {
          records.add(record(kind, values.chance(0.8) ? newId(kind) : reference(kind)));
        }
      }
    }
    return bundle;
  }

  /** A valid record of this kind, in the shape a write takes. */
  public ObjectNode record(String kind, String id) {
    ObjectNode record = JSON.objectNode();
    record.put("id", id);
    switch (kind) {
      case "actor" -> {
        record.put("name", "Fuzz " + values.text());
        record.put("originalName", values.text());
        record.put("acronym", values.alphanumeric().toUpperCase(Locale.ROOT));
        record.putArray("aliases").add(values.word());
        record.put("type", vocabulary("actor-types"));
        record.putArray("countries").add("MX");
        record.put("description", values.text());
      }
      case "source" -> {
        record.put("citation", "Fuzz " + values.word() + " " + values.between(1990, 2030));
        record.put("author", values.text());
        record.put("title", values.text() + ".");
        record.put("titleQuoted", values.chance(0.5));
        record.put("publisher", values.text());
        record.put("published", values.recentDate().toString());
        record.put("publishedInferred", false);
        record.put("url", "https://example.org/" + values.alphanumeric());
        record.put("accessed", "2021-08-24");
        record.put("language", "en");
        record.put("type", vocabulary("source-types"));
        record.put("inReferenceList", true);
      }
      case "event" -> {
        record.put("title", "Fuzz " + values.text());
        record.put("summary", values.text() + ".");
        record.put("date", values.recentDate().toString());
        record.put("type", vocabulary("event-types"));
        record.putArray("topics").add(vocabulary("topics"));
        record.putArray("countries").add("MX");
        if (!stable.get("actor").isEmpty()) {
          ObjectNode actor = record.putArray("actors").addObject();
          actor.put("id", values.pick(stable.get("actor")));
          actor.put("role", vocabulary("actor-roles"));
        }
        if (!stable.get("source").isEmpty()) {
          ObjectNode source = record.putArray("sources").addObject();
          source.put("id", values.pick(stable.get("source")));
          source.put("pinpoint", String.valueOf(values.between(1, 300)));
          source.put("translated", false);
        }
        ObjectNode figure = record.putArray("figures").addObject();
        figure.put("label", values.text());
        figure.put("value", values.between(1, 50_000_000));
        figure.put("unit", values.word());
        figure.put("qualifier", values.pick(QUALIFIERS));
        record.put("corroboration", values.pick(CORROBORATION));
        ArrayNode related = record.putArray("related");
        if (!stable.get("event").isEmpty() && values.chance(0.3)) {
          ObjectNode relation = related.addObject();
          relation.put("id", values.pick(stable.get("event")));
          relation.put("relation", vocabulary("relation-kinds"));
        }
      }
      case "gap" -> {
        record.put("statement", "Information on " + values.text() + " could not be found.");
        record.putArray("countries").add("MX");
        record.putArray("topics").add(vocabulary("topics"));
        record.put("period", "2017/2021-07");
        record.put("researchedAt", "2021-08-24");
        if (!stable.get("source").isEmpty()) {
          record.put("source", values.pick(stable.get("source")));
        }
      }
      default -> throw new IllegalArgumentException(kind);
    }
    return record;
  }

  /** A place in a body: its container, the field name or index, the schema there. */
  private record Spot(JsonNode container, String field, int index, Schema<?> schema, String path) {}

  private void mutate(JsonNode body, Schema<?> schema, FuzzRequest.Builder request) {
    List<Spot> spots = new ArrayList<>();
    collect(body, schema, "body", spots);
    if (spots.isEmpty() || values.chance(0.07)) {
      if (body instanceof ObjectNode object) {
        String name = values.chance(0.5) ? values.alphanumeric() : values.hostileString();
        object.put(name, values.word());
        request.mutation("body.unknown field=" + FuzzRequest.printable(name, 40));
      }
      return;
    }
    Spot spot = values.pick(spots);
    String field = spot.field() == null ? parentField(spot.path()) : spot.field();
    double roll = values.between(0, 99) / 100.0;
    JsonNode replacement;
    String how;
    if (roll < 0.12) {
      if (spot.container() instanceof ObjectNode object) {
        object.remove(spot.field());
      } else {
        ((ArrayNode) spot.container()).remove(spot.index());
      }
      request.mutation(spot.path() + "=removed");
      return;
    } else if (roll < 0.2) {
      replacement = JSON.nullNode();
      how = "null";
    } else if (roll < 0.5) {
      replacement = domainValue(field, spot.path(), spot.schema());
      how = "domain value " + FuzzRequest.printable(replacement.toString(), 60);
    } else if (roll < 0.8) {
      replacement = hostileOfType(spot.schema());
      how = "hostile " + FuzzRequest.printable(replacement.toString(), 60);
    } else {
      replacement = wrongType(spot.schema());
      how = "wrong type " + FuzzRequest.printable(replacement.toString(), 60);
    }
    if (spot.container() instanceof ObjectNode object) {
      object.set(spot.field(), replacement);
    } else {
      ((ArrayNode) spot.container()).set(spot.index(), replacement);
    }
    request.mutation(spot.path() + "=" + how);
  }

  private static String parentField(String path) {
    String withoutIndex = path.replaceAll("\\[\\d+]$", "");
    return withoutIndex.substring(withoutIndex.lastIndexOf('.') + 1);
  }

  private void collect(JsonNode node, Schema<?> schema, String path, List<Spot> spots) {
    if (node instanceof ObjectNode object) {
      Map<String, Schema> properties = schema == null ? null : schema.getProperties();
      object
          .fieldNames()
          .forEachRemaining(
              name -> {
                Schema<?> child = properties == null ? null : properties.get(name);
                String childPath = path + "." + name;
                spots.add(new Spot(object, name, -1, child, childPath));
                collect(object.get(name), child, childPath, spots);
              });
    } else if (node instanceof ArrayNode array) {
      Schema<?> items = schema == null ? null : schema.getItems();
      for (int i = 0; i < array.size(); i++) {
        String childPath = path + "[" + i + "]";
        spots.add(new Spot(array, null, i, items, childPath));
        collect(array.get(i), items, childPath, spots);
      }
    }
  }

  /** A plausible value for the field: what the service's rules are about, valid or a near miss. */
  private JsonNode domainValue(String field, String path, Schema<?> schema) {
    if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return JSON.pojoNode(values.pick(schema.getEnum()));
    }
    String owner = owningKind(path);
    return switch (field) {
      case "id" -> JSON.textNode(values.chance(0.5) ? newId(owner) : reference(owner));
      case "parent" -> JSON.textNode(reference("actor"));
      case "source" -> JSON.textNode(reference("source"));
      case "date", "period" ->
          values.chance(0.7)
              ? JSON.textNode(values.edtf())
              : JSON.objectNode().put("edtf", values.edtf());
      case "edtf", "published" -> JSON.textNode(values.edtf());
      case "accessed", "researchedAt" -> JSON.textNode(values.dateText());
      case "countries", "country" -> JSON.textNode(values.country());
      case "subdivision" -> JSON.textNode(values.country() + "-" + values.alphanumeric());
      case "language", "quoteLanguage" -> JSON.textNode(values.language());
      case "url" -> JSON.textNode(values.url());
      case "type" -> JSON.textNode(orWord(vocabulary(typeVocabularyOf(owner))));
      case "role" -> JSON.textNode(orWord(vocabulary("actor-roles")));
      case "relation" -> JSON.textNode(orWord(vocabulary("relation-kinds")));
      case "topics", "code" -> JSON.textNode(orWord(vocabulary("topics")));
      case "corroboration" -> JSON.textNode(values.pick(CORROBORATION));
      case "qualifier" -> JSON.textNode(values.pick(QUALIFIERS));
      case "value" -> JSON.numberNode(values.number());
      case "formatVersion" -> JSON.numberNode(values.between(-1, 3));
      case "format" -> JSON.textNode(values.pick(List.of("coi-timeline-bundle", "csv", "")));
      case "dateSuffix" -> JSON.textNode(values.pick(List.of("a", "b", "z", "aa", "1", "")));
      default -> randomValue(schema, 2);
    };
  }

  /** The kind of record a path inside a body is about: the nearest array that holds records. */
  private static String owningKind(String path) {
    String[] parts = path.split("\\.");
    for (int i = parts.length - 1; i >= 0; i--) {
      String name = parts[i].replaceAll("\\[\\d+]", "");
      switch (name) {
        case "events", "related":
          return "event";
        case "actors", "parent":
          return "actor";
        case "sources":
          return "source";
        case "gaps":
          return "gap";
        default:
          break;
      }
    }
    return "event";
  }

  private static String typeVocabularyOf(String kind) {
    return switch (kind) {
      case "actor" -> "actor-types";
      case "source" -> "source-types";
      default -> "event-types";
    };
  }

  private JsonNode hostileOfType(Schema<?> schema) {
    String type = schema == null ? "string" : type(schema);
    return switch (type) {
      case "integer", "number" ->
          values.chance(0.7)
              ? JSON.numberNode(values.number())
              : JSON.textNode(values.numberLike());
      case "boolean" -> JSON.textNode(values.pick(List.of("true", "yes", "1", "")));
      case "array" -> {
        ArrayNode array = JSON.arrayNode();
        int size = values.chance(0.1) ? 2_000 : values.between(0, 4);
        for (int i = 0; i < size; i++) {
          array.add(values.hostileString());
        }
        yield array;
      }
      case "object" -> {
        ObjectNode object = JSON.objectNode();
        object.put("edtf", values.hostileString());
        object.put(values.alphanumeric(), values.hostileString());
        yield object;
      }
      default -> JSON.textNode(values.hostileString());
    };
  }

  private JsonNode wrongType(Schema<?> schema) {
    String type = schema == null ? "string" : type(schema);
    List<JsonNode> choices = new ArrayList<>();
    if (!type.equals("string")) {
      choices.add(JSON.textNode(values.word()));
    }
    if (!type.equals("integer") && !type.equals("number")) {
      choices.add(JSON.numberNode(values.number()));
    }
    if (!type.equals("boolean")) {
      choices.add(JSON.booleanNode(values.chance(0.5)));
    }
    if (!type.equals("array")) {
      choices.add(JSON.arrayNode().add(values.word()));
    }
    if (!type.equals("object")) {
      choices.add(JSON.objectNode().put(values.word(), values.word()));
    }
    return values.pick(choices);
  }

  /** A value that follows the schema's types, with any content. */
  private JsonNode randomValue(Schema<?> schema, int depth) {
    if (schema == null) {
      return JSON.textNode(values.chance(0.5) ? values.word() : values.hostileString());
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty() && values.chance(0.8)) {
      return JSON.pojoNode(values.pick(schema.getEnum()));
    }
    return switch (type(schema)) {
      case "object" -> {
        ObjectNode object = JSON.objectNode();
        if (schema.getProperties() != null && depth < 4) {
          schema
              .getProperties()
              .forEach(
                  (name, child) -> {
                    if (values.chance(0.6)) {
                      object.set(name, randomValue(child, depth + 1));
                    }
                  });
        }
        yield object;
      }
      case "array" -> {
        ArrayNode array = JSON.arrayNode();
        for (int i = values.between(0, 2); i > 0 && depth < 4; i--) {
          array.add(randomValue(schema.getItems(), depth + 1));
        }
        yield array;
      }
      case "integer" -> JSON.numberNode(values.between(-2, 1000));
      case "number" -> JSON.numberNode(values.number());
      case "boolean" -> JSON.booleanNode(values.chance(0.5));
      default ->
          JSON.textNode(
              switch (values.between(0, 3)) {
                case 0 -> values.word();
                case 1 -> values.text();
                case 2 -> values.edtf();
                default -> values.hostileString();
              });
    };
  }

  /** The schema's type (OpenAPI 3.1 keeps it in a set); oneOf with a string counts as string. */
  static String type(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    Set<String> types = schema.getTypes();
    if (types != null && !types.isEmpty()) {
      return types.contains("object") && schema.getOneOf() != null
          ? "string"
          : types.stream().filter(t -> !t.equals("null")).findFirst().orElse("string");
    }
    if (schema.getProperties() != null) {
      return "object";
    }
    return schema.getItems() != null ? "array" : "string";
  }

  /** One CSV import: a header naming some columns, then rows of mostly valid cells. */
  private String csvEvents(FuzzRequest.Builder request) {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "id",
                "title",
                "summary",
                "date",
                "type",
                "topics",
                "countries",
                "subdivision",
                "place",
                "actors",
                "sources",
                "figures",
                "corroboration"));
    if (values.chance(0.3)) {
      columns.removeIf(c -> !c.equals("id") && values.chance(0.4));
    }
    if (values.chance(0.05)) {
      columns.add(values.word());
      request.mutation("csv.unknown column");
    }
    StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
    for (int row = values.between(1, 3); row > 0; row--) {
      List<String> cells = new ArrayList<>();
      for (String column : columns) {
        String cell = csvCell(column);
        if (values.chance(0.08)) {
          cell = values.hostileString();
          request.mutation("csv." + column + "=hostile");
        }
        cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
      }
      csv.append(String.join(",", cells)).append("\r\n");
    }
    if (values.chance(0.05)) {
      csv.append("\"unbalanced,quote\r\n");
      request.mutation("csv=unbalanced quote");
    }
    return csv.toString();
  }

  private String csvCell(String column) {
    return switch (column) {
      case "id" -> newId("event");
      case "title" -> "Fuzz " + values.text();
      case "summary" -> values.text();
      case "date" -> values.chance(0.7) ? values.date().toString() : values.edtf();
      case "type" -> vocabulary("event-types");
      case "topics" -> vocabulary("topics");
      case "countries" -> values.chance(0.8) ? "MX" : values.country() + ";" + values.country();
      case "actors" -> reference("actor") + ":" + vocabulary("actor-roles");
      case "sources" -> reference("source") + (values.chance(0.5) ? "@" + values.word() : "");
      case "figures" ->
          values.pick(List.of("", "at-least ", "about "))
              + values.number().toPlainString()
              + " "
              + values.word()
              + "|"
              + values.text();
      case "corroboration" -> values.pick(CORROBORATION);
      default -> values.chance(0.5) ? "" : values.word();
    };
  }
}
