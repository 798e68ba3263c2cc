package org.coitimeline.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A term of a controlled vocabulary: a stable code with a label. Stored as data, not code. */
@MappedSuperclass
public abstract class VocabularyTerm {
  @Id
  @Column(length = 40)
  public String code;

  @Column(nullable = false, length = 200)
  public String label;

  @Column(length = 1000)
  public String description;
}
