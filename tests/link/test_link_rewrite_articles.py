"""Whole articles, extraction to clusters (invented): an interview under numbered questions and the
report another outlet made of it, with person changes, a gloss, a swapped word, a quote across two
paragraphs and a second speaker. Each report statement must join its answer's cluster, and keep
its speaker; statements of another speaker or another answer must stay apart."""
from __future__ import annotations

import json
import sqlite3

import pytest

from qawl.ingest_run import run_ingest

INTERVIEW = """أجرى موقع الفرات اليوم مقابلة خاصة مع المتحدث باسم قوة المهام المشتركة، العقيد دانيال ويتمور، تناولت الوضع الأمني في وادي النهر وملف المخيمات.
1- هل ما زالت الخلايا المسلحة قادرة على شن هجمات في المنطقة؟
خلال الشهر الماضي نفذ شركاؤنا المحليون 14 عملية مداهمة واعتقلوا 31 مشتبها بينهم ثلاثة من القادة الميدانيين. هذه الخلايا فقدت قدرتها على السيطرة على الأرض لكنها ما زالت تحاول زرع العبوات الناسفة على الطرق الريفية.
2- ما هو دوركم في حماية المدنيين؟
مهمتنا هي تقديم المشورة والدعم لشركائنا، ولا نسعى إلى إقامة قواعد دائمة في المنطقة. نحن ندعم جهود المجالس المحلية في إعادة تأهيل المدارس والمراكز الصحية التي دمرتها الحرب.
3- ماذا عن مخيم الشهباء الذي يضم آلاف العائلات؟
الوضع في المخيم صعب، ونعمل مع المنظمات الإنسانية لتحسين إمدادات المياه والغذاء. نطالب الدول التي لديها مواطنون في المخيم بإعادتهم إلى بلدانهم، فالمخيم ليس حلا طويل الأمد.
4- هل هناك خطط لتقليص عدد القوات؟
لم نتلق أي أوامر بتقليص القوات، وسنبقى هنا طالما كان ذلك ضروريا لضمان عدم عودة التنظيم."""

REPORT = """ويتمور: لا نسعى لإقامة قواعد دائمة في وادي النهر
قال المتحدث باسم قوة المهام المشتركة العقيد دانيال ويتمور إن شركاءهم المحليين (قوات حماية الوادي) نفذوا خلال الشهر الماضي 14 عملية مداهمة واعتقلوا 31 مشتبها بينهم ثلاثة من القادة الميدانيين.
وأضاف ويتمور في مقابلة مع موقع الفرات اليوم أن "هذه الخلايا فقدت قدرتها على السيطرة على الأرض لكنها ما زالت تحاول زرع الألغام على الطرق الريفية".
وأكد العقيد الأمريكي أن مهمتهم هي تقديم المشورة والدعم لشركائهم، وأنهم لا يسعون إلى إقامة قواعد دائمة في المنطقة، مشيرا إلى أنهم يدعمون جهود المجالس المحلية في إعادة تأهيل المدارس والمراكز الصحية.
وحول مخيم الشهباء، قال ويتمور: "الوضع في المخيم صعب، ونعمل مع المنظمات الإنسانية لتحسين إمدادات المياه والغذاء.
نطالب الدول التي لديها مواطنون في المخيم بإعادتهم إلى بلدانهم".
ونفى المتحدث تلقي أي أوامر بتقليص عدد القوات، مؤكدا أنهم سيبقون طالما كان ذلك ضروريا لضمان عدم عودة التنظيم.
وكان قائد قوات حماية الوادي، سامر الخلف، قد أعلن الأسبوع الماضي أن قواته ستبدأ حملة جديدة لملاحقة الخلايا في القرى الشرقية."""

WATER_INTERVIEW = """حوار خاص مع المتحدث باسم وزارة الموارد المائية حول أزمة السدود
أجرت صحيفة الوادي الجديد حوارا مع المتحدث الرسمي باسم وزارة الموارد المائية الدكتور سليمان الرواحي، تناول أزمة المياه في المحافظات الجنوبية وخطط الوزارة للموسم المقبل.
1- ما حقيقة الأنباء عن جفاف بحيرة السد الكبير؟
البحيرة لم تجف، لكن منسوبها انخفض إلى أدنى مستوى له منذ عشر سنوات بسبب قلة الأمطار. نحن نراقب الوضع يوميا ولدينا خطة طوارئ جاهزة للتطبيق إذا استمر الانخفاض حتى نهاية الصيف.
2- هل ستلجأ الوزارة إلى قطع المياه عن المزارعين؟
لا نسعى إلى قطع المياه عن أحد، لكننا سنعيد جدولة مواعيد الري في ثلاث محافظات لتوزيع الحصص بشكل عادل بين المزارعين. لقد اجتمعنا مع ممثلي الجمعيات الزراعية الأسبوع الماضي واتفقنا معهم على هذا الجدول.
3- ماذا عن مشروع محطة التحلية في الساحل؟
وقعنا عقد المحطة مع شركة أجنبية في شهر مارس، ونتوقع أن تبدأ الأعمال الإنشائية خلال الربع الأخير من العام. المحطة ستوفر 150 ألف متر مكعب يوميا لسكان المدن الساحلية.
4- كيف تردون على اتهامات النواب بسوء إدارة الأزمة؟
نحترم دور البرلمان في الرقابة، لكن الأرقام تتحدث عن نفسها، فقد خفضنا الفاقد في شبكات الري بنسبة 18 بالمئة خلال عامين. وأدعو النواب إلى زيارة مواقع العمل والاطلاع على ما أنجزناه بأنفسهم."""

WATER_REPORT = """الرواحي: بحيرة السد الكبير لم تجف ولا نية لقطع المياه عن المزارعين
نفى المتحدث باسم وزارة الموارد المائية سليمان الرواحي الأنباء المتداولة عن جفاف بحيرة السد الكبير، مؤكدا أن منسوبها تراجع الى أدنى مستوى منذ عشرة أعوام نتيجة شح الأمطار.
وأوضح الرواحي في حوار مع صحيفة الوادي الجديد أن الوزارة تراقب الوضع يوميا ولديها خطة طوارئ جاهزة للتطبيق في حال استمر الانخفاض حتى نهاية الصيف.
وشدد على أن الوزارة لا تسعى الى قطع المياه عن أحد، مضيفا أنها ستعيد جدولة مواعيد الري في ثلاث محافظات (أسوان وقنا والأقصر) لتوزيع الحصص بشكل عادل بين الفلاحين.
وكشف المتحدث أنهم اجتمعوا مع ممثلي الجمعيات الزراعية الأسبوع الماضي واتفقوا معهم على هذا الجدول.
وعن محطة التحلية، قال الرواحي: "وقعنا عقد المحطة مع شركة أجنبية في شهر مارس، ونتوقع أن تبدأ الأعمال الإنشائية خلال الربع الأخير من العام".
وأشار إلى أن المحطة ستوفر 150 ألف متر مكعب يوميا لسكان المدن الساحلية.
وفي رده على انتقادات النواب، قال الرواحي إن الوزارة تحترم دور البرلمان في الرقابة لكن الأرقام تتحدث عن نفسها، لافتا إلى أنها خفضت الفاقد في شبكات الري بنسبة 18% خلال عامين.
من جهة أخرى، أعلن الرواحي أن الوزارة ستطلق حملة توعية لترشيد استهلاك المياه في المدارس مع بداية العام الدراسي."""


def _ingest(tmp_path, articles) -> sqlite3.Connection:
    src = tmp_path / "in.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for doc_id, outlet, date, text in articles:
            fh.write(json.dumps({"id": doc_id, "outlet": outlet, "date": date, "text": text}, ensure_ascii=False) + "\n")
    run_ingest([str(src)], db=str(tmp_path / "q.db"), workers=1, progress=False)
    return sqlite3.connect(tmp_path / "q.db")


def _statement(conn, doc_id: str, words: str) -> tuple[str, str, str]:
    """(id, cluster, speaker) of the statement of ``doc_id`` whose text holds ``words``."""
    rows = conn.execute("SELECT s.id, s.cluster_id, e.name FROM statements s LEFT JOIN entities e ON e.id = s.entity_id"
                        " WHERE s.doc_id = ? AND instr(s.text, ?) > 0", (doc_id, words)).fetchall()
    assert len(rows) == 1, (doc_id, words, rows)
    return rows[0]


@pytest.fixture(scope="module")
def coalition(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("coalition")
    conn = _ingest(tmp, [("q", "موقع الفرات اليوم", "2026-05-01", INTERVIEW), ("r", "وكالة الوادي", "2026-05-02", REPORT)])
    yield conn
    conn.close()


# (words of the report's statement, words of the answer it reports): worked out by reading both.
COALITION_PAIRS = [
    ("(قوات حماية الوادي) نفذوا", "نفذ شركاؤنا المحليون"),  # gloss, person change
    ("فقدت قدرتها على السيطرة", "نفذ شركاؤنا المحليون"),  # second half of the same answer; الألغام for العبوات
    ("مهمتهم هي تقديم المشورة", "مهمتنا هي تقديم المشورة"),  # مهمتنا → مهمتهم, لا نسعى → لا يسعون
    ("يدعمون جهود المجالس المحلية", "مهمتنا هي تقديم المشورة"),
    ("الوضع في المخيم صعب", "الوضع في المخيم صعب"),  # a quote across two paragraphs
    ("سيبقون طالما كان ذلك ضروريا", "لم نتلق أي أوامر"),
]


@pytest.mark.parametrize("report_words, answer_words", COALITION_PAIRS)
def test_each_report_joins_its_answer_and_keeps_the_speaker(coalition, report_words, answer_words):
    _, cluster, speaker = _statement(coalition, "r", report_words)
    _, answer_cluster, answer_speaker = _statement(coalition, "q", answer_words)
    assert cluster == answer_cluster
    assert speaker == answer_speaker == "دانيال ويتمور"


def test_the_answers_stay_apart_and_another_speaker_links_to_none(coalition):
    answers = {_statement(coalition, "q", w)[1] for w in ("نفذ شركاؤنا", "مهمتنا هي", "الوضع في المخيم", "لم نتلق")}
    assert len(answers) == 4
    _, cluster, speaker = _statement(coalition, "r", "ستبدأ حملة جديدة")
    assert speaker == "سامر الخلف" and cluster not in answers


WATER_PAIRS = [
    ("خطة طوارئ جاهزة", "البحيرة لم تجف"),
    ("لا تسعى الى قطع المياه", "لا نسعى إلى قطع المياه"),
    ("اجتمعوا مع ممثلي الجمعيات", "لا نسعى إلى قطع المياه"),  # "وكشف المتحدث أنهم اجتمعوا …"
    ("وقعنا عقد المحطة", "وقعنا عقد المحطة"),
    ("المحطة ستوفر 150 ألف", "وقعنا عقد المحطة"),
    ("خفضت الفاقد في شبكات الري", "نحترم دور البرلمان"),
]


@pytest.fixture(scope="module")
def water(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("water")
    conn = _ingest(tmp, [("w1", "صحيفة الوادي الجديد", "2026-06-01", WATER_INTERVIEW),
                         ("w2", "موقع النهار", "2026-06-02", WATER_REPORT)])
    yield conn
    conn.close()


@pytest.mark.parametrize("report_words, answer_words", WATER_PAIRS)
def test_reported_speech_of_a_spokesman_joins_the_answers(water, report_words, answer_words):
    _, cluster, speaker = _statement(water, "w2", report_words)
    _, answer_cluster, _ = _statement(water, "w1", answer_words)
    assert cluster == answer_cluster
    assert speaker == "سليمان الرواحي"


def test_the_spokesman_is_one_person_in_both_articles(water):
    assert [r[0] for r in water.execute("SELECT name FROM entities WHERE type = 'person'")] == ["سليمان الرواحي"]
