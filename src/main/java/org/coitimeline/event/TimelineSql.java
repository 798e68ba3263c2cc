package org.coitimeline.event;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A native query under construction with its positional parameters. With a revision it reads the
 * state at that revision from the audit tables, where a row is current at R when rev <= R < rev_end
 * (Envers' validity strategy).
 */
final class TimelineSql {
  private final StringBuilder text = new StringBuilder();
  private final List<Object> values = new ArrayList<>();
  final Long asOfRevision;
  String lastMatch;

  /**
   * Whether the words of q are looked up in the full-text index as well as checked event by event
   * (see TimelineRepository#textCheck): the index finds the few events of a rare word without
   * reading the others; a walk in page order finds those of a common word without reading all of
   * them.
   */
  boolean textByIndex;

  /** The budget of a walk: LIMIT ... ROWS EXAMINED this (null: none). */
  Integer rowsExamined;

  /** Whether a page statement selects updated_at (see TimelineRepository.pageQuery). */
  boolean updatedAt = true;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");

  TimelineSql(Long asOfRevision) {
    this.asOfRevision = asOfRevision;
  }

  /** The table, or its audit table when reading as of a revision. */
  String table(String name) {
    return asOfRevision == null ? name : name + "_aud";
  }

  /** Restricts an audit-table alias to the rows current at the revision (no-op otherwise). */
  TimelineSql current(String alias) {
    if (asOfRevision != null) {
      append(" AND " + alias + ".rev_type <> 2 AND " + alias + ".rev <= ").bind(asOfRevision);
      append(" AND (" + alias + ".rev_end IS NULL OR " + alias + ".rev_end > ")
          .bind(asOfRevision)
          .append(")");
    }
    return this;
  }

  TimelineSql append(String s) {
    text.append(s);
    return this;
  }

  TimelineSql bind(Object value) {
    values.add(value);
    text.append("?").append(values.size());
    return this;
  }

  TimelineSql bindAll(Collection<String> list) {
    text.append("(");
    boolean first = true;
    for (String value : list) {
      text.append(first ? "" : ", ");
      bind(value);
      first = false;
    }
    text.append(")");
    return this;
  }

  /** MATCH ... AGAINST for the filter's words: each word required, also as a prefix. */
  String match(EventFilter filter) {
    StringBuilder against = new StringBuilder();
    for (String word : filter.words()) {
      against.append(against.length() == 0 ? "" : " ").append('+').append(word).append('*');
    }
    values.add(against.toString());
    lastMatch = "MATCH(e.title, e.summary) AGAINST(?" + values.size() + " IN BOOLEAN MODE)";
    return lastMatch;
  }

  String text() {
    return text.toString();
  }

  List<Object> values() {
    return values;
  }

  /** The text for JDBC: each ?N a plain placeholder ({@link #jdbcValues} in their order). */
  String jdbcText() {
    return PLACEHOLDER.matcher(text).replaceAll("?");
  }

  /** The values in the order of {@link #jdbcText}'s placeholders (a value may appear twice). */
  List<Object> jdbcValues() {
    List<Object> ordered = new ArrayList<>();
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      ordered.add(values.get(Integer.parseInt(placeholder.group(1)) - 1));
    }
    return ordered;
  }

  /** The SQL with its values inlined, for EXPLAIN. Values here are dates, codes and slugs. */
  String inline() {
    String sql = text.toString();
    for (int i = values.size(); i >= 1; i--) {
      Object v = values.get(i - 1);
      String literal =
          v instanceof Number || v instanceof BigDecimal
              ? v.toString()
              : "'" + v.toString().replace("'", "''") + "'";
      sql = sql.replace("?" + i, literal.replace("\\", "\\\\"));
    }
    return sql;
  }
}
