package org.coitimeline.kernel;

/** The four kinds of record the service keeps, with their names in messages, bundles and JPQL. */
public enum RecordKind {
  ACTOR("actor", "actors", "Actor"),
  SOURCE("source", "sources", "Source"),
  EVENT("event", "events", "Event"),
  GAP("gap", "gaps", "InformationGap");

  private final String label;
  private final String plural;
  private final String entity;

  RecordKind(String label, String plural, String entity) {
    this.label = label;
    this.plural = plural;
    this.entity = entity;
  }

  /** The kind as messages, import reports and the change feed name it: {@code actor}. */
  public String label() {
    return label;
  }

  /** The list of this kind in a bundle: {@code actors}. */
  public String plural() {
    return plural;
  }

  /** The JPA entity name of this kind. */
  public String entity() {
    return entity;
  }
}
