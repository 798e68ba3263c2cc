package org.coitimeline.bulk;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coitimeline.event.EventInput;
import org.coitimeline.kernel.DateInput;
import org.coitimeline.kernel.FieldError;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.Slugs;
import org.coitimeline.timeline.CsvCells;

/**
 * Events from CSV: a header row naming columns of {@link #COLUMNS} (any order; missing ones are
 * empty), then one event per row. Lists are separated by {@code ;} within a cell: topics and
 * countries as codes, actors as {@code id:role}, sources as {@code id} or {@code id@pinpoint},
 * figures as {@code [qualifier] value unit|label}. Relations and quotes cannot be written in CSV.
 */
final class EventCsv {
  static final List<String> COLUMNS =
      List.of(
          "id",
          "title",
          "summary",
          "date",
          "type",
          "topics",
          "countries",
          "subdivision",
          "place",
          "actors",
          "sources",
          "figures",
          "corroboration");

  /** The cell syntax, for the API documentation. */
  static final String SYNTAX =
      "CSV: a header row naming some of the columns id, title, summary, date, type, topics,"
          + " countries, subdivision, place, actors, sources, figures, corroboration (any order;"
          + " a missing column is empty), then one event per row. Lists in a cell are separated"
          + " by `;`: topics `spyware;surveillance`, countries `MX;US`, actors as `id:role`"
          + " (`sspc:authority;nso-group:seller`), sources as `id` or `id@pinpoint`"
          + " (`r3d-2021-01-26;irb-mex200740-e@section 2`), figures as"
          + " `[qualifier] value unit|label` (`42000000 records|records in the IMSS database;"
          + "at-least 30 lawsuits|lawsuits against the INAI`). CSV carries no relations and no"
          + " quotes: an event it updates keeps its relations, and the quotes of citations whose"
          + " source and pinpoint stay the same.";

  private static final CsvMapper MAPPER = new CsvMapper();

  private EventCsv() {}

  /** The events of the CSV text; a 400 naming every malformed row and cell. */
  static List<EventInput> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> iterator =
        MAPPER
            .readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.SKIP_EMPTY_LINES)
            .with(CsvParser.Feature.TRIM_SPACES)
            .readValues(text)) {
      while (iterator.hasNextValue()) {
        rows.add(Arrays.asList(iterator.nextValue()));
      }
    } catch (IOException | RuntimeJsonMappingException e) {
      String where =
          e instanceof JacksonException j && j.getLocation() != null
              ? " (line " + j.getLocation().getLineNr() + ")"
              : "";
      throw InvalidInput.of("body", "is not valid CSV" + where);
    }
    if (rows.isEmpty()) {
      throw InvalidInput.of("body", "needs a header row: " + String.join(",", COLUMNS));
    }
    List<FieldError> errors = new ArrayList<>();
    Map<String, Integer> columns = header(rows.get(0), errors);
    List<EventInput> events = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      events.add(new Row(rows.get(i), columns, i - 1, errors).event());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return events;
  }

  private static Map<String, Integer> header(List<String> names, List<FieldError> errors) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!COLUMNS.contains(name)) {
        errors.add(
            new FieldError("header", "has an unknown column; known: " + String.join(",", COLUMNS)));
      } else if (columns.put(name, i) != null) {
        errors.add(new FieldError("header", "names the column " + name + " twice"));
      }
    }
    if (!columns.containsKey("id")) {
      errors.add(new FieldError("header", "needs the column id"));
    }
    return columns;
  }

  /** One data row; errors are named like the bundle's: {@code events[id].column}. */
  private record Row(
      List<String> cells, Map<String, Integer> columns, int index, List<FieldError> errors) {

    EventInput event() {
      if (cells.size() > columns.size()) {
        errors.add(new FieldError(at(), "has more cells than the header has columns"));
      }
      return new EventInput(
          text("id"),
          text("title"),
          text("summary"),
          text("date") == null ? null : new DateInput(text("date")),
          text("type"),
          items("topics"),
          items("countries"),
          text("subdivision"),
          text("place"),
          items("actors").stream().map(this::actor).toList(),
          items("sources").stream().map(this::source).toList(),
          items("figures").stream().map(this::figure).toList(),
          text("corroboration"),
          null);
    }

    private EventInput.ActorRef actor(String item) {
      int colon = item.lastIndexOf(':');
      if (colon <= 0 || colon == item.length() - 1) {
        error("actors", "must be id:role items separated by ;");
        return new EventInput.ActorRef(item, null);
      }
      return new EventInput.ActorRef(
          item.substring(0, colon).trim(), item.substring(colon + 1).trim());
    }

    private EventInput.SourceRef source(String item) {
      int at = item.indexOf('@');
      String id = at < 0 ? item : item.substring(0, at).trim();
      String pinpoint = at < 0 ? null : item.substring(at + 1).trim();
      return new EventInput.SourceRef(
          id, pinpoint == null || pinpoint.isEmpty() ? null : pinpoint, null, null, false);
    }

    private EventInput.FigureInput figure(String item) {
      int bar = item.indexOf('|');
      String[] words = (bar < 0 ? item : item.substring(0, bar)).trim().split("\\s+");
      String label = bar < 0 ? null : item.substring(bar + 1).trim();
      int valueAt = words.length > 0 && number(words[0]) == null ? 1 : 0;
      String qualifier = valueAt == 1 ? words[0] : null;
      BigDecimal value = words.length > valueAt ? number(words[valueAt]) : null;
      if (label == null || value == null || words.length < valueAt + 2) {
        error("figures", "must be [qualifier] value unit|label items separated by ;");
        return new EventInput.FigureInput(label, value, null, qualifier);
      }
      String unit = String.join(" ", Arrays.copyOfRange(words, valueAt + 1, words.length));
      return new EventInput.FigureInput(label, value, unit, qualifier);
    }

    private static BigDecimal number(String word) {
      try {
        return new BigDecimal(word);
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private String text(String column) {
      Integer position = columns.get(column);
      if (position == null || position >= cells.size()) {
        return null;
      }
      // A cell of our own CSV export may carry the quote that kept a spreadsheet off it.
      String cell = CsvCells.restored(cells.get(position));
      return cell == null || cell.isBlank() ? null : cell.trim();
    }

    private List<String> items(String column) {
      String cell = text(column);
      if (cell == null) {
        return List.of();
      }
      return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private void error(String column, String message) {
      errors.add(new FieldError(at() + "." + column, message));
    }

    private String at() {
      String id = text("id");
      return "events[" + (Slugs.isValid(id) ? id : String.valueOf(index)) + "]";
    }
  }
}
