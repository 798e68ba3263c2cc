package org.coitimeline.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * MariaDB's named lock ({@code GET_LOCK}) on a connection of its own, outside any transaction: held
 * by one instance at a time until it releases it or its connection closes.
 */
@ApplicationScoped
public class SeedLockRepository {
  /** MariaDB's "not supported yet": a Galera node (wsrep_on) refuses named locks. */
  private static final int NOT_SUPPORTED = 1235;

  @Inject DataSource dataSource;

  /** A lock this instance holds; closing it releases the lock and returns the connection. */
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Waits up to {@code timeout} for the lock {@code name}.
   *
   * @return the held lock, or an empty one when the server has no named locks (a Galera node)
   * @throws IllegalStateException when another holder kept it longer than {@code timeout}
   */
  public Held acquire(String name, Duration timeout) throws SQLException {
    Connection connection = dataSource.getConnection();
    try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
      lock.setString(1, name);
      lock.setLong(2, timeout.toSeconds());
      try (ResultSet result = lock.executeQuery()) {
        result.next();
        if (result.getInt(1) != 1) {
          connection.close();
          throw new IllegalStateException(
              "The lock " + name + " was held by another instance for more than " + timeout);
        }
      }
    } catch (SQLException e) {
      connection.close();
      if (e.getErrorCode() == NOT_SUPPORTED) {
        return () -> {};
      }
      throw e;
    }
    return () -> release(connection, name);
  }

  private static void release(Connection connection, String name) {
    try (connection;
        PreparedStatement unlock = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      unlock.setString(1, name);
      unlock.executeQuery().close();
    } catch (SQLException e) {
      // A release fails on a broken connection only, whose session's end released the lock.
    }
  }
}
