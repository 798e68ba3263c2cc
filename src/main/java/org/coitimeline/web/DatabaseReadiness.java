package org.coitimeline.web;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready while a pooled connection to MariaDB can be had and answers a validation, both bounded (the
 * pool's acquisition timeout, the validation query timeout). It replaces Quarkus' own datasource
 * check, which publishes the driver's message and with it the database host and port; the reason is
 * logged instead.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);
  private static final String NAME = "database";

  @Inject AgroalDataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try {
      if (dataSource.isHealthy(false)) {
        return HealthCheckResponse.up(NAME);
      }
      LOG.warn("Readiness: the database connection did not pass validation");
    } catch (SQLException e) {
      LOG.warnf("Readiness: the database is unavailable: %s", e.getMessage());
    }
    return HealthCheckResponse.down(NAME);
  }
}
