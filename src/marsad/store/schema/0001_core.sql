-- Marsad store, schema v1: documents and everything annotated on them.
--
-- Every contract record (records.md) is kept whole as JSON in a `payload` (or, for the
-- document itself, in its columns plus `extra`), so no field is lost; the other columns
-- are copies of the fields that filters and joins need, with indexes.

CREATE TABLE documents (
    id             INTEGER PRIMARY KEY,
    doc_id         TEXT NOT NULL,               -- the input's id ("d1"); not unique across runs
    content_hash   TEXT NOT NULL UNIQUE,        -- sha256 of the raw input text
    title          TEXT,
    url            TEXT,
    source         TEXT,
    published      TEXT,                        -- ISO 8601 date or date-time
    published_from TEXT,                        -- input / option / inferred / none
    lang           TEXT,
    text           TEXT NOT NULL,               -- the cleaned text every offset refers to
    removed        TEXT NOT NULL DEFAULT '[]',  -- JSON list of {start, end, reason, text}
    sentences      TEXT NOT NULL DEFAULT '[]',  -- JSON list of [start, end]
    extra          TEXT,                        -- JSON object: annotate-record keys with no column
    ingested_at    TEXT NOT NULL                -- UTC, 2024-12-09T10:11:12Z
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE mentions (
    id        INTEGER PRIMARY KEY,
    doc       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    "start"   INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    kind      TEXT NOT NULL,                    -- PER ORG LOC MISC DATE QUANTITY ...
    text      TEXT NOT NULL,
    value,                                      -- DATE value or QUANTITY number, as given
    precision TEXT,
    payload   TEXT NOT NULL                     -- JSON: the full mention record
);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE INDEX mentions_kind ON mentions(kind);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    doc            INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    record_id      TEXT NOT NULL,               -- the record's "id" ("d1:e3")
    type           TEXT,                        -- PLOVER type
    event_date     TEXT,                        -- "date", or the start of an ISO range
    event_date_end TEXT,                        -- the end of the range; = event_date otherwise
    country        TEXT,                        -- location.country (ISO 3166-1 alpha-3)
    payload        TEXT NOT NULL,               -- JSON: the full extract record
    UNIQUE (doc, record_id)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_country ON events(country);

CREATE TABLE statements (
    id              INTEGER PRIMARY KEY,
    doc             INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    record_id       TEXT NOT NULL,
    date            TEXT,
    date_end        TEXT,
    speaker_country TEXT,
    payload         TEXT NOT NULL,
    UNIQUE (doc, record_id)
);
CREATE INDEX statements_date ON statements(date);
