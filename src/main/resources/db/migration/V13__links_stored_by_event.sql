-- The actor, source and relation links of an event stored together, in their order (issue 11).
--
-- A page reads the links of its events by event id. These three tables were stored in the order of
-- their own ids, so each link found through the event_id index was then read from wherever its id
-- had put it: one more random look-up per link, about 225 for a page of 50 events, and the cost of a
-- random look-up grows with the store (a page's events and links read by id took 4.1–4.6 ms at 10 k
-- events and 6.3–8.7 ms at a million). Keyed by (event_id, position, id), an event's links are one
-- range of the table in the order a page lists them, read without a second look-up, as
-- event_country, event_topic and event_figure already are.
--
-- id stays unique (its own key; Hibernate and the history name a link by it) and ends the primary
-- key, so two rows of one event at the same position never collide, whatever order a flush writes
-- and removes them in. ix_event_source_by_event was (event_id, position): the primary key now.

ALTER TABLE event_actor
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (event_id, position, id),
  ADD UNIQUE KEY uq_event_actor_id (id);

ALTER TABLE event_source
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (event_id, position, id),
  ADD UNIQUE KEY uq_event_source_id (id),
  DROP INDEX ix_event_source_by_event;

ALTER TABLE event_relation
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (event_id, position, id),
  ADD UNIQUE KEY uq_event_relation_id (id);
