package org.coitimeline.support;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** Bearer tokens for tests, signed with the test key pair in src/test/resources/jwt. */
public final class Tokens {
  public static final String ISSUER = "https://coi-timeline.test/issuer";

  private static final PrivateKey KEY = readKey();

  private Tokens() {}

  public static String reader() {
    return of("reader");
  }

  public static String editor() {
    return of("editor");
  }

  public static String admin() {
    return of("admin");
  }

  /** A valid token with this role, of the subject test-{role}. */
  public static String of(String role) {
    return of(role, "test-" + role);
  }

  /** A valid token of this subject with this role. */
  public static String of(String role, String subject) {
    return Jwt.issuer(ISSUER).subject(subject).groups(role).expiresIn(300).sign(KEY);
  }

  public static String expired() {
    return Jwt.issuer(ISSUER)
        .subject("test-editor")
        .groups("editor")
        .issuedAt(Instant.now().minusSeconds(7200))
        .expiresAt(Instant.now().minusSeconds(3600))
        .sign(KEY);
  }

  /** Signed by a key the service does not trust. */
  public static String forged() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keys = generator.generateKeyPair();
      return Jwt.issuer(ISSUER)
          .subject("test-editor")
          .groups("editor")
          .expiresIn(300)
          .sign(keys.getPrivate());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String wrongIssuer() {
    return Jwt.issuer("https://somebody-else.example/issuer")
        .subject("test-editor")
        .groups("editor")
        .expiresIn(300)
        .sign(KEY);
  }

  /**
   * The test signing key, read here rather than from the service's configuration: the tests also
   * run against the packaged jar, whose configuration is not the test's.
   */
  private static PrivateKey readKey() {
    try (InputStream pem = Tokens.class.getResourceAsStream("/jwt/test-private.pem")) {
      String base64 =
          new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
              .replaceAll("-----[A-Z ]+-----", "")
              .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read jwt/test-private.pem", e);
    }
  }

  /**
   * Validly signed, but its {@code groups} claim is an object ({"editor": true}) instead of a list
   * of names; signed with jose4j because the token builder refuses such a claim.
   */
  public static String groupsAsObject() {
    try {
      org.jose4j.jwt.JwtClaims claims = new org.jose4j.jwt.JwtClaims();
      claims.setIssuer(ISSUER);
      claims.setSubject("test-odd-groups");
      claims.setIssuedAtToNow();
      claims.setExpirationTimeMinutesInTheFuture(5);
      claims.setClaim("groups", java.util.Map.of("editor", true));
      org.jose4j.jws.JsonWebSignature jws = new org.jose4j.jws.JsonWebSignature();
      jws.setPayload(claims.toJson());
      jws.setAlgorithmHeaderValue(org.jose4j.jws.AlgorithmIdentifiers.RSA_USING_SHA256);
      jws.setHeader("typ", "JWT");
      jws.setKey(io.smallrye.jwt.util.KeyUtils.readPrivateKey("jwt/test-private.pem"));
      return jws.getCompactSerialization();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
