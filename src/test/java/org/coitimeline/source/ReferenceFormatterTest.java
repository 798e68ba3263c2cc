package org.coitimeline.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceFormatterTest {

  static JsonNode bundle() throws IOException {
    try (InputStream in =
        ReferenceFormatterTest.class.getResourceAsStream("/seed/mex200740e.json")) {
      if (in == null) {
        throw new IllegalStateException("seed bundle /seed/mex200740e.json not on the classpath");
      }
      return new ObjectMapper().readTree(in);
    }
  }

  static String resource(String path) throws IOException {
    try (InputStream in = ReferenceFormatterTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static ReferenceParts parts(JsonNode source) {
    String accessed = text(source, "accessed");
    return new ReferenceParts(
        text(source, "author"),
        text(source, "published"),
        source.path("publishedInferred").asBoolean(false),
        text(source, "dateSuffix"),
        text(source, "authors"),
        text(source, "title"),
        source.path("titleQuoted").asBoolean(false),
        accessed == null ? null : LocalDate.parse(accessed));
  }

  @Test
  void rendersTheReferenceListOfTheRirExactly() throws IOException {
    List<String> expected =
        resource("/seed/mex200740e-references.txt").lines().filter(l -> !l.isBlank()).toList();
    List<String> rendered = new ArrayList<>();
    for (JsonNode source : bundle().get("sources")) {
      if (source.path("inReferenceList").asBoolean(false)) {
        rendered.add(ReferenceFormatter.format(parts(source)));
      }
    }
    assertEquals(26, expected.size(), "the RIR's reference list has 26 entries");
    for (int i = 0; i < Math.min(expected.size(), rendered.size()); i++) {
      assertEquals(expected.get(i), rendered.get(i), "reference entry " + (i + 1));
    }
    assertEquals(expected, rendered);
  }

  @Test
  void undatedWithSuffix() {
    assertEquals(
        "Forbidden Stories. N.d.a. \"Spying on Mexican Journalists\" [Accessed 10 Sept. 2021]",
        ReferenceFormatter.format(
            new ReferenceParts(
                "Forbidden Stories",
                null,
                false,
                "a",
                null,
                "Spying on Mexican Journalists",
                true,
                LocalDate.of(2021, 9, 10))));
  }

  @Test
  void undatedWithoutSuffix() {
    assertEquals(
        "CMS. N.d. \"About Us.\" [Accessed 31 Aug. 2021]",
        ReferenceFormatter.format(
            new ReferenceParts(
                "CMS", null, false, null, null, "About Us.", true, LocalDate.of(2021, 8, 31))));
  }

  @Test
  void inferredYearInBrackets() {
    assertEquals(
        "CREEL. [2017]. \"General Law for the Protection of Personal Data.\" [Accessed 26 Aug. 2021]",
        ReferenceFormatter.format(
            new ReferenceParts(
                "CREEL",
                "2017",
                true,
                null,
                null,
                "General Law for the Protection of Personal Data.",
                true,
                LocalDate.of(2021, 8, 26))));
  }

  @Test
  void unquotedTitleWithAuthorsAndMonthPrecision() {
    assertEquals(
        "Mexico. April 2021. Secretaría de Seguridad y Protección Ciudadana (SSPC). Estrategia"
            + " Nacional de Seguridad Pública. Segundo Informe Anual. [Accessed 11 Aug. 2021]",
        ReferenceFormatter.format(
            new ReferenceParts(
                "Mexico",
                "2021-04",
                false,
                null,
                "Secretaría de Seguridad y Protección Ciudadana (SSPC)",
                "Estrategia Nacional de Seguridad Pública. Segundo Informe Anual.",
                false,
                LocalDate.of(2021, 8, 11))));
  }

  @Test
  void fullDateWithNamedAuthors() {
    assertEquals(
        "The Guardian. 7 December 2020. Nina Lakhani and Cecil Schillis-Gallego. \"'It's a"
            + " Free-for-All'.\" [Accessed 2 Sept. 2021]",
        ReferenceFormatter.format(
            new ReferenceParts(
                "The Guardian",
                "2020-12-07",
                false,
                null,
                "Nina Lakhani and Cecil Schillis-Gallego",
                "'It's a Free-for-All'.",
                true,
                LocalDate.of(2021, 9, 2))));
  }

  @Test
  void irbMonthAbbreviations() {
    String[] expected = {
      "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
    };
    for (int m = 1; m <= 12; m++) {
      assertEquals(
          "1 " + expected[m - 1] + " 2021", ReferenceFormatter.accessed(LocalDate.of(2021, m, 1)));
    }
  }

  @Test
  void noAccessDateAndDatedSuffix() {
    assertEquals(
        "Mexico. 2021b. \"Title.\"",
        ReferenceFormatter.format(
            new ReferenceParts("Mexico", "2021", false, "b", null, "Title.", true, null)));
  }

  @Test
  void rejectsImpossibleOrUnsupportedDates() {
    assertThrows(
        RuntimeException.class,
        () ->
            ReferenceFormatter.format(
                new ReferenceParts("X", "2021-02-30", false, null, null, "T.", true, null)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ReferenceFormatter.format(
                new ReferenceParts("X", "2012/2018", false, null, null, "T.", true, null)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ReferenceFormatter.format(
                new ReferenceParts(" ", "2021", false, null, null, "T.", true, null)));
  }
}
