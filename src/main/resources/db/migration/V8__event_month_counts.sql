-- Counts of live events per month, type and corroboration, kept by the database on every write of
-- `event`, in the writing transaction (triggers), so that the histogram reads a few hundred summary
-- rows instead of scanning every event.
--
-- An event counts in the month of its earliest possible start, or of its earliest possible end
-- when its start is open (the histogram's rule, TimelineRepository.histogram). A tombstone
-- (deleted_at set) no longer counts. Rows whose count falls to 0 stay (the histogram skips them).
--
-- Exact under concurrent writes: each trigger runs inside the statement that writes the event, so
-- the count changes commit or roll back with it, and the row lock on the counter orders concurrent
-- writers. Every way in (API, import, a hand-written INSERT) keeps it.
-- Note: with binary logging on, creating triggers needs the SUPER privilege or
-- log_bin_trust_function_creators=1 for the migrating user.

CREATE TABLE event_month_count (
  period_month  CHAR(7)     NOT NULL,
  type_code     VARCHAR(40) NOT NULL,
  corroboration VARCHAR(20) NOT NULL,
  events        BIGINT      NOT NULL,
  PRIMARY KEY (period_month, type_code, corroboration)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO event_month_count (period_month, type_code, corroboration, events)
SELECT DATE_FORMAT(CASE WHEN start_earliest > '0001-01-01' THEN start_earliest ELSE end_earliest END,
                   '%Y-%m'),
       type_code, corroboration, COUNT(*)
  FROM event
 WHERE deleted_at IS NULL
 GROUP BY 1, 2, 3;

CREATE TRIGGER event_month_count_insert AFTER INSERT ON event FOR EACH ROW
  INSERT INTO event_month_count (period_month, type_code, corroboration, events)
  SELECT DATE_FORMAT(CASE WHEN NEW.start_earliest > '0001-01-01' THEN NEW.start_earliest
                          ELSE NEW.end_earliest END, '%Y-%m'),
         NEW.type_code, NEW.corroboration, 1
    FROM DUAL
   WHERE NEW.deleted_at IS NULL
  ON DUPLICATE KEY UPDATE events = events + 1;

-- An update moves the event's count from its old cell to its new one, unless neither the cell nor
-- liveness changed (most edits), when both triggers do nothing.
CREATE TRIGGER event_month_count_update_old AFTER UPDATE ON event FOR EACH ROW
  UPDATE event_month_count
     SET events = events - 1
   WHERE OLD.deleted_at IS NULL
     AND NOT (NEW.deleted_at IS NULL
              AND NEW.start_earliest <=> OLD.start_earliest
              AND NEW.end_earliest <=> OLD.end_earliest
              AND NEW.type_code <=> OLD.type_code
              AND NEW.corroboration <=> OLD.corroboration)
     AND period_month = DATE_FORMAT(CASE WHEN OLD.start_earliest > '0001-01-01'
                                         THEN OLD.start_earliest ELSE OLD.end_earliest END, '%Y-%m')
     AND type_code = OLD.type_code
     AND corroboration = OLD.corroboration;

CREATE TRIGGER event_month_count_update_new AFTER UPDATE ON event FOR EACH ROW
  FOLLOWS event_month_count_update_old
  INSERT INTO event_month_count (period_month, type_code, corroboration, events)
  SELECT DATE_FORMAT(CASE WHEN NEW.start_earliest > '0001-01-01' THEN NEW.start_earliest
                          ELSE NEW.end_earliest END, '%Y-%m'),
         NEW.type_code, NEW.corroboration, 1
    FROM DUAL
   WHERE NEW.deleted_at IS NULL
     AND NOT (OLD.deleted_at IS NULL
              AND NEW.start_earliest <=> OLD.start_earliest
              AND NEW.end_earliest <=> OLD.end_earliest
              AND NEW.type_code <=> OLD.type_code
              AND NEW.corroboration <=> OLD.corroboration)
  ON DUPLICATE KEY UPDATE events = events + 1;

CREATE TRIGGER event_month_count_delete AFTER DELETE ON event FOR EACH ROW
  UPDATE event_month_count
     SET events = events - 1
   WHERE OLD.deleted_at IS NULL
     AND period_month = DATE_FORMAT(CASE WHEN OLD.start_earliest > '0001-01-01'
                                         THEN OLD.start_earliest ELSE OLD.end_earliest END, '%Y-%m')
     AND type_code = OLD.type_code
     AND corroboration = OLD.corroboration;
