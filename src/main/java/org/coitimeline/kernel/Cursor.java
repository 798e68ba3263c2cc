package org.coitimeline.kernel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key of the last item of a page, bound to the query that made
 * it. A cursor sent with a different sort or filter is rejected rather than silently misread.
 *
 * <p>Encoding: base64url of {@code v1}, the query fingerprint and the key values, separated by the
 * unit separator U+001F (which no key value contains).
 */
public record Cursor(String fingerprint, List<String> key) {
  private static final String VERSION = "v1";
  private static final String SEPARATOR = "\u001f";

  /**
   * A short hash of the query a cursor belongs to. Collections are sorted first, so that the order
   * of repeated parameters does not matter.
   */
  public static String fingerprint(Object... parts) {
    StringBuilder canonical = new StringBuilder();
    for (Object part : parts) {
      Object value =
          part instanceof java.util.Collection<?> c
              ? c.stream().map(String::valueOf).sorted().toList()
              : part;
      canonical.append(value).append('\u001f');
    }
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String encode() {
    List<String> parts = new ArrayList<>();
    parts.add(VERSION);
    parts.add(fingerprint);
    parts.addAll(key);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor this text encodes, whatever query made it; null when it is not one. */
  public static Cursor peek(String text) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8)
              .split(SEPARATOR, -1);
      return parts.length < 2 || !VERSION.equals(parts[0])
          ? null
          : new Cursor(parts[1], List.of(parts).subList(2, parts.length));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Decodes a cursor made for the query with this fingerprint and a key of {@code keySize} values.
   *
   * @throws InvalidInput naming the {@code cursor} parameter when it is malformed or belongs to
   *     another query
   */
  public static Cursor decode(String text, String fingerprint, int keySize) {
    String decoded;
    try {
      decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
    String[] parts = decoded.split(SEPARATOR, -1);
    if (parts.length != keySize + 2 || !VERSION.equals(parts[0])) {
      throw malformed();
    }
    if (!parts[1].equals(fingerprint)) {
      throw InvalidInput.of(
          "cursor",
          "belongs to a query with other filters or another sort; repeat the query's parameters"
              + " unchanged when following a cursor");
    }
    return new Cursor(parts[1], List.of(parts).subList(2, parts.length));
  }

  private static InvalidInput malformed() {
    return InvalidInput.of(
        "cursor", "is not a cursor this service issued; use the value of \"next\" as it is");
  }
}
