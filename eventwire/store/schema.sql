-- eventwire store schema, version 1. Applied once as migration 1 and recorded in schema_migrations.
-- Articles are keyed by a content hash; every child row names its article. The full
-- eventwire/1 object is kept in articles.extraction so export reproduces the contract exactly.

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
