package org.coitimeline.timeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.coitimeline.event.CitedEvent;
import org.coitimeline.event.EventView;

/**
 * The timeline as CSV (RFC 4180: a header row, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break): one row per event. Lists (topics, actors, figures, citations)
 * are joined with "; " inside one field. Text cells that a spreadsheet would run as a formula are
 * neutralised ({@link CsvCells}).
 */
public final class CsvTimeline implements TimelineWriter {
  private static final CsvMapper MAPPER =
      CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
  static final CsvSchema SCHEMA =
      MAPPER.schemaFor(Row.class).withHeader().withLineSeparator("\r\n");
  private static final ObjectWriter ROWS =
      MAPPER.writer(SCHEMA).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  private static final String LIST_SEPARATOR = "; ";

  /** One row of the CSV, its columns in this order. */
  @JsonPropertyOrder({
    "id",
    "title",
    "summary",
    "edtf",
    "display",
    "start",
    "end",
    "latestStart",
    "earliestEnd",
    "precision",
    "type",
    "topics",
    "countries",
    "actors",
    "figures",
    "citations",
    "corroboration",
    "sourceCount"
  })
  public record Row(
      String id,
      String title,
      String summary,
      String edtf,
      String display,
      String start,
      String end,
      String latestStart,
      String earliestEnd,
      String precision,
      String type,
      String topics,
      String countries,
      String actors,
      String figures,
      String citations,
      String corroboration,
      int sourceCount) {}

  private final OutputStream out;
  private final SequenceWriter rows;

  /**
   * Rows go into the generator's buffer and the response's, not one flush each (Jackson's default
   * for a sequence): a flush per row made every row a write of its own to the connection.
   */
  public CsvTimeline(OutputStream out) throws IOException {
    this.out = out;
    this.rows = ROWS.writeValues(out);
  }

  /** The row of one event. */
  public static Row row(CitedEvent cited) {
    EventView e = cited.event();
    return new Row(
        CsvCells.neutralised(e.id()),
        CsvCells.neutralised(e.title()),
        CsvCells.neutralised(e.summary()),
        CsvCells.neutralised(e.date().edtf()),
        CsvCells.neutralised(e.date().display()),
        CsvCells.neutralised(iso(e.date().start())),
        CsvCells.neutralised(iso(e.date().end())),
        CsvCells.neutralised(iso(e.date().latestStart())),
        CsvCells.neutralised(iso(e.date().earliestEnd())),
        CsvCells.neutralised(e.date().precision()),
        CsvCells.neutralised(e.type()),
        CsvCells.neutralised(joined(e.topics(), Function.identity())),
        CsvCells.neutralised(joined(e.countries(), Function.identity())),
        CsvCells.neutralised(joined(e.actors(), ExportText::actor)),
        CsvCells.neutralised(joined(e.figures(), ExportText::figure)),
        CsvCells.neutralised(joined(e.sources(), ExportText::citation)),
        CsvCells.neutralised(e.corroboration()),
        e.sourceCount());
  }

  @Override
  public void write(CitedEvent event) throws IOException {
    rows.write(row(event));
  }

  /** Closes the rows (which writes the header of an empty export) but not the stream. */
  @Override
  public void finish() throws IOException {
    rows.close();
    out.flush();
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static <T> String joined(List<T> values, Function<T, String> text) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      joined.append(i == 0 ? "" : LIST_SEPARATOR).append(text.apply(values.get(i)));
    }
    return joined.toString();
  }
}
