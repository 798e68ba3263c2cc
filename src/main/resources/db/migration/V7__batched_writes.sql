-- Writes in batches (issue 11: an import ran 28 statements per event, each a round trip).
--
-- 1. Ids from a sequence instead of AUTO_INCREMENT. Hibernate cannot batch the INSERTs of rows
--    whose id the database generates (it must read each id back), so events, actors, sources, gaps
--    and the event links take their ids from record_id_seq, fifty at a time (allocationSize 50 in
--    the entities, INCREMENT BY 50 here: Hibernate checks that they agree). One sequence for all of
--    them: an id names one record of any kind. NOCACHE and InnoDB so that MariaDB Galera
--    replicates it (MDEV-27862). The columns keep AUTO_INCREMENT, harmlessly: every INSERT names
--    its id. The sequence starts above every id already used.
SET @record_id_start = 1 + GREATEST(
  (SELECT COALESCE(MAX(id), 0) FROM event),
  (SELECT COALESCE(MAX(id), 0) FROM actor),
  (SELECT COALESCE(MAX(id), 0) FROM source),
  (SELECT COALESCE(MAX(id), 0) FROM information_gap),
  (SELECT COALESCE(MAX(id), 0) FROM event_actor),
  (SELECT COALESCE(MAX(id), 0) FROM event_source),
  (SELECT COALESCE(MAX(id), 0) FROM event_relation));
SET @create_record_id_seq = CONCAT(
  'CREATE SEQUENCE record_id_seq START WITH ', @record_id_start,
  ' INCREMENT BY 50 NOCACHE ENGINE = InnoDB');
PREPARE create_record_id_seq FROM @create_record_id_seq;
EXECUTE create_record_id_seq;
DEALLOCATE PREPARE create_record_id_seq;

-- 2. The history of figures keyed by event first. Closing a figure's previous audit row looks it up
--    by (event_id, position); the old key began with position, so each look-up read every audit
--    row of every event at that position, more as the store grew.
ALTER TABLE event_figure_aud
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (event_id, position, rev, rev_type);
