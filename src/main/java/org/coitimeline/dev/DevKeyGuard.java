package org.coitimeline.dev;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses to start the packaged service with the development key pair: its private half is in the
 * repository, so anyone could sign an editor token for it.
 */
@ApplicationScoped
public class DevKeyGuard {
  /** SHA-256 of the base64 body of src/main/dev/jwt/dev-public.pem. */
  static final String DEV_PUBLIC_KEY_SHA256 =
      "200d48f7af716632147c4c66a1203c0f7b5bf934a956ce47db20917a7a392722";

  private static final Logger LOG = Logger.getLogger(DevKeyGuard.class);

  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  Optional<String> location;

  @ConfigProperty(name = "mp.jwt.verify.publickey")
  Optional<String> inline;

  void onStart(@Observes StartupEvent start) {
    if (LaunchMode.current() != LaunchMode.NORMAL) {
      return;
    }
    if (location.isEmpty() && inline.isEmpty()) {
      LOG.warn(
          "No token verification key is configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION):"
              + " every token is refused and the API is read-only.");
      return;
    }
    String pem = inline.orElseGet(() -> read(location.get()));
    if (pem != null && isDevKey(pem)) {
      throw new IllegalStateException(
          "The development key pair (src/main/dev/jwt) must not verify tokens in production;"
              + " configure your identity provider's key.");
    }
  }

  static boolean isDevKey(String pem) {
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(hash).equals(DEV_PUBLIC_KEY_SHA256);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key text at a file or classpath location; null for URLs (a JWKS endpoint). */
  private static String read(String location) {
    try {
      if (location.startsWith("file:")) {
        return Files.readString(Path.of(URI.create(location).getSchemeSpecificPart()));
      }
      if (location.startsWith("http:") || location.startsWith("https:")) {
        return null;
      }
      String resource = location.startsWith("classpath:") ? location.substring(10) : location;
      try (InputStream in =
          Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
        if (in != null) {
          return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
      }
      Path file = Path.of(location);
      return Files.exists(file) ? Files.readString(file) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
