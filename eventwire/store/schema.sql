-- eventwire store schema. Each '-- migration N: description' section is applied once, in order, in its
-- own transaction, and recorded in schema_migrations; append sections, never edit an applied one.
-- Articles are keyed by a content hash; every child row names its article. The full
-- eventwire/1 object is kept in articles.extraction so export reproduces the contract exactly.

-- migration 1: articles, events, quotes, entities, timexes, ingest_errors
CREATE TABLE IF NOT EXISTS articles (
    id               VARCHAR PRIMARY KEY,
    title            VARCHAR,
    outlet           VARCHAR,
    url              VARCHAR,
    published        DATE,
    published_basis  VARCHAR,
    source           VARCHAR,
    text             VARCHAR,
    n_events         INTEGER,
    n_quotes         INTEGER,
    ingested_at      TIMESTAMP DEFAULT current_timestamp,
    extraction       JSON
);

CREATE TABLE IF NOT EXISTS events (
    id               VARCHAR NOT NULL,
    article_id       VARCHAR NOT NULL,
    type             VARCHAR NOT NULL,
    mode             VARCHAR,
    context          VARCHAR[],
    cameo            VARCHAR,
    goldstein        DOUBLE,
    quad_class       INTEGER,
    source_name      VARCHAR,
    source_text      VARCHAR,
    source_country   VARCHAR,
    source_sector    VARCHAR,
    source_code      VARCHAR,
    target_name      VARCHAR,
    target_text      VARCHAR,
    target_country   VARCHAR,
    target_sector    VARCHAR,
    target_code      VARCHAR,
    date_value       VARCHAR,
    date_text        VARCHAR,
    date_basis       VARCHAR,
    event_date       DATE,         -- date_value when it names a day, else NULL
    place_name       VARCHAR,
    place_country    VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    geonameid        BIGINT,
    fatalities       INTEGER,
    injured          INTEGER,
    reported_by_code VARCHAR,
    reported_by_name VARCHAR,
    trigger_text     VARCHAR,
    trigger_start    INTEGER,
    trigger_end      INTEGER,
    sentence         INTEGER,
    evidence_start   INTEGER,
    evidence_end     INTEGER,
    evidence         VARCHAR,
    confidence       DOUBLE,
    outlet           VARCHAR,
    published        DATE,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE IF NOT EXISTS quotes (
    id               VARCHAR,
    article_id       VARCHAR NOT NULL,
    text             VARCHAR,
    kind             VARCHAR,
    speaker_name     VARCHAR,
    speaker_code     VARCHAR,
    speaker_country  VARCHAR,
    speaker_text     VARCHAR,
    cue              VARCHAR,
    channel          VARCHAR,
    date_value       VARCHAR,
    date_basis       VARCHAR,
    start_char       INTEGER,
    end_char         INTEGER,
    sentence         INTEGER,
    outlet           VARCHAR,
    published        DATE,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE IF NOT EXISTS entities (
    article_id       VARCHAR NOT NULL,
    text             VARCHAR,
    label            VARCHAR,
    start_char       INTEGER,
    end_char         INTEGER,
    actor_name       VARCHAR,
    actor_code       VARCHAR,
    actor_country    VARCHAR,
    actor_sector     VARCHAR,
    place_name       VARCHAR,
    place_country    VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    geonameid        BIGINT,
    feature          VARCHAR
);

CREATE TABLE IF NOT EXISTS timexes (
    article_id       VARCHAR NOT NULL,
    text             VARCHAR,
    type             VARCHAR,
    value            VARCHAR,
    mod              VARCHAR,
    start_char       INTEGER,
    end_char         INTEGER
);

CREATE TABLE IF NOT EXISTS ingest_errors (
    file             VARCHAR NOT NULL,
    line             INTEGER,
    reason           VARCHAR NOT NULL,
    first_seen       TIMESTAMP DEFAULT current_timestamp
);

-- migration 2: contract additions (casualties, claims, place precision, timex anchor); cross-article links and stories
ALTER TABLE events ADD COLUMN IF NOT EXISTS place_precision VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS arrested INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS casualties_approximate BOOLEAN;
ALTER TABLE events ADD COLUMN IF NOT EXISTS quote_id VARCHAR;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_description VARCHAR;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS addressee_code VARCHAR;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS claim BOOLEAN;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS event_ids VARCHAR[];
ALTER TABLE entities ADD COLUMN IF NOT EXISTS population BIGINT;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS precision VARCHAR;
ALTER TABLE timexes ADD COLUMN IF NOT EXISTS anchor VARCHAR;

-- migration 3: where a quote's speaker stands in the text
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_start INTEGER;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_end INTEGER;

-- One row per real-world event: the merge of every report of it (see eventwire/link/dedup.py).
CREATE TABLE IF NOT EXISTS canonical_events (
    id               VARCHAR PRIMARY KEY,
    type             VARCHAR NOT NULL,
    mode             VARCHAR,
    context          VARCHAR[],
    cameo            VARCHAR,
    goldstein        DOUBLE,
    quad_class       INTEGER,
    source_code      VARCHAR,
    source_name      VARCHAR,
    source_country   VARCHAR,
    source_sector    VARCHAR,
    target_code      VARCHAR,
    target_name      VARCHAR,
    target_country   VARCHAR,
    target_sector    VARCHAR,
    date_value       VARCHAR,      -- the most precise date any report gives
    date_start       DATE,         -- the window the reports allow
    date_end         DATE,
    place_name       VARCHAR,
    place_country    VARCHAR,
    place_precision  VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    geonameid        BIGINT,
    fatalities_min   INTEGER,      -- conflicting figures kept as a range
    fatalities_max   INTEGER,
    injured_min      INTEGER,
    injured_max      INTEGER,
    arrested_min     INTEGER,
    arrested_max     INTEGER,
    n_mentions       INTEGER NOT NULL,
    n_articles       INTEGER NOT NULL,
    n_outlets        INTEGER NOT NULL,
    first_reported   DATE,
    last_reported    DATE,
    trigger_text     VARCHAR,      -- from the representative mention
    evidence         VARCHAR,
    article_id       VARCHAR,      -- the representative mention
    event_id         VARCHAR,
    confidence       DOUBLE,
    updated_at       TIMESTAMP DEFAULT current_timestamp
);

-- Which canonical event each per-article event (a mention) belongs to, and why.
CREATE TABLE IF NOT EXISTS event_links (
    article_id       VARCHAR NOT NULL,
    event_id         VARCHAR NOT NULL,
    canonical_id     VARCHAR NOT NULL,
    score            DOUBLE,       -- similarity to the canonical event when merged; NULL for the first mention
    reasons          JSON,         -- the evidence for the merge, shown by `eventwire explain`
    PRIMARY KEY (article_id, event_id)
);

-- Articles about the same developing story.
CREATE TABLE IF NOT EXISTS stories (
    id               VARCHAR PRIMARY KEY,
    label            VARCHAR,
    n_articles       INTEGER,
    n_events         INTEGER,
    first_published  DATE,
    last_published   DATE
);

CREATE TABLE IF NOT EXISTS story_articles (
    story_id         VARCHAR NOT NULL,
    article_id       VARCHAR PRIMARY KEY,
    score            DOUBLE
);

-- migration 4: the contract object kept compressed
-- The eventwire/1 object is some 16 times the size of the article's text, and it was most of what an
-- ingest wrote: the write-ahead log filled, and DuckDB checkpointed, three times as often as for the
-- table rows alone, each checkpoint a jump in the writer's memory (docs/scaling.md). New rows keep it
-- zlib-compressed here (a fifth of the size) and leave articles.extraction NULL; rows written before,
-- or loaded from Spark's Parquet, keep it in articles.extraction. Store.extractions reads either.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS extraction_zlib BLOB;

-- migration 5: no per-row keys on the large child tables
-- DuckDB keeps the index of every primary key a write touches in memory, pinned and counted against
-- its memory limit, so a store's keys grew with it: some 200-250 bytes per article, ~2-2.5 GB at ten
-- million (docs/scaling.md). Rows of these tables are only ever written with their article (new
-- articles only, Store.write_rows) or by the linking (unlinked mentions only, whole stories), so the
-- keys guarded nothing the writers do not; articles keeps its key. DuckDB cannot drop a key, so each
-- table is copied without it, and its NOT NULL columns and defaults are set again.
CREATE TABLE events_rebuilt AS SELECT * FROM events;
DROP TABLE events;
ALTER TABLE events_rebuilt RENAME TO events;
ALTER TABLE events ALTER COLUMN id SET NOT NULL;
ALTER TABLE events ALTER COLUMN article_id SET NOT NULL;
ALTER TABLE events ALTER COLUMN type SET NOT NULL;
CREATE TABLE quotes_rebuilt AS SELECT * FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_rebuilt RENAME TO quotes;
ALTER TABLE quotes ALTER COLUMN article_id SET NOT NULL;
CREATE TABLE event_links_rebuilt AS SELECT * FROM event_links;
DROP TABLE event_links;
ALTER TABLE event_links_rebuilt RENAME TO event_links;
ALTER TABLE event_links ALTER COLUMN article_id SET NOT NULL;
ALTER TABLE event_links ALTER COLUMN event_id SET NOT NULL;
ALTER TABLE event_links ALTER COLUMN canonical_id SET NOT NULL;
CREATE TABLE canonical_events_rebuilt AS SELECT * FROM canonical_events;
DROP TABLE canonical_events;
ALTER TABLE canonical_events_rebuilt RENAME TO canonical_events;
ALTER TABLE canonical_events ALTER COLUMN id SET NOT NULL;
ALTER TABLE canonical_events ALTER COLUMN type SET NOT NULL;
ALTER TABLE canonical_events ALTER COLUMN n_mentions SET NOT NULL;
ALTER TABLE canonical_events ALTER COLUMN n_articles SET NOT NULL;
ALTER TABLE canonical_events ALTER COLUMN n_outlets SET NOT NULL;
ALTER TABLE canonical_events ALTER COLUMN updated_at SET DEFAULT current_timestamp;
CREATE TABLE story_articles_rebuilt AS SELECT * FROM story_articles;
DROP TABLE story_articles;
ALTER TABLE story_articles_rebuilt RENAME TO story_articles;
ALTER TABLE story_articles ALTER COLUMN story_id SET NOT NULL;
ALTER TABLE story_articles ALTER COLUMN article_id SET NOT NULL;
