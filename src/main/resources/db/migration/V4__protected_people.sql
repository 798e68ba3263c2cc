-- Protected people (issue 14): an actor marked protected is shown to anonymous readers under a
-- pseudonym ("Protected person 3", id protected-3). The number is taken from a counter when the
-- actor is first protected and stays with the actor for good: it is never derived from the id
-- (which may spell the name) and never given to another actor, even after a delete.
ALTER TABLE actor
  ADD COLUMN protected_person BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN pseudonym        INT     NULL,
  ADD CONSTRAINT uq_actor_pseudonym UNIQUE (pseudonym);

CREATE INDEX ix_actor_protected ON actor (protected_person);

ALTER TABLE actor_aud
  ADD COLUMN protected_person BOOLEAN NULL,
  ADD COLUMN pseudonym        INT     NULL;

-- One row: the last pseudonym number handed out. A protect takes the next one under the row's
-- lock (UPDATE ... LAST_INSERT_ID), so concurrent protects get different numbers; a rolled-back
-- protect leaves a gap, never a reuse.
CREATE TABLE pseudonym_counter (
  id          TINYINT NOT NULL PRIMARY KEY,
  last_number INT     NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO pseudonym_counter (id, last_number) VALUES (1, 0);
