"""The analysis of a document must not depend on the interpreter's string hash seed (set order):
the Spark job and the worker processes each run with their own seed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

# Two interview words in the opening, each followed by a different person.
OPENING_WITH_TWO_INTERVIEW_WORDS = """أجرت صحيفة المساء لقاء مع الوزير سامي خليل، ثم مقابلة مع المحامية هدى سالم حول قانون العمل.
1- هل يحمي القانون الجديد العمال المؤقتين؟
نعم، يمنحهم القانون عقوداً مكتوبة وتأميناً صحياً لأول مرة منذ عشرين عاماً.
2- متى يبدأ تطبيقه؟
يبدأ التطبيق مطلع العام المقبل بعد صدور اللوائح التنفيذية.
"""

SCRIPT = """
import sys
from qawl.doc import Document
from qawl.pipeline import analyze
doc = analyze(Document("t", sys.stdin.read()))
print([(s.label, doc.entities.get(s.attrs.get("speaker"), {}).get("name")) for s in doc.layer("statements")])
"""


def _speakers(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", SCRIPT], input=OPENING_WITH_TWO_INTERVIEW_WORDS, env=env,
                         capture_output=True, text=True, check=True)
    return out.stdout


def test_interviewee_does_not_depend_on_the_hash_seed():
    results = {_speakers(seed) for seed in range(6)}
    assert len(results) == 1
    assert "interview" in results.pop()
