package org.coitimeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {
  @Test
  void sharedWordsOverAllWordsCaseAccentsAndCommonWordsAside() {
    // imss, database, 42, million, records, sale shared; offered and put differ: 6 of 8.
    assertEquals(
        0.75,
        TextSimilarity.score(
            "IMSS database of 42 million records offered for sale",
            null,
            "The IMSS Database with 42 million records put up for sale",
            null),
        1e-9);
    assertEquals(
        Set.of("filtracion", "datos", "mexico", "2021"),
        TextSimilarity.words("Filtración de datos en México, 2021"));
  }

  @Test
  void theBetterOfTitleAndSummaryCounts() {
    double score =
        TextSimilarity.score(
            "Breach at the institute",
            "Forty-two million IMSS records offered on a forum",
            "Database sold",
            "Forty-two million IMSS records offered on a forum");
    assertEquals(1.0, score, 1e-9);
  }

  @Test
  void unrelatedOrEmptyTextsScoreNothing() {
    assertEquals(
        0.0,
        TextSimilarity.score(
            "Court hears lawsuit against transparency institute", null, "Spyware bought", null));
    assertEquals(0.0, TextSimilarity.score(null, null, "Spyware bought", "Something"));
    assertTrue(TextSimilarity.score("The and for", null, "The and for", null) == 0.0);
  }
}
