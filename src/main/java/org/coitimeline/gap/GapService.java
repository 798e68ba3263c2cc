package org.coitimeline.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coitimeline.bulk.Bundle;
import org.coitimeline.bulk.BundleImporter;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.history.HistoryReader;
import org.coitimeline.history.RevisionView;
import org.coitimeline.kernel.AggregateWrites;
import org.coitimeline.kernel.Cursor;
import org.coitimeline.kernel.Gone;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.NotFound;
import org.coitimeline.kernel.PageView;
import org.coitimeline.kernel.Paging;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;

/** Reads of information gaps. */
@ApplicationScoped
public class GapService {
  @Inject GapRepository gaps;
  @Inject BundleImporter importer;
  @Inject AggregateWrites writes;
  @Inject VocabularyRepository vocabularies;
  @Inject HistoryReader history;

  @Transactional
  public PageView<GapView> list(
      Set<String> countries, Set<String> topics, String cursor, int limit, Instant asOf) {
    if (!vocabularies.unknown(Vocabulary.TOPICS, topics).isEmpty()) {
      throw InvalidInput.of("topic", "is not a known topic (see /api/v1/topics)");
    }
    if (asOf != null) {
      List<GapView> matching =
          history.all(InformationGap.class, asOf).stream()
              .map(GapService::historyView)
              .filter(
                  g -> countries.isEmpty() || g.countries().stream().anyMatch(countries::contains))
              .filter(g -> topics.isEmpty() || g.topics().stream().anyMatch(topics::contains))
              .sorted(Comparator.comparing(GapView::id))
              .toList();
      return Paging.inMemory(
          matching,
          cursor,
          Cursor.fingerprint("gaps", countries, topics, asOf),
          limit,
          GapView::id);
    }
    String fingerprint = Cursor.fingerprint("gaps", countries, topics);
    List<InformationGap> rows =
        gaps.page(countries, topics, Paging.afterId(cursor, fingerprint), limit + 1);
    Paging.Slice<InformationGap> page =
        Paging.slice(rows, limit, fingerprint, g -> List.of(g.slug));
    return new PageView<>(views(page.rows()), page.next());
  }

  /** One gap, now or as it stood at {@code asOf} (null: now). */
  @Transactional
  public GapView get(String slug, Instant asOf) {
    if (asOf != null) {
      return historyView(history.find(InformationGap.class, "gap", slug, asOf));
    }
    InformationGap gap = gaps.findBySlug(slug).orElseThrow(() -> new NotFound("gap"));
    if (gap.deletedAt != null) {
      throw new Gone("gap");
    }
    return views(List.of(gap)).get(0);
  }

  private List<GapView> views(List<InformationGap> page) {
    List<Long> ids = page.stream().map(g -> g.id).toList();
    Map<Long, List<String>> countries = gaps.countries(ids);
    Map<Long, List<String>> topics = gaps.topics(ids);
    return page.stream()
        .map(
            g ->
                toView(
                    g,
                    countries.getOrDefault(g.id, List.of()),
                    topics.getOrDefault(g.id, List.of())))
        .toList();
  }

  /** The view of a gap with its countries and topics (loaded in bulk, or from history). */
  public static GapView toView(InformationGap g, List<String> countries, List<String> topics) {
    return new GapView(
        g.slug,
        g.statement,
        countries,
        topics,
        g.periodEdtf == null ? null : Edtf.parse(g.periodEdtf).view(),
        g.researchedAt,
        g.source == null ? null : g.source.slug,
        g.version,
        g.createdAt,
        g.updatedAt);
  }

  /** Creates the gap; a 409 when its id is taken. */
  @Transactional
  public GapView create(GapInput input) {
    writes.requireFreeId(InformationGap.class, "gap", input.id());
    importer.writeRecord(Bundle.of(input));
    return get(input.id(), null);
  }

  /** Replaces the gap with this id, if {@code expectedVersion} is current (null: any). */
  @Transactional
  public GapView update(String slug, GapInput input, Long expectedVersion) {
    AggregateWrites.requireSameId(slug, input.id());
    writes.lockCurrent(InformationGap.class, "gap", slug, expectedVersion);
    importer.writeRecord(Bundle.of(input.withId(slug)));
    return get(slug, null);
  }

  /** Deletes the gap, leaving a tombstone. */
  @Transactional
  public void delete(String slug, Long expectedVersion) {
    writes.tombstone(writes.lockCurrent(InformationGap.class, "gap", slug, expectedVersion));
  }

  /** Every revision of the gap, with what changed. */
  @Transactional
  public List<RevisionView> history(String slug) {
    return history.history(InformationGap.class, "gap", slug, GapService::historyView);
  }

  private static GapView historyView(InformationGap gap) {
    return toView(
        gap, gap.countries.stream().sorted().toList(), gap.topics.stream().sorted().toList());
  }
}
