package org.coitimeline.kernel;

/**
 * The four kinds of record the service keeps, with their names in messages, bundles, JPQL and SQL.
 */
public enum RecordKind {
  ACTOR("actor", "actors", "Actor", "actor"),
  SOURCE("source", "sources", "Source", "source"),
  EVENT("event", "events", "Event", "event"),
  GAP("gap", "gaps", "InformationGap", "information_gap");

  private final String label;
  private final String plural;
  private final String entity;
  private final String table;

  RecordKind(String label, String plural, String entity, String table) {
    this.label = label;
    this.plural = plural;
    this.entity = entity;
    this.table = table;
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

  /** The table of this kind's records. */
  public String table() {
    return table;
  }
}
