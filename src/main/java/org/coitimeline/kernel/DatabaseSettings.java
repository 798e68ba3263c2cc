package org.coitimeline.kernel;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the database user a required setting: without QUARKUS_DATASOURCE_USERNAME the packaged
 * service stops at start, naming the setting, instead of failing later to log in. (Without
 * QUARKUS_DATASOURCE_JDBC_URL Quarkus itself stops, naming quarkus.datasource.jdbc.url.) Dev mode
 * and tests set the user of their embedded MariaDB.
 */
@Startup
@ApplicationScoped
public class DatabaseSettings {
  @ConfigProperty(name = "quarkus.datasource.username")
  String user;
}
