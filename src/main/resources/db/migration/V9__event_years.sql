-- The bounded events alive at the start of each year, kept by the database on every write of
-- `event` (triggers, like event_month_count in V8), so that a range query finds the events that
-- started before the range and reach into it without walking every event that started earlier.
--
-- An event has one row for each year Y with YEAR(start_earliest) < Y <= YEAR(end_latest): it
-- started before 1 January of Y and may still be going on that day. Only bounded live events have
-- rows: an open start (0001-01-01) or an open end (9999-12-31) is found through the timeline
-- indexes, and an event within one year (most of them) has no row at all. The key is the list's
-- date order inside a year, so the rows of the year of `from` are read in page order, and they
-- carry what a page needs (id, key, last write) without reading the event.
--
-- Exact under concurrent writes for the same reasons as V8: each trigger runs inside the statement
-- that writes the event, so its rows commit or roll back with it, and every way in (API, import,
-- a hand-written INSERT) keeps them. Every update rewrites the event's rows (an update changes
-- updated_at); an event spans few years, and most span none.
-- Note: with binary logging on, creating triggers needs the SUPER privilege or
-- log_bin_trust_function_creators=1 for the migrating user. seq_1_to_9999 is MariaDB's built-in
-- SEQUENCE engine.

CREATE TABLE event_year (
  year           SMALLINT     NOT NULL,
  start_earliest DATE         NOT NULL,
  end_latest     DATE         NOT NULL,
  slug           VARCHAR(120) NOT NULL,
  event_id       BIGINT       NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (year, start_earliest, end_latest, slug),
  KEY ix_event_year_event (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO event_year (year, start_earliest, end_latest, slug, event_id, updated_at)
SELECT s.seq, e.start_earliest, e.end_latest, e.slug, e.id, e.updated_at
  FROM event e
  JOIN seq_1_to_9999 s ON s.seq > YEAR(e.start_earliest) AND s.seq <= YEAR(e.end_latest)
 WHERE e.deleted_at IS NULL
   AND e.start_earliest > '0001-01-01'
   AND e.end_latest < '9999-12-31';

-- Live events with an open end, in the list's order: the range query reads those that started
-- before the year of `from` as one index range (deleted_at first, so tombstones are not read).
ALTER TABLE event ADD INDEX ix_event_open_end (deleted_at, end_latest, start_earliest, slug);

CREATE TRIGGER event_year_insert AFTER INSERT ON event FOR EACH ROW
  INSERT INTO event_year (year, start_earliest, end_latest, slug, event_id, updated_at)
  SELECT s.seq, NEW.start_earliest, NEW.end_latest, NEW.slug, NEW.id, NEW.updated_at
    FROM seq_1_to_9999 s
   WHERE s.seq > YEAR(NEW.start_earliest)
     AND s.seq <= YEAR(NEW.end_latest)
     AND NEW.deleted_at IS NULL
     AND NEW.start_earliest > '0001-01-01'
     AND NEW.end_latest < '9999-12-31';

CREATE TRIGGER event_year_update_old AFTER UPDATE ON event FOR EACH ROW
  DELETE FROM event_year WHERE event_id = OLD.id;

CREATE TRIGGER event_year_update_new AFTER UPDATE ON event FOR EACH ROW
  FOLLOWS event_year_update_old
  INSERT INTO event_year (year, start_earliest, end_latest, slug, event_id, updated_at)
  SELECT s.seq, NEW.start_earliest, NEW.end_latest, NEW.slug, NEW.id, NEW.updated_at
    FROM seq_1_to_9999 s
   WHERE s.seq > YEAR(NEW.start_earliest)
     AND s.seq <= YEAR(NEW.end_latest)
     AND NEW.deleted_at IS NULL
     AND NEW.start_earliest > '0001-01-01'
     AND NEW.end_latest < '9999-12-31';

CREATE TRIGGER event_year_delete AFTER DELETE ON event FOR EACH ROW
  DELETE FROM event_year WHERE event_id = OLD.id;
