package org.coitimeline.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coitimeline.bulk.Bundle;
import org.coitimeline.bulk.BundleImporter;
import org.coitimeline.common.AggregateWrites;
import org.coitimeline.common.Gone;
import org.coitimeline.common.InvalidInput;
import org.coitimeline.common.NotFound;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;
import org.coitimeline.web.Cursor;
import org.coitimeline.web.DateView;
import org.coitimeline.web.PageView;
import org.coitimeline.web.Paging;

/** Reads of information gaps. */
@ApplicationScoped
public class GapService {
  @Inject GapRepository gaps;
  @Inject BundleImporter importer;
  @Inject AggregateWrites writes;
  @Inject VocabularyRepository vocabularies;

  @Transactional
  public PageView<GapView> list(
      Set<String> countries, Set<String> topics, String cursor, int limit) {
    if (!vocabularies.unknown(Vocabulary.TOPICS, topics).isEmpty()) {
      throw InvalidInput.of("topic", "is not a known topic (see /api/v1/topics)");
    }
    String fingerprint = Cursor.fingerprint("gaps", countries, topics);
    List<InformationGap> rows =
        gaps.page(countries, topics, Paging.afterId(cursor, fingerprint), limit + 1);
    Paging.Slice<InformationGap> page =
        Paging.slice(rows, limit, fingerprint, g -> List.of(g.slug));
    return new PageView<>(views(page.rows()), page.next());
  }

  @Transactional
  public GapView get(String slug) {
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
                new GapView(
                    g.slug,
                    g.statement,
                    countries.getOrDefault(g.id, List.of()),
                    topics.getOrDefault(g.id, List.of()),
                    g.periodEdtf == null ? null : DateView.of(Edtf.parse(g.periodEdtf)),
                    g.researchedAt,
                    g.source == null ? null : g.source.slug,
                    g.version,
                    g.createdAt,
                    g.updatedAt))
        .toList();
  }

  /** Creates the gap; a 409 when its id is taken. */
  @Transactional
  public GapView create(GapInput input) {
    writes.requireFreeId(InformationGap.class, "gap", input.id());
    importer.writeRecord(Bundle.of(input));
    return get(input.id());
  }

  /** Replaces the gap with this id, if {@code expectedVersion} is current (null: any). */
  @Transactional
  public GapView update(String slug, GapInput input, Long expectedVersion) {
    AggregateWrites.requireSameId(slug, input.id());
    writes.lockCurrent(InformationGap.class, "gap", slug, expectedVersion);
    importer.writeRecord(Bundle.of(input.withId(slug)));
    return get(slug);
  }

  /** Deletes the gap, leaving a tombstone. */
  @Transactional
  public void delete(String slug, Long expectedVersion) {
    writes.tombstone(writes.lockCurrent(InformationGap.class, "gap", slug, expectedVersion));
  }
}
