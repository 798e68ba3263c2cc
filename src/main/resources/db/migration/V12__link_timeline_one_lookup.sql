-- V10's link triggers, each reading its event once: a link row copies four columns of its event
-- (start_earliest, end_latest, slug, deleted_at), and V10 set each from a subquery of its own, four
-- primary-key reads of the event per link row written. An import of 10 k synthetic events writes
-- about 78 000 link rows; inserting the same event_source rows with INSERT … SELECT took 41–54 µs a
-- row with V10's trigger, 22–35 µs with one read, 8–10 µs without a trigger (issue 11: the
-- triggers were most of what the import cost MariaDB beyond the raw INSERTs of the same rows).
--
-- What the rows hold is unchanged: the same columns from the same row, inside the statement that
-- writes the link. SELECT … INTO cannot name NEW's columns, hence the local variables. A link to a
-- missing event finds no row and leaves the columns NULL, as V10's subqueries did (its foreign key
-- then refuses it).

DROP TRIGGER event_actor_timeline;
DROP TRIGGER event_source_timeline;
DROP TRIGGER event_country_timeline;
DROP TRIGGER event_topic_timeline;

DELIMITER //

CREATE TRIGGER event_actor_timeline BEFORE INSERT ON event_actor FOR EACH ROW
BEGIN
  DECLARE v_start DATE;
  DECLARE v_end DATE;
  DECLARE v_slug VARCHAR(120);
  DECLARE v_deleted DATETIME(6);
  SELECT e.start_earliest, e.end_latest, e.slug, e.deleted_at INTO v_start, v_end, v_slug, v_deleted
    FROM event e WHERE e.id = NEW.event_id;
  SET NEW.start_earliest = v_start, NEW.end_latest = v_end, NEW.slug = v_slug,
      NEW.deleted_at = v_deleted;
END//

CREATE TRIGGER event_source_timeline BEFORE INSERT ON event_source FOR EACH ROW
BEGIN
  DECLARE v_start DATE;
  DECLARE v_end DATE;
  DECLARE v_slug VARCHAR(120);
  DECLARE v_deleted DATETIME(6);
  SELECT e.start_earliest, e.end_latest, e.slug, e.deleted_at INTO v_start, v_end, v_slug, v_deleted
    FROM event e WHERE e.id = NEW.event_id;
  SET NEW.start_earliest = v_start, NEW.end_latest = v_end, NEW.slug = v_slug,
      NEW.deleted_at = v_deleted;
END//

CREATE TRIGGER event_country_timeline BEFORE INSERT ON event_country FOR EACH ROW
BEGIN
  DECLARE v_start DATE;
  DECLARE v_end DATE;
  DECLARE v_slug VARCHAR(120);
  DECLARE v_deleted DATETIME(6);
  SELECT e.start_earliest, e.end_latest, e.slug, e.deleted_at INTO v_start, v_end, v_slug, v_deleted
    FROM event e WHERE e.id = NEW.event_id;
  SET NEW.start_earliest = v_start, NEW.end_latest = v_end, NEW.slug = v_slug,
      NEW.deleted_at = v_deleted;
END//

CREATE TRIGGER event_topic_timeline BEFORE INSERT ON event_topic FOR EACH ROW
BEGIN
  DECLARE v_start DATE;
  DECLARE v_end DATE;
  DECLARE v_slug VARCHAR(120);
  DECLARE v_deleted DATETIME(6);
  SELECT e.start_earliest, e.end_latest, e.slug, e.deleted_at INTO v_start, v_end, v_slug, v_deleted
    FROM event e WHERE e.id = NEW.event_id;
  SET NEW.start_earliest = v_start, NEW.end_latest = v_end, NEW.slug = v_slug,
      NEW.deleted_at = v_deleted;
END//

DELIMITER ;
