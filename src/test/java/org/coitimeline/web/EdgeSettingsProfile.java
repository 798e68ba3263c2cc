package org.coitimeline.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Low rate limits and a public base URL, for the tests of the HTTP edge's settings. */
public class EdgeSettingsProfile implements QuarkusTestProfile {
  static final int WRITES = 3;
  static final int BULK = 2;
  static final String PUBLIC_BASE_URL = "https://timeline.example.org";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "timeline.rate-limit.enabled",
        "true",
        "timeline.rate-limit.writes",
        String.valueOf(WRITES),
        "timeline.rate-limit.bulk",
        String.valueOf(BULK),
        "timeline.rate-limit.period",
        "1H",
        "timeline.public-base-url",
        PUBLIC_BASE_URL);
  }
}
