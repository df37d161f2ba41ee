"""HTML pages to article text and metadata with trafilatura (main text only, no site furniture)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class HtmlArticle:
    text: str
    title: str | None
    date: str | None
    url: str | None


def extract_article(html: str, url: str | None = None) -> HtmlArticle | None:
    """Main text, title and date of a page, or ``None`` when the page has no article text."""
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        return None
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = meta.title if meta else None
    date = meta.date if meta and meta.date else None
    return HtmlArticle(text=text, title=title, date=date[:10] if date else None, url=url or (meta.url if meta else None))
