package org.coitimeline.gap;

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
import org.coitimeline.kernel.Retryable;
import org.coitimeline.vocabulary.SingleWrites;
import org.coitimeline.vocabulary.Vocabulary;
import org.coitimeline.vocabulary.VocabularyRepository;
import org.eclipse.microprofile.faulttolerance.Retry;

/** Reads and writes of information gaps. */
@ApplicationScoped
@Retry
@RetryWhen(exception = Retryable.class)
public class GapService {
  @Inject GapRepository gaps;
  @Inject GapRules rules;
  @Inject GapWriter writer;
  @Inject AggregateRepository aggregates;
  @Inject SingleWrites writes;
  @Inject VocabularyRepository vocabularies;
  @Inject HistoryRepository history;

  @Transactional
  public PageView<GapView> list(
      Set<String> countries, Set<String> topics, String cursor, int limit, Instant asOf) {
    if (!vocabularies.unknown(Vocabulary.TOPICS, topics).isEmpty()) {
      throw InvalidInput.of("topic", "is not a known topic (see /api/v1/topics)");
    }
    if (asOf != null) {
      List<GapView> matching =
          history.all(InformationGap.class, asOf).stream()
              .map(GapMapper::historyView)
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
    return new PageView<>(gaps.views(page.rows()), page.next());
  }

  /** One gap, now or as it stood at {@code asOf} (null: now). */
  @Transactional
  public GapView get(String slug, Instant asOf) {
    if (asOf != null) {
      return GapMapper.historyView(history.find(InformationGap.class, RecordKind.GAP, slug, asOf));
    }
    InformationGap gap = gaps.findBySlug(slug).orElseThrow(() -> new NotFound(RecordKind.GAP));
    if (gap.deletedAt != null) {
      throw new Gone(RecordKind.GAP);
    }
    return gaps.views(List.of(gap)).get(0);
  }

  /** Creates the gap; a 409 when its id is taken. */
  @Transactional
  public GapView create(GapInput input) {
    writes.create(rules, writer, input);
    return get(input.id(), null);
  }

  /** Replaces the gap with this id, if {@code expectedVersion} is current (null: any). */
  @Transactional
  public GapView update(String slug, GapInput input, Long expectedVersion) {
    AggregateRepository.requireSameId(slug, input.id());
    writes.replace(rules, writer, InformationGap.class, slug, input.withId(slug), expectedVersion);
    return get(slug, null);
  }

  /** Deletes the gap, leaving a tombstone. */
  @Transactional
  public void delete(String slug, Long expectedVersion) {
    aggregates.tombstone(
        aggregates.lockCurrent(InformationGap.class, RecordKind.GAP, slug, expectedVersion));
  }

  /** Every revision of the gap, with what changed. */
  @Transactional
  public List<RevisionView> history(String slug) {
    return history.history(InformationGap.class, RecordKind.GAP, slug, GapMapper::historyView);
  }
}
