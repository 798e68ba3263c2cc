package org.coitimeline.support.fuzz;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated request: the operation it exercises, who sends it, the encoded path and query
 * exactly as sent, the headers and the body bytes; and what it changed from a valid request.
 */
public record FuzzRequest(
    ContractOperation operation,
    String role,
    String token,
    String target,
    Map<String, String> headers,
    byte[] body,
    List<String> mutations) {

  private static final RestAssuredConfig CONFIG =
      RestAssured.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                  // send the bytes as they are whatever the content type claims
                  .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY)
                  .encodeContentTypeAs("multipart/form-data", ContentType.BINARY))
          .httpClient(
              HttpClientConfig.httpClientConfig()
                  .setParam("http.connection.timeout", 5_000)
                  .setParam("http.socket.timeout", 30_000));

  public Response send() {
    RequestSpecification request =
        given().noFilters().config(CONFIG).urlEncodingEnabled(false).redirects().follow(false);
    if (token != null) {
      request.header("Authorization", token);
    }
    headers.forEach((name, value) -> request.header(name, value));
    if (body != null) {
      request.body(body);
    }
    return request.when().request(operation.method(), target);
  }

  /** The request, compact: role, method, target, headers and the body cut to a readable size. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append('[')
        .append(role)
        .append("] ")
        .append(operation.method())
        .append(' ')
        .append(target);
    headers.forEach(
        (name, value) -> text.append("\n      ").append(name).append(": ").append(value));
    if (body != null) {
      text.append("\n      body (").append(body.length).append(" bytes): ");
      text.append(printable(new String(body, StandardCharsets.UTF_8), 600));
    }
    if (!mutations.isEmpty()) {
      text.append("\n      changed: ").append(String.join(", ", mutations));
    }
    return text.toString();
  }

  /** Size, to keep the smallest request that shows a failure. */
  public int size() {
    return target.length() + (body == null ? 0 : body.length) + headers.toString().length();
  }

  /** The text with control characters, surrogates and format characters escaped, cut to max. */
  public static String printable(String text, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (c < 0x20
          || c == 0x7f
          || type == Character.FORMAT
          || type == Character.SURROGATE
          || type == Character.NON_SPACING_MARK) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (out.length() >= max) {
      out.append("… (").append(text.length()).append(" chars)");
    }
    return out.toString();
  }

  private static final int MAX_ENCODED = 6_000;
  private static final int MAX_TARGET = 8_192;
  private static final int REQUEST_LINE_LIMIT = 4_096;

  /** Builds a request; the target is encoded as it is added. */
  public static final class Builder {
    private final ContractOperation operation;
    private String role = "anonymous";
    private String token;
    private String path;
    private final StringBuilder query = new StringBuilder();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;
    private final List<String> mutations = new java.util.ArrayList<>();

    public Builder(ContractOperation operation) {
      this.operation = operation;
      this.path = operation.path();
    }

    public Builder auth(String role, String token) {
      this.role = role;
      this.token = token;
      return this;
    }

    public Builder pathParam(String name, String value) {
      path = path.replace("{" + name + "}", encodeForUrl(value));
      return this;
    }

    public Builder queryParam(String name, String value) {
      query.append(query.length() == 0 ? '?' : '&').append(encodeForUrl(name));
      if (value != null) {
        query.append('=').append(encodeForUrl(value));
      }
      return this;
    }

    /**
     * Encoded and cut to 6 000 characters: longer than the server takes in a request line (so still
     * a 414), short enough that the client can write it all and read the answer.
     */
    private static String encodeForUrl(String value) {
      String encoded = encode(value);
      if (encoded.length() <= MAX_ENCODED) {
        return encoded;
      }
      int cut = MAX_ENCODED;
      if (encoded.charAt(cut - 1) == '%') {
        cut -= 1;
      } else if (encoded.charAt(cut - 2) == '%') {
        cut -= 2;
      }
      return encoded.substring(0, cut);
    }

    public Builder header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Builder body(byte[] body) {
      this.body = body;
      return this;
    }

    public Builder mutation(String description) {
      mutations.add(description);
      return this;
    }

    public FuzzRequest build() {
      String target = path + query;
      if (target.length() > MAX_TARGET) {
        // over the server's request-line limit (a 414), yet small enough to be written whole
        target = target.substring(0, MAX_TARGET).replaceAll("%[0-9A-F]?$", "");
        mutations.add("target=cut to " + MAX_TARGET + " characters");
      }
      if (target.length() > REQUEST_LINE_LIMIT && body != null) {
        // the server answers 414 and closes before reading a body: the client could not send it
        body = null;
        mutations.add("body=left out, the request line is too long");
      }
      return new FuzzRequest(
          operation, role, token, target, Map.copyOf(headers), body, List.copyOf(mutations));
    }
  }

  /**
   * Percent-encodes every character outside the URI's unreserved set as UTF-8; a lone surrogate,
   * which UTF-8 cannot encode, goes out as the three bytes a careless encoder (CESU-8) would send.
   */
  public static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append(c);
        continue;
      }
      byte[] bytes;
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
        i++;
      } else if (Character.isSurrogate(c)) {
        bytes =
            new byte[] {
              (byte) (0xE0 | (c >> 12)),
              (byte) (0x80 | ((c >> 6) & 0x3F)),
              (byte) (0x80 | (c & 0x3F))
            };
      } else {
        bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
      }
      for (byte b : bytes) {
        out.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return out.toString();
  }
}
