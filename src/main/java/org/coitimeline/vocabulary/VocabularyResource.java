package org.coitimeline.vocabulary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The controlled vocabularies over HTTP. Each list is short and complete: no paging. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies")
public class VocabularyResource {
  @Inject VocabularyService vocabularies;

  /** A whole vocabulary. */
  public record TermList(List<TermView> items) {}

  @GET
  @Path("/topics")
  @Operation(
      operationId = "listTopics",
      summary = "List topics",
      description = "The built-in terms and those that imported data sets added.")
  public TermList topics() {
    return new TermList(vocabularies.list(Vocabulary.TOPICS));
  }

  @GET
  @Path("/event-types")
  @Operation(
      operationId = "listEventTypes",
      summary = "List event types",
      description = "The built-in terms and those that imported data sets added.")
  public TermList eventTypes() {
    return new TermList(vocabularies.list(Vocabulary.EVENT_TYPES));
  }

  @GET
  @Path("/actor-roles")
  @Operation(
      operationId = "listActorRoles",
      summary = "List actor roles",
      description = "The built-in terms and those that imported data sets added.")
  public TermList actorRoles() {
    return new TermList(vocabularies.list(Vocabulary.ACTOR_ROLES));
  }

  @GET
  @Path("/actor-types")
  @Operation(
      operationId = "listActorTypes",
      summary = "List actor types",
      description = "The built-in terms and those that imported data sets added.")
  public TermList actorTypes() {
    return new TermList(vocabularies.list(Vocabulary.ACTOR_TYPES));
  }

  @GET
  @Path("/source-types")
  @Operation(
      operationId = "listSourceTypes",
      summary = "List source types",
      description = "The built-in terms and those that imported data sets added.")
  public TermList sourceTypes() {
    return new TermList(vocabularies.list(Vocabulary.SOURCE_TYPES));
  }

  @GET
  @Path("/relation-kinds")
  @Operation(
      operationId = "listRelationKinds",
      summary = "List kinds of relation between events",
      description = "The built-in terms and those that imported data sets added.")
  public TermList relationKinds() {
    return new TermList(vocabularies.list(Vocabulary.RELATION_KINDS));
  }
}
