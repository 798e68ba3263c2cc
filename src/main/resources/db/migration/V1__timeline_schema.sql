-- COI Timeline schema, version 1.
-- InnoDB, utf8mb4. The default collation utf8mb4_unicode_ci makes comparisons and LIKE
-- case- and accent-insensitive ("mexico" finds "México"), which actor search relies on.
-- Hibernate only validates this schema; every change is a new migration.
--
-- Dates of an event are stored as its EDTF text plus four bounds. Open or unknown ends use
-- sentinels so that every bound is NOT NULL and indexable:
--   start_earliest / start_latest : 0001-01-01 stands for "open or unknown start" (minus infinity)
--   end_earliest / end_latest     : 9999-12-31 stands for "open end" (plus infinity)
-- The API maps the sentinels back to null.
--
-- Index plan for the timeline query (GET /events and /actors/{id}/events, /sources/{id}/events):
--   SELECT e.slug ... FROM event e
--    WHERE e.start_earliest <= :to AND e.end_latest >= :from          -- match=overlaps
--      [AND e.start_earliest >= :from AND e.end_latest <= :to]         -- match=within
--      [AND e.id IN (SELECT event_id FROM event_country WHERE country IN (...))]
--      [AND e.id IN (SELECT event_id FROM event_actor   WHERE actor_id IN (...))]
--      [AND e.id IN (SELECT event_id FROM event_topic   WHERE topic_code IN (...))]
--      [AND (keyset) (start_earliest, end_latest, slug) > (:s, :e, :slug)]
--    ORDER BY e.start_earliest, e.end_latest, e.slug LIMIT :n + 1
-- * ix_event_timeline (start_earliest, end_latest, slug) is both the range access path for
--   "start_earliest <= :to" and the sort order, so a page is read in index order and stops
--   after n + 1 rows: no filesort, no OFFSET, the cost of page k equals the cost of page 1.
--   end_latest is in the index, so the overlap test on the end bound needs no row lookup.
-- * The filter subqueries are semi-joins. When a filter is broad the optimiser probes
--   event_country/event_actor/event_topic by their primary key (event_id, x) per candidate row
--   walked in timeline order; when it is selective it materialises the few matching event ids
--   through the secondary indexes ix_*_by_value (value, event_id) and sorts only those.
-- * sort=-date walks ix_event_timeline backwards; sort=updated uses ix_event_updated.
-- * q uses the FULLTEXT index ft_event_text (title, summary) in boolean mode.
-- EventRepositoryTest checks both plans with EXPLAIN on fresh statistics.

CREATE TABLE event_type (
  code        VARCHAR(40)   NOT NULL PRIMARY KEY,
  label       VARCHAR(200)  NOT NULL,
  description VARCHAR(1000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE topic LIKE event_type;
CREATE TABLE actor_role LIKE event_type;
CREATE TABLE actor_type LIKE event_type;
CREATE TABLE source_type LIKE event_type;
CREATE TABLE relation_kind LIKE event_type;

CREATE TABLE actor (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug          VARCHAR(120)  NOT NULL,
  name          VARCHAR(300)  NOT NULL,
  original_name VARCHAR(300)  NULL,
  acronym       VARCHAR(40)   NULL,
  type_code     VARCHAR(40)   NOT NULL,
  parent_id     BIGINT        NULL,
  description   VARCHAR(2000) NULL,
  version       BIGINT        NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  CONSTRAINT uq_actor_slug UNIQUE (slug),
  CONSTRAINT fk_actor_type FOREIGN KEY (type_code) REFERENCES actor_type (code),
  CONSTRAINT fk_actor_parent FOREIGN KEY (parent_id) REFERENCES actor (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE actor_alias (
  actor_id BIGINT       NOT NULL,
  alias    VARCHAR(300) NOT NULL,
  PRIMARY KEY (actor_id, alias),
  CONSTRAINT fk_actor_alias_actor FOREIGN KEY (actor_id) REFERENCES actor (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE actor_country (
  actor_id BIGINT     NOT NULL,
  country  VARCHAR(2) NOT NULL,
  PRIMARY KEY (actor_id, country),
  KEY ix_actor_country_by_value (country, actor_id),
  CONSTRAINT fk_actor_country_actor FOREIGN KEY (actor_id) REFERENCES actor (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE source (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug               VARCHAR(120)  NOT NULL,
  citation           VARCHAR(300)  NOT NULL,
  author             VARCHAR(300)  NOT NULL,
  authors            VARCHAR(500)  NULL,
  title              VARCHAR(1000) NULL,
  title_quoted       BOOLEAN       NOT NULL,
  publisher          VARCHAR(300)  NULL,
  published          VARCHAR(100)  NULL,
  published_inferred BOOLEAN       NOT NULL,
  date_suffix        VARCHAR(4)    NULL,
  url                VARCHAR(2000) NULL,
  accessed           DATE          NULL,
  language           VARCHAR(35)   NULL,
  type_code          VARCHAR(40)   NOT NULL,
  in_reference_list  BOOLEAN       NOT NULL,
  note               VARCHAR(2000) NULL,
  version            BIGINT        NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  updated_at         DATETIME(6)   NOT NULL,
  CONSTRAINT uq_source_slug UNIQUE (slug),
  CONSTRAINT fk_source_type FOREIGN KEY (type_code) REFERENCES source_type (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Index every word of titles and summaries, stop words included, so that a search for
-- "who" or "about" is not silently dropped (words shorter than innodb_ft_min_token_size,
-- 3 by default, are still not indexed; the API says so).
SET SESSION innodb_ft_enable_stopword = 0;

CREATE TABLE event (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug           VARCHAR(120) NOT NULL,
  title          VARCHAR(500) NOT NULL,
  summary        TEXT         NULL,
  date_edtf      VARCHAR(100) NOT NULL,
  start_earliest DATE         NOT NULL,
  start_latest   DATE         NOT NULL,
  end_earliest   DATE         NOT NULL,
  end_latest     DATE         NOT NULL,
  date_precision VARCHAR(10)  NOT NULL,
  type_code      VARCHAR(40)  NOT NULL,
  subdivision    VARCHAR(6)   NULL,
  place          VARCHAR(300) NULL,
  corroboration  VARCHAR(20)  NOT NULL,
  version        BIGINT       NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  CONSTRAINT uq_event_slug UNIQUE (slug),
  CONSTRAINT fk_event_type FOREIGN KEY (type_code) REFERENCES event_type (code),
  KEY ix_event_timeline (start_earliest, end_latest, slug),
  KEY ix_event_updated (updated_at, slug),
  FULLTEXT KEY ft_event_text (title, summary)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_country (
  event_id BIGINT     NOT NULL,
  country  VARCHAR(2) NOT NULL,
  PRIMARY KEY (event_id, country),
  KEY ix_event_country_by_value (country, event_id),
  CONSTRAINT fk_event_country_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_topic (
  event_id   BIGINT      NOT NULL,
  topic_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (event_id, topic_code),
  KEY ix_event_topic_by_value (topic_code, event_id),
  CONSTRAINT fk_event_topic_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_topic_topic FOREIGN KEY (topic_code) REFERENCES topic (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_actor (
  id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id  BIGINT      NOT NULL,
  actor_id  BIGINT      NOT NULL,
  role_code VARCHAR(40) NOT NULL,
  position  INT         NOT NULL,
  CONSTRAINT uq_event_actor UNIQUE (event_id, actor_id, role_code),
  KEY ix_event_actor_by_value (actor_id, event_id),
  CONSTRAINT fk_event_actor_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_actor_actor FOREIGN KEY (actor_id) REFERENCES actor (id),
  CONSTRAINT fk_event_actor_role FOREIGN KEY (role_code) REFERENCES actor_role (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_source (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id       BIGINT       NOT NULL,
  source_id      BIGINT       NOT NULL,
  position       INT          NOT NULL,
  pinpoint       VARCHAR(200) NULL,
  quote          TEXT         NULL,
  quote_language VARCHAR(35)  NULL,
  translated     BOOLEAN      NOT NULL,
  KEY ix_event_source_by_event (event_id, position),
  KEY ix_event_source_by_value (source_id, event_id),
  CONSTRAINT fk_event_source_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_source_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_relation (
  id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id         BIGINT      NOT NULL,
  related_event_id BIGINT      NOT NULL,
  relation_code    VARCHAR(40) NOT NULL,
  position         INT         NOT NULL,
  CONSTRAINT uq_event_relation UNIQUE (event_id, related_event_id, relation_code),
  KEY ix_event_relation_by_value (related_event_id),
  CONSTRAINT fk_event_relation_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_relation_related FOREIGN KEY (related_event_id) REFERENCES event (id),
  CONSTRAINT fk_event_relation_kind FOREIGN KEY (relation_code) REFERENCES relation_kind (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_figure (
  event_id  BIGINT         NOT NULL,
  position  INT            NOT NULL,
  label     VARCHAR(300)   NOT NULL,
  value     DECIMAL(24, 6) NOT NULL,
  unit      VARCHAR(40)    NOT NULL,
  qualifier VARCHAR(20)    NULL,
  PRIMARY KEY (event_id, position),
  CONSTRAINT fk_event_figure_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE information_gap (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug           VARCHAR(120) NOT NULL,
  statement      TEXT         NOT NULL,
  period_edtf    VARCHAR(100) NULL,
  researched_at  DATE         NULL,
  source_id      BIGINT       NULL,
  version        BIGINT       NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  updated_at     DATETIME(6)  NOT NULL,
  CONSTRAINT uq_gap_slug UNIQUE (slug),
  CONSTRAINT fk_gap_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE gap_country (
  gap_id  BIGINT     NOT NULL,
  country VARCHAR(2) NOT NULL,
  PRIMARY KEY (gap_id, country),
  KEY ix_gap_country_by_value (country, gap_id),
  CONSTRAINT fk_gap_country_gap FOREIGN KEY (gap_id) REFERENCES information_gap (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE gap_topic (
  gap_id     BIGINT      NOT NULL,
  topic_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (gap_id, topic_code),
  KEY ix_gap_topic_by_value (topic_code, gap_id),
  CONSTRAINT fk_gap_topic_gap FOREIGN KEY (gap_id) REFERENCES information_gap (id) ON DELETE CASCADE,
  CONSTRAINT fk_gap_topic_topic FOREIGN KEY (topic_code) REFERENCES topic (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
