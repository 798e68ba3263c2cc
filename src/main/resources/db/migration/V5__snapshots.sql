-- Citable snapshots (POST /api/v1/snapshots): the query, the instant and the hash of the result,
-- never a copy of the events. The events are read again from history (the *_aud tables) as of
-- as_of; sha256 proves that they are the same ones.
CREATE TABLE snapshot (
  id          VARCHAR(16)  NOT NULL PRIMARY KEY COMMENT 'random, 12 lower-case hex digits',
  query       TEXT         NOT NULL COMMENT 'the filters and sort, as JSON',
  as_of       BIGINT       NOT NULL COMMENT 'milliseconds since the epoch, UTC, as revision.made_at',
  event_count INT          NOT NULL,
  sha256      CHAR(64)     NOT NULL COMMENT 'lower-case hex of the canonical result',
  created_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
