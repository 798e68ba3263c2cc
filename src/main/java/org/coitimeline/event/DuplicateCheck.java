package org.coitimeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.coitimeline.edtf.Edtf;

/**
 * The possible duplicates of an event just written (issue 14): the live events that may overlap it
 * in time and share an actor or a country with it (at most 100 candidates, found by bounded index
 * walks, see {@link DuplicateRepository}), scored by {@link TextSimilarity} in memory, those
 * scoring at least {@link #THRESHOLD} best first, at most {@link #MAX_REPORTED}.
 */
@ApplicationScoped
public class DuplicateCheck {
  /** The least score reported. */
  static final double THRESHOLD = 0.3;

  /** The most possible duplicates reported. */
  static final int MAX_REPORTED = 5;

  @Inject DuplicateRepository duplicates;

  /** The possible duplicates of this event, as stored in the current transaction. */
  public List<PossibleDuplicate> of(Event event) {
    List<Long> actorIds = event.actors.stream().map(l -> l.actor.id).distinct().toList();
    return duplicates
        .candidates(
            event.id, event.startEarliest, event.endLatest, actorIds, List.copyOf(event.countries))
        .stream()
        .map(
            c ->
                new PossibleDuplicate(
                    c.slug(),
                    c.title(),
                    Edtf.parse(c.edtf()).view().display(),
                    Math.round(
                            100
                                * TextSimilarity.score(
                                    event.title, clipped(event.summary), c.title(), c.summary()))
                        / 100.0))
        .filter(d -> d.score() >= THRESHOLD)
        .sorted(
            Comparator.comparingDouble(PossibleDuplicate::score)
                .reversed()
                .thenComparing(PossibleDuplicate::id))
        .limit(MAX_REPORTED)
        .toList();
  }

  /** The summary as far as the candidates' summaries are read, so that both are scored alike. */
  private static String clipped(String summary) {
    return summary == null || summary.length() <= DuplicateRepository.SUMMARY_CHARS
        ? summary
        : summary.substring(0, DuplicateRepository.SUMMARY_CHARS);
  }
}
