-- History (Hibernate Envers) and tombstones.
--
-- Deleting an event, actor, source or gap sets deleted_at: the row stays as a tombstone, its id
-- stays taken, and every revision before it survives in the *_aud tables.
-- Each write is one revision (table revision: when, and the subject of the caller's token); the
-- *_aud tables hold the state of each audited row at each revision (rev_type 0 = added,
-- 1 = modified, 2 = removed) and rev_end, the revision that replaced it (null while current): the
-- state as of revision R is the rows with rev <= R and (rev_end > R or rev_end is null). The change feed reads the aggregates' *_aud tables by revision,
-- hence ix_*_aud_rev.

-- deleted_at closes the timeline indexes so that skipping tombstones needs no row lookup.
ALTER TABLE event
  ADD COLUMN deleted_at DATETIME(6) NULL,
  DROP INDEX ix_event_timeline,
  ADD INDEX ix_event_timeline (start_earliest, end_latest, slug, deleted_at),
  DROP INDEX ix_event_updated,
  ADD INDEX ix_event_updated (updated_at, slug, deleted_at);
ALTER TABLE actor ADD COLUMN deleted_at DATETIME(6) NULL;
ALTER TABLE source ADD COLUMN deleted_at DATETIME(6) NULL;
ALTER TABLE information_gap ADD COLUMN deleted_at DATETIME(6) NULL;

CREATE TABLE revision (
  id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  made_at BIGINT       NOT NULL COMMENT 'milliseconds since the epoch, UTC',
  subject VARCHAR(200) NULL,
  KEY ix_revision_made_at (made_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_aud (
  id             BIGINT       NOT NULL,
  rev            BIGINT       NOT NULL,
  rev_type       TINYINT      NULL,
  rev_end  BIGINT NULL,
  slug           VARCHAR(120) NULL,
  title          VARCHAR(500) NULL,
  summary        TEXT         NULL,
  date_edtf      VARCHAR(100) NULL,
  start_earliest DATE         NULL,
  start_latest   DATE         NULL,
  end_earliest   DATE         NULL,
  end_latest     DATE         NULL,
  date_precision VARCHAR(10)  NULL,
  type_code      VARCHAR(40)  NULL,
  subdivision    VARCHAR(6)   NULL,
  place          VARCHAR(300) NULL,
  corroboration  VARCHAR(20)  NULL,
  created_at     DATETIME(6)  NULL,
  updated_at     DATETIME(6)  NULL,
  deleted_at     DATETIME(6)  NULL,
  PRIMARY KEY (id, rev),
  KEY ix_event_aud_rev (rev),
  CONSTRAINT fk_event_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_country_aud (
  event_id BIGINT     NOT NULL,
  country  VARCHAR(2) NOT NULL,
  rev      BIGINT     NOT NULL,
  rev_type TINYINT    NULL,
  rev_end  BIGINT NULL,
  PRIMARY KEY (country, event_id, rev),
  CONSTRAINT fk_event_country_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_topic_aud (
  event_id   BIGINT      NOT NULL,
  topic_code VARCHAR(40) NOT NULL,
  rev        BIGINT      NOT NULL,
  rev_type   TINYINT     NULL,
  rev_end  BIGINT NULL,
  PRIMARY KEY (event_id, rev, topic_code),
  CONSTRAINT fk_event_topic_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_figure_aud (
  event_id  BIGINT         NOT NULL,
  position  INT            NOT NULL,
  rev       BIGINT         NOT NULL,
  rev_type  TINYINT        NOT NULL,
  rev_end  BIGINT NULL,
  label     VARCHAR(300)   NULL,
  value     DECIMAL(24, 6) NULL,
  unit      VARCHAR(40)    NULL,
  qualifier VARCHAR(20)    NULL,
  PRIMARY KEY (position, rev_type, event_id, rev),
  CONSTRAINT fk_event_figure_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_actor_aud (
  id        BIGINT      NOT NULL,
  rev       BIGINT      NOT NULL,
  rev_type  TINYINT     NULL,
  rev_end  BIGINT NULL,
  event_id  BIGINT      NULL,
  actor_id  BIGINT      NULL,
  role_code VARCHAR(40) NULL,
  position  INT         NULL,
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_event_actor_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_source_aud (
  id             BIGINT       NOT NULL,
  rev            BIGINT       NOT NULL,
  rev_type       TINYINT      NULL,
  rev_end  BIGINT NULL,
  event_id       BIGINT       NULL,
  source_id      BIGINT       NULL,
  position       INT          NULL,
  pinpoint       VARCHAR(200) NULL,
  quote          TEXT         NULL,
  quote_language VARCHAR(35)  NULL,
  translated     BOOLEAN      NULL,
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_event_source_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_relation_aud (
  id               BIGINT      NOT NULL,
  rev              BIGINT      NOT NULL,
  rev_type         TINYINT     NULL,
  rev_end  BIGINT NULL,
  event_id         BIGINT      NULL,
  related_event_id BIGINT      NULL,
  relation_code    VARCHAR(40) NULL,
  position         INT         NULL,
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_event_relation_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE actor_aud (
  id            BIGINT        NOT NULL,
  rev           BIGINT        NOT NULL,
  rev_type      TINYINT       NULL,
  rev_end  BIGINT NULL,
  slug          VARCHAR(120)  NULL,
  name          VARCHAR(300)  NULL,
  original_name VARCHAR(300)  NULL,
  acronym       VARCHAR(40)   NULL,
  type_code     VARCHAR(40)   NULL,
  parent_id     BIGINT        NULL,
  description   VARCHAR(2000) NULL,
  created_at    DATETIME(6)   NULL,
  updated_at    DATETIME(6)   NULL,
  deleted_at    DATETIME(6)   NULL,
  PRIMARY KEY (id, rev),
  KEY ix_actor_aud_rev (rev),
  CONSTRAINT fk_actor_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE actor_alias_aud (
  actor_id BIGINT       NOT NULL,
  alias    VARCHAR(300) NOT NULL,
  rev      BIGINT       NOT NULL,
  rev_type TINYINT      NULL,
  rev_end  BIGINT NULL,
  PRIMARY KEY (actor_id, rev, alias),
  CONSTRAINT fk_actor_alias_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE actor_country_aud (
  actor_id BIGINT     NOT NULL,
  country  VARCHAR(2) NOT NULL,
  rev      BIGINT     NOT NULL,
  rev_type TINYINT    NULL,
  rev_end  BIGINT NULL,
  PRIMARY KEY (country, actor_id, rev),
  CONSTRAINT fk_actor_country_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE source_aud (
  id                 BIGINT        NOT NULL,
  rev                BIGINT        NOT NULL,
  rev_type           TINYINT       NULL,
  rev_end  BIGINT NULL,
  slug               VARCHAR(120)  NULL,
  citation           VARCHAR(300)  NULL,
  author             VARCHAR(300)  NULL,
  authors            VARCHAR(500)  NULL,
  title              VARCHAR(1000) NULL,
  title_quoted       BOOLEAN       NULL,
  publisher          VARCHAR(300)  NULL,
  published          VARCHAR(100)  NULL,
  published_inferred BOOLEAN       NULL,
  date_suffix        VARCHAR(4)    NULL,
  url                VARCHAR(2000) NULL,
  accessed           DATE          NULL,
  language           VARCHAR(35)   NULL,
  type_code          VARCHAR(40)   NULL,
  in_reference_list  BOOLEAN       NULL,
  note               VARCHAR(2000) NULL,
  created_at         DATETIME(6)   NULL,
  updated_at         DATETIME(6)   NULL,
  deleted_at         DATETIME(6)   NULL,
  PRIMARY KEY (id, rev),
  KEY ix_source_aud_rev (rev),
  CONSTRAINT fk_source_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE information_gap_aud (
  id            BIGINT       NOT NULL,
  rev           BIGINT       NOT NULL,
  rev_type      TINYINT      NULL,
  rev_end  BIGINT NULL,
  slug          VARCHAR(120) NULL,
  statement     TEXT         NULL,
  period_edtf   VARCHAR(100) NULL,
  researched_at DATE         NULL,
  source_id     BIGINT       NULL,
  created_at    DATETIME(6)  NULL,
  updated_at    DATETIME(6)  NULL,
  deleted_at    DATETIME(6)  NULL,
  PRIMARY KEY (id, rev),
  KEY ix_information_gap_aud_rev (rev),
  CONSTRAINT fk_information_gap_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE gap_country_aud (
  gap_id   BIGINT     NOT NULL,
  country  VARCHAR(2) NOT NULL,
  rev      BIGINT     NOT NULL,
  rev_type TINYINT    NULL,
  rev_end  BIGINT NULL,
  PRIMARY KEY (country, gap_id, rev),
  CONSTRAINT fk_gap_country_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE gap_topic_aud (
  gap_id     BIGINT      NOT NULL,
  topic_code VARCHAR(40) NOT NULL,
  rev        BIGINT      NOT NULL,
  rev_type   TINYINT     NULL,
  rev_end  BIGINT NULL,
  PRIMARY KEY (gap_id, rev, topic_code),
  CONSTRAINT fk_gap_topic_aud_rev FOREIGN KEY (rev) REFERENCES revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
