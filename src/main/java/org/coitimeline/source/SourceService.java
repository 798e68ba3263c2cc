package org.coitimeline.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.coitimeline.common.NotFound;
import org.coitimeline.web.Cursor;
import org.coitimeline.web.PageView;
import org.coitimeline.web.Paging;

/** Reads of sources. */
@ApplicationScoped
public class SourceService {
  @Inject SourceRepository sources;

  @Transactional
  public PageView<SourceView> list(String text, Set<String> types, String cursor, int limit) {
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
