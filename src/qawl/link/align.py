"""Aligning two stem sequences: the blocks of stems they share, found from k-stem anchors and
extended greedily (order-free, so swapped sentences and merged answers still align), and what
share of each side's informative stems those blocks cover.

This is the verification behind both statement clusters and document reuse; it runs in time linear
in the two lengths (each anchor keeps at most 16 places, see ``Stems.grams``).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress

import numpy as np

from qawl.link import params
from qawl.link.shingles import Stems
from qawl.link.stem import is_number_stem, ordinal_stems, slot_alternatives

@dataclass(slots=True)
class Block:
    i: int  # start in a
    j: int  # start in b
    size: int


def blocks(a: Stems, b: Stems, k: int = 2, min_size: int = 2) -> list[Block]:
    """Shared runs of at least ``min_size`` stems, in the order of ``a``: from each place of ``a``
    whose anchor (k stems) occurs in ``b``, the longest run from one of the anchor's first 16 places
    in ``b``; the next search starts after the run."""
    if len(a.stems) < k or len(b.stems) < k:
        return []
    ca, cb = a.codes(k), b.codes(k)
    if ca is None or cb is None:
        return _blocks_slow(a, b, k, min_size)
    # Only the anchors both sides have are looked at; where each occurs in b (its first 16 places)
    # is read off b's anchors sorted once (stable: places ascending).
    order = np.argsort(cb, kind="stable")
    sorted_b = cb[order]
    lo = np.searchsorted(sorted_b, ca, "left")
    at_a = np.flatnonzero(sorted_b[np.minimum(lo, len(sorted_b) - 1)] == ca)
    if not len(at_a):
        return []
    # Only the anchors found are searched for their end, and converted to lists (with the stems
    # themselves, equal exactly when their codes are), not every code of both sides.
    lo = lo[at_a]
    hi = np.searchsorted(sorted_b, ca[at_a], "right")
    lo_a, hi_a, order_b = lo.tolist(), np.minimum(hi, lo + 16).tolist(), order.tolist()
    sa, sb = _same_kind(a.stems, b.stems)
    return _greedy_blocks(sa, sb, at_a.tolist(), lambda n: order_b[lo_a[n] : hi_a[n]], k, min_size)


def _same_kind(sa: Sequence[str], sb: Sequence[str]) -> tuple[Sequence[str], Sequence[str]]:
    """``sa`` and ``sb`` as sequences of one type (a list slice never equals a tuple slice)."""
    if type(sa) is type(sb):
        return sa, sb
    return list(sa), list(sb)


def _greedy_blocks(sa: Sequence, sb: Sequence, starts: list[int], places_at, k: int, min_size: int) -> list[Block]:
    """Left to right over ``starts`` (increasing positions in ``sa`` whose k-gram occurs in ``sb``),
    the longest run from each start not inside an earlier block; runs of ``min_size`` or more are
    kept. ``places_at(n)`` gives the positions in ``sb`` to try for ``starts[n]``."""
    out = []
    i = 0
    for n, start in enumerate(starts):
        if start < i:
            continue
        best, best_j = _longest(sa, sb, start, places_at(n), k)
        if best >= min_size:
            out.append(Block(start, best_j, best))
            i = start + best
        else:
            i = start + 1
    return out


def _longest(sa: Sequence, sb: Sequence, i: int, places: list[int], k: int) -> tuple[int, int]:
    """(length, start in ``sb``) of the longest common run starting at ``sa[i]`` and at one of
    ``places`` in ``sb``, whose first ``k`` items are known to match; the first place wins ties."""
    best, best_j = 0, -1
    for j in places:
        n = min(len(sa) - i, len(sb) - j)
        size = k
        # Long runs (copied passages) are compared 32 items at a time, as list slices (in C).
        while size + 32 <= n and sa[i + size : i + size + 32] == sb[j + size : j + size + 32]:
            size += 32
        while size < n and sa[i + size] == sb[j + size]:
            size += 1
        if size > best:
            best, best_j = size, j
    return best, best_j


def _blocks_slow(a: Stems, b: Stems, k: int, min_size: int) -> list[Block]:
    """``blocks`` on the k-stem tuples themselves (when the stem numbering of this process is full)."""
    seq_a, _ = a.grams(k)
    _, where = b.grams(k)
    starts = [i for i, gram in enumerate(seq_a) if where.get(gram)]
    sa, sb = _same_kind(a.stems, b.stems)
    return _greedy_blocks(sa, sb, starts, lambda n: where[seq_a[starts[n]]], k, min_size)


@dataclass(slots=True)
class Match:
    matched_a: int  # informative stems of a inside shared blocks
    matched_b: int
    share_a: float  # … as a share of a's informative stems
    share_b: float
    dense_a: float = 0.0  # … as a share of a's informative stems from its first block to its last
    dense_b: float = 0.0
    blocks: list[Block] = field(default_factory=list, repr=False)  # the shared blocks, in a's order


def compare(a: Stems, b: Stems) -> Match:
    blks = blocks(a, b)
    # a's blocks never overlap (each search starts after the last block); b's may.
    ma = sum(sum(a.info[x.i : x.i + x.size]) for x in blks)
    covered_b = bytearray(len(b.stems))
    for x in blks:
        covered_b[x.j : x.j + x.size] = b"\x01" * x.size
    mb = sum(compress(b.info, covered_b))
    na, nb = a.n_info, b.n_info
    if not blks:
        return Match(ma, mb, ma / na if na else 0.0, mb / nb if nb else 0.0)
    # the passage each side's blocks span: in a, from the first block to the last; in b, likewise
    # (b's blocks may come in another order)
    span_a = sum(a.info[blks[0].i : blks[-1].i + blks[-1].size])
    span_b = sum(b.info[min(x.j for x in blks) : max(x.j + x.size for x in blks)])
    return Match(ma, mb, ma / na if na else 0.0, mb / nb if nb else 0.0,
                 ma / span_a if span_a else 0.0, mb / span_b if span_b else 0.0, blks)


def another_statement(m: Match, a: Stems, b: Stems) -> bool:
    """Whether slots that say different things (``slot_conflicts``) make two aligned texts two
    statements: several do (a periodic report with this week's figures), and so does one in a
    rewrite; one in a copy (``params.SLOT_COPY_SHARE`` of both sides aligned) is one statement
    miscopied, which its cluster card shows as a change ("خلال 24 ساعة" / "خلال 48 ساعة" in an
    otherwise identical report). Asked only of texts that link otherwise: it costs a pass over the
    blocks' gaps."""
    conflicts = slot_conflicts(a, b, m.blocks)
    return conflicts > 1 or (conflicts == 1 and min(m.share_a, m.share_b) < params.SLOT_COPY_SHARE)


def slot_conflicts(a: Stems, b: Stems, blks: list[Block]) -> int:
    """How many slots say different things on the two sides: a slot is the gap between two blocks
    that follow each other on both sides, or the stems just before the first block or just after the
    last (at most ``params.SLOT_GAP`` stems on each side). They differ when each gives a distinctive
    figure (``distinctive_figure``) the other side lacks ("العجز الكلي إلى 6.2% من الناتج" / "العجز
    الكلي إلى 6.8 بالمئة من الناتج"), or words of one group of alternatives and no alternative in
    common ("قبل نهاية العام المقبل" / "في منتصف العام المقبل", ``stem.slot_alternatives``)."""
    if not blks:
        return 0
    n = 0
    for gap_a, gap_b in _slots(a, b, blks):
        if 0 < len(gap_a) <= params.SLOT_GAP and 0 < len(gap_b) <= params.SLOT_GAP \
                and (_figures_differ(gap_a, gap_b, a, b) or _alternatives_differ(gap_a, gap_b)):
            n += 1
    return n


def _slots(a: Stems, b: Stems, blks: list[Block]):
    """The (a, b) gaps between blocks in the same order on both sides, then the stems before the
    first block and after the last (of a's order) on each side, ``params.SLOT_GAP`` at most."""
    for x, y in zip(blks, blks[1:]):
        if y.j >= x.j + x.size:
            yield a.stems[x.i + x.size : y.i], b.stems[x.j + x.size : y.j]
    first, last, reach = blks[0], blks[-1], params.SLOT_GAP
    yield a.stems[max(0, first.i - reach) : first.i], b.stems[max(0, first.j - reach) : first.j]
    yield a.stems[last.i + last.size : last.i + last.size + reach], b.stems[last.j + last.size : last.j + last.size + reach]


def _figures_differ(gap_a: Sequence[str], gap_b: Sequence[str], a: Stems, b: Stems) -> bool:
    """Whether each gap gives one figure the other side lacks, and the two differ by more than a
    rounding or a slip of a digit ("712" / "713", "نحو 20" / "21": ``params.SLOT_FIGURE_TOLERANCE``)
    and less than a scale word left out ("750 دولار" / "750 مليون دولار": ``params.SLOT_FIGURE_RATIO``)."""
    x, y = _one_figure(gap_a), _one_figure(gap_b)
    if x is None or y is None or x in b.stems or y in a.stems:
        return False
    low, high = sorted((float(x), float(y)))
    return high - low > params.SLOT_FIGURE_TOLERANCE * high and high <= params.SLOT_FIGURE_RATIO * low


def figures_disagree(a: Stems, b: Stems, *, small: bool = False) -> bool:
    """Whether both texts give distinctive figures (``distinctive_figure``) and none of either is
    near one of the other's (``params.FIGURES_AGREE``): "وإصابة 46 آخرين" / "وإصابة 27 آخرين" are
    two counts, two statements, whatever else they share. With ``small``, counts of 2 to 9 count
    too, for the passes whose evidence is weak (order, a few shared words): "فقد 23 مقاتلا" / "خسر 7
    عناصر"."""
    figure = _count if small else distinctive_figure
    mine = [float(s) for s in set(a.stems) if figure(s)]
    theirs = [float(s) for s in set(b.stems) if figure(s)]
    if not mine or not theirs:
        return False
    return not any(abs(x - y) <= params.FIGURES_AGREE * max(x, y) for x in mine for y in theirs)


def _count(stem: str) -> bool:
    """A distinctive figure, or a whole count from 2 to 9 (a figure "1" is as often "a" or "one of",
    and "10" the "عشر" of an ordinal: "اليوم الثامن عشر" reads "ثامن 10")."""
    return distinctive_figure(stem) or stem in _SMALL_COUNTS


_SMALL_COUNTS = frozenset(str(n) for n in range(2, 10))


def _one_figure(gap: Sequence[str]) -> str | None:
    """The gap's figure, when it holds one distinctive figure and no other number word: two figures
    ("5, 3 مليار") or an ordinal ("الثامنة والخمسين": "ثامن 50") are a reading not to trust."""
    numbers = [s for s in gap if is_number_stem(s) or s in ordinal_stems()]
    return numbers[0] if len(numbers) == 1 and distinctive_figure(numbers[0]) else None


def _alternatives_differ(gap_a: Sequence[str], gap_b: Sequence[str]) -> bool:
    table = slot_alternatives()
    said_a = {table[s] for s in gap_a if s in table}
    said_b = {table[s] for s in gap_b if s in table}
    groups_a = {group for group, _ in said_a}
    return not said_a & said_b and any(group in groups_a for group, _ in said_b)


def window_share(small: Stems, big: Stems, width: float, at_least: float = 0.0) -> float:
    """The largest share of ``small``'s distinct informative stems that one stretch of ``big``
    holds, in any order (a stretch ``width`` times as long as ``small``); 0.0 when some figure of
    ``small`` (a digit stem) is missing from that stretch, or when the share cannot reach
    ``at_least``. The measure of a paraphrase inside a long answer: "الطلب على الكهرباء قفز هذا
    الصيف 15%" keeps the words of "والطلب ارتفع هذا الصيف بنسبة خمسة عشر في المئة" but few runs of two."""
    wanted = set(compress(small.stems, small.info))
    if not wanted or len(wanted & set(compress(big.stems, big.info))) < at_least * len(wanted):
        return 0.0  # not even all of big holds enough of them
    size = max(round(len(small.stems) * width), len(small.stems))
    in_big = [s if keep and s in wanted else None for s, keep in zip(big.stems, big.info)]
    counts: dict[str, int] = {}
    best, best_end = 0, 0
    for end, s in enumerate(in_big, 1):  # a window sliding over big: stems entering and leaving
        if s is not None:
            counts[s] = counts.get(s, 0) + 1
        if end > size and (gone := in_big[end - size - 1]) is not None:
            counts[gone] -= 1
            if not counts[gone]:
                del counts[gone]
        if len(counts) > best:
            best, best_end = len(counts), end
    held = {s for s in in_big[max(0, best_end - size) : best_end] if s is not None}
    if any(s[:1].isdigit() and s not in held for s in wanted):
        return 0.0
    return best / len(wanted)


def figure_anchors(st: Stems) -> dict[str, set[str]]:
    """Its distinctive figures (``distinctive_figure``), each with the informative stem after it,
    the thing it counts or measures: "سجلنا 234 حالة" gives {"234": {"حال"}}. (With the stem before
    it too, "ارسال 40 مدربا" and "سترسل أربعين جنديا مسعفا" were one figure in a 20,000-article
    relink.)"""
    words = list(compress(st.stems, st.info))
    out: dict[str, set[str]] = {}
    for k, s in enumerate(words):
        if distinctive_figure(s):
            counted = out.setdefault(s, set())
            if k + 1 < len(words) and not words[k + 1][:1].isdigit():
                counted.add(words[k + 1])
    return out


def distinctive_figure(stem: str) -> bool:
    """Whether a stem is a figure that two statements rarely share by chance: a single value with a
    fraction ("5.8") or above 10 that is not a year (not a range or vague amount, "20-99"; not 3 or
    10, said of anything)."""
    if not stem[:1].isdigit() or "-" in stem:
        return False
    try:
        value = float(stem)
    except ValueError:
        return False
    if not value.is_integer():
        return True
    return value > 10 and not 1900 <= value <= 2100
