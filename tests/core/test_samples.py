"""Integration: the pipeline over the real articles in ../shared/samples (read, never copied)."""
import pytest

from qawl.doc import Document
from qawl.pipeline import analyze
from qawl.serialize import statement_dicts

pytestmark = pytest.mark.corpus


def load(shared, name):
    path = next((shared / "samples").glob(name + "*.txt"))
    return analyze(Document(path.stem, path.read_text(encoding="utf-8")))


def speaker_names(doc):
    return [(s["kind"], (s["speaker"] or {}).get("name")) for s in statement_dicts(doc)]


def answers_told_sentence_by_sentence(doc, rows):
    """Whether the interview statements ``rows`` tile the document's answers: each answer's
    statements are its sentences, end to end (whitespace between them, or the comma where a clause was
    cut off), none outside an answer."""
    answers = [s for s in doc.layer("interview") if s.label == "answer"]
    for a in answers:
        parts = [r for r in rows if a.start <= r["start"] < a.end]
        if not parts or parts[0]["start"] != a.start or parts[-1]["end"] != a.end:
            return False
        if any(doc.text[x["end"] : y["start"]].strip(" \n\t،,؛;") for x, y in zip(parts, parts[1:])):
            return False
    return all(any(a.start <= r["start"] < a.end for a in answers) for r in rows)


def test_numbered_interview_answers_go_to_the_spokesman(shared):
    doc = load(shared, "000_")
    rows = statement_dicts(doc)
    assert len([s for s in doc.layer("interview") if s.label == "answer"]) == 9  # nine numbered questions
    assert answers_told_sentence_by_sentence(doc, rows)
    assert len(rows) > 9  # (some answers hold several sentences)
    assert all(r["kind"] == "interview" and r["speaker"]["name"] == "مايلز كاغينز" for r in rows)
    assert not any("؟" in r["text"] for r in rows)
    assert not any("available in" in r["text"] for r in rows)


def test_report_quotes_across_paragraphs(shared):
    doc = load(shared, "001_")
    rows = statement_dicts(doc)
    assert {r["speaker"]["name"] for r in rows} == {"مايلز كاغينز"}
    # The two quotes that run over a paragraph break (paragraphs 9-11 and 15-17, read by hand): a quote
    # is one statement a sentence, and the last sentence before each break and the first after it are
    # both the quote's.
    assert len(_direct_across_a_break(doc)) == 2
    assert not any("أخبار الآن" in r["text"] for r in rows)  # byline


def _direct_across_a_break(doc):
    """Pairs of consecutive direct statements with only a paragraph break between them."""
    said = list(doc.layer("statements"))
    return [(a, b) for a, b in zip(said, said[1:])
            if a.label == b.label == "direct" and "\n" in doc.text[a.end : b.start] and not doc.text[a.end : b.start].strip()]


def test_labelled_tv_interview_and_headline(shared):
    doc = load(shared, "003_")
    kinds = speaker_names(doc)
    assert kinds[0] == ("headline", "مايلز كاغينز")  # role in the headline resolves to the person
    assert len([s for s in doc.layer("interview") if s.label == "answer"]) == 8  # eight رووداو questions (counted by hand)
    assert answers_told_sentence_by_sentence(doc, [s for s in statement_dicts(doc) if s["kind"] == "interview"])
    assert all(name == "مايلز كاغينز" for _, name in kinds)
    assert not any("رووداو" in s["text"][:10] for s in statement_dicts(doc))
    assert not any("تنويه" in s["text"] or "Privacy" in s["text"] for s in statement_dicts(doc))


def test_offsets_exact_in_every_sample(shared):
    for path in (shared / "samples").glob("*.txt"):
        doc = analyze(Document(path.stem, path.read_text(encoding="utf-8")))
        for row in statement_dicts(doc):
            assert doc.text[row["start"]:row["end"]] == row["text"]
