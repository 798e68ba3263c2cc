package org.coitimeline.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.coitimeline.support.OwnMariaDb;
import org.coitimeline.support.PackagedService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to the packaged service while requests are in flight: readiness turns DOWN at once, a new
 * request is refused (503 problem or a closed port), the requests already running finish and are
 * answered (here: creates whose bodies are still arriving when the signal comes, completed 3 s
 * later), their writes are in the database, and the process then exits on its own within
 * quarkus.shutdown.timeout. Figures go to target/graceful-shutdown-figures.txt.
 */
class GracefulShutdownIT {
  private static final int IN_FLIGHT = 2;
  private static final long BODY_COMPLETED_AFTER_MS = 3_000;
  private static final long SHUTDOWN_TIMEOUT_S = 20;

  private static OwnMariaDb db;

  @BeforeAll
  static void startDatabase() throws Exception {
    db = OwnMariaDb.install("shutdown");
    db.start();
  }

  @AfterAll
  static void stopDatabase() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void onSigtermReadinessIsDownNewRequestsAreRefusedAndRunningOnesFinish() throws Exception {
    String jdbc = "jdbc:mariadb://" + db.hostPort() + "/coitimeline_shutdown";
    PackagedService service =
        PackagedService.start(
            "graceful-shutdown",
            jdbc + "?createDatabaseIfNotExist=true",
            Map.of("QUARKUS_SHUTDOWN_TIMEOUT", SHUTDOWN_TIMEOUT_S + "s"));
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(2))
              .build();
      assertEquals(200, status(client, service.management() + "/q/health/ready"));

      String token = PackagedService.editorToken("shutdown-writer");
      List<SlowCreate> running = new ArrayList<>();
      for (int i = 0; i < IN_FLIGHT; i++) {
        running.add(new SlowCreate(service.port(), token, "in-flight-" + i));
      }
      Thread.sleep(500); // the service has the headers and half of each body

      long term = System.nanoTime();
      service.process().destroy(); // SIGTERM
      long readyDown = -1;
      String readyBody = null;
      while (ms(term) < 5_000) {
        HttpResponse<String> ready = sendOrNull(client, service.management() + "/q/health/ready");
        if (ready == null || ready.statusCode() == 503) {
          readyDown = ms(term);
          readyBody = ready == null ? "(port closed)" : ready.body();
          break;
        }
        Thread.sleep(50);
      }
      HttpResponse<String> fresh = sendOrNull(client, service.base() + "/api/v1/actors");
      long freshAt = ms(term);
      String freshAnswer =
          fresh == null
              ? "refused"
              : fresh.statusCode()
                  + " "
                  + fresh.headers().firstValue("Content-Type").orElse("")
                  + " Retry-After="
                  + fresh.headers().firstValue("Retry-After").orElse("none");

      Thread.sleep(Math.max(0, BODY_COMPLETED_AFTER_MS - ms(term)));
      List<String> answers = new ArrayList<>();
      for (SlowCreate create : running) {
        answers.add(create.finish());
      }
      long answeredAt = ms(term);
      boolean exited = service.process().waitFor(SHUTDOWN_TIMEOUT_S + 15, TimeUnit.SECONDS);
      long exitAt = ms(term);
      int exitCode = exited ? service.process().exitValue() : -1;
      List<String> stored = stored(jdbc, running);

      String line =
          String.format(
              "SIGTERM with %d creates in flight: readiness DOWN after %d ms (%s); a new request"
                  + " %d ms after SIGTERM: %s; in-flight answers %s at %.1f s (bodies completed"
                  + " %.1f s after SIGTERM); stored %d of %d; process exited (code %d) %.1f s"
                  + " after SIGTERM",
              IN_FLIGHT,
              readyDown,
              readyBody == null ? "" : readyBody.replaceAll("\\s+", ""),
              freshAt,
              freshAnswer,
              answers,
              answeredAt / 1000.0,
              BODY_COMPLETED_AFTER_MS / 1000.0,
              stored.size(),
              IN_FLIGHT,
              exitCode,
              exitAt / 1000.0);
      System.out.println(line);
      Files.write(Path.of("target", "graceful-shutdown-figures.txt"), List.of(line));
      String freshStatus = freshAnswer;
      long down = readyDown;
      assertAll(
          () -> assertTrue(down >= 0 && down <= 1_000, "readiness DOWN: " + down),
          () ->
              assertTrue(
                  freshStatus.equals("refused")
                      || freshStatus.startsWith("503 application/problem+json")
                          && !freshStatus.endsWith("none"),
                  "new request: " + freshStatus),
          () ->
              assertTrue(
                  answers.stream().allMatch(a -> a.startsWith("HTTP/1.1 201")),
                  "in-flight answers: " + answers),
          () -> assertEquals(IN_FLIGHT, stored.size(), "in-flight writes stored: " + stored),
          () -> assertTrue(exited, "the process did not exit"),
          // 143 = 128 + SIGTERM: the JVM's exit status after its shutdown hooks ran to the end.
          () -> assertTrue(exitCode == 143 || exitCode == 0, "exit code " + exitCode));
    } finally {
      service.close();
    }
  }

  private static long ms(long since) {
    return (System.nanoTime() - since) / 1_000_000;
  }

  private static int status(HttpClient client, String url) throws Exception {
    HttpResponse<String> response = sendOrNull(client, url);
    return response == null ? -1 : response.statusCode();
  }

  private static HttpResponse<String> sendOrNull(HttpClient client, String url)
      throws InterruptedException {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException refused) {
      return null;
    }
  }

  private static List<String> stored(String jdbc, List<SlowCreate> creates) throws Exception {
    List<String> found = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(jdbc + "?user=root");
        Statement statement = connection.createStatement()) {
      for (SlowCreate create : creates) {
        try (ResultSet rows =
            statement.executeQuery("SELECT slug FROM actor WHERE slug = '" + create.id + "'")) {
          if (rows.next()) {
            found.add(rows.getString(1));
          }
        }
      }
    }
    return found;
  }

  /** A POST whose body arrives in two halves: in flight from the first byte to the answer. */
  private static final class SlowCreate {
    private final String id;
    private final Socket socket;
    private final byte[] rest;

    SlowCreate(int port, String token, String name) throws IOException {
      this.id = "shutdown-" + name;
      byte[] body =
          """
          {"id": "%s", "name": "Actor %s", "type": "government-body", "countries": ["MX"]}
          """
              .formatted(id, id)
              .getBytes(StandardCharsets.UTF_8);
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST /api/v1/actors HTTP/1.1\r\n"
              + "Host: 127.0.0.1:"
              + port
              + "\r\n"
              + "Authorization: Bearer "
              + token
              + "\r\n"
              + "Content-Type: application/json\r\n"
              + "Content-Length: "
              + body.length
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      int half = body.length / 2;
      out.write(body, 0, half);
      out.flush();
      rest = java.util.Arrays.copyOfRange(body, half, body.length);
    }

    /** Sends the rest of the body and returns the status line (or what went wrong). */
    String finish() {
      try (socket) {
        OutputStream out = socket.getOutputStream();
        out.write(rest);
        out.flush();
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        String status = in.readLine();
        return status == null ? "closed without an answer" : status;
      } catch (IOException e) {
        return e.toString();
      }
    }
  }
}
