package org.coitimeline.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.coitimeline.common.InvalidInput;
import org.coitimeline.common.NotFound;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;
import org.coitimeline.web.Cursor;
import org.coitimeline.web.PageView;
import org.coitimeline.web.Paging;

/** Reads of sources. */
@ApplicationScoped
public class SourceService {
  @Inject SourceRepository sources;
  @Inject VocabularyRepository vocabularies;

  @Transactional
  public PageView<SourceView> list(String text, Set<String> types, String cursor, int limit) {
    if (!vocabularies.unknown(Vocabulary.SOURCE_TYPES, types).isEmpty()) {
      throw InvalidInput.of("type", "is not a known source type (see /api/v1/source-types)");
    }
    String fingerprint = Cursor.fingerprint("sources", text, types);
    List<Source> rows = sources.page(text, types, Paging.afterId(cursor, fingerprint), limit + 1);
    Paging.Slice<Source> page = Paging.slice(rows, limit, fingerprint, s -> List.of(s.slug));
    return new PageView<>(page.rows().stream().map(SourceView::of).toList(), page.next());
  }

  @Transactional
  public SourceView get(String slug) {
    return SourceView.of(sources.findBySlug(slug).orElseThrow(() -> new NotFound("source")));
  }
}
