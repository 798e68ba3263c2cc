package org.coitimeline.edtf;

import java.time.LocalDate;
import org.coitimeline.kernel.DateView;

/** An immutable EDTF (ISO 8601-2) level 0/1 date or interval, with the range of days it allows. */
public final class Edtf {

  /** What stands at one end of an interval. */
  private enum End {
    DATE,
    OPEN,
    UNKNOWN
  }

  private static final String OPEN = "..";

  private final String text;
  private final boolean interval;
  private final End startKind;
  private final End endKind;
  // A single date is held in both; an open or unknown interval end is null.
  private final EdtfDate start;
  private final EdtfDate end;

  private Edtf(String text, boolean interval, End startKind, End endKind, EdtfDate s, EdtfDate e) {
    this.text = text;
    this.interval = interval;
    this.startKind = startKind;
    this.endKind = endKind;
    this.start = s;
    this.end = e;
  }

  /**
   * Parses EDTF level 0 or level 1 text, ignoring surrounding whitespace.
   *
   * @throws InvalidEdtfException if the text is null, blank or not valid level 0/1 EDTF
   */
  public static Edtf parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidEdtfException("no date given: " + EdtfParser.EXPECTED_ANY);
    }
    String trimmed = text.strip();
    if (trimmed.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidEdtfException("an EDTF date cannot contain spaces");
    }
    int slash = trimmed.indexOf('/');
    if (slash < 0) {
      if (trimmed.equals(OPEN)) {
        throw new InvalidEdtfException("an open end (..) is only allowed in an interval");
      }
      EdtfDate date = EdtfParser.parseSingle(trimmed);
      return new Edtf(trimmed, false, End.DATE, End.DATE, date, date);
    }
    if (trimmed.indexOf('/', slash + 1) >= 0) {
      throw new InvalidEdtfException("an interval has exactly one / between its start and end");
    }
    String left = trimmed.substring(0, slash);
    String right = trimmed.substring(slash + 1);
    End startKind = kind(left);
    End endKind = kind(right);
    if (startKind != End.DATE && endKind != End.DATE) {
      throw new InvalidEdtfException("an interval needs a date at its start, its end or both");
    }
    EdtfDate start = startKind == End.DATE ? EdtfParser.parseIntervalStart(left) : null;
    EdtfDate end = endKind == End.DATE ? EdtfParser.parseIntervalEnd(right) : null;
    if (start != null && end != null && end.last().isBefore(start.first())) {
      throw new InvalidEdtfException("the interval ends before it starts");
    }
    return new Edtf(trimmed, true, startKind, endKind, start, end);
  }

  private static End kind(String part) {
    if (part.isEmpty()) {
      return End.UNKNOWN;
    }
    return part.equals(OPEN) ? End.OPEN : End.DATE;
  }

  /** The EDTF text as given, without surrounding whitespace. */
  public String text() {
    return text;
  }

  /** The earliest day the fact can have started; null means no lower limit. */
  public LocalDate earliestStart() {
    return startKind == End.DATE ? start.first() : null;
  }

  /** The latest day the fact can have started; null means the start is open (−∞). */
  public LocalDate latestStart() {
    return switch (startKind) {
      case DATE -> start.last();
      // Whatever the unknown start was, it cannot be later than the end.
      case UNKNOWN -> end.last();
      case OPEN -> null;
    };
  }

  /** The earliest day the fact can have ended; null means the end is open (+∞). */
  public LocalDate earliestEnd() {
    return switch (endKind) {
      case DATE -> end.first();
      // Whatever the unknown end was, it cannot be earlier than the start.
      case UNKNOWN -> start.first();
      case OPEN -> null;
    };
  }

  /** The latest day the fact can have ended; null means no upper limit. */
  public LocalDate latestEnd() {
    return endKind == End.DATE ? end.last() : null;
  }

  /** The coarsest precision among the dates given; open and unknown ends do not count. */
  public Precision precision() {
    if (start == null) {
      return end.precision();
    }
    if (end == null) {
      return start.precision();
    }
    return Precision.coarser(start.precision(), end.precision());
  }

  public boolean isInterval() {
    return interval;
  }

  /** Whether any date given is qualified with {@code ?} or {@code %}. */
  public boolean isUncertain() {
    return (start != null && start.qualifier().uncertain())
        || (end != null && end.qualifier().uncertain());
  }

  /** Whether any date given is qualified with {@code ~} or {@code %}. */
  public boolean isApproximate() {
    return (start != null && start.qualifier().approximate())
        || (end != null && end.qualifier().approximate());
  }

  /** Whether the interval starts with {@code ..}, i.e. reaches back indefinitely. */
  public boolean isStartOpen() {
    return startKind == End.OPEN;
  }

  /** Whether the interval start is empty, i.e. exists but is not known. */
  public boolean isStartUnknown() {
    return startKind == End.UNKNOWN;
  }

  /** Whether the interval ends with {@code ..}, i.e. is still ongoing. */
  public boolean isEndOpen() {
    return endKind == End.OPEN;
  }

  /** Whether the interval end is empty, i.e. exists but is not known. */
  public boolean isEndUnknown() {
    return endKind == End.UNKNOWN;
  }

  /** A human-readable English rendering, e.g. "22 January 2021" or "since 2005". */
  public String display() {
    if (!interval) {
      return start.display();
    }
    if (startKind == End.OPEN) {
      return "as of " + end.display();
    }
    if (startKind == End.UNKNOWN) {
      return "until " + end.display() + " (start unknown)";
    }
    if (endKind == End.OPEN) {
      return "since " + start.display();
    }
    if (endKind == End.UNKNOWN) {
      return "from " + start.display() + " (end unknown)";
    }
    String from = start.display();
    String to = end.display();
    // "2012–2018" reads well; "October 2018–November 2019" would look like a hyphenated word.
    boolean plainYears = isAllDigits(from) && isAllDigits(to);
    return plainYears ? from + "–" + to : from + " – " + to;
  }

  private static boolean isAllDigits(String s) {
    return s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Edtf other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }

  /** Why this text is not an EDTF date this service reads, as a field message; null when it is. */
  public static String problem(String text) {
    try {
      parse(text);
      return null;
    } catch (InvalidEdtfException e) {
      return "is not a valid EDTF date: " + e.getMessage();
    }
  }

  /** The date with its derived bounds, as the API shows it. */
  public DateView view() {
    return new DateView(
        text(),
        earliestStart(),
        latestEnd(),
        latestStart(),
        earliestEnd(),
        precision().code(),
        display(),
        isUncertain(),
        isApproximate());
  }
}
