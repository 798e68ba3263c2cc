package org.coitimeline.gap;

import jakarta.enterprise.context.ApplicationScoped;
import org.coitimeline.edtf.Edtf;
import org.coitimeline.kernel.ExistingIds;
import org.coitimeline.kernel.FieldChecks;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Values;
import org.coitimeline.vocabulary.KnownTerms;
import org.coitimeline.vocabulary.RecordRules;
import org.coitimeline.vocabulary.Vocabulary;

/** The field rules of an information gap, for every way a gap is written. */
@ApplicationScoped
public class GapRules extends RecordRules<GapInput> {

  public GapRules() {
    super(RecordKind.GAP, GapInput::id);
  }

  @Override
  public void references(GapInput g, ExistingIds.Wanted wanted) {
    wanted.add(RecordKind.SOURCE, g.source());
  }

  @Override
  public void check(GapInput g, FieldChecks checks, KnownTerms terms, ExistingIds existing) {
    checks.required("statement", g.statement(), 20000);
    checks.size("countries", g.countries(), 50);
    checks.size("topics", g.topics(), 50);
    checks.countries("countries", g.countries(), false);
    Values.list(g.topics()).forEach(t -> terms.check(checks, "topics", Vocabulary.TOPICS, t));
    if (g.period() != null) {
      checks.check("period", Edtf.problem(g.period().edtf()));
    }
    checks.date("researchedAt", g.researchedAt());
    if (g.source() != null && !existing.has(RecordKind.SOURCE, g.source())) {
      checks.error("source", "is not the id of a source in the bundle or the store");
    }
  }
}
