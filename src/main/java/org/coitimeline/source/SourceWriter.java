package org.coitimeline.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coitimeline.history.NewRecords;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.RecordWriter;
import org.coitimeline.kernel.WriteResult;

/** Writes checked source inputs into the store: creates or updates each by id. */
@ApplicationScoped
public class SourceWriter implements RecordWriter<SourceInput> {
  @Inject EntityManager em;
  @Inject SourceRepository sources;

  /**
   * Creates or updates every source by id. With {@code skipUnchanged}, a source that already holds
   * exactly its input is left alone: no new revision, same version.
   */
  @Override
  public List<WriteResult> write(List<SourceInput> inputs, boolean skipUnchanged, Instant now) {
    Map<String, Source> bySlug = sources.findBySlugs(inputs.stream().map(SourceInput::id).toList());
    List<WriteResult> results = new ArrayList<>();
    for (SourceInput input : inputs) {
      Source source = bySlug.get(input.id());
      if (skipUnchanged
          && source != null
          && source.deletedAt == null
          && SourceMapper.toInput(SourceMapper.toView(source))
              .equals(SourceMapper.canonical(input))) {
        results.add(WriteResult.unchanged(RecordKind.SOURCE, input.id()));
        continue;
      }
      results.add(WriteResult.written(RecordKind.SOURCE, input.id(), source == null));
      if (source == null) {
        source = new Source();
        source.slug = input.id();
        source.createdAt = now;
      }
      source.citation = input.citation();
      source.author = input.author();
      source.authors = input.authors();
      source.title = input.title();
      source.titleQuoted = !Boolean.FALSE.equals(input.titleQuoted());
      source.publisher = input.publisher();
      source.published = input.published();
      source.publishedInferred = Boolean.TRUE.equals(input.publishedInferred());
      source.dateSuffix = input.dateSuffix();
      source.url = input.url();
      source.accessed = input.accessed();
      source.language = input.language();
      source.typeCode = input.type();
      source.inReferenceList = !Boolean.FALSE.equals(input.inReferenceList());
      source.note = input.note();
      source.updatedAt = now;
      if (source.id == null) {
        em.persist(source);
        NewRecords.created(em, source.id);
      }
    }
    em.flush();
    return results;
  }
}
