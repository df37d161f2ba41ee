"""The Arabic web UI: server-rendered pages (home, speaker, statement, article, search, figures).

Pages use the same reads as the API; all text reaches the templates unescaped and Jinja2's
autoescaping writes it out as text, so an article containing ``<script>`` shows it literally.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from qawl import search as fts
from qawl.api import reads
from qawl.api.charts import outlet_colours, timeline_svg
from qawl.api.deps import MAX_PAGE, ConnDep

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent.parent / "templates")

PAGE_SIZE = 20
HOME_SPEAKERS = 15  # most quoted speakers on the home page
KIND_NAMES = {"direct": "اقتباس مباشر", "indirect": "قول منقول", "interview": "مقابلة", "headline": "عنوان"}
# Arabic labels of the claims export's qualifiers (rules/numbers.py); others show as written.
QUALIFIER_NAMES = {"exact": "بالضبط", "approx": "نحو", "more_than": "أكثر من", "less_than": "أقل من",
                   "at_least": "على الأقل", "at_most": "حتى", "range": "بين"}
def web_url(url: str | None) -> str | None:
    """An article URL fit for an ``href``: http(s) only (a stored ``javascript:`` URL must not run)."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


templates.env.filters["web_url"] = web_url
templates.env.globals["KIND_NAMES"] = KIND_NAMES
templates.env.globals["QUALIFIER_NAMES"] = QUALIFIER_NAMES


def _render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status, status=status, message=message)


def marked(text: str, spans: list[tuple[int, int, str, str | None]]) -> list[dict[str, Any]]:
    """``text`` cut into pieces; ``spans`` are ``(start, end, css class, link)``, overlaps dropped."""
    out: list[dict[str, Any]] = []
    pos = 0
    for a, b, cls, href in sorted(spans):
        if a < pos or b > len(text) or a >= b:
            continue
        if a > pos:
            out.append({"text": text[pos:a]})
        out.append({"text": text[a:b], "cls": cls, "href": href})
        pos = b
    if pos < len(text):
        out.append({"text": text[pos:]})
    return out


@router.get("/", response_class=HTMLResponse)
def home(request: Request, conn: ConnDep) -> HTMLResponse:
    speakers, total_speakers = reads.list_speakers(conn, HOME_SPEAKERS, 0)
    counts = reads.memo(conn, "counts", reads.table_counts)
    return _render(request, "home.html", statements=reads.recent_statements(conn, PAGE_SIZE),
                   speakers=speakers, total_speakers=total_speakers, counts=counts)


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker(request: Request, speaker_id: int, conn: ConnDep,
            page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1) -> HTMLResponse:
    s = reads.speaker_detail(conn, speaker_id, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    if s is None:
        raise HTTPException(404, "لا يوجد متحدث بهذا الرقم")
    colours = outlet_colours(s["timeline"])
    return _render(request, "speaker.html", s=s, colours=colours, chart=timeline_svg(s["timeline"], colours),
                   page=page, pages=max(1, -(-s["total"] // PAGE_SIZE)))


@router.get("/statements/{statement_id:path}", response_class=HTMLResponse)
def statement(request: Request, statement_id: str, conn: ConnDep) -> HTMLResponse:
    s = reads.statement_detail(conn, statement_id)
    if s is None:
        raise HTTPException(404, "لا يوجد تصريح بهذا الرقم")
    doc = reads.article(conn, s["doc_id"])
    spans = [(s["start"], s["end"], "stmt", None)]
    if s["speaker_mention"]:
        spans.append((s["speaker_mention"]["start"], s["speaker_mention"]["end"], "spk", None))
    in_title = s.get("field") == "title"
    title = marked(doc["title"] or "", spans if in_title else [])
    body = marked(doc["text"], [] if in_title else spans)
    return _render(request, "statement.html", s=s, doc=doc, title=title, body=body)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, conn: ConnDep) -> HTMLResponse:
    d = reads.document_detail(conn, doc_id)
    if d is None:
        raise HTTPException(404, "لا يوجد مقال بهذا الرقم")
    spans = [(st["start"], st["end"], "stmt", f"/statements/{st['id']}") for st in d["statements"] if not st.get("field")]
    return _render(request, "document.html", d=d, body=marked(d["text"], spans))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, conn: ConnDep, q: Annotated[str, Query(max_length=500)] = "",
           page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1) -> HTMLResponse:
    result = fts.search(conn, q, PAGE_SIZE, (page - 1) * PAGE_SIZE) if q.strip() else None
    widened = [g for g in result["terms"] if len(g) > 1] if result else []
    return _render(request, "search.html", q=q, result=result, widened=widened, page=page, page_size=PAGE_SIZE)


@router.get("/figures", response_class=HTMLResponse)
def figures(request: Request, conn: ConnDep) -> HTMLResponse:
    available, items = reads.figures(conn)
    return _render(request, "figures.html", available=available, computing=items is None, items=items or [])
