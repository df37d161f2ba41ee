"""Plain-dict views of an analysed :class:`Document`, shared by ``qawl extract``, the store and Spark.

The shapes here are the export shapes of the README: statement rows, entity rows, claim rows.
Ids are document-local ("<doc_id>:<n>", "E1"); the store replaces speakers with global entities.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from qawl.doc import Document, Span

STRUCTURE_LAYERS = ("boilerplate", "byline", "headline", "paragraphs", "sentences", "quotes", "interview")


def field_text(doc: Document, field: str) -> str:
    return (doc.title or "") if field == "title" else doc.text


def mention_text(doc: Document, span: Span) -> str:
    """The text of a mention, in the field (text or title) it is in."""
    return field_text(doc, span.attrs.get("field", "text"))[span.start : span.end]


def mention_dict(doc: Document, span: Span) -> dict[str, Any]:
    field = span.attrs.get("field", "text")
    out = {"text": mention_text(doc, span), "start": span.start, "end": span.end}
    if field != "text":
        out["field"] = field
    return out


def entity_dicts(doc: Document) -> list[dict[str, Any]]:
    """The document's entities with their spellings (and counts), roles and mentions."""
    mentions_of: dict[str, list[Span]] = {}
    for m in doc.layer("mentions"):
        mentions_of.setdefault(m.attrs["entity"], []).append(m)
    rows = []
    for local_id, ent in doc.entities.items():
        spans = mentions_of.get(local_id, [])
        variants = Counter(mention_dict(doc, m)["text"] for m in spans if m.label != "role")
        rows.append(
            {
                "id": local_id,
                "type": ent["type"],
                "name": ent["name"],
                "variants": [{"text": t, "count": c} for t, c in variants.most_common()],
                "roles": list(ent.get("roles", [])),
                "mentions": [mention_dict(doc, m) | {"kind": m.label} for m in spans],
            }
        )
    return rows


def claim_id(doc_id: str, n: int) -> str:
    """The id of the document's ``n``-th claim."""
    return f"{doc_id}:c{n}"


def claim_dicts(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for n, c in enumerate(doc.layer("claims")):
        a = c.attrs
        st = a.get("statement")
        rows.append(
            {
                "id": claim_id(doc.id, n),
                "doc_id": doc.id,
                "statement_id": None if st is None else f"{doc.id}:{st}",
                "text": doc.text[c.start : c.end],
                "start": c.start,
                "end": c.end,
                "kind": c.label,
                **{k: v for k, v in a.items() if k != "statement"},
            }
        )
    return rows


def statement_dicts(doc: Document) -> list[dict[str, Any]]:
    """Statement rows in document order; speakers are the document's own entities."""
    entities = {e["id"]: e for e in entity_dicts(doc)}
    claims = claim_dicts(doc)
    rows = []
    for n, s in enumerate(doc.layer("statements")):
        field = s.attrs.get("field", "text")
        speaker = entities.get(s.attrs.get("speaker"))
        sm = s.attrs.get("speaker_mention")
        row = {
            "id": f"{doc.id}:{n}",
            "doc_id": doc.id,
            "kind": s.label,
            "text": field_text(doc, field)[s.start : s.end],
            "start": s.start,
            "end": s.end,
            "cue": s.attrs.get("cue"),
            "speaker": None
            if speaker is None
            else {k: speaker[k] for k in ("id", "name", "type", "variants")} | {"roles": speaker["roles"]},
            "speaker_mention": None if sm is None else mention_dict(doc, sm),
            "cluster_id": None,
            "claims": [c for c in claims if c["statement_id"] == f"{doc.id}:{n}"],
        }
        if field != "text":
            row["field"] = field
        rows.append(row)
    return rows


def layer_dicts(doc: Document, names: tuple[str, ...] = STRUCTURE_LAYERS) -> dict[str, list[dict[str, Any]]]:
    return {
        name: [{"start": s.start, "end": s.end, "label": s.label, **_plain(s.attrs)} for s in spans]
        for name in names
        if (spans := doc.layers.get(name))
    }


def _plain(attrs: dict[str, Any]) -> dict[str, Any]:
    """``attrs`` without the spans among its values (none, nearly always: then ``attrs`` as it is)."""
    if Span not in map(type, attrs.values()):
        return attrs
    return {k: v for k, v in attrs.items() if not isinstance(v, Span)}


def document_dict(doc: Document) -> dict[str, Any]:
    """The whole analysis of one article, as ``qawl extract`` prints it."""
    return {
        "id": doc.id,
        "title": doc.title,
        "outlet": doc.outlet,
        "date": doc.date,
        "url": doc.url,
        "text": doc.text,
        "statements": statement_dicts(doc),
        "entities": entity_dicts(doc),
        "claims": claim_dicts(doc),
        "layers": layer_dicts(doc),
    }
