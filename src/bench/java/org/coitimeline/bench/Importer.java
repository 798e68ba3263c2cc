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
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Iterator<byte[]> bundles = timeline.bundles(maxBundleBytes);
    int count = 0;
    long bytes = 0;
    long nanos = 0;
    while (bundles.hasNext()) {
      byte[] bundle = bundles.next();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(service.baseUrl + "/api/v1/import"))
              .timeout(Duration.ofMinutes(10))
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
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

  private static String abbreviated(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }
}
