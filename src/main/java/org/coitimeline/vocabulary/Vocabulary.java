package org.coitimeline.vocabulary;

/** The controlled vocabularies, with the entity that stores each and its name in bundles. */
public enum Vocabulary {
  EVENT_TYPES(Terms.EventType.class, "eventTypes", "event type"),
  TOPICS(Terms.Topic.class, "topics", "topic"),
  ACTOR_ROLES(Terms.ActorRole.class, "actorRoles", "actor role"),
  ACTOR_TYPES(Terms.ActorType.class, "actorTypes", "actor type"),
  SOURCE_TYPES(Terms.SourceType.class, "sourceTypes", "source type"),
  RELATION_KINDS(Terms.RelationKind.class, "relationKinds", "relation kind");

  final Class<? extends VocabularyTerm> entity;
  private final String bundleName;
  private final String termName;

  Vocabulary(Class<? extends VocabularyTerm> entity, String bundleName, String termName) {
    this.entity = entity;
    this.bundleName = bundleName;
    this.termName = termName;
  }

  /** The field name of this vocabulary in a bundle's "vocabularies" object. */
  public String bundleName() {
    return bundleName;
  }

  /** How a single term is named in messages ("unknown event type"). */
  public String termName() {
    return termName;
  }

  VocabularyTerm newTerm() {
    try {
      return entity.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
