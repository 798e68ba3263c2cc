package org.coitimeline.gap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coitimeline.history.NewRecords;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.RecordWriter;
import org.coitimeline.kernel.Values;
import org.coitimeline.kernel.WriteResult;
import org.coitimeline.source.Source;
import org.coitimeline.source.SourceRepository;

/** Writes checked gap inputs into the store: creates or updates each by id. */
@ApplicationScoped
public class GapWriter implements RecordWriter<GapInput> {
  @Inject EntityManager em;
  @Inject GapRepository gaps;
  @Inject SourceRepository sources;

  /**
   * Creates or updates every gap by id. With {@code skipUnchanged}, a gap that already holds
   * exactly its input is left alone: no new revision, same version.
   */
  @Override
  public List<WriteResult> write(List<GapInput> inputs, boolean skipUnchanged, Instant now) {
    Map<String, InformationGap> bySlug =
        gaps.findBySlugs(inputs.stream().map(GapInput::id).toList());
    Map<String, GapView> views = new HashMap<>();
    if (skipUnchanged) {
      gaps.views(bySlug.values().stream().filter(g -> g.deletedAt == null).toList())
          .forEach(v -> views.put(v.id(), v));
    }
    Map<String, Source> cited =
        sources.findBySlugs(
            inputs.stream().map(GapInput::source).filter(Objects::nonNull).toList());
    List<WriteResult> results = new ArrayList<>();
    for (GapInput input : inputs) {
      GapView stored = views.get(input.id());
      if (stored != null && GapMapper.toInput(stored).equals(GapMapper.canonical(input))) {
        results.add(WriteResult.unchanged(RecordKind.GAP, input.id()));
        continue;
      }
      InformationGap gap = bySlug.get(input.id());
      results.add(WriteResult.written(RecordKind.GAP, input.id(), gap == null));
      if (gap == null) {
        gap = new InformationGap();
        gap.slug = input.id();
        gap.createdAt = now;
      }
      gap.statement = input.statement();
      gap.periodEdtf = input.period() == null ? null : input.period().edtf().trim();
      gap.researchedAt = input.researchedAt();
      gap.source = input.source() == null ? null : cited.get(input.source());
      Values.replace(gap.countries, input.countries());
      Values.replace(gap.topics, input.topics());
      gap.updatedAt = now;
      if (gap.id == null) {
        em.persist(gap);
        NewRecords.created(em, gap.id);
      }
    }
    em.flush();
    return results;
  }
}
