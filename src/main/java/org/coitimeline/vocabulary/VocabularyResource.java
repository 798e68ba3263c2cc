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
  @Operation(summary = "List topics")
  public TermList topics() {
    return new TermList(vocabularies.list(Vocabulary.TOPICS));
  }

  @GET
  @Path("/event-types")
  @Operation(summary = "List event types")
  public TermList eventTypes() {
    return new TermList(vocabularies.list(Vocabulary.EVENT_TYPES));
  }

  @GET
  @Path("/actor-roles")
  @Operation(summary = "List actor roles")
  public TermList actorRoles() {
    return new TermList(vocabularies.list(Vocabulary.ACTOR_ROLES));
  }

  @GET
  @Path("/actor-types")
  @Operation(summary = "List actor types")
  public TermList actorTypes() {
    return new TermList(vocabularies.list(Vocabulary.ACTOR_TYPES));
  }

  @GET
  @Path("/source-types")
  @Operation(summary = "List source types")
  public TermList sourceTypes() {
    return new TermList(vocabularies.list(Vocabulary.SOURCE_TYPES));
  }

  @GET
  @Path("/relation-kinds")
  @Operation(summary = "List kinds of relation between events")
  public TermList relationKinds() {
    return new TermList(vocabularies.list(Vocabulary.RELATION_KINDS));
  }
}
