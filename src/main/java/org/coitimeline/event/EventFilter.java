package org.coitimeline.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.coitimeline.kernel.Countries;
import org.coitimeline.kernel.FieldError;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.Slugs;

/**
 * A parsed timeline query. Values of one parameter are alternatives (OR); different parameters must
 * all hold (AND). {@code scopeActor} and {@code scopeSource} are the fixed actor or source of
 * {@code /actors/{id}/events} and {@code /sources/{id}/events}.
 */
public record EventFilter(
    LocalDate from,
    LocalDate to,
    Match match,
    Set<String> countries,
    Set<String> actors,
    Set<String> topics,
    Set<String> types,
    Set<String> sources,
    Set<String> corroborations,
    List<String> words,
    String scopeActor,
    String scopeSource) {

  /** How an event's span must relate to [from, to]. */
  public enum Match {
    OVERLAPS,
    WITHIN
  }

  public static final Set<String> CORROBORATION =
      Set.of("corroborated", "single-source", "not-corroborated");

  /** InnoDB indexes words of at least innodb_ft_min_token_size (3) characters. */
  static final int MIN_WORD_LENGTH = 3;

  private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
  private static final Pattern YEAR_MONTH = Pattern.compile("^\\d{4}-\\d{2}$");
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  public static EventFilter parse(EventQuery query) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate from = bound(query.from, "from", true, errors);
    LocalDate to = bound(query.to, "to", false, errors);
    if (from != null && to != null && from.isAfter(to)) {
      errors.add(new FieldError("to", "must not be before from"));
    }
    Match match = Match.OVERLAPS;
    if (query.match != null) {
      switch (query.match) {
        case "overlaps" -> match = Match.OVERLAPS;
        case "within" -> match = Match.WITHIN;
        default -> errors.add(new FieldError("match", "must be overlaps or within"));
      }
    }
    Set<String> countries = values(query.country);
    if (!countries.stream().allMatch(Countries::isAlpha2)) {
      errors.add(new FieldError("country", Countries.ALPHA_2_RULE));
    }
    Set<String> actors = slugs(query.actor, "actor", errors);
    Set<String> topics = slugs(query.topic, "topic", errors);
    Set<String> types = slugs(query.type, "type", errors);
    Set<String> sources = slugs(query.source, "source", errors);
    Set<String> corroborations = values(query.corroboration);
    if (!CORROBORATION.containsAll(corroborations)) {
      errors.add(
          new FieldError(
              "corroboration", "must be corroborated, single-source or not-corroborated"));
    }
    List<String> words = words(query.q, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new EventFilter(
        from,
        to,
        match,
        countries,
        actors,
        topics,
        types,
        sources,
        corroborations,
        words,
        null,
        null);
  }

  public EventFilter withScopeActor(String actor) {
    return new EventFilter(
        from,
        to,
        match,
        countries,
        actors,
        topics,
        types,
        sources,
        corroborations,
        words,
        actor,
        scopeSource);
  }

  public EventFilter withScopeSource(String source) {
    return new EventFilter(
        from,
        to,
        match,
        countries,
        actors,
        topics,
        types,
        sources,
        corroborations,
        words,
        scopeActor,
        source);
  }

  /**
   * The same filter with every actor id passed through {@code resolve} (a pseudonymous id such as
   * protected-3 to the actor's own).
   */
  public EventFilter withActors(java.util.function.UnaryOperator<String> resolve) {
    Set<String> resolved = new java.util.TreeSet<>();
    actors.forEach(a -> resolved.add(resolve.apply(a)));
    return new EventFilter(
        from,
        to,
        match,
        countries,
        resolved,
        topics,
        types,
        sources,
        corroborations,
        words,
        scopeActor == null ? null : resolve.apply(scopeActor),
        scopeSource);
  }

  public boolean hasText() {
    return !words.isEmpty();
  }

  /** Whether nothing but the dates and the words of q narrows the events. */
  boolean onlyDatesAndWords() {
    return countries.isEmpty()
        && actors.isEmpty()
        && topics.isEmpty()
        && types.isEmpty()
        && sources.isEmpty()
        && corroborations.isEmpty()
        && scopeActor == null
        && scopeSource == null;
  }

  /** A stable text form of the filter, used to bind cursors to the query that made them. */
  public String canonical() {
    return String.join(
        "|",
        String.valueOf(from),
        String.valueOf(to),
        match.name(),
        sorted(countries),
        sorted(actors),
        sorted(topics),
        sorted(types),
        sorted(sources),
        sorted(corroborations),
        String.join(" ", words),
        String.valueOf(scopeActor),
        String.valueOf(scopeSource));
  }

  private static String sorted(Set<String> values) {
    return String.join(",", values.stream().sorted().toList());
  }

  private static LocalDate bound(
      String value, String name, boolean start, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    try {
      if (YEAR.matcher(value).matches()) {
        int year = Integer.parseInt(value);
        return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      if (YEAR_MONTH.matcher(value).matches()) {
        YearMonth month = YearMonth.parse(value);
        return start ? month.atDay(1) : month.atEndOfMonth();
      }
      if (DAY.matcher(value).matches()) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(name, "is not a real date (check the month and the day)"));
      return null;
    }
    errors.add(new FieldError(name, "must be YYYY, YYYY-MM or YYYY-MM-DD"));
    return null;
  }

  private static Set<String> values(List<String> values) {
    Set<String> set = new LinkedHashSet<>();
    if (values != null) {
      values.forEach(v -> set.add(v.trim()));
    }
    return set;
  }

  private static Set<String> slugs(List<String> values, String name, List<FieldError> errors) {
    Set<String> set = values(values);
    if (!set.stream().allMatch(Slugs::isValid)) {
      errors.add(new FieldError(name, "must be ids of lower-case words joined by hyphens"));
    }
    return set;
  }

  private static List<String> words(String q, List<FieldError> errors) {
    if (q == null) {
      return List.of();
    }
    if (q.length() > 200) {
      errors.add(new FieldError("q", "must be at most 200 characters"));
      return List.of();
    }
    List<String> words = new ArrayList<>();
    var matcher = WORD.matcher(q.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      if (matcher.group().length() >= MIN_WORD_LENGTH && !words.contains(matcher.group())) {
        words.add(matcher.group());
      }
    }
    if (words.isEmpty()) {
      errors.add(
          new FieldError(
              "q", "needs at least one word of " + MIN_WORD_LENGTH + " or more letters or digits"));
    }
    return words;
  }
}
