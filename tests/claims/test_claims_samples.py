"""The claims stage over the three real articles of ../shared/samples (read at test time, never
copied). Every expected figure below was checked by reading the article."""
from pathlib import Path

import pytest

from qawl.doc import Document
from qawl.pipeline import analyze

SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples"

pytestmark = pytest.mark.corpus


def _claims(name_prefix: str, date: str = "2020-03-04") -> list[tuple[str, str, dict]]:
    path = next(SAMPLES.glob(f"{name_prefix}_*.txt"))
    doc = Document(id=path.stem, text=path.read_text(encoding="utf-8"), date=date)
    analyze(doc)
    return [(doc.span_text(c), c.label, c.attrs) for c in doc.layer("claims")]


def _find(claims, text):
    hits = [a for t, _, a in claims if t == text]
    assert hits, f"{text!r} not among {[t for t, _, _ in claims]}"
    return hits[0]


def test_interview_with_numbered_questions():
    claims = _claims("000")
    assert (_find(claims, "23")["value"], _find(claims, "23")["object"]) == (23, "عنصر من عناصر داعش")
    thousands = _find(claims, "الآلاف")
    assert (thousands["value"], thousands["object"], thousands["vague"]) == ([2000, 9999], "معتقلي داعش", True)
    texts = [t for t, _, _ in claims]
    # question numbers ("1-") and the outlet name ديرالزور24 are no figures
    assert not any(t in ("1", "2", "24") for t in texts)


def test_report_with_figures_and_dates():
    claims = _claims("001")
    a = _find(claims, "حوالي 43 مليار دولار")
    assert (a["value"], a["unit"], a["qualifier"]) == (43_000_000_000, "USD", "approx")
    a = _find(claims, "قرابة 10 آلاف")
    assert (a["value"], a["qualifier"], a["object"]) == (10_000, "approx", "خلية نائمة")
    a = _find(claims, "حوالي 10 آلاف")
    assert (a["value"], a["qualifier"], a["object"]) == (10_000, "approx", "مقاتلي التنظيم المعتقلين")
    a = _find(claims, "110 آلاف كيلومتر مربع")
    assert (a["value"], a["unit"]) == (110_000, "km2")
    assert _find(claims, "7 ملايين")["value"] == 7_000_000
    assert (_find(claims, "99.9%")["value"], _find(claims, "99.9%")["unit"]) == (99.9, "%")
    assert (_find(claims, "20 عاماً")["value"], _find(claims, "20 عاماً")["unit"]) == (20, "year")
    assert _find(claims, "الـ 10 من ايلول 2014")["value"] == "2014-09-10"
    assert _find(claims, "مارس 2019")["value"] == "2019-03"


def test_tv_interview():
    claims = _claims("003")
    assert _find(claims, "4 آذار 2020")["value"] == "2020-03-04"
    a = _find(claims, "أكثر من أحد عشر ألف")
    assert (a["value"], a["qualifier"], a["object"]) == (11_000, "more_than", "ضحية")
    a = _find(claims, "نحو اثني عشر شهراً")
    assert (a["value"], a["qualifier"], a["unit"]) == (12, "approx", "month")
    a = _find(claims, "أكثر من عشرة مليارات دولار")
    assert (a["value"], a["unit"], a["qualifier"]) == (10_000_000_000, "USD", "more_than")
    assert _find(claims, "مائة مليون دولار")["value"] == 100_000_000
    assert (_find(claims, "ثلاثين")["value"], _find(claims, "ثلاثين")["object"]) == (30, "دولة")
    assert _find(claims, "أربع")["object"] == "قواعد عسكرية"
    assert (_find(claims, "سنتين")["value"], _find(claims, "سنتين")["unit"]) == (2, "year")
    # "في تشرين الأول" takes its year from the article date (March 2020: the October before)
    assert _find(claims, "تشرين الأول")["value"] == "2019-10"
