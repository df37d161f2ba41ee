"""LSH buckets kept in the store (logs ``link_bands_log`` / ``reuse_bands_log``, held in memory as a
sorted index once read), grown one batch at a time, with a cap per bucket; and the linking schema
with its recorded MinHash parameters."""
from __future__ import annotations

import secrets
import sqlite3
from collections import Counter
from itertools import chain, repeat
from importlib import resources

import numpy as np

from qawl.link import params
from qawl.link.sketch import has_bits, set_bits

_PARAMS = {"link_num_perm": params.NUM_PERM, "link_bands": params.BANDS, "link_rows": params.ROWS,
           "link_seed": params.SEED, "link_window": params.WINDOW, "link_stride": params.STRIDE,
           "link_doc_window": params.DOC_WINDOW, "link_doc_stride": params.DOC_STRIDE,
           "link_doc_bands": params.DOC_BANDS, "link_doc_rows": params.DOC_ROWS,
           "link_format": params.FORMAT}


class ParamsMismatch(RuntimeError):
    pass


def _statements(sql: str) -> list[str]:
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def ensure_schema(conn: sqlite3.Connection, *, check: bool = True) -> None:
    """Create the linking tables and record (or check) the signature parameters in ``meta``.

    Statements run one by one with ``execute`` (never ``executescript``, which commits): ingest runs
    this step inside the transaction that also clears its pending markers."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reuse_texts'").fetchone() is None:
        for statement in _statements(resources.files("qawl.link").joinpath("schema.sql").read_text(encoding="utf-8")):
            conn.execute(statement)
    _drop_unused_indexes(conn)
    if not check:
        return
    stored = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'link_%'").fetchall())
    if stored and "link_format" not in stored:
        stored["link_format"] = "1"  # links made before the format was recorded
    for name, value in _PARAMS.items():
        if name in stored and stored[name] != str(value):
            raise ParamsMismatch(
                f"this store's links were made with {name}={stored[name]}, this qawl uses {value};"
                " signatures do not compare: rebuild with `qawl relink`")
    conn.executemany("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", [(k, str(v)) for k, v in _PARAMS.items()])
    # Bucket lookups hit the band tables at random: a larger page cache keeps them in memory.
    conn.execute(f"PRAGMA cache_size = -{params.CACHE_MB * 1024}")


# Indexes of stores made by earlier versions that no query needs any more (each costs pages at every commit).
_UNUSED_INDEXES = ("link_statements_doc",)


def _drop_unused_indexes(conn: sqlite3.Connection) -> None:
    marks = ",".join("?" * len(_UNUSED_INDEXES))
    for (name,) in conn.execute(f"SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ({marks})",
                                _UNUSED_INDEXES).fetchall():
        conn.execute(f"DROP INDEX {name}")


# A band index's key filter is made again, larger, when it would have fewer than
# FILTER_MIN_BITS_PER_KEY bits a (key, item) row held (then about a fifth of its bits are set, and a
# fifth of the absent keys get through), with the power of two that gives FILTER_BITS_PER_KEY or
# more: 0.5–1.5 bytes a row, against the index's 12 (4 MB each for both indexes at 50k articles).
FILTER_MIN_BITS_PER_KEY = 4
FILTER_BITS_PER_KEY = 6
FILTER_MIN_BITS = 20
FILTER_CHUNK = 1 << 18


class KeyFilter:
    """A bit per value of a key's low bits, set for every key held: a key whose bit is clear is not
    held (no false negatives), so most looked-up keys (which are in no bucket) are dropped in one
    array operation before the binary searches. Band keys are hashes: their low bits are uniform."""

    def __init__(self, bits: int) -> None:
        self.bits = bits
        self.table = np.zeros(1 << (bits - 3), dtype=np.uint8)
        self.held = 0

    def add(self, keys: np.ndarray) -> None:
        for c in range(0, len(keys), FILTER_CHUNK):  # in parts: a whole index's temporaries would be ~100 MB
            pos = keys[c : c + FILTER_CHUNK] & np.int64((1 << self.bits) - 1)
            set_bits(self.table, pos)
        self.held += len(keys)

    def may_hold(self, keys: np.ndarray) -> np.ndarray:
        return has_bits(self.table, keys & np.int64((1 << self.bits) - 1))


class BandIndex:
    """Every row of one band table in memory, as sorted segments of (key, item) arrays that merge as
    they grow (so adding a batch costs about its own size, and a lookup a few binary searches, for
    the keys its filter lets through)."""

    def __init__(self) -> None:
        self.segments: list[tuple[np.ndarray, np.ndarray]] = []
        self.last: tuple | None = None  # (id, token) of the newest log row it holds
        self.attached: dict = {}  # caches of what the store holds, valid as long as this index is
        self.filter = KeyFilter(FILTER_MIN_BITS)

    def _filter_add(self, keys: np.ndarray) -> None:
        """Note ``keys`` (about to be added to the segments) in the filter, made again from every
        key held when it would be too full."""
        if (self.filter.held + len(keys)) * FILTER_MIN_BITS_PER_KEY > (1 << self.filter.bits):
            held = sum(len(k) for k, _ in self.segments) + len(keys)
            self.filter = KeyFilter(max(FILTER_MIN_BITS, (held * FILTER_BITS_PER_KEY - 1).bit_length()))
            for k, _ in self.segments:
                self.filter.add(k)
        self.filter.add(keys)

    def add(self, keys: np.ndarray, items: np.ndarray) -> None:
        if len(items) and int(items.min()) >= 0 and int(items.max()) < 2**31:
            items = items.astype(np.int32)  # item numbers in 4 bytes, not 8: a third less index
        self._filter_add(keys)  # before the sorted copies are made: its temporaries stay under add's peak
        order = np.argsort(keys, kind="stable")
        self.segments.append((keys[order], items[order]))
        # The newest segment absorbs the one before it while that is at most twice its size so far;
        # all those are merged at once (one stable sort of their runs), not one after the other.
        merged, size = 1, len(self.segments[-1][0])
        while merged < len(self.segments) and len(self.segments[-merged - 1][0]) <= 2 * size:
            merged += 1
            size += len(self.segments[-merged][0])
        if merged > 1:
            k = np.concatenate([k for k, _ in self.segments[-merged:]])
            i = np.concatenate([i for _, i in self.segments[-merged:]])
            order = np.argsort(k, kind="stable")
            self.segments[-merged:] = [(k[order], i[order])]

    def lookup(self, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The (key, item) rows whose key is in ``wanted`` (sorted, distinct)."""
        hit_keys, hit_items = [], []
        wanted = wanted[self.filter.may_hold(wanted)]
        for keys, items in self.segments:
            lo = np.searchsorted(keys, wanted, "left")
            # Most wanted keys are in no bucket: only those found are searched for their end.
            found = np.flatnonzero(keys[np.minimum(lo, len(keys) - 1)] == wanted)
            if not len(found):
                continue
            lo = lo[found]
            hi = np.searchsorted(keys, wanted[found], "right")
            counts = hi - lo
            total = int(counts.sum())
            if not total:
                continue
            firsts = np.repeat(lo - np.cumsum(counts) + counts, counts)
            at = firsts + np.arange(total)
            hit_keys.append(keys[at])
            hit_items.append(items[at])
        if not hit_keys:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        return np.concatenate(hit_keys), np.concatenate(hit_items)


# Band indexes of the stores this process has opened: (database file, table) → index. A store
# written elsewhere since (or a rolled-back batch) is noticed by its newest log row and re-read.
_INDEXES: dict[tuple[str, str], BandIndex] = {}
_KEEP_INDEXES = 4


def _index(conn: sqlite3.Connection, table: str) -> BandIndex:
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    last = conn.execute(f"SELECT id, token FROM {table}_log ORDER BY id DESC LIMIT 1").fetchone()
    last = tuple(last) if last else None
    index = _INDEXES.get((path, table)) if path else None
    if index is None or index.last != last:
        index = BandIndex()
        keys, items = [], []
        for k, i in conn.execute(f"SELECT keys, items FROM {table}_log ORDER BY id"):
            keys.append(np.frombuffer(k, dtype=np.int64))
            items.append(np.frombuffer(i, dtype=np.int64))
        if keys:
            index.add(np.concatenate(keys), np.concatenate(items))
        index.last = last
        if path:
            if len(_INDEXES) >= _KEEP_INDEXES:
                _INDEXES.pop(next(iter(_INDEXES)))
            _INDEXES[(path, table)] = index
    return index


def drop_caches(conn: sqlite3.Connection) -> None:
    """Forget what the band indexes of this store remember about stored items (``attached``): called
    when linking forgets documents (re-ingest), whose statements and clusters those caches hold."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    for (p, _), index in _INDEXES.items():
        if p == path:
            index.attached.clear()


def band_rows(conn: sqlite3.Connection, table: str) -> list[tuple[int, int]]:
    """Every (key, item) row of a band table (``link_bands`` or ``reuse_bands``), for inspection."""
    out: list[tuple[int, int]] = []
    for k, i in conn.execute(f"SELECT keys, items FROM {table}_log ORDER BY id"):
        out += zip(np.frombuffer(k, dtype=np.int64).tolist(), np.frombuffer(i, dtype=np.int64).tolist())
    return out


def _cut(values: np.ndarray, owner: np.ndarray, n: int) -> list[list[int]]:
    """``values`` (grouped by ``owner``, ascending) as one list per owner 0 … n-1."""
    ends = np.cumsum(np.bincount(owner, minlength=n)).tolist()
    flat = values.tolist()
    return [flat[a:b] for a, b in zip([0] + ends[:-1], ends)]


def _member(values: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Which of ``values`` are in ``sorted_keys`` (sorted, distinct)."""
    if not len(sorted_keys):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, values), len(sorted_keys) - 1)
    return sorted_keys[at] == values


class _BatchKeys:
    """The band keys of a batch's new items (``keys[o]``: those of item o), sorted once: its
    distinct keys, how many items have each, and its distinct (key, item) pairs."""

    def __init__(self, keys: list[np.ndarray]) -> None:
        self.n = len(keys)
        lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
        self.flat = np.concatenate(keys)
        self.owner = np.repeat(np.arange(len(keys), dtype=np.int64), lengths)
        self.order = np.lexsort((self.owner, self.flat))
        k_sorted, o_sorted = self.flat[self.order], self.owner[self.order]
        starts = np.ones(len(k_sorted), dtype=bool)  # the first row of each distinct key
        starts[1:] = k_sorted[1:] != k_sorted[:-1]
        self.distinct = k_sorted[starts]
        self.key_at = np.cumsum(starts) - 1  # sorted row → its distinct key
        first = starts.copy()  # the first row of each distinct (key, owner) pair
        first[1:] |= o_sorted[1:] != o_sorted[:-1]
        self.pair_key, self.pair_owner = self.key_at[first], o_sorted[first]
        self.owners = np.bincount(self.pair_key, minlength=len(self.distinct))

    def in_flat_order(self, by_key: np.ndarray) -> np.ndarray:
        """A flag per distinct key, as a flag per row of ``flat``."""
        out = np.empty(len(self.flat), dtype=bool)
        out[self.order] = by_key[self.key_at]
        return out


class Buckets:
    """The capped buckets of one band table touched by a batch, loaded once, grown in memory, then
    written back (``flush``). The table is a log of (key, item) arrays, one row per batch, read into
    a :class:`BandIndex` once per process: its lookups and additions are array operations, and its
    cost does not grow with a B-tree of millions of random keys."""

    def __init__(self, conn: sqlite3.Connection, table: str, cap: int = params.BUCKET_CAP):
        self.conn, self.table, self.cap = conn, table, cap
        self.index = _index(conn, table)
        self.items: dict[int, list[int]] = {}
        self.new_rows: list[tuple[int, int]] = []
        self.lone_rows: list[np.ndarray] = []  # (key, item) rows of keys no other item has (busy_keys)
        self.held: tuple[np.ndarray, np.ndarray] | None = None  # see ``_load_distinct``

    def load(self, keys: np.ndarray) -> None:
        self._load_distinct(np.unique(keys.ravel()))

    def _load_distinct(self, wanted: np.ndarray) -> None:
        """``load`` of the sorted distinct keys ``wanted``."""
        fresh = not self.items
        if not fresh:
            wanted = wanted[~np.isin(wanted, np.fromiter(self.items, dtype=np.int64, count=len(self.items)))]
        hit_keys, hit_items = self.index.lookup(wanted)
        if not len(hit_keys):
            self.held = (hit_keys, hit_keys) if fresh else None
            return
        order = np.lexsort((hit_items, hit_keys))  # by key, then item (the first ``cap`` items are kept)
        hit_keys, hit_items = hit_keys[order], hit_items[order]
        starts = np.flatnonzero(np.r_[True, hit_keys[1:] != hit_keys[:-1]])
        counts = np.r_[starts[1:], len(hit_keys)] - starts
        ends = starts + np.minimum(counts, self.cap)
        flat = hit_items.tolist()
        held = hit_keys[starts]
        self.items.update(zip(held.tolist(), [flat[a:b] for a, b in zip(starts.tolist(), ends.tolist())]))
        # The keys whose bucket holds something, and those that are full, sorted (for ``busy_keys``),
        # as long as no bucket has changed since.
        self.held = (held, held[counts >= self.cap]) if fresh else None

    def _held(self) -> tuple[np.ndarray, np.ndarray]:
        """The sorted keys whose bucket holds an item, and those whose bucket is full."""
        if self.held is not None:
            return self.held
        loaded = np.fromiter((k for k, bucket in self.items.items() if bucket), dtype=np.int64)
        full = np.fromiter((k for k, bucket in self.items.items() if len(bucket) >= self.cap), dtype=np.int64)
        return np.sort(loaded), np.sort(full)

    def busy_keys(self, items: list[int], keys: list[np.ndarray]) -> list[tuple[list[int], list[int]]]:
        """For a batch of new ``items`` (to be looked up, then added, in this order), the keys that
        matter: those whose bucket holds something, or that another item of the batch also has —
        to look up, and (unless the bucket is already full) to add to. A key only one new item has,
        in an empty bucket, gives no candidates: its row is written at once, and the item's lookups
        and additions skip it (most keys are such)."""
        return self._busy(items, _BatchKeys(keys)) if keys else []

    def load_batch(self, items: list[int], keys: list[np.ndarray]) -> list[tuple[list[int], list[int]]]:
        """``load`` of every key of ``keys``, then ``busy_keys(items, keys)``: the batch's keys are
        sorted once for both."""
        if not keys:
            self.load(np.empty(0, dtype=np.int64))
            return []
        batch = _BatchKeys(keys)
        self._load_distinct(batch.distinct)
        return self._busy(items, batch)

    def _busy(self, items: list[int], batch: _BatchKeys) -> list[tuple[list[int], list[int]]]:
        loaded, full = self._held()
        in_bucket = _member(batch.distinct, loaded)
        busy = (batch.owners > 1) | in_bucket  # by distinct key
        pair_busy = busy[batch.pair_key]
        lone = ~pair_busy
        self.lone_rows.append(np.stack([batch.distinct[batch.pair_key[lone]],
                                        np.asarray(items, dtype=np.int64)[batch.pair_owner[lone]]], axis=1))
        keep = batch.in_flat_order(busy)
        busy_flat, busy_owner = batch.flat[keep], batch.owner[keep]
        look = _cut(busy_flat, busy_owner, batch.n)
        if not len(full):
            return [(q, q) for q in look]
        open_ = ~batch.in_flat_order(_member(batch.distinct, full))[keep]  # full buckets take no more items
        return list(zip(look, _cut(busy_flat[open_], busy_owner[open_], batch.n)))

    def candidates(self, keys: list[int], limit: int = params.MAX_CANDIDATES) -> list[int]:
        """Items sharing a bucket with any of ``keys``: at most ``limit``, those sharing the most buckets
        first (then the earliest). The limit keeps the work per new item constant as the store grows."""
        found = list(chain.from_iterable(map(self.items.get, keys, repeat(()))))
        if len(found) > 256:  # counted in NumPy: the same order as below, in C
            uniq, first, counts = np.unique(np.array(found, dtype=np.int64), return_index=True, return_counts=True)
            if len(uniq) <= limit:
                return uniq[np.argsort(first)].tolist()
            return uniq[np.lexsort((uniq, -counts))[:limit]].tolist()
        distinct = dict.fromkeys(found)  # in order of first appearance; counted only when too many
        if len(distinct) <= limit:
            return list(distinct)
        shared = Counter(found)
        return sorted(shared, key=lambda i: (-shared[i], i))[:limit]

    def add(self, item: int, keys: list[int]) -> None:
        self.held = None
        items, rows, cap = self.items, self.new_rows, self.cap
        for k in set(keys):
            bucket = items.get(k)
            if bucket is None:
                items[k] = [item]
                rows.append((k, item))
            elif len(bucket) < cap:
                bucket.append(item)
                rows.append((k, item))

    def flush(self) -> None:
        """Write this batch's new rows as one log row. A row is written even when there are none:
        the newest row tells other processes that the store's links changed (see ``_index``)."""
        parts = self.lone_rows + ([np.array(self.new_rows, dtype=np.int64)] if self.new_rows else [])
        pairs = np.concatenate(parts) if parts else np.empty((0, 2), dtype=np.int64)
        keys, items = np.ascontiguousarray(pairs[:, 0]), np.ascontiguousarray(pairs[:, 1])
        token = secrets.randbits(62)
        cur = self.conn.execute(f"INSERT INTO {self.table}_log(token, keys, items) VALUES (?, ?, ?)",
                                (token, keys.tobytes(), items.tobytes()))
        if self.index.last is None or self.index.last[0] < cur.lastrowid:
            if len(keys):
                self.index.add(keys, items)
            self.index.last = (cur.lastrowid, token)
        self.new_rows, self.lone_rows = [], []
