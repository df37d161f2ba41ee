"""The claims stage over the three real articles of ../shared/samples (read at test time, never
copied). Every expected figure below was checked by reading the article; claims are looked up by the
short forms the issue itself quotes, or by value, so no article text sits in this file."""
from pathlib import Path

import pytest

from qawl.claims.disagree import concept_of
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


def _value(claims, value):
    hits = [a for _, _, a in claims if a["value"] == value]
    assert hits, f"{value!r} not among {[a['value'] for _, _, a in claims]}"
    return hits[0]


def test_interview_with_numbered_questions():
    claims = _claims("000")
    assert _value(claims, 23)["object"] == "عنصر من عناصر داعش"
    thousands = _find(claims, "الآلاف")
    assert (thousands["value"], thousands["vague"], concept_of(thousands["object"])) == ([2000, 9999], True, "detainees")
    # question numbers ("1-") and the outlet name ديرالزور24 are no figures
    assert not any(a["value"] in (1, 2, 24) for _, label, a in claims if label == "quantity")


def test_report_with_figures_and_dates():
    claims = _claims("001")
    a = _find(claims, "حوالي 43 مليار دولار")
    assert (a["value"], a["unit"], a["qualifier"]) == (43_000_000_000, "USD", "approx")
    a = _find(claims, "قرابة 10 آلاف")
    assert (a["value"], a["qualifier"], a["object"]) == (10_000, "approx", "خلية نائمة")
    a = _find(claims, "حوالي 10 آلاف")
    assert (a["value"], a["qualifier"], concept_of(a["object"])) == (10_000, "approx", "detainees")
    assert _value(claims, 110_000)["unit"] == "km2"
    assert _value(claims, 7_000_000)["qualifier"] == "exact"
    assert (_value(claims, 99.9)["unit"], _value(claims, 20)["unit"]) == ("%", "year")
    assert _find(claims, "الـ 10 من ايلول 2014")["value"] == "2014-09-10"
    assert _find(claims, "مارس 2019")["value"] == "2019-03"


def test_tv_interview():
    claims = _claims("003")
    assert _find(claims, "4 آذار 2020")["value"] == "2020-03-04"
    a = _value(claims, 11_000)
    assert (a["qualifier"], a["object"]) == ("more_than", "ضحية")
    a = _value(claims, 12)
    assert (a["qualifier"], a["unit"]) == ("approx", "month")
    a = _value(claims, 10_000_000_000)
    assert (a["unit"], a["qualifier"]) == ("USD", "more_than")
    assert _value(claims, 100_000_000)["unit"] == "USD"
    assert _value(claims, 30)["object"] == "دولة"
    assert concept_of(_value(claims, 4)["object"]) == "bases"
    assert _value(claims, 2)["unit"] == "year"
    # a month named without a year takes it from the article date (March 2020: the October before)
    assert _value(claims, "2019-10")["precision"] == "month"
