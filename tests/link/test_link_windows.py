"""The windows of many texts listed at once are those listed text by text (``window_starts``)."""
import random

import numpy as np

from qawl.link.minhash import _windows_at_once, _windows_one_by_one


def test_windows_at_once_equal_windows_one_by_one():
    rng = random.Random(4)
    for _ in range(500):
        groups = [(rng.randint(0, 6), 20, 10, 12, 2), (rng.randint(1, 4), 30, 15, 8, 3)]
        lengths = [rng.choice([0, 1, 2, 3, 19, 20, 21, 29, 30, 31, 40, 45, 46, rng.randint(0, 400)])
                   for _ in range(sum(g[0] for g in groups))]
        edges, owner = _windows_one_by_one(groups, lengths)
        at_once = _windows_at_once(groups, np.asarray(lengths, dtype=np.intp))
        assert edges.tolist() == at_once[0].tolist() and owner.tolist() == at_once[1].tolist()
