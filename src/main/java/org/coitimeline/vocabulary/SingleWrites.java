package org.coitimeline.vocabulary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.coitimeline.kernel.Aggregate;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.RecordWriter;

/** The steps every single write (POST, PUT) of an aggregate takes, whatever its kind. */
@ApplicationScoped
public class SingleWrites {
  @Inject AggregateRepository aggregates;

  /** Creates the record: a 409 when its id is taken, a 400 naming every broken rule. */
  public <I> void create(RecordRules<I> rules, RecordWriter<I> writer, I input) {
    aggregates.requireFreeId(rules.kind(), rules.id(input));
    rules.require(input);
    AggregateRepository.requireCreated(writer.write(List.of(input), false, Aggregate.now()));
  }

  /**
   * Replaces the record with this id (locked until the transaction ends) when {@code
   * expectedVersion} is current (null: any): 404, 410, 412 or 400 otherwise. {@code input} carries
   * the id of the path.
   */
  public <I, T extends Aggregate> void replace(
      RecordRules<I> rules,
      RecordWriter<I> writer,
      Class<T> type,
      String slug,
      I input,
      Long expectedVersion) {
    aggregates.lockCurrent(type, rules.kind(), slug, expectedVersion);
    rules.require(input);
    writer.write(List.of(input), false, Aggregate.now());
  }
}
