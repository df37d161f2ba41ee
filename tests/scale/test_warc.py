"""WARC input: each HTML page fetched with status 200 becomes a document with its URL and date."""
from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from qawl.ingest import Skipped, iter_documents
from qawl.ingest.warc import warc_doc_id

ARTICLE = """<html><head><title>وزير النقل يعلن موعد افتتاح الطريق الساحلي</title></head><body>
<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a></nav>
<article><h1>وزير النقل يعلن موعد افتتاح الطريق الساحلي</h1>
<p>قال وزير النقل سامر الخطيب إن الطريق الساحلي الجديد سيفتح أمام السيارات في الربيع المقبل، بعد
أن اكتملت أعمال الرصف في معظم المقاطع الممتدة بين المدينتين.</p>
<p>وأضاف الخطيب في مؤتمر صحفي عقده صباح اليوم أن الوزارة خصصت ميزانية إضافية لصيانة الجسور
القديمة على الطريق، مؤكدا أن السلامة تأتي أولا وقبل كل شيء.</p>
<p>وكانت الحكومة قد أعلنت العام الماضي عن خطة لتحديث شبكة الطرق في المحافظات الساحلية.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def _record(writer: WARCWriter, url: str, body: bytes, *, status: str = "200 OK",
            content_type: str = "text/html; charset=utf-8", date: str = "2024-05-17T08:30:00Z") -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                    warc_headers_dict={"WARC-Date": date})
    writer.write_record(rec)


def _warc(path: Path, gzip: bool) -> Path:
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        _record(w, "https://news.example/transport/coastal-road", ARTICLE.encode("utf-8"))
        _record(w, "https://news.example/logo.png", b"\x89PNG\r\n", content_type="image/png")
        _record(w, "https://news.example/old", b"<html>moved</html>", status="301 Moved Permanently")
        _record(w, "https://news.example/empty", b"<html><head><title>t</title></head><body></body></html>")
        req = w.create_warc_record("https://news.example/transport/coastal-road", "request",
                                   payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        w.write_record(req)
    return path


def test_html_responses_become_documents_with_url_date_and_stable_id(tmp_path):
    for name, gz in (("a.warc.gz", True), ("b.warc", False)):
        items = list(iter_documents([str(_warc(tmp_path / name, gz))], outlet="أخبار المثال"))
        docs = [i for i in items if not isinstance(i, Skipped)]
        assert len(docs) == 1
        doc = docs[0]
        assert doc.url == "https://news.example/transport/coastal-road"
        assert doc.date == "2024-05-17"
        assert doc.outlet == "أخبار المثال"
        assert doc.id == warc_doc_id(doc.url, None) and doc.id.startswith("warc-")
        assert "سامر الخطيب" in doc.text and "الرئيسية" not in doc.text
        assert doc.title == "وزير النقل يعلن موعد افتتاح الطريق الساحلي"
        # The page without article text is reported; the image, the redirect and the request are not pages.
        skipped = [i for i in items if isinstance(i, Skipped)]
        assert len(skipped) == 1 and "https://news.example/empty" in skipped[0].where
        assert skipped[0].reason == "no article text found in the HTML"


def test_doc_id_depends_only_on_the_url():
    a = warc_doc_id("https://news.example/a", "<urn:uuid:1>")
    assert a == warc_doc_id("https://news.example/a", "<urn:uuid:2>")
    assert a != warc_doc_id("https://news.example/b", "<urn:uuid:1>")
    assert warc_doc_id(None, "<urn:uuid:1>") != warc_doc_id(None, "<urn:uuid:2>")


def test_a_broken_warc_is_reported_not_fatal(tmp_path):
    bad = tmp_path / "broken.warc"
    bad.write_bytes(b"this is not a web archive\r\n\r\n")
    items = list(iter_documents([str(bad)]))
    assert len(items) == 1 and isinstance(items[0], Skipped)
    assert items[0].where == str(bad) and items[0].reason.startswith("broken WARC")
