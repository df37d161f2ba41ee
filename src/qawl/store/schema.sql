-- qawl store. One SQLite file in WAL mode with one writer; offsets are characters of documents.text.
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per article. seq is the ingest order (the tie-breaker for "who had it first").
CREATE TABLE IF NOT EXISTS documents (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    title        TEXT,
    outlet       TEXT,
    date         TEXT,            -- ISO YYYY-MM-DD
    url          TEXT,
    text         TEXT NOT NULL,   -- exactly what was read
    source       TEXT,            -- file[:line] it was read from
    content_hash TEXT NOT NULL,   -- sha1 of title+text+metadata: re-ingesting the same input is a no-op
    layers       TEXT NOT NULL DEFAULT '{}'  -- JSON: structural layers (boilerplate, byline, paragraphs…)
);
CREATE INDEX IF NOT EXISTS documents_outlet_date ON documents(outlet, date);

-- Cross-document entities: one per real person / organization / place.
CREATE TABLE IF NOT EXISTS entities (
    id    INTEGER PRIMARY KEY,
    type  TEXT NOT NULL,          -- person | org | place
    name  TEXT NOT NULL,          -- display name: the most frequent full spelling
    key   TEXT NOT NULL           -- normalized name used for matching
);
-- No index on key: no query looks an entity up by it (matching reads blocks through entity_keys), and
-- with ~3 new entities per article its random keys cost every batch's inserts and commit. Stores made
-- before session 8 keep their entities_key index.

-- Entity blocking keys (surname skeletons etc.) for incremental resolution.
CREATE TABLE IF NOT EXISTS entity_keys (
    block     TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (block, entity_id)
);

-- Every mention of an entity in a document (person names, roles, organizations, places).
CREATE TABLE IF NOT EXISTS mentions (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    type      TEXT NOT NULL,
    local_id  TEXT NOT NULL,     -- the document's own entity id ("E1")
    role      TEXT,
    entity_id INTEGER REFERENCES entities(id)
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);

-- The document's own entities, before and after cross-document resolution.
CREATE TABLE IF NOT EXISTS doc_entities (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id  TEXT NOT NULL,
    type      TEXT NOT NULL,
    name      TEXT NOT NULL,
    roles     TEXT NOT NULL DEFAULT '[]',   -- JSON list
    role_only INTEGER NOT NULL DEFAULT 0,   -- 1: named in the document only by a role phrase
    entity_id INTEGER REFERENCES entities(id),
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX IF NOT EXISTS doc_entities_entity ON doc_entities(entity_id);

CREATE TABLE IF NOT EXISTS statements (
    id            TEXT PRIMARY KEY,          -- "<doc_id>:<n>"
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    n             INTEGER NOT NULL,
    kind          TEXT NOT NULL,             -- direct | indirect | interview | headline
    field         TEXT NOT NULL DEFAULT 'text',  -- 'title' when the statement is in a separate title
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    cue           TEXT,
    speaker_local TEXT,                      -- doc_entities.local_id
    speaker_text  TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    entity_id     INTEGER REFERENCES entities(id),
    cluster_id    TEXT
);
CREATE INDEX IF NOT EXISTS statements_doc ON statements(doc_id);
CREATE INDEX IF NOT EXISTS statements_entity ON statements(entity_id);
CREATE INDEX IF NOT EXISTS statements_cluster ON statements(cluster_id);

-- Figures and dates (issue: claims). statement_id is NULL for narration.
CREATE TABLE IF NOT EXISTS claims (
    id           TEXT PRIMARY KEY,           -- "<doc_id>:c<n>"
    doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    statement_id TEXT,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    kind         TEXT NOT NULL,              -- quantity | date
    value        TEXT,                       -- JSON: number, ISO date, or [low, high]
    unit         TEXT,
    qualifier    TEXT,
    object       TEXT,
    attrs        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_id);
CREATE INDEX IF NOT EXISTS claims_statement ON claims(statement_id);

-- Who holds which role (folded role phrase) in which document: resolves role-only speakers.
CREATE TABLE IF NOT EXISTS role_holders (
    role      TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    doc_id    TEXT NOT NULL,
    PRIMARY KEY (role, entity_id, doc_id)
);
CREATE INDEX IF NOT EXISTS role_holders_doc ON role_holders(doc_id);

-- Per-outlet line counts (furniture.py): a line in many of one outlet's articles is site furniture.
CREATE TABLE IF NOT EXISTS outlet_lines (
    outlet TEXT NOT NULL,
    hash   TEXT NOT NULL,
    docs   INTEGER NOT NULL,
    PRIMARY KEY (outlet, hash)
);
CREATE TABLE IF NOT EXISTS doc_lines (
    doc_id TEXT NOT NULL,
    outlet TEXT NOT NULL,
    hash   TEXT NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_lines_doc ON doc_lines(doc_id);
CREATE INDEX IF NOT EXISTS doc_lines_hash ON doc_lines(outlet, hash);
