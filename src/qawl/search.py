"""Full-text search over statements and documents: the FTS5 index, query building and snippets.

Everything indexed is the *normalized* view of the text (``qawl.text.normalize``): SQLite's
tokenizers cannot fold Arabic hamza forms, Persian letters or diacritics, so both the index and every
query go through the same fold. The view holds words of letters and digits separated by spaces, with
other scripts' capitals and Latin accents folded too (``_fold_cased``), so FTS5's plain ``ascii``
tokenizer splits it into the tokens ``unicode61`` made of it, in ~35% less CPU (session 7; stores made
before keep ``unicode61``, which gives the same tokens). Two indexes:

* ``search_statements_words``: statement text and speaker as written, words plus
  their forms without proclitics (``rules/clitics.py``), matched as word prefixes from
  STATEMENT_PREFIX_MIN letters (so رئيس finds والرئيس and رئيسه, قال finds قالت).
* ``search_documents_fts``: titles and bodies of articles, the same word views,
  matched as word prefixes from PREFIX_MIN letters.

Statements were on a ``trigram`` index until session 3 (``search_statements_fts``): any substring
matched, but a two-word query over 165k statements took ~50 ms, most of it intersecting trigram
lists. :func:`ensure_schema` moves an older store to the word index (same rowids) the first time
a writer opens it (``qawl serve`` at start-up, an ingest's search step).

Query terms never reach FTS5 syntax: only word characters are kept and every term is quoted, so
``"``, ``*``, ``NEAR(``, ``-`` or stray parentheses from users cannot break a query. A term that
sounds like a stored person name (``qawl.entities.sound_key``) is widened to that person's stored
spellings, so كيغينز also finds كاغينز; a common word is not widened unless it is a person's surname, nor widened to common words
that are no name (:func:`_sieve`). Results are ranked by bm25 among the RANK_WINDOW newest matches. Snippets are cut from the ORIGINAL text: hits found in the
normalized view are mapped back through its offset map.
"""
from __future__ import annotations

import os
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from qawl.doc import Document
from qawl.entities import is_native, name_tokens, same_token, sound_key
from qawl.lexicon import PERSON_TITLES, ROLE_HEADS
from qawl.memo import memo, store_version
from qawl.rules.clitics import ARTICLE, CONJUNCTIONS, LI_ARTICLE, MIN_STEM, PREPOSITIONS
from qawl.serialize import mention_text
from qawl.store.db import READ_MMAP_BYTES, connect, rows_in
from qawl.text.normalize import document_view, find_spans, key

# search_refs has no UNIQUE (kind, ref) (stores made before session 7 do): no query looks a row up by
# ref, and index_documents drops a document's rows before writing them again. Those rows have
# consecutive rowids, the document's own first (index_documents writes them together), so only that
# row is indexed by doc_id (REFS_BY_DOCUMENT); older stores index every row (OLD_REFS_BY_DOC). Each
# index keyed by random ids had each commit write ~2,500 of its pages per 1,600 articles on a 45k store.
SCHEMA = """
CREATE TABLE IF NOT EXISTS search_refs (
    rowid  INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL,      -- 's' statement | 'd' document
    ref    TEXT NOT NULL,      -- statements.id or documents.id
    doc_id TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS search_statements_words USING fts5(text, speaker, tokenize = 'ascii');
CREATE VIRTUAL TABLE IF NOT EXISTS search_documents_fts USING fts5(title, body, tokenize = 'ascii');
-- Entity names (normalized), rowid = entities.id: a word of a name finds the entity (جيمس, هارتلي).
CREATE VIRTUAL TABLE IF NOT EXISTS search_entities_fts USING fts5(name, tokenize = 'trigram');
-- Newest-first statement lists (home page, /api/statements) walk articles by date instead of sorting all.
CREATE INDEX IF NOT EXISTS search_documents_date ON documents(date, seq);
CREATE INDEX IF NOT EXISTS search_statements_kind ON statements(kind);
"""

MAX_TERMS = 8            # query words kept; the rest are ignored
MAX_VARIANTS = 12        # spellings one name term is widened to
COMMON_WORD = 1000       # statements a word is in (with its proclitic forms) from which it is common: not widened
TRIGRAM_MIN = 3          # the trigram tokenizer cannot match anything shorter
SNIPPET_CONTEXT = 90     # characters of context either side of the first hit in a document
SNIPPET_PIECE = 1500     # characters of a long text searched at a time for its first hit (folding a
                         # whole 8,000-character article for a word in its opening lines cost ~0.4 ms)
# bm25 costs time per matching row (a common word matches most of 50k articles: ~200 ms), so results
# are ranked among the RANK_WINDOW most recently indexed matches; rarer queries rank every match.
# (1000 until session 3: on the 50k store ranking 1000 rows cost ~4 ms more per index at p95.)
RANK_WINDOW = 300
PREFIX_MIN = 4           # shorter terms match whole words only (a 3-letter prefix matches too much)
STATEMENT_PREFIX_MIN = 3  # statements are short and were matched as substrings before: قال finds قالت
STATEMENTS_TABLE = "search_statements_words"
STATEMENT_WEIGHTS = "1.0, 2.0"   # bm25 weights of text and speaker: a word in the speaker counts double
DOCUMENT_WEIGHTS = "3.0, 1.0"    # of title and body
OLD_STATEMENTS_TABLE = "search_statements_fts"   # the trigram index of stores made before session 3
_WORD = re.compile(r"\w+")


REFS_BY_DOCUMENT = "search_refs_document"
OLD_REFS_BY_DOC = "search_refs_doc"


def ensure_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)
    if not _has_table(conn, OLD_REFS_BY_DOC):
        conn.execute(f"CREATE INDEX IF NOT EXISTS {REFS_BY_DOCUMENT} ON search_refs(doc_id) WHERE kind = 'd'")
    if _has_table(conn, OLD_STATEMENTS_TABLE):
        upgrade_statement_index(conn)


# ---------------------------------------------------------------- indexing

def clitic_forms(token: str) -> list[str]:
    """Forms of a normalized word without its proclitics: والرئيس → الرئيس, رئيس."""
    forms: list[str] = []
    t = token
    if t[:1] in CONJUNCTIONS and len(t) - 1 >= MIN_STEM:
        t = t[1:]
        forms.append(t)
    if t.startswith(LI_ARTICLE) and len(t) - 2 >= MIN_STEM:
        return forms + [ARTICLE + t[2:], t[2:]]
    if t[:1] in PREPOSITIONS and len(t) - 1 >= MIN_STEM:
        t = t[1:]
        forms.append(t)
    if t.startswith(ARTICLE) and len(t) - 2 >= MIN_STEM:
        forms.append(t[2:])
    return forms


# A word of the normalized view (from الرئيس, «الرئيس» or الرئيس، alike) → the word followed by its
# clitic-free forms; filled once per distinct word (2,000 articles: ~410k words, ~55k distinct).
# Finding the words with one regex call and looking them up keeps the per-word work in C. Two
# generations bound the memory: when the words met since the last turn reach _EXPANDED_MAX, they
# become the old generation (the one before is dropped), and a word met again is moved back from
# there without being expanded again. (Emptying one dict of 100,000 space-separated tokens instead,
# session 8, expanded ~24 an article again at 6-12k articles, ~2.5 times the new ones.)
_EXPANDED: dict[str, str] = {}
_EXPANDED_BEFORE: dict[str, str] = {}
_EXPANDED_MAX = 50_000


def _expand(word: str) -> str:
    """``word`` followed by its clitic-free forms."""
    forms = clitic_forms(word)
    return " ".join([word, *forms]) if forms else word


def _cased_folds() -> dict[int, str]:
    """What ``unicode61`` (remove_diacritics 1) makes of the cased letters beyond ASCII that a word
    view can hold: Latin letters lowercased without their accents (É → e, ç → c), Greek and Cyrillic
    capitals lowercased."""
    table = {}
    for lo, hi in ((0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x0370, 0x03FF), (0x0400, 0x04FF)):
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if not ch.isalpha():
                continue
            folded = ch.lower()
            if cp < 0x0370 or cp >= 0x1E00:  # Latin: accents off
                folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
            if folded != ch and len(folded) == 1:
                table[cp] = folded
    return table


_CASED_FOLDS = _cased_folds()


_CASED_RE = re.compile("[" + "".join(map(chr, sorted(_CASED_FOLDS))) + "]")


def _fold_cased(word: str) -> str:
    """``word`` with the folds of :func:`_cased_folds` (most words are Arabic or ASCII: unchanged)."""
    return word if word.isascii() else word.translate(_CASED_FOLDS)


def _fold_cased_text(text: str) -> str:
    """:func:`_fold_cased` of a longer text: translated only when it has a letter to fold (one
    regex pass; translating looks every character up)."""
    return text if text.isascii() or not _CASED_RE.search(text) else text.translate(_CASED_FOLDS)


def word_view(text: str) -> str:
    """What the word index stores for ``text``: normalized words, each followed by its clitic-free forms."""
    return _words_view(key(text))


def _words_view(folded: str) -> str:
    """:func:`word_view` of a text whose normalized form (``key``, or the fold before its spaces are
    made single: the same words) is ``folded``. The words of its space-separated tokens, each
    token folded on its own (``_fold_cased`` maps one character to one letter), are the words of
    the whole text folded at once: no word crosses a space."""
    words = _WORD.findall(_fold_cased_text(folded))
    new = set(words).difference(_EXPANDED)
    if new:
        if len(_EXPANDED) + len(new) > _EXPANDED_MAX:
            _turn_generation()
            new = set(words)
        _remember(new)
    return " ".join(map(_EXPANDED.__getitem__, words))


def _turn_generation() -> None:
    global _EXPANDED, _EXPANDED_BEFORE
    _EXPANDED_BEFORE, _EXPANDED = _EXPANDED, {}


def _remember(words: set[str]) -> None:
    """Put the expansions of ``words`` (none of them in ``_EXPANDED``) into ``_EXPANDED``."""
    before, expanded = _EXPANDED_BEFORE, _EXPANDED
    for w in words:
        view = before.get(w)
        expanded[w] = _expand(w) if view is None else view


class Prepared(NamedTuple):
    """A document's indexed text, made in an ingest worker: its title and body word views and, per
    statement id, the word views of the statement's text and of its speaker as written. The speaker's
    entity name is added by the step, which runs after entity resolution. (A tuple, not a slotted
    dataclass: it crosses from worker to writer pickled, and a tuple needs no Python-level
    ``__getstate__``/``__setstate__`` on either side.)"""

    title: str
    body: str
    statements: dict[str, tuple[str, str]]


def prepare_document(doc: Document) -> Prepared:
    """The per-document part of :func:`index_documents` (``STEP_PREPARATION``): the same views the
    step would build from the stored rows (statement ids and texts as ``qawl.store.write`` stores them)."""
    view = document_view(doc)  # the analysis folded the text already: keys of the text are read off it
    body = _words_view(view.text)  # first: a statement's words are then known but at its edges
    title = doc.title or ""
    statements = {}
    for n, s in enumerate(doc.layer("statements")):
        if s.attrs.get("field", "text") == "title":
            text = word_view(title[s.start : s.end])
        else:
            text = _known_words_view(view.folded(s.start, s.end))
        sm = s.attrs.get("speaker_mention")
        speaker = None if sm is None else mention_text(doc, sm)
        statements[f"{doc.id}:{n}"] = (text, _known_words_view(key(speaker or "")))  # (most speakers are known)
    return Prepared(word_view(title), body, statements)


def _known_words_view(folded: str) -> str:
    """:func:`_words_view` of a text whose words are likely all known (no set of them made)."""
    try:
        return " ".join(map(_EXPANDED.__getitem__, _WORD.findall(_fold_cased_text(folded))))
    except KeyError:
        return _words_view(folded)


def _drop(conn: sqlite3.Connection, doc_ids: list[str]) -> None:
    if _has_table(conn, OLD_REFS_BY_DOC):
        old = [(rowid, kind) for rowid, kind in rows_in(conn, "SELECT rowid, kind FROM search_refs WHERE doc_id IN ({marks})", doc_ids)]
    else:
        old = _rows_of(conn, doc_ids)
    if not old:
        return
    conn.executemany(f"DELETE FROM {STATEMENTS_TABLE} WHERE rowid = ?", [(r,) for r, k in old if k == "s"])
    conn.executemany("DELETE FROM search_documents_fts WHERE rowid = ?", [(r,) for r, k in old if k != "s"])
    conn.executemany("DELETE FROM search_refs WHERE rowid = ?", [(r,) for r, _ in old])


def _rows_of(conn: sqlite3.Connection, doc_ids: list[str]) -> list[tuple[int, str]]:
    """``(rowid, kind)`` of the search_refs rows of these documents: each document's own row, found
    by doc_id, and the rows of its statements, which follow it."""
    out = []
    for first, doc_id in rows_in(
            conn, "SELECT rowid, doc_id FROM search_refs WHERE kind = 'd' AND doc_id IN ({marks})", doc_ids):
        out.append((first, "d"))
        for rowid, kind, owner in conn.execute(
                "SELECT rowid, kind, doc_id FROM search_refs WHERE rowid > ? ORDER BY rowid", (first,)):
            if kind != "s" or owner != doc_id:
                break
            out.append((rowid, kind))
    return out


def index_entities(conn: sqlite3.Connection, entity_ids: Iterable[int]) -> None:
    """(Re)index the names of these entities (their display name can change as documents arrive)."""
    _reindex_names(conn, _changed_names(conn, "SELECT id FROM entities WHERE id IN ({marks})", set(entity_ids)))


def _index_entities_of(conn: sqlite3.Connection, doc_ids: list[str]) -> None:
    """:func:`index_entities` of the entities these documents name."""
    _reindex_names(conn, _changed_names(
        conn, "SELECT entity_id AS id FROM doc_entities WHERE doc_id IN ({marks}) AND entity_id IS NOT NULL", doc_ids))


# The rows of search_entities_fts as FTS5 stores them (id = rowid, c0 = name): reading a name there
# is a primary-key lookup, where a lookup through the FTS5 table opens a cursor on its index too
# (a batch's entity names compared in ~30% less CPU).
NAMES_CONTENT = "search_entities_fts_content"


def _changed_names(conn: sqlite3.Connection, ids_sql: str, values: Iterable[object]) -> dict[int, tuple[str | None, bool]]:
    """``{entity id: (name to index or None, whether a name is indexed now)}`` of those entities among
    the ids ``ids_sql`` selects (as ``id``, over ``values``) whose indexed name is not their stored
    name. Most names are unchanged from one batch to the next: SQLite compares them, and only the
    changed ones come back."""
    # entities.key is key(name), written with the name by the entity step: no need to fold names again
    return {eid: (name, indexed) for eid, name, indexed in rows_in(
        conn, f"SELECT i.id, e.key, f.id IS NOT NULL FROM (SELECT DISTINCT id FROM ({ids_sql})) AS i"
        f" LEFT JOIN entities e ON e.id = i.id LEFT JOIN {NAMES_CONTENT} f ON f.id = i.id"
        " WHERE e.key IS NOT f.c0", values)}


def _reindex_names(conn: sqlite3.Connection, changed: dict[int, tuple[str | None, bool]]) -> None:
    # an unchanged name is never rewritten: it would cost FTS5 a delete and an insert of the same tokens
    conn.executemany("DELETE FROM search_entities_fts WHERE rowid = ?",
                     [(eid,) for eid, (_, indexed) in sorted(changed.items()) if indexed])
    conn.executemany("INSERT INTO search_entities_fts(rowid, name) VALUES (?, ?)",
                     [(eid, name) for eid, (name, _) in sorted(changed.items()) if name is not None])


def _from_store(conn: sqlite3.Connection, doc_ids: list[str]) -> dict[str, Prepared]:
    """What :func:`prepare_document` makes, built from the stored rows (no payload from a worker)."""
    statements: dict[str, dict[str, tuple[str, str]]] = {}
    for sid, doc_id, text, speaker in rows_in(
            conn, "SELECT id, doc_id, text, speaker_text FROM statements WHERE doc_id IN ({marks})", doc_ids):
        statements.setdefault(doc_id, {})[sid] = (word_view(text), word_view(speaker or ""))
    return {doc_id: Prepared(word_view(title or ""), word_view(text), statements.get(doc_id, {}))
            for doc_id, title, text in rows_in(conn, "SELECT id, title, text FROM documents WHERE id IN ({marks})", doc_ids)}


def index_documents(conn: sqlite3.Connection, doc_ids: Iterable[str],
                    prepared: dict[str, Prepared] | None = None) -> None:
    """(Re)index these stored documents and their statements; a cross-document ingest step whose
    per-document part is :func:`prepare_document` (``prepared``: its payloads by document id).

    Rows get consecutive rowids in the order of ``doc_ids`` (each document, then its statements by
    ``n``): ranking looks at the newest rowids first."""
    ids = list(dict.fromkeys(doc_ids))
    if not ids:
        return
    ensure_schema(conn)
    prepared = prepared or {}
    with conn:
        _drop(conn, ids)
        stored = {r[0] for r in rows_in(conn, "SELECT id FROM documents WHERE id IN ({marks})", ids)}
        ids = [d for d in ids if d in stored]
        views = prepared | _from_store(conn, [d for d in ids if d not in prepared])
        statements: dict[str, list[tuple[int, str, str | None]]] = {}
        for sid, doc_id, n, name in rows_in(
                conn, "SELECT s.id, s.doc_id, s.n, e.name FROM statements s"
                " LEFT JOIN entities e ON e.id = s.entity_id WHERE s.doc_id IN ({marks})", ids):
            statements.setdefault(doc_id, []).append((n, sid, name))
        rowid = conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM search_refs").fetchone()[0]
        refs, documents, texts = [], [], []
        for doc_id in ids:
            view = views[doc_id]
            if any(sid not in view.statements for _, sid, _ in statements.get(doc_id, ())):
                view = _from_store(conn, [doc_id])[doc_id]  # a payload from another version of the document
            rowid += 1
            refs.append((rowid, "d", doc_id, doc_id))
            documents.append((rowid, view.title, view.body))
            for _, sid, name in sorted(statements.get(doc_id, ())):
                text, speaker = view.statements[sid]
                rowid += 1
                refs.append((rowid, "s", sid, doc_id))
                texts.append((rowid, text, _speaker_view(speaker, _name_view(name or ""))))
        conn.executemany("INSERT INTO search_refs(rowid, kind, ref, doc_id) VALUES (?, ?, ?, ?)", refs)
        conn.executemany("INSERT INTO search_documents_fts(rowid, title, body) VALUES (?, ?, ?)", documents)
        conn.executemany(f"INSERT INTO {STATEMENTS_TABLE}(rowid, text, speaker) VALUES (?, ?, ?)", texts)
        _index_entities_of(conn, ids)


def _speaker_view(speaker: str, name: str) -> str:
    """The speaker column: the word views of the speaker as written and of its entity's name."""
    return f"{speaker} {name}" if speaker and name else speaker or name


# The word views of entity names, kept across batches: the most quoted speakers come back in most
# batches (a batch of 200 articles names ~250 speakers).
_name_view = lru_cache(maxsize=4096)(word_view)


def upgrade_statement_index(conn: sqlite3.Connection, batch: int = 20_000) -> int:
    """Fill the statement word index from the store for every statement the old trigram index
    held (same rowids, so the ranking window keeps its order), then drop the trigram index; one
    transaction. Returns how many statements were indexed."""
    done = 0
    with conn:
        conn.execute(f"DELETE FROM {STATEMENTS_TABLE}")
        last = 0
        names: dict[str | None, str] = {}
        while True:
            rows = conn.execute(
                "SELECT r.rowid, s.text, s.speaker_text, e.name FROM search_refs r JOIN statements s ON s.id = r.ref"
                " LEFT JOIN entities e ON e.id = s.entity_id WHERE r.kind = 's' AND r.rowid > ? ORDER BY r.rowid LIMIT ?",
                (last, batch)).fetchall()
            if not rows:
                break
            texts = []
            for rowid, text, speaker_text, name in rows:
                if name not in names:
                    names[name] = word_view(name or "")
                texts.append((rowid, word_view(text), _speaker_view(word_view(speaker_text or ""), names[name])))
            conn.executemany(f"INSERT INTO {STATEMENTS_TABLE}(rowid, text, speaker) VALUES (?, ?, ?)", texts)
            done += len(rows)
            last = rows[-1][0]
        conn.execute(f"DROP TABLE {OLD_STATEMENTS_TABLE}")
    return done


def ensure_index(conn: sqlite3.Connection, batch: int = 500) -> int:
    """Index stored documents the index does not know yet (a store built before search existed)."""
    ensure_schema(conn)
    missing = [r[0] for r in conn.execute(
        "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM search_refs WHERE kind = 'd') ORDER BY seq")]
    for i in range(0, len(missing), batch):
        index_documents(conn, missing[i : i + batch])
    if conn.execute("SELECT 1 FROM search_entities_fts LIMIT 1").fetchone() is None:
        with conn:  # a store indexed before entity names were
            index_entities(conn, [r[0] for r in conn.execute("SELECT id FROM entities")])
    return len(missing)


def has_index(conn: sqlite3.Connection) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'search_refs'").fetchone() is not None


# ---------------------------------------------------------------- queries

@dataclass
class Query:
    """A user query made safe: each term is a list of spellings (the term itself first)."""

    text: str
    terms: list[list[str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.terms

    def spellings(self) -> list[str]:
        return [s for group in self.terms for s in group]

    def statements_match(self) -> str | None:
        """FTS5 expression for the statement word index; None without terms."""
        return _and(self.terms, prefix_min=STATEMENT_PREFIX_MIN)

    def documents_match(self) -> str | None:
        return _and(self.terms, prefix_min=PREFIX_MIN)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _and(groups: list[list[str]], *, prefix_min: int) -> str | None:
    parts = []
    for group in groups:
        if not group:
            continue
        alts = [_quote(s) + ("*" if _prefix_term(s, prefix_min) else "") for s in group]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    return " AND ".join(parts) or None


def _prefix_term(term: str, prefix_min: int) -> bool:
    """Whether ``term`` is matched as a word prefix: from ``prefix_min`` letters, and with at least
    MIN_STEM letters after an article (الان* would match every word of الانتخابات, الانسحاب …;
    a prefix term costs FTS5 a merge of every word it begins)."""
    stem = len(term) - (len(ARTICLE) if term.startswith(ARTICLE) else 0)
    return len(term) >= prefix_min and stem >= MIN_STEM


def name_variants(conn: sqlite3.Connection, term: str) -> list[str]:
    """Stored spellings of the person-name token ``term`` (normalized), found through the sound key
    of entity surnames and the spellings of their mentions; ``[term]`` when it names nobody.

    Sound-alikes from mentions include words that are no names (mis-read mentions give وقود the
    spellings وجود and ووجود, وزير gets ووزير and وياسر), so the spellings are sieved
    (:func:`_sieve`). The surname of a matching person is widened however common it is: the most
    quoted speakers' names are in thousands of statements, and every other spelling must find them
    (other words of mis-read names, such as وزير in "ووزير الخارجية", are not)."""
    out = [term]
    # same_token matches a native name (article, عبد, a given name) only to itself: nothing to widen
    if len(term) < 4 or is_native(term) or not _has_table(conn, "entity_keys"):
        return out
    eids = [r[0] for r in conn.execute(
        "SELECT k.entity_id FROM entity_keys k WHERE k.block = ? LIMIT 50", (f"p:{sound_key(term)}",))]
    if not eids:
        return out
    marks = ",".join("?" * len(eids))
    names = [r[0] for r in conn.execute(f"SELECT name FROM entities WHERE id IN ({marks})", eids)]
    name_words = [t for name in names for t in name_tokens(name)]
    if not _is_surname(term, names) and _common(conn, term):
        return out
    texts = [r[0] for r in conn.execute(
        f"SELECT DISTINCT text FROM mentions WHERE entity_id IN ({marks}) AND type != 'role'", eids)]
    for tok in [t for text in texts for t in name_tokens(text)] + name_words:
        if tok not in out and same_token(tok, term):
            out.append(tok)
            if len(out) >= MAX_VARIANTS:
                break
    return _sieve(conn, out, set(name_words))


def _is_surname(term: str, names: list[str]) -> bool:
    """Whether ``term`` ends one of ``names`` and is no title (mis-read names such as "نائب وزير")."""
    if term in PERSON_TITLES.starts or term in ROLE_HEADS.starts:
        return False
    return any(tokens[-1] == term for tokens in map(name_tokens, names) if tokens)


def _sieve(conn: sqlite3.Connection, spellings: list[str], person_spellings: set[str]) -> list[str]:
    """The spellings of ``spellings[0]`` (the query term) worth searching for, dropping:

    * a spelling that is a common word with a proclitic glued on (ووزير, بتعيين, ووجود): the
      index finds the term with its proclitics anyway. The form without the proclitic is indexed
      for every occurrence of the spelling too, so it must be in at least twice as many
      statements (بوتين is no ب + وتين);
    * a spelling that is a common word itself (in COMMON_WORD statements or more: وقود is no
      وجود), unless it is one of ``person_spellings``, the words of matching persons' names
      (أوبما: still اوباما, from باراك حسين أوباما)."""
    term, others = spellings[0], spellings[1:]
    kept = [term]
    for v in others:
        if v in person_spellings:
            kept.append(v)
            continue
        n = _statement_count(conn, v)
        glued = any(2 * n <= m and m >= COMMON_WORD for m in (_statement_count(conn, f) for f in clitic_forms(v)))
        if not glued and n < COMMON_WORD:
            kept.append(v)
    return kept


def _statement_count(conn: sqlite3.Connection, word: str) -> int:
    """Statements holding ``word`` (or it with proclitics), counted up to COMMON_WORD."""
    if not _has_table(conn, STATEMENTS_TABLE):
        return 0
    return conn.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {STATEMENTS_TABLE} WHERE {STATEMENTS_TABLE} MATCH ?"
                        " LIMIT ?)", (_quote(word), COMMON_WORD)).fetchone()[0]


def _common(conn: sqlite3.Connection, word: str) -> bool:
    """Whether ``word`` (or it with proclitics) is in COMMON_WORD statements or more."""
    return _statement_count(conn, word) >= COMMON_WORD


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def parse_query(conn: sqlite3.Connection, text: str) -> Query:
    """Words of ``text`` in the normalized view (FTS syntax dropped), each widened to name spellings
    (remembered per store version: a much-quoted person has thousands of mentions to read)."""
    words: list[str] = []
    for w in _WORD.findall(_fold_cased(key(text or ""))):
        if w not in words:
            words.append(w)
    words = words[:MAX_TERMS]
    version = store_version(conn) if words else None
    return Query(text or "", [list(memo(conn, "name_variants", name_variants, w, version=version)) for w in words])


# ---------------------------------------------------------------- snippets

def hits(text: str, spellings: list[str], limit: int = 200) -> list[tuple[int, int]]:
    """Original-text spans where any spelling occurs (matched in the normalized view), merged."""
    if not text or not spellings:
        return []
    found = find_spans(text, spellings, limit)  # each span keeps its word's trailing diacritics
    found.sort()
    merged: list[tuple[int, int]] = []
    for a, b in found:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def segments(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> list[dict[str, Any]]:
    """``text[start:end]`` cut into ``{"text", "mark"}`` pieces, ``mark`` true inside ``spans``."""
    end = len(text) if end is None else end
    out: list[dict[str, Any]] = []
    pos = start
    for a, b in spans:
        a, b = max(a, start), min(b, end)
        if a >= b or a < pos:
            continue
        if a > pos:
            out.append({"text": text[pos:a], "mark": False})
        out.append({"text": text[a:b], "mark": True})
        pos = b
    if pos < end:
        out.append({"text": text[pos:end], "mark": False})
    return out


def _space_after(text: str, i: int) -> int:
    j = text.find(" ", i) if i < len(text) else -1
    return len(text) if j < 0 else j


def _hits_to_window(text: str, spellings: list[str], context: int) -> list[tuple[int, int]]:
    """:func:`hits` as far as a snippet needs them: up to ``context`` characters after the first.
    Long texts are searched piece by piece from the start (cut at spaces, which no hit spans):
    folding a whole 50,000-character article costs milliseconds, and a rare word often hits long ones.
    (The cap of 200 hits counts within the pieces searched.)"""
    if len(text) <= 2 * SNIPPET_PIECE:
        return hits(text, spellings)
    start = 0
    while start < len(text):
        end = _space_after(text, start + SNIPPET_PIECE)
        spans = hits(text[start:end], spellings)
        if spans:
            needed = _space_after(text, start + spans[0][1] + context)
            if needed > end:
                spans = hits(text[start:needed], spellings)
            return [(a + start, b + start) for a, b in spans]
        start = end
    return []


def snippet(text: str, spellings: list[str], context: int = SNIPPET_CONTEXT) -> list[dict[str, Any]]:
    """A window of the original ``text`` around its first hit, hits marked; the opening when none."""
    spans = _hits_to_window(text, spellings, context)
    first = spans[0][0] if spans else 0
    a = max(0, first - context)
    b = min(len(text), (spans[0][1] if spans else 0) + context)
    if a > 0:
        sp = text.find(" ", a, first)
        a = sp + 1 if sp >= 0 else a
    if b < len(text):
        sp = text.rfind(" ", b - context // 2, b)
        b = sp if sp > (spans[0][1] if spans else 0) else b
    segs = segments(text, spans, a, b)
    if a > 0:
        segs.insert(0, {"text": "… ", "mark": False})
    if b < len(text):
        segs.append({"text": " …", "mark": False})
    return segs


# ---------------------------------------------------------------- search

def ranked_window(table: str, weights: str) -> str:
    """SQL of ``table``'s RANK_WINDOW newest matches with their bm25 ``rank`` (parameters: match, window)."""
    return (f"SELECT rowid, bm25({table}, {weights}) AS rank FROM {table}"
            f" WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?")


def _ranked(table: str, weights: str) -> str:
    """SQL of one page of ``table``'s matches by bm25 among its RANK_WINDOW newest matches
    (parameters: match, window, limit, offset); one pass over the index."""
    return f"SELECT rowid, rank FROM ({ranked_window(table, weights)}) ORDER BY rank LIMIT ? OFFSET ?"


def rank_window(conn: sqlite3.Connection, table: str, match: str) -> tuple[int, int]:
    """Smallest rowid of the RANK_WINDOW newest matches of ``match`` in the FTS ``table`` (0: all of
    them) and how many matches that window holds, from one pass over the index."""
    rowids = [r[0] for r in conn.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?", (match, RANK_WINDOW))]
    return (rowids[-1] if len(rowids) == RANK_WINDOW else 0), len(rowids)


def search_statements(conn: sqlite3.Connection, query: Query, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Statements matching ``query``, best first, each with a highlighted snippet of its text."""
    match = query.statements_match()
    if match is None or not _has_table(conn, STATEMENTS_TABLE):
        return []
    rows = conn.execute(
        f"WITH top AS ({_ranked(STATEMENTS_TABLE, STATEMENT_WEIGHTS)})"
        " SELECT s.id, s.doc_id, s.kind, s.text, s.entity_id, e.name AS speaker_name, s.speaker_text,"
        " d.title, d.outlet, d.date, d.url, top.rank"
        " FROM top JOIN search_refs r ON r.rowid = top.rowid"
        " JOIN statements s ON s.id = r.ref JOIN documents d ON d.id = s.doc_id"
        " LEFT JOIN entities e ON e.id = s.entity_id ORDER BY top.rank",
        (match, RANK_WINDOW, limit, offset)).fetchall()
    spellings = query.spellings()
    return [{
        "id": r["id"], "doc_id": r["doc_id"], "kind": r["kind"], "text": r["text"],
        "speaker": None if r["entity_id"] is None else {"id": r["entity_id"], "name": r["speaker_name"]},
        "speaker_text": r["speaker_text"], "title": r["title"], "outlet": r["outlet"], "date": r["date"],
        "url": r["url"], "score": -r["rank"], "snippet": snippet(r["text"], spellings, context=200),
    } for r in rows]


def search_documents(conn: sqlite3.Connection, query: Query, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Articles matching ``query``, best first, with a highlighted title and a snippet of the body."""
    match = query.documents_match()
    if match is None or not has_index(conn):
        return []
    rows = conn.execute(
        f"WITH top AS ({_ranked('search_documents_fts', DOCUMENT_WEIGHTS)})"
        " SELECT d.id, d.title, d.outlet, d.date, d.url, d.text, top.rank"
        " FROM top JOIN search_refs r ON r.rowid = top.rowid JOIN documents d ON d.id = r.ref ORDER BY top.rank",
        (match, RANK_WINDOW, limit, offset)).fetchall()
    spellings = query.spellings()
    return [{
        "id": r["id"], "title": r["title"], "outlet": r["outlet"], "date": r["date"], "url": r["url"],
        "score": -r["rank"],
        "title_marked": segments(r["title"] or "", hits(r["title"] or "", spellings)),
        "snippet": snippet(r["text"], spellings),
    } for r in rows]


@lru_cache(maxsize=100_000)
def _name_forms(token: str) -> frozenset[str]:
    return frozenset([token, *clitic_forms(token)])


@lru_cache(maxsize=50_000)
def _entity_name_tokens(name: str) -> tuple[str, ...]:
    """Tokens of a stored entity name, kept across requests (the same speakers come up again and again)."""
    return tuple(name_tokens(name))


def _word_in_name(word: str, tokens: Iterable[str]) -> bool:
    """A query word matches a name token: same sound (foreign names), the token itself or without its
    proclitics, or (from PREFIX_MIN letters) its beginning."""
    for t in tokens:
        if word in _name_forms(t) or same_token(word, t):
            return True
        if len(word) >= PREFIX_MIN and t.startswith(word):
            return True
    return False


def search_speakers(conn: sqlite3.Connection, text: str, limit: int = 10) -> list[dict[str, Any]]:
    """Entities whose name matches ``text`` (a person's surname in any spelling, or any part of a
    name as written), most quoted first."""
    words = name_tokens(text or "")
    if not words or not _has_table(conn, "entity_keys"):
        return []
    cands: dict[int, str] = {}
    for w in words[:MAX_TERMS]:
        for eid, name in conn.execute(
            "SELECT e.id, e.name FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.block = ?"
            " LIMIT 50", (f"p:{sound_key(w)}",)):
            cands[eid] = name
        if len(w) >= TRIGRAM_MIN and _has_table(conn, "search_entities_fts"):
            for eid, name in conn.execute(
                "SELECT e.id, e.name FROM search_entities_fts f JOIN entities e ON e.id = f.rowid"
                " WHERE search_entities_fts MATCH ? LIMIT 50", (_quote(w),)):
                cands[eid] = name
    found = []
    for eid, name in cands.items():
        toks = _entity_name_tokens(name)
        if all(_word_in_name(w, toks) for w in words):
            found.append(eid)
    if not found:
        return []
    marks = ",".join("?" * len(found))
    rows = conn.execute(
        f"SELECT e.id, e.name, e.type, (SELECT COUNT(*) FROM statements s WHERE s.entity_id = e.id) AS statements"
        f" FROM entities e WHERE e.id IN ({marks}) ORDER BY statements DESC, e.name LIMIT ?", (*found, limit))
    return [dict(r) for r in rows]


# Article search runs beside the statement search on a connection of its own (SQLite lets go of
# the GIL while it steps): on two cores a query costs about the slower of the two, not their sum.
_BESIDE = ThreadPoolExecutor(max_workers=2, thread_name_prefix="qawl-search")


_READERS = threading.local()  # per search thread: {(path, file identity): read connection}, a few at most


def _reader(path: str) -> sqlite3.Connection:
    """This thread's read connection to the store at ``path`` (opening one and reading the schema
    costs about as much as a rare-word query)."""
    st = os.stat(path)  # a file replaced at the same path (even on a reused inode) gets a new connection
    k = (path, st.st_dev, st.st_ino, st.st_ctime_ns)
    conns: dict[tuple[str, int, int, int], sqlite3.Connection] = _READERS.__dict__.setdefault("conns", {})
    if k not in conns:
        for old in list(conns)[:-3]:
            conns.pop(old).close()
        conns[k] = connect(path, readonly=True)
        conns[k].execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES}")
    return conns[k]


def _documents_apart(path: str, query: Query, limit: int, offset: int) -> list[dict[str, Any]]:
    return search_documents(_reader(path), query, limit, offset)


def _file_of(conn: sqlite3.Connection) -> str:
    """The database file of ``conn`` ('' for an in-memory or temporary database)."""
    return conn.execute("PRAGMA database_list").fetchone()[2] or ""


def search(conn: sqlite3.Connection, text: str, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Everything ``/api/search`` answers: speakers, statements and documents for one query."""
    query = parse_query(conn, text)
    path = _file_of(conn) if query.documents_match() is not None and has_index(conn) else ""
    documents = _BESIDE.submit(_documents_apart, path, query, limit, offset) if path else None
    return {
        "query": text,
        "terms": query.terms,
        "speakers": search_speakers(conn, text) if offset == 0 else [],
        "statements": search_statements(conn, query, limit, offset),
        "documents": documents.result() if documents else search_documents(conn, query, limit, offset),
    }
