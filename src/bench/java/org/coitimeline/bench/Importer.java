package org.coitimeline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;

/** Loads the synthetic bundles through the public import path, POST /api/v1/import. */
final class Importer {
  record Result(int events, int bundles, long bytes, double seconds, long peakRssMb) {}

  static Result load(
      ServiceProcess service, String token, SyntheticTimeline timeline, int maxBundleBytes)
      throws IOException, InterruptedException {
    HttpClient http = client();
    if (maxBundleBytes <= 0) {
      return loadInOneRequest(http, service, token, timeline);
    }
    Iterator<byte[]> bundles = timeline.bundles(maxBundleBytes);
    int count = 0;
    long bytes = 0;
    long nanos = 0;
    while (bundles.hasNext()) {
      byte[] bundle = bundles.next();
      HttpRequest request =
          importRequest(service, token, "", Duration.ofMinutes(10))
              .POST(HttpRequest.BodyPublishers.ofByteArray(bundle))
              .build();
      long started = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      nanos += System.nanoTime() - started;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "import of bundle "
                + (count + 1)
                + " answered "
                + response.statusCode()
                + ": "
                + abbreviated(response.body()));
      }
      count++;
      bytes += bundle.length;
      if (count % 10 == 0) {
        System.out.printf(
            "  imported %d bundles, %d events, %.0f events/s%n",
            count, timeline.census.events, timeline.census.events / (nanos / 1e9));
      }
    }
    return new Result(
        timeline.census.events, count, bytes, nanos / 1e9, service.residentMegabytes()[1]);
  }

  /**
   * The whole data set as one bundle in one request, generated while it is sent (chunked, never
   * held whole on either side): the streamed import.
   */
  private static Result loadInOneRequest(
      HttpClient http, ServiceProcess service, String token, SyntheticTimeline timeline)
      throws IOException, InterruptedException {
    long[] bytes = {0};
    HttpRequest request =
        importRequest(service, token, "", Duration.ofHours(6))
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () ->
                        new java.io.FilterInputStream(timeline.stream()) {
                          @Override
                          public int read(byte[] b, int off, int len) throws IOException {
                            int n = super.read(b, off, len);
                            bytes[0] += Math.max(n, 0);
                            return n;
                          }
                        }))
            .build();
    long started = System.nanoTime();
    HttpResponse<java.io.InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    long peak = service.residentMegabytes()[1];
    try (java.io.InputStream body = response.body()) {
      // The report lists every record: read it through without keeping it.
      byte[] head = body.readNBytes(2000);
      body.transferTo(java.io.OutputStream.nullOutputStream());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the streamed import answered "
                + response.statusCode()
                + ": "
                + new String(head, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(
        timeline.census.events,
        1,
        bytes[0],
        seconds,
        Math.max(peak, service.residentMegabytes()[1]));
  }

  /**
   * Sends {@code bundle} (one part: at most TIMELINE_MAX_BODY_SIZE) as {@code POST
   * /api/v1/import?dryRun=true}, which runs the whole import and rolls it back, over and over for
   * {@code duration}: the timed import then runs on a warm service, as the query mix and the
   * streams do (a cold service imported a 10 k store at 0.37 of the raw rate, a 100 k one at 0.56).
   * Returns how many dry runs were sent.
   */
  static int warmUp(ServiceProcess service, String token, byte[] bundle, Duration duration)
      throws IOException, InterruptedException {
    HttpClient http = client();
    HttpRequest request =
        importRequest(service, token, "?dryRun=true", Duration.ofMinutes(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(bundle))
            .build();
    long until = System.nanoTime() + duration.toNanos();
    int runs = 0;
    while (System.nanoTime() < until) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "the import's dry run answered "
                + response.statusCode()
                + ": "
                + abbreviated(response.body()));
      }
      runs++;
    }
    return runs;
  }

  /** HTTP/1.1, as curl or a browser sends an upload: h2c's flow control stalls a streamed body. */
  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** A JSON bundle for POST /api/v1/import{@code query}, sent as the admin of {@code token}. */
  private static HttpRequest.Builder importRequest(
      ServiceProcess service, String token, String query, Duration timeout) {
    return HttpRequest.newBuilder(URI.create(service.baseUrl + "/api/v1/import" + query))
        .timeout(timeout)
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
  }

  private static String abbreviated(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }
}
