package org.coitimeline.support.fuzz;

import java.lang.Character.UnicodeBlock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.instancio.Instancio;
import org.instancio.InstancioGenApi;
import org.instancio.generator.specs.CharacterSpec;
import org.instancio.generator.specs.InstantSpec;
import org.instancio.generator.specs.IntegerSpec;
import org.instancio.generator.specs.LocalDateSpec;
import org.instancio.generator.specs.LongSpec;
import org.instancio.generator.specs.StringSpec;
import org.instancio.generator.specs.URLSpec;
import org.instancio.generator.specs.WordSpec;
import org.instancio.settings.Keys;

/**
 * Values for the contract fuzz, all drawn from one seed: Instancio's seeded generators make the raw
 * material (words, alphanumerics, scripts, code points in a range, dates, numbers, URLs), and this
 * class shapes it into valid, boundary and hostile values of each class the API must survive. The
 * same seed and the same sequence of calls give the same values.
 */
public final class FuzzValues {
  /** Fragments of well-known attack payloads; the fuzz embeds them in generated text. */
  private static final List<String> INJECTION_FRAGMENTS =
      List.of(
          "' OR '1'='1",
          "\" OR \"\"=\"",
          "'; DROP TABLE event; --",
          "1) UNION SELECT NULL,version()--",
          "\\'",
          "%' AND SLEEP(5) AND '%'='",
          "{\"$gt\": \"\"}",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "${jndi:ldap://127.0.0.1/a}",
          "${7*7}",
          "{{7*7}}",
          "#{7*7}",
          "../../../../etc/passwd",
          "..%2f..%2fetc%2fpasswd",
          "%00",
          "%s%s%s%n",
          "\r\nX-Injected: 1",
          "=HYPERLINK(\"http://x.invalid\",\"x\")",
          "@SUM(1+1)*cmd|' /C calc'!A0",
          "*)(uid=*))(|(uid=*",
          "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
          "\\u0000",
          "NaN",
          "-0",
          "1e309",
          "9223372036854775808",
          "-2147483649");

  private final long seed;
  private final Random random;
  private final StringSpec alphanumeric;
  private final StringSpec digits;
  private final WordSpec words;
  private final StringSpec rightToLeft;
  private final StringSpec combiningMarks;
  private final StringSpec cjk;
  private final IntegerSpec emojiCodePoints;
  private final CharacterSpec controlChars;
  private final CharacterSpec surrogates;
  private final CharacterSpec bidiControls;
  private final CharacterSpec invisibles;
  private final LocalDateSpec dates;
  private final InstantSpec instants;
  private final IntegerSpec months;
  private final IntegerSpec years;
  private final LongSpec longs;
  private final URLSpec urls;

  public FuzzValues(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
    InstancioGenApi gen = Instancio.gen().withSetting(Keys.SEED, seed);
    alphanumeric = gen.string().alphaNumeric().mixedCase().length(1, 24);
    digits = gen.string().digits().length(1, 24);
    words = gen.text().word();
    rightToLeft = gen.string().unicode(UnicodeBlock.ARABIC, UnicodeBlock.HEBREW).length(1, 24);
    combiningMarks = gen.string().unicode(UnicodeBlock.COMBINING_DIACRITICAL_MARKS).length(1, 40);
    cjk = gen.string().unicode(UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS).length(1, 12);
    emojiCodePoints = gen.ints().range(0x1F300, 0x1FAFF);
    controlChars = gen.chars().range('\u0000', '\u001f');
    surrogates = gen.chars().range('\uD800', '\uDFFF');
    bidiControls = gen.chars().range('\u202A', '\u202E');
    invisibles = gen.chars().range('\u200B', '\u200F');
    dates = gen.temporal().localDate().range(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    instants = gen.temporal().instant();
    months = gen.ints().range(0, 40);
    years = gen.ints().range(-100, 12000);
    longs = gen.longs();
    urls = gen.net().url();
  }

  public long seed() {
    return seed;
  }

  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  public int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  public <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  public String word() {
    return words.get();
  }

  public String alphanumeric() {
    return alphanumeric.get();
  }

  /** Readable text: a few words. */
  public String text() {
    StringBuilder text = new StringBuilder(words.get());
    for (int i = between(0, 6); i > 0; i--) {
      text.append(' ').append(words.get());
    }
    return text.toString();
  }

  /**
   * A string of one hostile class: empty or blank, huge, right-to-left with bidi overrides, emoji,
   * stacked combining marks, control characters and NUL, a lone surrogate, an injection payload,
   * number-like, zero-width and look-alike characters, or a mix.
   */
  public String hostileString() {
    return switch (random.nextInt(13)) {
      case 0 -> pick(List.of("", " ", "\t", "\n", " \u00a0 "));
      case 1 -> huge();
      case 2 -> bidiControls.get() + rightToLeft.get() + " " + alphanumeric.get() + '\u202C';
      case 3 -> emoji();
      case 4 -> alphanumeric.get().charAt(0) + combiningMarks.get();
      case 5 -> insert(alphanumeric.get(), String.valueOf(controlChars.get()));
      case 6 -> insert(text(), String.valueOf(surrogates.get()));
      case 7 -> insert(text(), pick(INJECTION_FRAGMENTS));
      case 8 -> pick(INJECTION_FRAGMENTS);
      case 9 -> numberLike();
      case 10 -> insert(alphanumeric.get(), String.valueOf(invisibles.get())) + "\uFEFF";
      case 11 -> cjk.get() + emoji() + rightToLeft.get();
      default -> fullWidth(digits.get());
    };
  }

  /** A long string: just over the sizes a service commonly limits, or far over. */
  public String huge() {
    int length = pick(List.of(201, 256, 1001, 1025, 4097, 65_536, 200_000));
    StringBuilder text = new StringBuilder(length + 32);
    String unit = chance(0.5) ? alphanumeric.get() : emoji() + rightToLeft.get();
    while (text.length() < length) {
      text.append(unit);
    }
    return text.substring(0, length);
  }

  public String emoji() {
    StringBuilder text = new StringBuilder();
    text.appendCodePoint(emojiCodePoints.get());
    if (chance(0.5)) {
      text.append('\u200D').appendCodePoint(emojiCodePoints.get()); // a ZWJ sequence
    }
    if (chance(0.3)) {
      text.appendCodePoint(0x1F3FB + random.nextInt(5)); // a skin tone modifier
    }
    return text.toString();
  }

  public String numberLike() {
    return switch (random.nextInt(8)) {
      case 0 -> String.valueOf(longs.get());
      case 1 -> "-" + digits.get();
      case 2 -> digits.get() + digits.get() + digits.get();
      case 3 -> "0x" + alphanumeric.get();
      case 4 -> digits.get() + "." + digits.get() + "e" + between(-400, 400);
      case 5 -> pick(List.of("NaN", "Infinity", "-Infinity", "-0", "+1", "1_000"));
      case 6 -> " " + digits.get() + " ";
      default -> fullWidth(digits.get());
    };
  }

  /** Digits as their full-width forms, which some parsers take for digits. */
  private static String fullWidth(String digits) {
    StringBuilder text = new StringBuilder();
    digits.chars().forEach(c -> text.append((char) (c - '0' + '\uFF10')));
    return text.toString();
  }

  private String insert(String text, String inserted) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    // never split a surrogate pair of the text itself
    if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
      at--;
    }
    return text.substring(0, at) + inserted + text.substring(at);
  }

  /** A calendar date in the range of the data (1990 to 2030). */
  public LocalDate recentDate() {
    return LocalDate.of(between(1990, 2030), between(1, 12), between(1, 28));
  }

  /** A calendar date, mostly in the range of the data. */
  public LocalDate date() {
    return chance(0.7) ? recentDate() : dates.get();
  }

  /**
   * A date as the query filters take it (YYYY, YYYY-MM, YYYY-MM-DD) or a near miss: month 0 or
   * 13-40, day 29-32 of any month, five-digit and negative years, other separators.
   */
  public String dateText() {
    LocalDate date = date();
    String year =
        chance(0.85) ? String.format("%04d", date.getYear()) : String.valueOf(years.get());
    return switch (random.nextInt(8)) {
      case 0 -> year;
      case 1 -> year + "-" + String.format("%02d", date.getMonthValue());
      case 2 -> date.toString();
      case 3 -> year + "-" + String.format("%02d", months.get());
      case 4 -> year + "-" + String.format("%02d-%02d", date.getMonthValue(), between(28, 32));
      case 5 -> date.toString().replace('-', pick(List.of('/', '.', ' ')));
      case 6 -> pick(List.of("0000", "9999-12-31", "0001-01-01", "-0001", "2021-02-29"));
      default -> instant();
    };
  }

  /**
   * An EDTF value or a near miss: single dates, intervals and open ends, qualifiers, unspecified
   * digits, seasons (months 21-41) and impossible months and days.
   */
  public String edtf() {
    return switch (random.nextInt(10)) {
      case 0, 1 -> dateText();
      case 2 -> dateText() + "/" + dateText();
      case 3 -> "../" + dateText();
      case 4 -> dateText() + "/..";
      case 5 -> dateText() + pick(List.of("?", "~", "%"));
      case 6 -> String.format("%03dX", between(190, 203));
      case 7 -> String.format("%02dXX", between(15, 21));
      case 8 -> String.format("%04d-%02d", between(1990, 2030), between(21, 41));
      default -> pick(List.of("", "..", "/", "2021/2012", "2021-01-22T10:00:00Z", "Y-170000002"));
    };
  }

  /** An instant as ISO-8601, or a day, or a near miss. */
  public String instant() {
    Instant instant = instants.get();
    return switch (random.nextInt(6)) {
      case 0, 1 -> instant.toString();
      case 2 -> date().toString();
      case 3 -> instant.toString().replace("Z", "+25:00");
      case 4 -> instant.toString().replace("T", " ");
      default -> pick(List.of("+1000000000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "now", "0"));
    };
  }

  /** An ISO 3166-1 alpha-2 code, a subdivision, or a near miss. */
  public String country() {
    String code = pick(List.of(Locale.getISOCountries()));
    return switch (random.nextInt(6)) {
      case 0, 1, 2 -> code;
      case 3 -> code.toLowerCase(Locale.ROOT);
      case 4 -> code + "-" + alphanumeric.get().toUpperCase(Locale.ROOT);
      default -> pick(List.of("XX", "ZZ", "MEX", "M", "EU", "UK"));
    };
  }

  /** An ISO 639 language code or a near miss. */
  public String language() {
    String code = pick(List.of(Locale.getISOLanguages()));
    return chance(0.8) ? code : pick(List.of(code.toUpperCase(Locale.ROOT), "es-MX", "xx", "e"));
  }

  public String url() {
    return chance(0.7)
        ? urls.get().toString()
        : pick(List.of("javascript:alert(1)", "file:///etc/passwd", "http://", "//x", "not a url"));
  }

  /** An integer around the bounds of a parameter: the bounds, one past them, 0, and far out. */
  public String boundaryInteger(BigDecimal minimum, BigDecimal maximum) {
    long min = minimum == null ? Integer.MIN_VALUE : minimum.longValue();
    long max = maximum == null ? Integer.MAX_VALUE : maximum.longValue();
    return switch (random.nextInt(9)) {
      case 0 -> String.valueOf(min);
      case 1 -> String.valueOf(max);
      case 2 -> String.valueOf(min - 1);
      case 3 -> String.valueOf(max + 1);
      case 4 -> String.valueOf(min + random.nextInt((int) Math.min(max - min + 1, 1000)));
      case 5 -> "0";
      case 6 -> String.valueOf(longs.get());
      case 7 -> "99999999999999999999999";
      default -> numberLike();
    };
  }

  /** A JSON number: small, boundary, huge, fractional or negative. */
  public BigDecimal number() {
    return switch (random.nextInt(7)) {
      case 0 -> BigDecimal.valueOf(between(0, 100_000_000));
      case 1 -> BigDecimal.valueOf(longs.get());
      case 2 -> new BigDecimal("1e400");
      case 3 -> new BigDecimal("-1e-400");
      case 4 -> new BigDecimal(digits.get() + "." + digits.get());
      case 5 -> BigDecimal.valueOf(-between(1, 1000));
      default -> new BigDecimal("123456789012345678901234567890.123456789");
    };
  }
}
