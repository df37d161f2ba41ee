-- Linking tables (qawl.link), created by qawl.link.lsh.ensure_schema next to the core schema.
-- Rows are keyed by statement / document ids; re-ingesting a document replaces its rows.

-- Every statement seen by linking: its stems (space-joined), which are informative ('1'/'0' per stem),
-- the key shared by exact copies, and its cluster (mirrors statements.cluster_id). A document's rows are
-- found by their ids (its id, ':', the statement's number), not by doc_id: no index on it.
CREATE TABLE IF NOT EXISTS link_statements (
    statement_id TEXT PRIMARY KEY,
    item         INTEGER NOT NULL,  -- documents.seq * 4096 + statements.n: the id LSH buckets hold
    doc_id       TEXT NOT NULL,
    cluster_id   TEXT NOT NULL,
    exact        TEXT,              -- NULL: too short to link (a cluster of its own)
    stems        TEXT NOT NULL,
    info         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS link_statements_item ON link_statements(item);
CREATE INDEX IF NOT EXISTS link_statements_exact ON link_statements(exact);
CREATE INDEX IF NOT EXISTS link_statements_cluster ON link_statements(cluster_id);

-- One row per cluster: the representative every new member must verify against (no chaining).
CREATE TABLE IF NOT EXISTS link_clusters (
    cluster_id TEXT PRIMARY KEY,
    rep_id     TEXT NOT NULL
);

-- LSH buckets of statement windows: key = hash(band number, that band's MinHash values), item as in
-- link_statements. Exact copies are not banded (they join their original's cluster directly); buckets
-- are capped. Kept as a log: one row per batch with its new (key, item) pairs as packed int64 arrays,
-- read once per process into a sorted in-memory index (qawl.link.lsh.BandIndex); token identifies the
-- newest row, so an index of a store changed since is re-read. Rows of re-ingested documents are
-- left behind (their items no longer resolve and are skipped).
CREATE TABLE IF NOT EXISTS link_bands_log (
    id    INTEGER PRIMARY KEY,
    token INTEGER NOT NULL,
    keys  BLOB NOT NULL,
    items BLOB NOT NULL
);

-- Verified statement pairs (a, b: the later one first), with aligned informative stems and shares.
CREATE TABLE IF NOT EXISTS link_pairs (
    a         TEXT NOT NULL,
    b         TEXT NOT NULL,
    matched   INTEGER NOT NULL,
    share_a   REAL NOT NULL,
    share_b   REAL NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX IF NOT EXISTS link_pairs_b ON link_pairs(b);

-- Document reuse. reuse_docs: each document's exact-copy key and the first stored document with it.
CREATE TABLE IF NOT EXISTS reuse_docs (
    doc_id    TEXT PRIMARY KEY,
    exact     TEXT NOT NULL,
    canonical TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reuse_docs_exact ON reuse_docs(exact);

-- What document reuse compares later documents against, kept so that a stored document is never read
-- again: its words' stems (space-joined), function-word flags and offsets (packed int32), its short
-- lines and boilerplate-layer spans (packed, see qawl.link.prepare.pack_lines; JSON text in stores made
-- before 2026-11, still read), and the number and anchors of the words the writer kept (left out: the
-- layer spans and the outlet's boilerplate lines known when it was stored; only the layer before 2026-11).
CREATE TABLE IF NOT EXISTS reuse_texts (
    doc_id   TEXT PRIMARY KEY,
    exact    TEXT NOT NULL,
    stems    TEXT NOT NULL,
    function BLOB NOT NULL,
    starts   BLOB NOT NULL,
    ends     BLOB NOT NULL,
    lines    BLOB NOT NULL,
    layer    BLOB NOT NULL,
    kept     INTEGER NOT NULL,
    anchors  BLOB NOT NULL
);

-- LSH buckets of document windows, a log like link_bands_log; item = documents.seq (stale after re-ingest).
CREATE TABLE IF NOT EXISTS reuse_bands_log (
    id    INTEGER PRIMARY KEY,
    token INTEGER NOT NULL,
    keys  BLOB NOT NULL,
    items BLOB NOT NULL
);

-- How many documents of an outlet carry a (short, normalized) line: its boilerplate when repeated.
CREATE TABLE IF NOT EXISTS reuse_lines (
    outlet TEXT NOT NULL,
    line   TEXT NOT NULL,
    docs   INTEGER NOT NULL,
    PRIMARY KEY (outlet, line)
);

-- Pairs of documents sharing text: doc_a is the later one. share_x = aligned characters of x / x's
-- non-boilerplate characters; spans = [[a_start, a_end, b_start, b_end], …] into documents.text.
CREATE TABLE IF NOT EXISTS reuse_pairs (
    doc_a   TEXT NOT NULL,
    doc_b   TEXT NOT NULL,
    share_a REAL NOT NULL,
    share_b REAL NOT NULL,
    tokens  INTEGER NOT NULL,
    spans   TEXT NOT NULL,
    PRIMARY KEY (doc_a, doc_b)
);
CREATE INDEX IF NOT EXISTS reuse_pairs_b ON reuse_pairs(doc_b);
