package org.coitimeline.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    return views(List.of(gaps.findBySlug(slug).orElseThrow(() -> new NotFound("gap")))).get(0);
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
}
