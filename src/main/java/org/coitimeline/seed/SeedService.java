package org.coitimeline.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.Collectors;
import org.coitimeline.bulk.Bundle;
import org.coitimeline.bulk.BundleImporter;
import org.coitimeline.bulk.ImportReport;
import org.coitimeline.kernel.AggregateRepository;
import org.coitimeline.kernel.InvalidInput;
import org.coitimeline.kernel.JsonErrors;
import org.jboss.logging.Logger;

/**
 * Loads the bundled data set into an empty store at start, in one transaction. A store that holds
 * anything is left alone, so a restart changes nothing, and instances starting together load it
 * once (the {@link StartupLock} {@code coi_timeline_seed} around the check and the load, which
 * holds on a Galera cluster too). A malformed data file stops the start with a message naming the
 * record and the field.
 */
@ApplicationScoped
public class SeedService {
  private static final Logger LOG = Logger.getLogger(SeedService.class);
  private static final String LOCK = "coi_timeline_seed";
  private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(120);

  @Inject SeedConfig config;
  @Inject BundleImporter importer;
  @Inject AggregateRepository aggregates;
  @Inject ObjectMapper mapper;
  @Inject StartupLock locks;

  void onStart(@Observes StartupEvent start) throws SQLException {
    if (!config.enabled()) {
      return;
    }
    // One instance at a time checks and loads, and releases the lock only after its commit, so
    // that the next one finds the store filled.
    try (StartupLock.Held lock = locks.acquire(LOCK, LOCK_TIMEOUT)) {
      loadIntoEmptyStore();
    }
  }

  /** Loads the data set, in a transaction committed on return, when the store is empty. */
  @Transactional
  void loadIntoEmptyStore() {
    if (!aggregates.storeIsEmpty()) {
      LOG.debug("The store holds data; the bundled data set is not loaded.");
      return;
    }
    ImportReport report = load(config.location());
    LOG.infof("Loaded the data set %s: %d records.", config.location(), report.created());
  }

  /**
   * Reads the bundle at this classpath location and imports it in one transaction.
   *
   * @throws IllegalStateException naming the record and field when the file is malformed or breaks
   *     a rule; then nothing is written
   */
  @Transactional
  ImportReport load(String location) {
    Bundle bundle = read(location);
    try {
      return importer.importBundle(bundle);
    } catch (InvalidInput e) {
      throw invalid(location, e);
    }
  }

  /** Stops the start, naming every record and field at fault. */
  private static IllegalStateException invalid(String location, InvalidInput e) {
    return new IllegalStateException(
        "The data set "
            + location
            + " is invalid: "
            + e.errors().stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; ")));
  }

  private Bundle read(String location) {
    ObjectMapper strict = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
      if (in == null) {
        throw new IllegalStateException("The data set " + location + " is not on the classpath.");
      }
      return strict.readValue(in, Bundle.class);
    } catch (JsonProcessingException e) {
      throw invalid(location, JsonErrors.of(e));
    } catch (IOException e) {
      throw new IllegalStateException(
          "The data set " + location + " is not valid JSON: " + e.getMessage(), e);
    }
  }
}
