package org.coitimeline.vocabulary;

import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.coitimeline.kernel.Retryable;
import org.eclipse.microprofile.faulttolerance.Retry;

/** Reads of the controlled vocabularies. */
@ApplicationScoped
@Retry
@RetryWhen(exception = Retryable.class)
public class VocabularyService {
  @Inject VocabularyRepository vocabularies;

  /** Every term of the vocabulary, in code order. */
  @Transactional
  public List<TermView> list(Vocabulary vocabulary) {
    return vocabularies.list(vocabulary);
  }
}
