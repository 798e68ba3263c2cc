package org.coitimeline.source;

import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.coitimeline.history.HistoryRepository;
import org.coitimeline.history.RevisionView;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.Cursor;
import org.coitimeline.kernel.Gone;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.NotFound;
import org.coitimeline.kernel.PageView;
import org.coitimeline.kernel.Paging;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Relevance;
import org.coitimeline.kernel.Retryable;
import org.coitimeline.vocabulary.SingleWrites;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;
import org.eclipse.microprofile.faulttolerance.Retry;

/** Reads and writes of sources. */
@ApplicationScoped
@Retry
@RetryWhen(exception = Retryable.class)
public class SourceService {
  @Inject SourceRepository sources;
  @Inject SourceRules rules;
  @Inject SourceWriter writer;
  @Inject AggregateRepository aggregates;
  @Inject SingleWrites writes;
  @Inject VocabularyRepository vocabularies;
  @Inject HistoryRepository history;

  @Transactional
  public PageView<SourceView> list(
      String text, Set<String> types, String cursor, int limit, Instant asOf) {
    if (!vocabularies.unknown(Vocabulary.SOURCE_TYPES, types).isEmpty()) {
      throw InvalidInput.of("type", "is not a known source type (see /api/v1/source-types)");
    }
    String fingerprint = Cursor.fingerprint("sources", text, types, asOf);
    if (asOf == null && text == null) {
      List<Source> rows = sources.page(types, Paging.afterId(cursor, fingerprint), limit + 1);
      Paging.Slice<Source> page = Paging.slice(rows, limit, fingerprint, s -> List.of(s.slug));
      return new PageView<>(page.rows().stream().map(SourceMapper::toView).toList(), page.next());
    }
    // Searches and as-of lists are ranked (or filtered) in memory over the matching sources.
    List<SourceView> matching =
        (asOf == null ? sources.matching(text, types) : history.all(Source.class, asOf))
            .stream()
                .map(SourceMapper::toView)
                .filter(s -> types.isEmpty() || types.contains(s.type()))
                .toList();
    List<SourceView> ordered =
        text == null
            ? matching.stream().sorted(Comparator.comparing(SourceView::id)).toList()
            : Relevance.ranked(matching, s -> rank(s, text), SourceView::id);
    return Paging.inMemory(ordered, cursor, fingerprint, limit, SourceView::id);
  }

  /** One source, now or as it stood at {@code asOf} (null: now). */
  @Transactional
  public SourceView get(String slug, Instant asOf) {
    if (asOf != null) {
      return SourceMapper.toView(history.find(Source.class, RecordKind.SOURCE, slug, asOf));
    }
    Source source = sources.findBySlug(slug).orElseThrow(() -> new NotFound(RecordKind.SOURCE));
    if (source.deletedAt != null) {
      throw new Gone(RecordKind.SOURCE);
    }
    return SourceMapper.toView(source);
  }

  /** Creates the source; a 409 when its id is taken. */
  @Transactional
  public SourceView create(SourceInput input) {
    writes.create(rules, writer, input);
    return get(input.id(), null);
  }

  /** Replaces the source with this id, if {@code expectedVersion} is current (null: any). */
  @Transactional
  public SourceView update(String slug, SourceInput input, Long expectedVersion) {
    AggregateRepository.requireSameId(slug, input.id());
    writes.replace(rules, writer, Source.class, slug, input.withId(slug), expectedVersion);
    return get(slug, null);
  }

  /** Deletes the source, leaving a tombstone; a 409 while live events or gaps cite it. */
  @Transactional
  public void delete(String slug, Long expectedVersion) {
    Source source = aggregates.lockCurrent(Source.class, RecordKind.SOURCE, slug, expectedVersion);
    AggregateRepository.requireUnreferenced(sources.references(source.id), "events or gaps");
    aggregates.tombstone(source);
  }

  /** Every revision of the source, with what changed. */
  @Transactional
  public List<RevisionView> history(String slug) {
    return history.history(Source.class, RecordKind.SOURCE, slug, SourceMapper::toView);
  }

  /**
   * How well the source matches a search: its citation or author exactly, then as a prefix, then
   * anywhere; then its title or named authors.
   */
  static int rank(SourceView source, String text) {
    return Relevance.rank(
        text,
        java.util.Arrays.asList(source.citation(), source.author()),
        java.util.Arrays.asList(source.title(), source.authors()),
        List.of());
  }
}
