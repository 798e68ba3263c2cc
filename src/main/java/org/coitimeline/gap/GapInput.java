package org.coitimeline.gap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.coitimeline.kernel.DateInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An information gap as a client writes it; read-only fields of a GET body are ignored. */
@Schema(name = "InformationGapInput")
@JsonIgnoreProperties({"version", "createdAt", "updatedAt"})
public record GapInput(
    String id,
    String statement,
    List<String> countries,
    List<String> topics,
    DateInput period,
    LocalDate researchedAt,
    String source) {
  /** The same record under this id (the id of a PUT is the one in its path). */
  public GapInput withId(String id) {
    return new GapInput(id, statement, countries, topics, period, researchedAt, source);
  }
}
