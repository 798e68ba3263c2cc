package org.coitimeline.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.coitimeline.support.Tokens;
import org.junit.jupiter.api.Test;

/** CSV exports never hand a spreadsheet a formula, and our own import reads them back as text. */
@QuarkusTest
class CsvInjectionTest {
  private static final String HEADER = "id,title,summary,date,type,countries,corroboration\n";
  private static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"open\")";

  private static void importCsv(String csv) {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType("text/csv")
        .body(csv)
        .post("/api/v1/import")
        .then()
        .statusCode(200);
  }

  private static String row(String id, String title, String summary) {
    return id
        + ","
        + quoted(title)
        + ","
        + quoted(summary)
        + ",2021,data-breach,MX,not-corroborated\n";
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  @Test
  void formulaCellsAreExportedWithALeadingQuoteAndImportedBackAsTheirText() {
    String word = "w" + UUID.randomUUID().toString().replace("-", "");
    String id = "csv-injection-" + word.substring(1, 13);
    importCsv(HEADER + row(id, FORMULA, "@SUM(1+1) " + word));

    String csv =
        given()
            .queryParam("format", "csv")
            .queryParam("q", word)
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .body(containsString(quoted("'" + FORMULA)))
            .body(containsString("'@SUM(1+1) " + word))
            .body(not(containsString("," + quoted(FORMULA))))
            .extract()
            .asString();
    assertEquals(2, csv.strip().split("\r\n").length, csv);

    // The exported cells, quote and all, imported again: the stored text is unchanged.
    importCsv(HEADER + row(id, "'" + FORMULA, "'@SUM(1+1) " + word));
    given()
        .get("/api/v1/events/" + id)
        .then()
        .statusCode(200)
        .body("title", equalTo(FORMULA))
        .body("summary", equalTo("@SUM(1+1) " + word));
  }
}
