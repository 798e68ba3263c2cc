package org.coitimeline.gap;

import java.util.List;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.kernel.DateInput;
import org.coitimeline.kernel.Values;

/**
 * Information gaps between entity, API view and input. {@link #toInput} and {@link #canonical} give
 * the canonical input shape (sets sorted, the period trimmed): a stored gap and an input that would
 * store exactly it come out equal, which is how a write tells an unchanged gap, and what an export
 * writes.
 */
public final class GapMapper {
  private GapMapper() {}

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

  /** The view of a gap read from history, whose collections are those of its revision. */
  public static GapView historyView(InformationGap gap) {
    return toView(
        gap, gap.countries.stream().sorted().toList(), gap.topics.stream().sorted().toList());
  }

  public static GapInput toInput(GapView v) {
    return new GapInput(
        v.id(),
        v.statement(),
        Values.sorted(v.countries()),
        Values.sorted(v.topics()),
        v.period() == null ? null : new DateInput(v.period().edtf()),
        v.researchedAt(),
        v.source());
  }

  /** A valid input as it will be stored. */
  public static GapInput canonical(GapInput i) {
    return new GapInput(
        i.id(),
        i.statement(),
        Values.sorted(i.countries()),
        Values.sorted(i.topics()),
        i.period() == null ? null : new DateInput(i.period().edtf().trim()),
        i.researchedAt(),
        i.source());
  }
}
