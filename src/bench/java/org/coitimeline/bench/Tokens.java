package org.coitimeline.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Admin bearer tokens signed with the test key pair (src/test/resources/jwt), RS256. */
final class Tokens {
  static final String ISSUER = "https://coi-timeline.test/issuer";

  private Tokens() {}

  static String admin(Path privateKeyPem, Duration lifetime) throws IOException {
    try {
      String pem =
          Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      PrivateKey key =
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
      Instant now = Instant.now();
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .issuer(ISSUER)
              .subject("bench-admin")
              .claim("upn", "bench-admin")
              .claim("groups", List.of("admin"))
              .issueTime(Date.from(now))
              .expirationTime(Date.from(now.plus(lifetime)))
              .build();
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (GeneralSecurityException | JOSEException e) {
      throw new IllegalStateException("cannot sign the admin token", e);
    }
  }
}
