package org.coitimeline.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * A GET answered over a plain socket, kept as the bytes arrived: what a download client can tell of
 * a response that was broken off (HTTP clients hide whether a chunked body ended with its last
 * chunk).
 *
 * @param head the status line and headers
 * @param body the data of the complete chunks received
 * @param endedWithLastChunk whether the response ended as a complete chunked body does
 */
public record RawDownload(String head, byte[] body, boolean endedWithLastChunk) {
  /** GETs {@code pathAndQuery} from the server of {@code server}, reading until it stops. */
  public static RawDownload get(URL server, String pathAndQuery) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          raw.write(buffer, 0, n);
        }
      } catch (IOException reset) {
        // a reset connection is one way of breaking the response off
      }
    }
    String response = raw.toString(StandardCharsets.ISO_8859_1);
    int headEnd = response.indexOf("\r\n\r\n");
    return new RawDownload(
        response.substring(0, headEnd),
        dechunk(response.substring(headEnd + 4)),
        response.endsWith("\r\n0\r\n\r\n"));
  }

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The data of the complete chunks of a chunked body, given as ISO-8859-1 text so that one char is
   * one byte (chunk sizes count bytes).
   */
  private static byte[] dechunk(String chunked) {
    StringBuilder data = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
      if (size == 0 || lineEnd + 2 + size > chunked.length()) {
        break;
      }
      data.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
    return data.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
