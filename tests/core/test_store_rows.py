"""The store rows built in the ingest workers (``qawl.store.write.document_rows``) are the export
shapes of ``qawl.serialize``, for the spans analysis makes and for unusual attributes alike."""
from __future__ import annotations

import json

from qawl.doc import Document, Span
from qawl.serialize import claim_dicts, layer_dicts, mention_dict
from qawl.store.write import _CLAIM_COLUMNS, document_rows

TEXT = "قال الوزير إن النمو بلغ 3.5% في عام 2025، وإن الصادرات زادت."


def _document(claim_attrs: list[dict], layer_attrs: dict) -> Document:
    doc = Document("d1", TEXT, title="عنوان «الخبر»", outlet="o")
    doc.entities["E1"] = {"type": "person", "name": "الوزير", "roles": ["وزير"]}
    doc.add("mentions", Span(4, 10, "role", {"entity": "E1", "role": "وزير"}))
    doc.add("mentions", Span(0, 5, "name", {"entity": "E1", "field": "title"}))
    doc.add("statements", Span(11, len(TEXT), "indirect", {"speaker": "E1", "cue": "قال",
                                                           "speaker_mention": doc.layer("mentions")[0]}))
    doc.add("statements", Span(6, 12, "direct", {"field": "title", "speaker_mention": doc.layer("mentions")[1]}))
    for n, attrs in enumerate(claim_attrs):
        doc.add("claims", Span(20 + n, 28, "percent", attrs))
    doc.add("paragraphs", Span(0, len(TEXT), "p", {"n": 0}))
    doc.add("quotes", Span(11, 20, "q", layer_attrs))
    return doc


def _expected_claims(doc: Document) -> list[tuple]:
    return [(c["id"], doc.id, c["statement_id"], c["start"], c["end"], c["text"], c["kind"],
             json.dumps(c.get("value"), ensure_ascii=False), c.get("unit"), c.get("qualifier"), c.get("object"),
             json.dumps({k: v for k, v in c.items() if k not in _CLAIM_COLUMNS}, ensure_ascii=False))
            for c in claim_dicts(doc)]


def test_rows_match_the_export_shapes() -> None:
    claims = [{"value": 3.5, "unit": "%", "qualifier": "بلغ", "object": None, "statement": 0},
              {"value": 2025, "precision": "year", "relative": True, "unit": None, "statement": None},
              {"value": ["a", 1], "named": False, "qualifier": "«زادت»"},
              {"value": "نحو", "vague": True, "object": "الصادرات", "extra": {"k": [1.5, None]}}]
    doc = _document(claims, {"open": 11, "close": None, "words": 2, "inner": Span(12, 14), "ok": True, "x": 0.5})
    rows = document_rows(doc)
    assert rows.claims == _expected_claims(doc)
    assert rows.layers == json.dumps(layer_dicts(doc), ensure_ascii=False)
    assert [r[10] for r in rows.statements] == [mention_dict(doc, s.attrs["speaker_mention"])["text"]
                                                for s in doc.layer("statements")]
    assert rows.mentions == [("d1", 4, 10, TEXT[4:10], "role", "E1", "وزير")]


def test_an_attribute_named_like_a_claim_column_takes_its_place() -> None:
    doc = _document([{"value": 1, "text": "مكتوب", "kind": "other", "statement": 0},
                     {"value": None, "unit": "x"}], {"start": 99, "label": "L"})
    rows = document_rows(doc)
    assert rows.claims == _expected_claims(doc)
    assert rows.claims[0][5] == "مكتوب" and rows.claims[0][6] == "other"
    assert rows.layers == json.dumps(layer_dicts(doc), ensure_ascii=False)
