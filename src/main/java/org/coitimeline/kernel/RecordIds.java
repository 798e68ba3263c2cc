package org.coitimeline.kernel;

/**
 * Where the internal keys of records and their links come from: the sequence {@code record_id_seq}
 * (migration V7), fifty at a time, so that Hibernate knows a new row's id before it writes it and
 * can send INSERTs in JDBC batches (it cannot with ids the database generates). One sequence for
 * every kind: an id names one record of any kind.
 */
public final class RecordIds {
  public static final String GENERATOR = "record_id";
  public static final String SEQUENCE = "record_id_seq";

  /** Ids fetched per round trip; equals the sequence's INCREMENT BY, as Hibernate checks. */
  public static final int ALLOCATION = 50;

  private RecordIds() {}
}
