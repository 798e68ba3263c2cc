package org.coitimeline.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.coitimeline.kernel.ExistingIds;
import org.coitimeline.kernel.FieldChecks;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.vocabulary.KnownTerms;
import org.coitimeline.vocabulary.RecordRules;
import org.coitimeline.vocabulary.Vocabulary;

/**
 * The field rules of a source, for every way a source is written. Every field the reference
 * formatter reads is checked here, so that no stored source can make a read fail.
 */
@ApplicationScoped
public class SourceRules extends RecordRules<SourceInput> {
  private static final Pattern SUFFIX = Pattern.compile("^[a-z]{1,4}$");

  public SourceRules() {
    super(RecordKind.SOURCE, SourceInput::id);
  }

  @Override
  public void references(SourceInput input, ExistingIds.Wanted wanted) {
    // A source refers to nothing.
  }

  @Override
  public void check(SourceInput s, FieldChecks checks, KnownTerms terms, ExistingIds existing) {
    checks.required("citation", s.citation(), 300);
    checks.required("author", s.author(), 300);
    checks.optional("authors", s.authors(), 500);
    checks.optional("title", s.title(), 1000);
    checks.optional("publisher", s.publisher(), 300);
    checks.optional("note", s.note(), 2000);
    checks.check("published", ReferenceFormatter.publishedProblem(s.published()));
    if (s.dateSuffix() != null && !SUFFIX.matcher(s.dateSuffix()).matches()) {
      checks.error("dateSuffix", "must be one to four lower-case letters (N.d.a has a)");
    }
    checks.url("url", s.url());
    checks.date("accessed", s.accessed());
    checks.language("language", s.language());
    terms.check(checks, "type", Vocabulary.SOURCE_TYPES, s.type());
  }
}
