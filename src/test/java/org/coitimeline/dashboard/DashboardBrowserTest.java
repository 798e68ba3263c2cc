package org.coitimeline.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.coitimeline.support.Api;
import org.coitimeline.support.TestBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard at / in a real headless Chromium: filters, the list, the SVG timeline and the
 * details with formatted citations, all against the running app and its MariaDB.
 */
@QuarkusTest
class DashboardBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TestHTTPResource("/")
  URL url;

  private ChromeDriver driver;
  private Path profile;

  @BeforeEach
  void startBrowser() throws IOException {
    // CI installs Debian's chromium and chromium-driver (.ci/run); elsewhere the test is skipped.
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at /usr/bin/chromium");
    assumeTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is not at /usr/bin/chromedriver");
    profile = Files.createTempDirectory("dashboard-chromium");
    // An explicit driver and browser: Selenium Manager never looks for or downloads either.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,2000",
        "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void filteringByActorListsItsEventsDrawsOpenEndsAndShowsFormattedCitations() throws IOException {
    TestBundle data = new TestBundle();
    String actor = data.actor("ministry");
    String bystander = data.actor("bystander");
    String source = data.source("Test Author 26 Jan. 2021");
    String since =
        data.event(
            "since-2005",
            "2005/..",
            e -> e.title("Register kept since 2005").actor(actor, "authority"));
    String approximate =
        data.event("approx", "2019~", e -> e.title("Approximate year").actor(actor, "subject"));
    String breach =
        data.event(
            "breach",
            "2021-01-22",
            e ->
                e.title("Phone numbers leaked")
                    .summary("A list of phone numbers was published.")
                    .type("data-breach")
                    .actor(actor, "victim")
                    .source(source, "para. 4", "Se filtraron los números.", "es", true)
                    .figure("phone numbers in the leak", "15000", "phone numbers", "more-than"));
    data.event("other-actor", "2021-01-22", e -> e.actor(bystander, "subject"));
    Api.importBundle(data.build());
    String reference =
        given().get("/api/v1/sources/{id}", source).then().extract().path("reference");

    driver.get(url.toString());
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    waitUntilReady(wait);

    WebElement actorField = driver.findElement(By.id("f-actor"));
    actorField.sendKeys(actor);
    driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
    wait.until(d -> listedIds().equals(Set.of(since, approximate, breach)));
    waitUntilReady(wait);
    assertTrue(driver.getCurrentUrl().contains("actor=" + actor), driver.getCurrentUrl());
    assertEquals(
        "3",
        driver
            .executeScript(
                "return String([...document.querySelectorAll('#histogram rect.bar')]"
                    + ".reduce((sum, bar) => sum + Number(bar.dataset.count), 0))")
            .toString());
    String csv = driver.findElement(By.id("export-csv")).getAttribute("href");
    assertTrue(csv.contains("actor=" + actor) && csv.contains("format=csv"), csv);

    // The timeline draws "since 2005" open to the right edge, "circa 2019" hatched with a marker
    // and the day as a point. Read in one script and retried: the timeline is redrawn when later
    // data (sources, the histogram) arrives, which replaces its elements.
    wait.withMessage("the timeline draws open ends, approximate dates and points")
        .until(d -> timelineShows(since, approximate, breach));

    wait.ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(By.cssSelector("#event-list li[data-event-id='" + breach + "'] button"))
                  .click();
              return true;
            });
    WebElement details = driver.findElement(By.id("event-details"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#event-details .citation .reference.formatted"), reference));
    assertTrue(details.getText().contains("Phone numbers leaked"), details.getText());
    assertTrue(details.getText().contains("22 January 2021"), details.getText());
    assertEquals(
        "more than 15,000 phone numbers",
        details.findElement(By.cssSelector(".figures .figure")).getText());
    assertTrue(details.getText().contains("Pinpoint: para. 4"), details.getText());
    assertTrue(details.getText().contains("[translation]"), details.getText());
    assertTrue(driver.getCurrentUrl().contains("event=" + breach), driver.getCurrentUrl());

    // "Cite this view" takes a snapshot of the current filters and shows its citation and
    // permalink; the permalink answers the snapshot of exactly the listed events.
    driver.findElement(By.id("cite-view")).click();
    wait.withMessage("the citation of the view appears")
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("citation-text")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("citation-text"), "\"Events: actor " + actor + ".\" Snapshot "));
    String citation = driver.findElement(By.id("citation-text")).getText();
    String permalink = driver.findElement(By.id("citation-permalink")).getAttribute("href");
    String snapshot = driver.findElement(By.id("citation")).getAttribute("data-snapshot-id");
    assertTrue(citation.startsWith("COI Timeline. "), citation);
    assertTrue(citation.contains("Snapshot " + snapshot + ", as of "), citation);
    assertTrue(citation.contains(permalink + " [Accessed "), citation);
    assertTrue(permalink.endsWith("/api/v1/snapshots/" + snapshot), permalink);
    assertEquals(
        List.of(since, approximate, breach).stream().sorted().toList(),
        given()
            .get("/api/v1/snapshots/" + snapshot + "/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id", String.class)
            .stream()
            .sorted()
            .toList());
    saveScreenshot("target/dashboard-citation.png");

    // Everything the page loaded came from the service itself: it works offline.
    @SuppressWarnings("unchecked")
    List<String> loaded =
        (List<String>)
            driver.executeScript(
                "return performance.getEntriesByType('resource').map(entry => entry.name)");
    String origin = url.toString().replaceAll("/$", "");
    assertTrue(loaded.stream().allMatch(name -> name.startsWith(origin)), loaded.toString());

    saveScreenshot("target/dashboard.png");

    // A narrow screen: the SVGs are redrawn to fit and nothing is wider than the viewport.
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 1600, "deviceScaleFactor", 1, "mobile", true));
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "const timeline = document.getElementById('timeline');"
                            + " const svg = timeline.querySelector('svg.tl-body');"
                            + " return document.documentElement.scrollWidth <= 390"
                            + " && Number(svg.getAttribute('width')) <= timeline.clientWidth")));
    saveScreenshot("target/dashboard-narrow.png");
  }

  private boolean timelineShows(String since, String approximate, String breach) {
    Object shown =
        ((JavascriptExecutor) driver)
            .executeScript(
                """
                const g = id => document.querySelector(
                    "#timeline g.tl-event[data-event-id='" + id + "']");
                const open = g(arguments[0]), circa = g(arguments[1]), point = g(arguments[2]);
                return !!open && !!circa && !!point
                  && open.getAttribute('data-open-end') === 'true'
                  && open.querySelectorAll("path.tl-arrow[data-open='end']").length === 1
                  && circa.getAttribute('data-approximate') === 'true'
                  && !!circa.querySelector('.tl-marker')
                  && circa.querySelector('.tl-marker').textContent.trim() === '~'
                  && point.getAttribute('data-kind') === 'point';
                """,
                since,
                approximate,
                breach);
    return Boolean.TRUE.equals(shown);
  }

  private void waitUntilReady(WebDriverWait wait) {
    wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "ready"));
  }

  /** The listed events' ids, read in one script so a redraw cannot make them stale. */
  @SuppressWarnings("unchecked")
  private Set<String> listedIds() {
    return Set.copyOf(
        (List<String>)
            driver.executeScript(
                "return [...document.querySelectorAll('#event-list li[data-event-id]')]"
                    + ".map(item => item.dataset.eventId)"));
  }

  private void saveScreenshot(String path) throws IOException {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), Path.of(path), StandardCopyOption.REPLACE_EXISTING);
  }
}
