package org.coitimeline.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coitimeline.actor.ActorView;
import org.coitimeline.actor.ProtectedPeople;
import org.coitimeline.event.CitedEvent;
import org.coitimeline.event.EventInput;
import org.coitimeline.event.EventView;
import org.coitimeline.history.ChangePage;
import org.coitimeline.history.ChangeView;
import org.coitimeline.history.FieldChange;
import org.coitimeline.history.RevisionView;
import org.coitimeline.kernel.Cursor;
import org.coitimeline.kernel.PageView;

/**
 * What a reader who may not see protected people gets instead of every view that could name them:
 * the one place where pseudonyms replace protected actors (id, name, original name, acronym,
 * aliases, description) and their names in events' titles and summaries. Views are built as always,
 * then passed through here by {@link ProtectedPeopleFilter} (every JSON answer and every timeline
 * format) and by the export.
 */
public final class Pseudonymiser {
  private static final Set<String> HIDDEN_ACTOR_FIELDS =
      Set.of("originalName", "acronym", "aliases", "description");

  private final ProtectedPeople people;

  public Pseudonymiser(ProtectedPeople people) {
    this.people = people;
  }

  public ActorView actor(ActorView actor) {
    return people.view(actor);
  }

  public EventView event(EventView e) {
    return new EventView(
        e.id(),
        people.redacted(e.title()),
        people.redacted(e.summary()),
        e.date(),
        e.type(),
        e.topics(),
        e.countries(),
        e.subdivision(),
        e.place(),
        e.actors().stream()
            .map(
                a ->
                    new EventView.ActorLink(
                        people.id(a.id()), people.name(a.id(), a.name()), a.role()))
            .toList(),
        e.sources(),
        e.figures(),
        e.corroboration(),
        e.sourceCount(),
        e.related().stream()
            .map(r -> new EventView.RelatedLink(r.id(), people.redacted(r.title()), r.relation()))
            .toList(),
        e.version(),
        e.createdAt(),
        e.updatedAt());
  }

  public CitedEvent cited(CitedEvent cited) {
    Map<String, String> types = new LinkedHashMap<>();
    cited.actorTypes().forEach((id, type) -> types.put(people.id(id), type));
    return new CitedEvent(event(cited.event()), cited.references(), types);
  }

  /** An event of the export, in the shape a write takes. */
  public EventInput eventInput(EventInput e) {
    return new EventInput(
        e.id(),
        people.redacted(e.title()),
        people.redacted(e.summary()),
        e.date(),
        e.type(),
        e.topics(),
        e.countries(),
        e.subdivision(),
        e.place(),
        e.actors().stream().map(a -> new EventInput.ActorRef(people.id(a.id()), a.role())).toList(),
        e.sources(),
        e.figures(),
        e.corroboration(),
        e.related());
  }

  /** A page of actors or events; any other page as it is. */
  public PageView<?> page(PageView<?> page) {
    List<Object> items = new ArrayList<>();
    for (Object item : page.items()) {
      items.add(one(item));
    }
    return new PageView<>(items, page.next());
  }

  /** An actor or event view; anything else as it is. */
  public Object one(Object item) {
    if (item instanceof ActorView actor) {
      return actor(actor);
    }
    if (item instanceof EventView event) {
      return event(event);
    }
    return item;
  }

  /**
   * A page of the change feed: a protected actor's changes under its pseudonymous id, also inside
   * the cursors (next, resume), whose key ends with the id of the page's last item.
   */
  public ChangePage changes(ChangePage page) {
    List<ChangeView> items =
        page.items().stream()
            .map(
                c ->
                    c.kind().equals("actor") && people.hides(c.id())
                        ? new ChangeView(
                            c.revision(),
                            c.at(),
                            c.by(),
                            c.kind(),
                            people.id(c.id()),
                            c.action(),
                            "/api/v1/actors/" + people.id(c.id()))
                        : c)
            .toList();
    return new ChangePage(items, changeCursor(page.next()), changeCursor(page.resume()));
  }

  private String changeCursor(String text) {
    Cursor cursor = text == null ? null : Cursor.peek(text);
    if (cursor == null || cursor.key().size() != 3 || !cursor.key().get(1).equals("actor")) {
      return text;
    }
    String slug = cursor.key().get(2);
    if (!people.hides(slug)) {
      return text;
    }
    return new Cursor(cursor.fingerprint(), List.of(cursor.key().get(0), "actor", people.id(slug)))
        .encode();
  }

  /** The history of an actor: a protected one's names are left out of every revision. */
  public List<RevisionView> actorHistory(String slug, List<RevisionView> revisions) {
    ProtectedPeople.Person person = people.person(slug);
    return revisions.stream()
        .map(
            r ->
                revision(
                    r,
                    change -> {
                      String field = change.field();
                      if (field.equals("parent")) {
                        return new FieldChange(field, id(change.from()), id(change.to()));
                      }
                      if (person == null) {
                        return change;
                      }
                      if (field.equals("id")) {
                        return new FieldChange(
                            field,
                            text(change.from(), person.id()),
                            text(change.to(), person.id()));
                      }
                      if (field.equals("name")) {
                        return new FieldChange(
                            field,
                            text(change.from(), person.name()),
                            text(change.to(), person.name()));
                      }
                      return HIDDEN_ACTOR_FIELDS.contains(field) ? null : change;
                    }))
        .toList();
  }

  /** The history of an event: its actors pseudonymised, names in its texts replaced. */
  public List<RevisionView> eventHistory(List<RevisionView> revisions) {
    return revisions.stream()
        .map(
            r ->
                revision(
                    r,
                    change ->
                        switch (change.field()) {
                          case "title", "summary" ->
                              new FieldChange(
                                  change.field(), redacted(change.from()), redacted(change.to()));
                          case "actors" ->
                              new FieldChange(
                                  change.field(), actors(change.from()), actors(change.to()));
                          case "related" ->
                              new FieldChange(
                                  change.field(), related(change.from()), related(change.to()));
                          default -> change;
                        }))
        .toList();
  }

  private static RevisionView revision(
      RevisionView r, java.util.function.UnaryOperator<FieldChange> shown) {
    List<FieldChange> changes = new ArrayList<>();
    for (FieldChange change : r.changes()) {
      FieldChange view = shown.apply(change);
      if (view != null
          && !(empty(view.from()) && empty(view.to()))
          && !Objects.equals(view.from(), view.to())) {
        changes.add(view);
      }
    }
    return new RevisionView(r.revision(), r.at(), r.by(), r.action(), changes);
  }

  private static boolean empty(JsonNode node) {
    return node == null || node.isNull();
  }

  private static JsonNode text(JsonNode node, String shown) {
    return empty(node) ? node : TextNode.valueOf(shown);
  }

  private JsonNode id(JsonNode node) {
    return empty(node) || !node.isTextual() ? node : TextNode.valueOf(people.id(node.asText()));
  }

  private JsonNode redacted(JsonNode node) {
    return empty(node) || !node.isTextual()
        ? node
        : TextNode.valueOf(people.redacted(node.asText()));
  }

  private JsonNode actors(JsonNode node) {
    if (empty(node) || !node.isArray()) {
      return node;
    }
    ArrayNode copy = ((ArrayNode) node).deepCopy();
    for (JsonNode link : copy) {
      if (link instanceof ObjectNode o && o.hasNonNull("id")) {
        String slug = o.get("id").asText();
        if (people.hides(slug)) {
          o.put("id", people.id(slug));
          o.put("name", people.name(slug, null));
        }
      }
    }
    return copy;
  }

  private JsonNode related(JsonNode node) {
    if (empty(node) || !node.isArray()) {
      return node;
    }
    ArrayNode copy = ((ArrayNode) node).deepCopy();
    for (JsonNode link : copy) {
      if (link instanceof ObjectNode o && o.hasNonNull("title")) {
        o.put("title", people.redacted(o.get("title").asText()));
      }
    }
    return copy;
  }
}
