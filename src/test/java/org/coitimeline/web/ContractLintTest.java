package org.coitimeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published contract lints clean under the linters integrators use: Redocly's recommended rules
 * (src/test/resources/lint/redocly.yaml) and Spectral's spectral:oas
 * (src/test/resources/lint/spectral.yaml). Both run through npx at pinned versions (downloaded once
 * into the npm cache, offline afterwards); without npx on the PATH the test is skipped and says so.
 */
class ContractLintTest {
  private static final String CONTRACT = "openapi/openapi.yaml";
  private static final String REDOCLY = "@redocly/cli@2.77.0";
  private static final String SPECTRAL = "@stoplight/spectral-cli@6.16.3";

  @BeforeAll
  static void npxIsInstalled() {
    Assumptions.assumeTrue(
        run(List.of("npx", "--version")).status() == 0,
        "npx (Node.js) is not on the PATH: the contract lint is skipped; install Node.js 20+ to"
            + " run it");
  }

  @Test
  void redoclyRecommendedFindsNoErrors() {
    var result =
        run(
            List.of(
                "npx",
                "--yes",
                REDOCLY,
                "lint",
                "--config",
                "src/test/resources/lint/redocly.yaml",
                CONTRACT));
    assertEquals(0, result.status(), "Redocly found errors in " + CONTRACT + ":\n" + result.out());
  }

  @Test
  void spectralOasFindsNoErrors() {
    var result =
        run(
            List.of(
                "npx",
                "--yes",
                SPECTRAL,
                "lint",
                "--ruleset",
                "src/test/resources/lint/spectral.yaml",
                "--fail-severity",
                "error",
                CONTRACT));
    assertEquals(0, result.status(), "Spectral found errors in " + CONTRACT + ":\n" + result.out());
  }

  private record Result(int status, String out) {}

  private static Result run(List<String> command) {
    var builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
    builder.environment().put("REDOCLY_TELEMETRY", "off");
    builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    builder.environment().put("NO_UPDATE_NOTIFIER", "1");
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return new Result(-1, "timed out: " + String.join(" ", command));
      }
      return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Result(-1, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }
}
