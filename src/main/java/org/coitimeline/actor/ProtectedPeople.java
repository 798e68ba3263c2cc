package org.coitimeline.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The actors protected now, with their pseudonyms: what an anonymous reader is shown instead of
 * them. Protection is always the current one, also for as-of reads and history (a person at risk
 * today is hidden in the past too).
 */
public final class ProtectedPeople {
  /** A protected actor: its id, pseudonym number and every name it goes by. */
  public record Person(String slug, int number, List<String> names) {
    public String id() {
      return Pseudonym.id(number);
    }

    public String name() {
      return Pseudonym.name(number);
    }
  }

  public static final ProtectedPeople NONE = new ProtectedPeople(List.of());

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int MIN_WORD_LENGTH = 3;

  private final Map<String, Person> bySlug = new HashMap<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<String> nameWords = new ArrayList<>();

  private record Mention(Pattern pattern, String replacement) {}

  public ProtectedPeople(Collection<Person> people) {
    for (Person person : people) {
      bySlug.put(person.slug(), person);
      for (String name : person.names()) {
        if (name != null && name.strip().length() >= 2) {
          mentions.add(
              new Mention(
                  Pattern.compile(
                      "(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])",
                      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                  Matcher.quoteReplacement(person.name())));
          nameWords.addAll(words(name));
        }
      }
    }
    // The longest names first, so that "Juan Pérez Gómez" is replaced whole before "Pérez".
    mentions.sort(Comparator.comparingInt((Mention m) -> -m.pattern().pattern().length()));
  }

  public boolean isEmpty() {
    return bySlug.isEmpty();
  }

  /** Whether the actor with this id is protected. */
  public boolean hides(String slug) {
    return slug != null && bySlug.containsKey(slug);
  }

  /** The protected actor with this id, or null. */
  public Person person(String slug) {
    return slug == null ? null : bySlug.get(slug);
  }

  /** The id shown: the pseudonymous one for a protected actor, else the id itself. */
  public String id(String slug) {
    Person person = person(slug);
    return person == null ? slug : person.id();
  }

  /** The name shown for the actor with this id. */
  public String name(String slug, String name) {
    Person person = person(slug);
    return person == null ? name : person.name();
  }

  /** The view an anonymous reader gets of an actor. */
  public ActorView view(ActorView a) {
    Person person = person(a.id());
    if (person == null) {
      return hides(a.parent())
          ? new ActorView(
              a.id(),
              a.name(),
              a.originalName(),
              a.acronym(),
              a.aliases(),
              a.type(),
              a.countries(),
              id(a.parent()),
              a.description(),
              a.protectedPerson(),
              a.pseudonym(),
              a.version(),
              a.createdAt(),
              a.updatedAt())
          : a;
    }
    return new ActorView(
        person.id(),
        person.name(),
        null,
        null,
        List.of(),
        a.type(),
        a.countries(),
        id(a.parent()),
        null,
        true,
        person.id(),
        a.version(),
        a.createdAt(),
        a.updatedAt());
  }

  /**
   * Free text (an event's title or summary) with every mention of a protected person's name,
   * original name, acronym or alias replaced by the pseudonym's name. Mentions are found as whole
   * words, ignoring case but not accents; other ways of naming someone are not caught.
   */
  public String redacted(String text) {
    if (text == null || mentions.isEmpty()) {
      return text;
    }
    String result = text;
    for (Mention mention : mentions) {
      result = mention.pattern().matcher(result).replaceAll(mention.replacement());
    }
    return result;
  }

  /**
   * Whether a search could match a protected person's name: one of its words (3 letters or more)
   * begins a word of a protected name, ignoring case and accents (a search word matches as a
   * prefix).
   */
  public boolean named(String query) {
    if (query == null || nameWords.isEmpty()) {
      return false;
    }
    for (String word : words(query)) {
      if (nameWords.stream().anyMatch(name -> name.startsWith(word))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    String folded =
        Normalizer.normalize(Objects.requireNonNullElse(text, ""), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) {
      if (m.group().length() >= MIN_WORD_LENGTH) {
        words.add(m.group());
      }
    }
    return words;
  }
}
