package org.coitimeline.seed;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Lets one instance at a time migrate the schema: Flyway's migration runs under the {@link
 * StartupLock} {@code coi_timeline_migrate}, taken before Flyway looks for pending migrations and
 * released when it has applied them or failed. Flyway's own lock does not do this on Galera: it
 * falls back from {@code GET_LOCK} to {@code SELECT … FOR UPDATE} on its history table, which an
 * empty table and MariaDB's implicit commit at each DDL statement leave without effect, so two
 * instances starting together applied the same migration (measured in {@code GaleraClusterIT}). An
 * instance that waited finds the migrations applied and applies none.
 */
@Singleton
public class MigrationLock implements FlywayConfigurationCustomizer {
  private static final String LOCK = "coi_timeline_migrate";
  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  @Inject StartupLock locks;

  @Override
  public void customize(FluentConfiguration configuration) {
    configuration.callbacks(new Guard());
  }

  private final class Guard implements Callback {
    private StartupLock.Held held;

    @Override
    public boolean supports(Event event, Context context) {
      return event == Event.BEFORE_MIGRATE
          || event == Event.AFTER_MIGRATE
          || event == Event.AFTER_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
      return true;
    }

    @Override
    public synchronized void handle(Event event, Context context) {
      if (event == Event.BEFORE_MIGRATE) {
        try {
          held = locks.acquire(LOCK, TIMEOUT);
        } catch (SQLException e) {
          throw new FlywayException("Could not take the migration lock " + LOCK, e);
        }
      } else if (held != null) {
        held.close();
        held = null;
      }
    }

    @Override
    public String getCallbackName() {
      return "migration lock";
    }
  }
}
