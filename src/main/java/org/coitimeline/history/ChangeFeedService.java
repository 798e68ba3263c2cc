package org.coitimeline.history;

import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.coitimeline.history.ChangeFeedRepository.Position;
import org.coitimeline.history.ChangeFeedRepository.Row;
import org.coitimeline.kernel.Cursor;
import org.coitimeline.kernel.Instants;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.Paging;
import org.coitimeline.kernel.Retryable;
import org.eclipse.microprofile.faulttolerance.Retry;

/** The change feed: what changed in the store, revision by revision, for integrations that poll. */
@ApplicationScoped
@Retry
@RetryWhen(exception = Retryable.class)
public class ChangeFeedService {
  private static final Map<String, String> PATHS =
      Map.of(
          "event", "/api/v1/events/",
          "actor", "/api/v1/actors/",
          "source", "/api/v1/sources/",
          "gap", "/api/v1/gaps/");
  private static final java.util.regex.Pattern PSEUDONYM =
      java.util.regex.Pattern.compile("protected-([1-9][0-9]{0,8})");
  private static final Position START = new Position(0, "", "");
  private static final String SINCE_RULE =
      "must be an ISO-8601 instant such as 2026-11-28T10:00:00Z, or the resume value of an"
          + " earlier page asked with the same kind filter";

  @Inject ChangeFeedRepository changes;
  @Inject ChangeFeedConfig config;

  /**
   * One page of changes after {@code since} (an instant, a resume cursor, or null for the
   * beginning), or after {@code cursor} when following {@code next}. One transaction, so that the
   * page's statements read one snapshot.
   */
  @Transactional
  public ChangePage changes(String since, List<String> kind, String cursor, int limit) {
    Set<String> kinds = kinds(kind);
    String fingerprint = Cursor.fingerprint("changes", kinds);
    Position after;
    if (cursor != null) {
      if (since != null && instant(since) == null) {
        sinceCursor(since, fingerprint); // still checked, though the cursor decides
      }
      after = position(Cursor.decode(cursor, fingerprint, 3), "cursor");
    } else {
      after = since(since, fingerprint);
    }
    List<Row> rows =
        after == null
            ? List.of()
            : changes.after(
                after,
                kinds,
                limit + 1,
                System.currentTimeMillis() - config.settleTime().toMillis());
    Paging.Slice<Row> page = Paging.slice(rows, limit, fingerprint, ChangeFeedService::key);
    List<ChangeView> items = page.rows().stream().map(ChangeFeedService::view).toList();
    return new ChangePage(items, page.next(), resume(page.rows(), since, cursor, fingerprint));
  }

  private static Set<String> kinds(List<String> values) {
    if (values == null || values.isEmpty()) {
      return new TreeSet<>(PATHS.keySet());
    }
    Set<String> kinds = new TreeSet<>(values);
    if (!PATHS.keySet().containsAll(kinds)) {
      throw InvalidInput.of("kind", "must be event, actor, source or gap");
    }
    return kinds;
  }

  /**
   * The position a {@code since} value stands for; null when it is an instant after which nothing
   * has been made yet.
   */
  private Position since(String since, String fingerprint) {
    if (since == null) {
      return START;
    }
    Instant instant = instant(since);
    if (instant != null) {
      if (!Instants.supported(instant)) {
        throw InvalidInput.of("since", Instants.RANGE_RULE);
      }
      OptionalLong first = changes.firstRevisionAfter(instant.toEpochMilli());
      return first.isPresent() ? new Position(first.getAsLong(), "", "") : null;
    }
    return sinceCursor(since, fingerprint);
  }

  private Position sinceCursor(String since, String fingerprint) {
    try {
      return position(Cursor.decode(since, fingerprint, 3), "since");
    } catch (InvalidInput e) {
      // The cursor's own message names "cursor"; here the value came as since.
      throw InvalidInput.of("since", SINCE_RULE);
    }
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private Position position(Cursor cursor, String parameter) {
    List<String> key = cursor.key();
    try {
      long rev = Long.parseLong(key.get(0));
      if (rev >= 0 && (key.get(1).isEmpty() || PATHS.containsKey(key.get(1)))) {
        // A cursor given to an anonymous reader names a protected actor by its pseudonym.
        var pseudonym = PSEUDONYM.matcher(key.get(2));
        String slug =
            key.get(1).equals("actor") && pseudonym.matches()
                ? changes.actorOfPseudonym(Integer.parseInt(pseudonym.group(1))).orElse(key.get(2))
                : key.get(2);
        return new Position(rev, key.get(1), slug);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidInput.of(
        parameter, "is not a cursor this service issued; use the value it was given as it is");
  }

  /**
   * Where the next poll starts: after the last item of this page; on an empty page, where this one
   * started.
   */
  private static String resume(List<Row> rows, String since, String cursor, String fingerprint) {
    if (!rows.isEmpty()) {
      return new Cursor(fingerprint, key(rows.get(rows.size() - 1))).encode();
    }
    if (cursor != null) {
      return cursor;
    }
    return since != null ? since : new Cursor(fingerprint, key(START)).encode();
  }

  private static List<String> key(Row row) {
    return List.of(Long.toString(row.rev()), row.kind(), row.slug());
  }

  private static List<String> key(Position position) {
    return List.of(Long.toString(position.rev()), position.kind(), position.slug());
  }

  // A tombstone is never changed again, so a revision whose row is deleted is the delete.
  private static ChangeView view(Row row) {
    String action =
        row.revType() == 0 ? "create" : row.revType() == 2 || row.deleted() ? "delete" : "update";
    return new ChangeView(
        row.rev(),
        Instant.ofEpochMilli(row.madeAt()),
        row.by(),
        row.kind(),
        row.slug(),
        action,
        PATHS.get(row.kind()) + row.slug());
  }
}
