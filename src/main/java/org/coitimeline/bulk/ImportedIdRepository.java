package org.coitimeline.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.coitimeline.kernel.RecordKind;
import org.coitimeline.kernel.Values;

/**
 * The ids a streamed import has held so far, kept in the database rather than in the service's
 * memory: a temporary table on a connection of the import's own (so it lives only as long as the
 * import, on no other connection, and is never replicated), dropped when the import ends.
 */
@ApplicationScoped
public class ImportedIdRepository {
  private static final String TABLE = "coi_import_ids";
  private static final int ROWS_PER_STATEMENT = 1000;

  @Inject DataSource dataSource;

  /** Opens an empty table for one import, on a pooled connection it keeps until closed. */
  Table open() {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      try (Statement create = connection.createStatement()) {
        // A connection comes back to the pool with its session: a table left by an import whose
        // drop failed must not count for this one.
        create.execute("DROP TEMPORARY TABLE IF EXISTS " + TABLE);
        // Aria: its files go when the table is dropped (InnoDB's temporary tablespace only shrinks
        // when the server restarts). Slugs are ASCII, compared byte by byte.
        create.execute(
            "CREATE TEMPORARY TABLE "
                + TABLE
                + " (kind TINYINT NOT NULL, slug VARCHAR(120) CHARACTER SET ascii COLLATE"
                + " ascii_bin NOT NULL, PRIMARY KEY (kind, slug)) ENGINE=Aria");
      }
      return new Table(connection);
    } catch (SQLException e) {
      close(connection);
      throw new PersistenceException("opening the table of imported ids", e);
    }
  }

  private static void close(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // already broken: the pool discards it
      }
    }
  }

  /** The ids of one import, by kind. */
  static final class Table implements AutoCloseable {
    private final Connection connection;

    private Table(Connection connection) {
      this.connection = connection;
    }

    /** Notes ids of a kind as held by the import (an id already noted stays noted once). */
    void add(RecordKind kind, List<String> slugs) {
      for (List<String> rows : Values.batches(slugs, ROWS_PER_STATEMENT)) {
        String sql =
            "INSERT IGNORE INTO "
                + TABLE
                + " (kind, slug) VALUES "
                + String.join(",", Collections.nCopies(rows.size(), "(?,?)"));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
          int i = 1;
          for (String slug : rows) {
            insert.setInt(i++, kind.ordinal());
            insert.setString(i++, slug);
          }
          insert.executeUpdate();
        } catch (SQLException e) {
          throw new PersistenceException("noting imported ids", e);
        }
      }
    }

    /** Those of the ids of a kind that the import already held. */
    Set<String> held(RecordKind kind, List<String> slugs) {
      Set<String> held = new HashSet<>();
      for (List<String> some : Values.batches(slugs, ROWS_PER_STATEMENT)) {
        String sql =
            "SELECT slug FROM "
                + TABLE
                + " WHERE kind = ? AND slug IN ("
                + String.join(",", Collections.nCopies(some.size(), "?"))
                + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
          int i = 1;
          select.setInt(i++, kind.ordinal());
          for (String slug : some) {
            select.setString(i++, slug);
          }
          try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              held.add(rows.getString(1));
            }
          }
        } catch (SQLException e) {
          throw new PersistenceException("reading imported ids", e);
        }
      }
      return held;
    }

    /** Drops the table and gives the connection back. */
    @Override
    public void close() {
      try (Statement drop = connection.createStatement()) {
        drop.execute("DROP TEMPORARY TABLE IF EXISTS " + TABLE);
      } catch (SQLException e) {
        // the next import on this connection drops it first
      } finally {
        ImportedIdRepository.close(connection);
      }
    }
  }
}
