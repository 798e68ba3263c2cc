package org.coitimeline.vocabulary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads of the controlled vocabularies. */
@ApplicationScoped
public class VocabularyService {
  @Inject VocabularyRepository vocabularies;

  /** Every term of the vocabulary, in code order. */
  @Transactional
  public List<TermView> list(Vocabulary vocabulary) {
    return vocabularies.list(vocabulary);
  }
}
