package org.coitimeline.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical form of a snapshot's result, which its SHA-256 is taken of: one line per event, in
 * the snapshot's order, {@code <event id> <updatedAt>\n} in UTF-8, updatedAt as ISO-8601 in UTC
 * exactly as the event's JSON shows it (e.g. {@code 2021-08-25T14:03:07.123456Z}). An event's id
 * never changes and each write of an event gives it a new updatedAt, so the pair names one stored
 * state of one event; what any format prints of that state (names, references, columns, a protected
 * person's pseudonym) is left out, so the hash is the same for every format and every reader, and a
 * release that adds a field or a format does not change it. Anyone can recompute it from the JSON
 * pages of {@code /snapshots/{id}/events}.
 */
final class CanonicalResult {
  private final MessageDigest digest;
  private int count;

  CanonicalResult() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  void add(String eventId, Instant updatedAt) {
    String line = eventId + " " + DateTimeFormatter.ISO_INSTANT.format(updatedAt) + "\n";
    digest.update(line.getBytes(StandardCharsets.UTF_8));
    count++;
  }

  int count() {
    return count;
  }

  /** The lower-case hex SHA-256 of the lines added (this ends the digest). */
  String sha256() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
