package org.coitimeline.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.coitimeline.actor.ActorService;
import org.coitimeline.actor.ProtectedPeople;
import org.coitimeline.event.EventFilter;
import org.coitimeline.event.EventService;
import org.coitimeline.event.EventView;
import org.coitimeline.event.TimelineRepository;
import org.coitimeline.history.ChangeFeedConfig;
import org.coitimeline.kernel.Aggregate;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.NotFound;
import org.coitimeline.kernel.PageView;
import org.coitimeline.kernel.Retryable;
import org.coitimeline.timeline.FilteredTimeline;
import org.coitimeline.timeline.TimelineJsTimeline;
import org.coitimeline.web.Viewer;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Citable snapshots: taking one reads the matching events once, as of its instant, to count and
 * hash them, and stores only the query, the instant and the hash; its events are then read again
 * from history as of that instant, so no later edit, deletion or new event changes them.
 */
@ApplicationScoped
@Retry
@RetryWhen(exception = Retryable.class)
public class SnapshotService {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ID_BYTES = 6;

  @Inject SnapshotRepository snapshots;
  @Inject EventService events;
  @Inject ChangeFeedConfig changes;
  @Inject SnapshotConfig config;
  @Inject ObjectMapper mapper;
  @Inject Viewer viewer;
  @Inject ActorService actors;

  /** A stored snapshot with its parsed query. */
  public record Taken(Snapshot snapshot, SnapshotQuery query) {
    public EventFilter filter() {
      return query.filter();
    }
  }

  /**
   * Takes a snapshot of the events matching the query. Its instant lies the change feed's settle
   * time in the past (timeline.changes.settle-time), so that a write still committing when the
   * snapshot is taken cannot join its instant later and change its events.
   */
  @Transactional
  public Taken create(SnapshotQuery input) {
    SnapshotQuery query = input.normalised();
    ProtectedPeople hidden = hiddenPeople();
    if (query.actor().stream().anyMatch(hidden::hides)) {
      throw InvalidInput.of("actor", "is not the id of an actor (see /api/v1/actors)");
    }
    EventFilter filter = query.filter();
    // A read of the current timeline first: an unknown topic, type, actor or source is a 400 here,
    // where a read as of an instant would accept ids that existed only in the past.
    events.list(filter, query.sort(), null, 1, null);
    Instant asOf = Instant.now().minus(changes.settleTime()).truncatedTo(ChronoUnit.MILLIS);
    CanonicalResult result = new CanonicalResult();
    // Only ids and last writes are read (no event loaded): what the hash is taken of.
    for (TimelineRepository.PageRow event :
        events.stamps(filter, query.sort(), asOf, config.maxEvents())) {
      result.add(event.slug(), event.updatedAt());
      if (result.count() > config.maxEvents()) {
        throw InvalidInput.of(
            "query",
            "matches more than "
                + config.maxEvents()
                + " events, the most a snapshot holds; narrow the filters (from, to, country,"
                + " topic ...)");
      }
    }
    // A search that finds nothing is not cited; for a reader who may not see protected people a
    // search naming one finds nothing, as on GET /events, so that neither tells her more.
    if (query.q() != null && (result.count() == 0 || hidden.named(query.q()))) {
      throw InvalidInput.of("q", "finds no events; a snapshot of a text search holds at least one");
    }
    Snapshot snapshot = new Snapshot();
    snapshot.id = newId();
    snapshot.query = json(query);
    snapshot.asOf = asOf.toEpochMilli();
    snapshot.eventCount = result.count();
    snapshot.sha256 = result.sha256();
    snapshot.createdAt = Aggregate.now();
    snapshots.add(snapshot);
    return new Taken(snapshot, query);
  }

  /** The snapshot with this id; a 404 when there is none. */
  @Transactional
  public Taken get(String id) {
    Snapshot snapshot = snapshots.find(id).orElseThrow(() -> new NotFound("snapshot"));
    try {
      return new Taken(snapshot, mapper.readValue(snapshot.query, SnapshotQuery.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stored query of snapshot " + id + " is not JSON", e);
    }
  }

  /** A page of the snapshot's events, as they stood at its instant. */
  public PageView<EventView> events(Taken taken, String cursor, int limit) {
    return events.list(
        taken.filter(), taken.query().sort(), cursor, limit, taken.snapshot().asOfInstant());
  }

  /** All the snapshot's events, as they stood at its instant, for the formats of the timeline. */
  public FilteredTimeline timeline(Taken taken, TimelineJsTimeline.Group group, String apiBase) {
    return new FilteredTimeline(
        events,
        taken.filter(),
        taken.query().sort(),
        taken.snapshot().asOfInstant(),
        group,
        apiBase);
  }

  /**
   * The protected people this request's reader may not see (none for a reader, editor or admin).
   */
  private ProtectedPeople hiddenPeople() {
    return viewer.seesProtectedPeople() ? ProtectedPeople.NONE : actors.protectedPeople();
  }

  /**
   * The view of a snapshot, with links on {@code apiBase} (e.g. https://host/api/v1); a protected
   * person named in its query is shown by pseudonym to a reader who may not see her.
   */
  public SnapshotView view(Taken taken, String apiBase) {
    ProtectedPeople hidden = hiddenPeople();
    SnapshotQuery query = hidden.isEmpty() ? taken.query() : taken.query().shownWithout(hidden);
    return shown(new Taken(taken.snapshot(), query), apiBase);
  }

  private static SnapshotView shown(Taken taken, String apiBase) {
    Snapshot s = taken.snapshot();
    String permalink = apiBase + "/snapshots/" + s.id;
    return new SnapshotView(
        s.id,
        taken.query(),
        s.asOfInstant(),
        s.eventCount,
        s.sha256,
        SnapshotCitation.title(taken.query()),
        SnapshotCitation.of(
            s.id, s.asOfInstant(), taken.query(), permalink, LocalDate.now(ZoneOffset.UTC)),
        permalink,
        permalink + "/events");
  }

  private String newId() {
    byte[] bytes = new byte[ID_BYTES];
    String id;
    do {
      RANDOM.nextBytes(bytes);
      id = HexFormat.of().formatHex(bytes);
    } while (snapshots.exists(id));
    return id;
  }

  private String json(SnapshotQuery query) {
    try {
      return mapper.writeValueAsString(query);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a query is always JSON", e);
    }
  }
}
