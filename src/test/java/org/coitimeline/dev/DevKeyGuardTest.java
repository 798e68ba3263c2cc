package org.coitimeline.dev;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DevKeyGuardTest {
  @Test
  void recognisesTheDevelopmentKeyWhateverItsLineBreaks() throws IOException {
    String pem = Files.readString(Path.of("src/main/dev/jwt/dev-public.pem"));
    assertTrue(DevKeyGuard.isDevKey(pem));
    assertTrue(DevKeyGuard.isDevKey(pem.replace("\n", "\r\n")));
  }

  @Test
  void acceptsAnyOtherKey() throws IOException {
    assertFalse(
        DevKeyGuard.isDevKey(Files.readString(Path.of("src/test/resources/jwt/test-public.pem"))));
  }
}
