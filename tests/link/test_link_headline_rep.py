"""Clusters founded by a headline, and verdicts that must not depend on which report came first."""
import link_fixtures as fx
from link_support import cluster_of

from qawl.link.align import Match
from qawl.link.clusters import linked
from qawl.link.shingles import Stems

HEADLINE = "تشغيل قطار الساحل الشرقي تجريبيا مطلع العام المقبل"
BODY = ("التشغيل التجريبي لقطار الساحل الشرقي سيبدأ مطلع العام المقبل، على أن يبدأ التشغيل التجاري للركاب"
        " في الربع الثالث منه")
REPORT = ("يبدأ التشغيل التجريبي للقطار مطلع العام المقبل، وأن ينطلق التشغيل التجاري للركاب في الربع الثالث من"
          " العام نفسه")


def test_a_report_of_the_body_joins_the_cluster_a_headline_founded(ingest):
    # The headline founds the cluster and the body statement joins it; the other outlet's report
    # matches the body, not the headline's summary, so the body must stand for the cluster.
    a = fx.make_doc("a", "وكالة الأنباء", "2026-06-01", [(HEADLINE, "headline"), (BODY, "indirect")])
    b = fx.make_doc("b", "صحيفة الساحل", "2026-06-02", [(REPORT, "indirect")])
    conn = ingest([a, b])
    assert cluster_of(conn, "a:1") == cluster_of(conn, "a:0")
    assert cluster_of(conn, "b:0") == cluster_of(conn, "a:0")
    rep = conn.execute("SELECT rep_id FROM link_clusters WHERE cluster_id = ?", (cluster_of(conn, "a:0"),)).fetchone()
    assert rep[0] == "a:1"


def test_two_statements_of_one_size_get_one_verdict_whichever_is_new():
    # 9 informative stems each; greedy blocks cover 6 of one and 7 of the other (0.67 and 0.78 against
    # the short statements' 0.7): the larger share decides, in both orders.
    a, b = Stems(["w"] * 9, [True] * 9, [], []), Stems(["w"] * 9, [True] * 9, [], [])
    assert linked(Match(6, 7, 6 / 9, 7 / 9), a, b)
    assert linked(Match(7, 6, 7 / 9, 6 / 9), b, a)
    assert not linked(Match(5, 6, 5 / 9, 6 / 9), a, b)


# A headline that sums up one answer and adds another, the answer, and a report quoting the answer.
SUMMED = "ضبطنا أكبر شحنة مخدرات في تاريخ المنفذ ولن نسمح بتحويل حدودنا إلى ممر"
ANSWER = "هذه أكبر شحنة تضبط في تاريخ المنفذ، ويقدر ثمنها في السوق بنحو ستة ملايين دولار"
QUOTED = "أكبر شحنة تضبط في تاريخ المنفذ"


def test_a_report_matched_to_a_headline_joins_the_body_statement_it_matches_better(ingest, monkeypatch):
    # The LSH offers only the headline (short statements collide with few windows); the answer of the
    # same document matches the report better (5 stems against 4), and the report quotes the answer.
    from qawl.link.clusters import item_of
    from qawl.link.lsh import Buckets

    a = fx.make_doc("a", "قناة الأفق", "2026-06-01", [(SUMMED, "headline"), (ANSWER, "interview")])
    b = fx.make_doc("b", "وكالة الأنباء", "2026-06-02", [(QUOTED, "direct")])
    conn = ingest([a])
    (seq,) = conn.execute("SELECT seq FROM documents WHERE id = 'a'").fetchone()
    answer_item = item_of(seq, 1)
    offered = Buckets.candidates
    monkeypatch.setattr(Buckets, "candidates",
                        lambda self, keys, limit=48: [c for c in offered(self, keys, limit) if c != answer_item])
    ingest([b])
    assert cluster_of(conn, "b:0") == cluster_of(conn, "a:1") != cluster_of(conn, "a:0")
