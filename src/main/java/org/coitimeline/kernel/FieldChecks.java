package org.coitimeline.kernel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The field rules every input shares, each worded once, collecting every error of a record. Fields
 * are named as the caller sees them: {@code date} in a single write, {@code events[some-id].date}
 * in a bundle.
 */
public final class FieldChecks {
  private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

  private final String at;
  private final List<FieldError> errors;

  /** Checks of one record whose fields are named after {@code at} (empty: the field alone). */
  public FieldChecks(String at, List<FieldError> errors) {
    this.at = at;
    this.errors = errors;
  }

  public FieldChecks(String at) {
    this(at, new ArrayList<>());
  }

  /** The same error list, for the fields of a record nested under {@code at}. */
  public FieldChecks under(String at) {
    return new FieldChecks(at, errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Throws every error found so far, together, as one {@link InvalidInput}. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  public void error(String field, String message) {
    errors.add(new FieldError(at.isEmpty() ? field : at + "." + field, message));
  }

  /** Records {@code problem} for the field unless it is null. */
  public void check(String field, String problem) {
    if (problem != null) {
      error(field, problem);
    }
  }

  public void required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      error(field, "is required");
    } else {
      optional(field, value, max);
    }
  }

  public void optional(String field, String value, int max) {
    if (value == null) {
      return;
    }
    if (value.length() > max) {
      error(field, "must be at most " + max + " characters");
    } else {
      check(field, Text.problem(value));
    }
  }

  /** A calendar date the database can store: years 1 to 9999. */
  public void date(String field, java.time.LocalDate date) {
    if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
      error(field, "must be a date between the years 1 and 9999");
    }
  }

  public void size(String field, List<?> values, int max) {
    if (values != null && values.size() > max) {
      error(field, "must have at most " + max + " entries");
    }
  }

  public void countries(String field, List<String> codes, boolean atLeastOne) {
    List<String> list = codes == null ? List.of() : codes;
    if (atLeastOne && list.isEmpty()) {
      error(field, "needs at least one ISO 3166-1 alpha-2 code");
    }
    if (!list.stream().allMatch(Countries::isAlpha2)) {
      error(field, Countries.ALPHA_2_RULE);
    }
  }

  public void url(String field, String url) {
    if (url == null) {
      return;
    }
    String rule = "must be an http or https URL of at most 2000 characters";
    try {
      URI uri = new URI(url);
      if (url.length() > 2000
          || uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        error(field, rule);
      }
    } catch (URISyntaxException e) {
      error(field, rule);
    }
  }

  public void language(String field, String tag) {
    if (tag != null && (tag.length() > 35 || !LANGUAGE.matcher(tag).matches())) {
      error(field, "must be a BCP 47 language tag such as es or en");
    }
  }
}
