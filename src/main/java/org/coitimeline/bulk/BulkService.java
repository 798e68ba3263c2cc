package org.coitimeline.bulk;

import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coitimeline.event.Event;
import org.coitimeline.event.EventInput;
import org.coitimeline.event.EventLinkRepository;
import org.coitimeline.event.EventLinks;
import org.coitimeline.event.EventMapper;
import org.coitimeline.event.EventRepository;
import org.coitimeline.event.EventView;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Retryable;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Bulk import of bundles, NDJSON and CSV: one transaction per chunk of a streamed import (a body of
 * up to timeline.max-body-size is one chunk), nothing of a chunk written when any of its records
 * fails. A dry run does all the work of a real import in its transaction, then rolls it back, so
 * its report is exactly what the import would have done.
 */
@ApplicationScoped
public class BulkService {
  @Inject BundleImporter importer;
  @Inject BundleExporter exporter;
  @Inject EventRepository events;
  @Inject EventLinkRepository eventLinks;
  @Inject TransactionManager transactions;
  @Inject AggregateRepository aggregates;
  @Inject ImportedIdRepository importedIds;
  @Inject ImportConfig config;

  /**
   * Writes the whole store as one bundle, in one transaction (one consistent snapshot); protected
   * people under their pseudonyms unless {@code withProtected}.
   */
  @Transactional
  public void export(OutputStream out, boolean withProtected) throws IOException {
    aggregates.readOneSnapshot();
    exporter.write(out, withProtected);
  }

  /** Creates or updates every record of the bundle by id. */
  @Retry
  @RetryWhen(exception = Retryable.class)
  @Transactional
  public ImportReport importBundle(Bundle bundle, boolean dryRun) {
    return importRecords(bundle, dryRun);
  }

  /**
   * Starts a streamed import: what it has written so far, kept in bounded memory (close it when the
   * import ends).
   */
  ImportRun startImport() {
    return new ImportRun(config.reportRecords(), importedIds::open);
  }

  /**
   * Creates or updates every record of one chunk of a streamed import, in a transaction of its own
   * (committed on return, or rolled back in a dry run). {@code heldEarlier}: those of its ids that
   * earlier chunks held, refused as repeated.
   */
  @Retry
  @RetryWhen(exception = Retryable.class)
  @Transactional
  public ImportReport importChunk(
      Bundle chunk,
      Map<RecordKind, Integer> offsets,
      Map<RecordKind, Set<String>> heldEarlier,
      boolean dryRun) {
    ImportReport report = importer.importPart(chunk, new BundleImporter.Part(offsets, heldEarlier));
    return dryRun ? rollBack(report) : report;
  }

  /** Creates or updates the events of the CSV by id; see {@link EventCsv} for the format. */
  @Retry
  @RetryWhen(exception = Retryable.class)
  @Transactional
  public ImportReport importCsv(String csv, boolean dryRun) {
    List<EventInput> rows = keepWhatCsvCannotSay(EventCsv.parse(csv));
    return importRecords(new Bundle(Bundle.FORMAT, 1, null, null, null, rows, null), dryRun);
  }

  // Not importBundle: its retry would run inside this transaction, which a deadlock has lost.
  private ImportReport importRecords(Bundle bundle, boolean dryRun) {
    ImportReport report = importer.importBundle(bundle).listingAtMost(config.reportRecords());
    return dryRun ? rollBack(report) : report;
  }

  /**
   * CSV has no columns for relations and quotes: an event it updates keeps its relations, and a
   * citation of the same source and pinpoint keeps its quote.
   */
  private List<EventInput> keepWhatCsvCannotSay(List<EventInput> rows) {
    Map<String, Event> stored =
        events.findBySlugs(rows.stream().map(EventInput::id).filter(Objects::nonNull).toList());
    stored.values().removeIf(e -> e.deletedAt != null);
    EventLinks links = eventLinks.links(stored.values().stream().map(e -> e.id).toList());
    Map<String, EventView> views = new HashMap<>();
    stored.values().forEach(e -> views.put(e.slug, EventMapper.toView(e, links)));
    List<EventInput> merged = new ArrayList<>();
    for (EventInput row : rows) {
      EventView view = views.get(row.id());
      if (view == null) {
        merged.add(row);
        continue;
      }
      EventInput before = EventMapper.toInput(view);
      List<EventInput.SourceRef> citations = new ArrayList<>(before.sources());
      List<EventInput.SourceRef> sources =
          row.sources().stream()
              .map(
                  ref -> {
                    for (EventInput.SourceRef old : citations) {
                      if (old.id().equals(ref.id())
                          && Objects.equals(old.pinpoint(), ref.pinpoint())) {
                        citations.remove(old);
                        return old;
                      }
                    }
                    return ref;
                  })
              .toList();
      merged.add(
          new EventInput(
              row.id(),
              row.title(),
              row.summary(),
              row.date(),
              row.type(),
              row.topics(),
              row.countries(),
              row.subdivision(),
              row.place(),
              row.actors(),
              sources,
              row.figures(),
              row.corroboration(),
              before.related()));
    }
    return merged;
  }

  private ImportReport rollBack(ImportReport report) {
    try {
      transactions.setRollbackOnly();
    } catch (SystemException e) {
      throw new IllegalStateException("The dry run could not be rolled back", e);
    }
    return report.asDryRun();
  }
}
