package org.coitimeline.event;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two events' texts are, from 0 to 1: the larger of the Jaccard similarity of their
 * titles' words and that of their summaries' words (shared words ÷ words of either). Words are
 * compared case- and accent-insensitively; words shorter than three letters and common English
 * words ("the", "with", "after") are left out, numbers are kept ("42 million").
 */
public final class TextSimilarity {
  private TextSimilarity() {}

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> COMMON =
      Set.of(
          "the", "and", "for", "with", "from", "that", "this", "these", "those", "was", "were",
          "are", "has", "have", "had", "its", "into", "onto", "about", "after", "before", "over",
          "under", "than", "their", "they", "them", "been", "being", "not", "but", "also", "which",
          "who", "whom", "whose", "what", "when", "where", "while", "said", "says", "per", "via",
          "between", "during", "against", "more", "most", "other", "some", "such", "only", "all",
          "any", "can", "could", "would", "should", "will", "may", "might", "our", "his", "her",
          "hers", "she", "him", "one", "out", "there", "then", "upon", "within", "without");

  /** The similarity of two events, each given by title and summary (either may be null). */
  public static double score(String title, String summary, String otherTitle, String otherSummary) {
    return Math.max(
        jaccard(words(title), words(otherTitle)), jaccard(words(summary), words(otherSummary)));
  }

  /** The distinct words of the text that count for similarity. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    if (text == null) {
      return words;
    }
    String folded =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    for (String word : NOT_WORD.split(folded)) {
      boolean number = !word.isEmpty() && word.chars().allMatch(Character::isDigit);
      if (number || (word.length() >= 3 && !COMMON.contains(word))) {
        words.add(word);
      }
    }
    return words;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return (double) shared.size() / (a.size() + b.size() - shared.size());
  }
}
