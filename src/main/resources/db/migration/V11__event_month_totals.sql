-- Live events per month, whatever their type and corroboration: event_month_count (V8) summed over
-- its cells and kept the same way, so that a histogram without filters reads one row per month
-- (about 430 over 1990–2025) instead of every month × type × corroboration cell, which grow with
-- the store until every one exists (6,145 cells at 10 k synthetic events, 12,096 at 1 M). A
-- histogram filtered by type or corroboration still sums V8's cells.
--
-- The same rules as V8: an event counts in the month of its earliest possible start, or of its
-- earliest possible end when its start is open; a tombstone no longer counts; rows that fall to 0
-- stay. The triggers run in the statement that writes the event, after V8's (creation order), so
-- the totals commit or roll back with it and every way in keeps them. A writer holds its month's
-- row until it commits: writers of events in the same month wait for each other (under V8 those of
-- the same month, type and corroboration did), and on Galera one of two nodes writing the same
-- month at once fails certification and is retried (kernel/Retryable), as for V8's cells.
-- Note: with binary logging on, creating triggers needs the SUPER privilege or
-- log_bin_trust_function_creators=1 for the migrating user.

CREATE TABLE event_month_total (
  period_month CHAR(7) NOT NULL,
  events       BIGINT  NOT NULL,
  PRIMARY KEY (period_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO event_month_total (period_month, events)
SELECT period_month, SUM(events)
  FROM event_month_count
 GROUP BY period_month;

CREATE TRIGGER event_month_total_insert AFTER INSERT ON event FOR EACH ROW
  INSERT INTO event_month_total (period_month, events)
  SELECT DATE_FORMAT(CASE WHEN NEW.start_earliest > '0001-01-01' THEN NEW.start_earliest
                          ELSE NEW.end_earliest END, '%Y-%m'), 1
    FROM DUAL
   WHERE NEW.deleted_at IS NULL
  ON DUPLICATE KEY UPDATE events = events + 1;

-- An update moves the event from its old month to its new one, unless neither the month nor
-- liveness changed (most edits), when both triggers do nothing.
CREATE TRIGGER event_month_total_update_old AFTER UPDATE ON event FOR EACH ROW
  UPDATE event_month_total
     SET events = events - 1
   WHERE OLD.deleted_at IS NULL
     AND NOT (NEW.deleted_at IS NULL
              AND DATE_FORMAT(CASE WHEN NEW.start_earliest > '0001-01-01' THEN NEW.start_earliest
                                   ELSE NEW.end_earliest END, '%Y-%m')
                  <=> DATE_FORMAT(CASE WHEN OLD.start_earliest > '0001-01-01'
                                       THEN OLD.start_earliest ELSE OLD.end_earliest END, '%Y-%m'))
     AND period_month = DATE_FORMAT(CASE WHEN OLD.start_earliest > '0001-01-01'
                                         THEN OLD.start_earliest ELSE OLD.end_earliest END, '%Y-%m');

CREATE TRIGGER event_month_total_update_new AFTER UPDATE ON event FOR EACH ROW
  FOLLOWS event_month_total_update_old
  INSERT INTO event_month_total (period_month, events)
  SELECT DATE_FORMAT(CASE WHEN NEW.start_earliest > '0001-01-01' THEN NEW.start_earliest
                          ELSE NEW.end_earliest END, '%Y-%m'), 1
    FROM DUAL
   WHERE NEW.deleted_at IS NULL
     AND NOT (OLD.deleted_at IS NULL
              AND DATE_FORMAT(CASE WHEN NEW.start_earliest > '0001-01-01' THEN NEW.start_earliest
                                   ELSE NEW.end_earliest END, '%Y-%m')
                  <=> DATE_FORMAT(CASE WHEN OLD.start_earliest > '0001-01-01'
                                       THEN OLD.start_earliest ELSE OLD.end_earliest END, '%Y-%m'))
  ON DUPLICATE KEY UPDATE events = events + 1;

CREATE TRIGGER event_month_total_delete AFTER DELETE ON event FOR EACH ROW
  UPDATE event_month_total
     SET events = events - 1
   WHERE OLD.deleted_at IS NULL
     AND period_month = DATE_FORMAT(CASE WHEN OLD.start_earliest > '0001-01-01'
                                         THEN OLD.start_earliest ELSE OLD.end_earliest END, '%Y-%m');
