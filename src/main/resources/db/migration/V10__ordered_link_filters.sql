-- Filters by actor, source, country and topic read in page order (issue 11: an actor page read
-- every event of the actor and sorted them, 20 000 rows for 51 at a million events; country + topic
-- 242 000).
--
-- Each link row carries its event's place in the timeline (start_earliest, end_latest, slug) and
-- whether the event is deleted, kept by the database: a trigger fills them when the link is written
-- and another rewrites them when the event moves or is deleted or restored. An index per link table
-- is then the list of that value's live events in the list's date order, so a page walks it from the
-- cursor and stops after the page, however many events the value has. The columns are
-- nullable so that every INSERT naming only the link's own columns (the ORM, the import's multi-row
-- statements, a hand-written one) stays valid; the trigger sets them before the row is stored.
--
-- Exact under concurrent writes like V8 and V9: the triggers run inside the statements that write
-- the link or the event, so what they keep commits or rolls back with them. Only the current state
-- is kept: as-of reads filter the history tables as before.

ALTER TABLE event_actor
  ADD COLUMN start_earliest DATE NULL,
  ADD COLUMN end_latest DATE NULL,
  ADD COLUMN slug VARCHAR(120) NULL,
  ADD COLUMN deleted_at DATETIME(6) NULL;
ALTER TABLE event_source
  ADD COLUMN start_earliest DATE NULL,
  ADD COLUMN end_latest DATE NULL,
  ADD COLUMN slug VARCHAR(120) NULL,
  ADD COLUMN deleted_at DATETIME(6) NULL;
ALTER TABLE event_country
  ADD COLUMN start_earliest DATE NULL,
  ADD COLUMN end_latest DATE NULL,
  ADD COLUMN slug VARCHAR(120) NULL,
  ADD COLUMN deleted_at DATETIME(6) NULL;
ALTER TABLE event_topic
  ADD COLUMN start_earliest DATE NULL,
  ADD COLUMN end_latest DATE NULL,
  ADD COLUMN slug VARCHAR(120) NULL,
  ADD COLUMN deleted_at DATETIME(6) NULL;

UPDATE event_actor l JOIN event e ON e.id = l.event_id
   SET l.start_earliest = e.start_earliest, l.end_latest = e.end_latest, l.slug = e.slug,
       l.deleted_at = e.deleted_at;
UPDATE event_source l JOIN event e ON e.id = l.event_id
   SET l.start_earliest = e.start_earliest, l.end_latest = e.end_latest, l.slug = e.slug,
       l.deleted_at = e.deleted_at;
UPDATE event_country l JOIN event e ON e.id = l.event_id
   SET l.start_earliest = e.start_earliest, l.end_latest = e.end_latest, l.slug = e.slug,
       l.deleted_at = e.deleted_at;
UPDATE event_topic l JOIN event e ON e.id = l.event_id
   SET l.start_earliest = e.start_earliest, l.end_latest = e.end_latest, l.slug = e.slug,
       l.deleted_at = e.deleted_at;

-- deleted_at first (a live event has none), then the list's order; event_id makes the walk read
-- nothing but the index until the event itself.
ALTER TABLE event_actor
  ADD INDEX ix_event_actor_timeline (actor_id, deleted_at, start_earliest, end_latest, slug, event_id);
ALTER TABLE event_source
  ADD INDEX ix_event_source_timeline (source_id, deleted_at, start_earliest, end_latest, slug, event_id);
ALTER TABLE event_country
  ADD INDEX ix_event_country_timeline (country, deleted_at, start_earliest, end_latest, slug);
ALTER TABLE event_topic
  ADD INDEX ix_event_topic_timeline (topic_code, deleted_at, start_earliest, end_latest, slug);

CREATE TRIGGER event_actor_timeline BEFORE INSERT ON event_actor FOR EACH ROW
  SET NEW.start_earliest = (SELECT e.start_earliest FROM event e WHERE e.id = NEW.event_id),
      NEW.end_latest = (SELECT e.end_latest FROM event e WHERE e.id = NEW.event_id),
      NEW.slug = (SELECT e.slug FROM event e WHERE e.id = NEW.event_id),
      NEW.deleted_at = (SELECT e.deleted_at FROM event e WHERE e.id = NEW.event_id);
CREATE TRIGGER event_source_timeline BEFORE INSERT ON event_source FOR EACH ROW
  SET NEW.start_earliest = (SELECT e.start_earliest FROM event e WHERE e.id = NEW.event_id),
      NEW.end_latest = (SELECT e.end_latest FROM event e WHERE e.id = NEW.event_id),
      NEW.slug = (SELECT e.slug FROM event e WHERE e.id = NEW.event_id),
      NEW.deleted_at = (SELECT e.deleted_at FROM event e WHERE e.id = NEW.event_id);
CREATE TRIGGER event_country_timeline BEFORE INSERT ON event_country FOR EACH ROW
  SET NEW.start_earliest = (SELECT e.start_earliest FROM event e WHERE e.id = NEW.event_id),
      NEW.end_latest = (SELECT e.end_latest FROM event e WHERE e.id = NEW.event_id),
      NEW.slug = (SELECT e.slug FROM event e WHERE e.id = NEW.event_id),
      NEW.deleted_at = (SELECT e.deleted_at FROM event e WHERE e.id = NEW.event_id);
CREATE TRIGGER event_topic_timeline BEFORE INSERT ON event_topic FOR EACH ROW
  SET NEW.start_earliest = (SELECT e.start_earliest FROM event e WHERE e.id = NEW.event_id),
      NEW.end_latest = (SELECT e.end_latest FROM event e WHERE e.id = NEW.event_id),
      NEW.slug = (SELECT e.slug FROM event e WHERE e.id = NEW.event_id),
      NEW.deleted_at = (SELECT e.deleted_at FROM event e WHERE e.id = NEW.event_id);

-- An update of the event rewrites its links' copies only when what they copy changed (most edits
-- change none of it). A link row is never moved to another event (the ORM deletes and inserts).
CREATE TRIGGER event_links_timeline_actor AFTER UPDATE ON event FOR EACH ROW
  UPDATE event_actor
     SET start_earliest = NEW.start_earliest, end_latest = NEW.end_latest, slug = NEW.slug,
         deleted_at = NEW.deleted_at
   WHERE event_id = NEW.id
     AND NOT (NEW.start_earliest <=> OLD.start_earliest AND NEW.end_latest <=> OLD.end_latest
              AND NEW.slug <=> OLD.slug AND NEW.deleted_at <=> OLD.deleted_at);
CREATE TRIGGER event_links_timeline_source AFTER UPDATE ON event FOR EACH ROW
  UPDATE event_source
     SET start_earliest = NEW.start_earliest, end_latest = NEW.end_latest, slug = NEW.slug,
         deleted_at = NEW.deleted_at
   WHERE event_id = NEW.id
     AND NOT (NEW.start_earliest <=> OLD.start_earliest AND NEW.end_latest <=> OLD.end_latest
              AND NEW.slug <=> OLD.slug AND NEW.deleted_at <=> OLD.deleted_at);
CREATE TRIGGER event_links_timeline_country AFTER UPDATE ON event FOR EACH ROW
  UPDATE event_country
     SET start_earliest = NEW.start_earliest, end_latest = NEW.end_latest, slug = NEW.slug,
         deleted_at = NEW.deleted_at
   WHERE event_id = NEW.id
     AND NOT (NEW.start_earliest <=> OLD.start_earliest AND NEW.end_latest <=> OLD.end_latest
              AND NEW.slug <=> OLD.slug AND NEW.deleted_at <=> OLD.deleted_at);
CREATE TRIGGER event_links_timeline_topic AFTER UPDATE ON event FOR EACH ROW
  UPDATE event_topic
     SET start_earliest = NEW.start_earliest, end_latest = NEW.end_latest, slug = NEW.slug,
         deleted_at = NEW.deleted_at
   WHERE event_id = NEW.id
     AND NOT (NEW.start_earliest <=> OLD.start_earliest AND NEW.end_latest <=> OLD.end_latest
              AND NEW.slug <=> OLD.slug AND NEW.deleted_at <=> OLD.deleted_at);
