package org.coitimeline.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The vocabulary tables, one entity each, all of the same shape. */
final class Terms {
  private Terms() {}

  /** An event type. */
  @Entity(name = "EventType")
  @Table(name = "event_type")
  public static class EventType extends VocabularyTerm {}

  /** A topic. */
  @Entity(name = "Topic")
  @Table(name = "topic")
  public static class Topic extends VocabularyTerm {}

  /** The role an actor plays in an event. */
  @Entity(name = "ActorRole")
  @Table(name = "actor_role")
  public static class ActorRole extends VocabularyTerm {}

  /** A kind of actor. */
  @Entity(name = "ActorType")
  @Table(name = "actor_type")
  public static class ActorType extends VocabularyTerm {}

  /** A kind of source. */
  @Entity(name = "SourceType")
  @Table(name = "source_type")
  public static class SourceType extends VocabularyTerm {}

  /** How one event relates to another. */
  @Entity(name = "RelationKind")
  @Table(name = "relation_kind")
  public static class RelationKind extends VocabularyTerm {}
}
