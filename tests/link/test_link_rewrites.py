"""More first-person answers and the reported speech other outlets made of them (invented): every
pair must share a cluster; statements of the same speaker on the same subject must not."""
import pytest
from link_support import cluster_of

from link_fixtures import make_doc

PAIRS = [
    ("أنا لا أثق في وعود الحكومة لأنها لم تنفذ أيا من تعهداتها السابقة تجاه المزارعين",
     "وأوضح أنه لا يثق في وعود الحكومة لأنها لم تنفذ أيا من تعهداتها السابقة تجاه المزارعين"),
    ("سنعمل مع شركائنا الأوروبيين على إعادة فتح المعبر الحدودي خلال الأسابيع المقبلة",
     "وقال إنهم سيعملون مع شركائهم الأوروبيين على إعادة فتح المعبر الحدودي خلال الأسابيع المقبلة"),
    ("لقد طلبنا من الأمم المتحدة إرسال فريق للتحقيق في ما جرى في القرية",
     "مؤكدا أنهم طلبوا من الأمم المتحدة إرسال فريق للتحقيق فيما جرى بالقرية"),
    ("لن نقبل بأي تسوية لا تضمن عودة النازحين إلى منازلهم",
     "مشددا على أنهم لن يقبلوا بأي تسوية لا تضمن عودة النازحين الى منازلهم"),
    ("نحن مستعدون للحوار مع جميع الأطراف دون شروط مسبقة",
     "وأعرب عن استعداد حكومته للحوار مع جميع الأطراف دون شروط مسبقة"),
    ("قواتنا دمرت ثلاثة مستودعات للأسلحة كانت تستخدمها الجماعة في الهجمات على القرى الحدودية",
     "وذكر أن قوات بلاده دمرت ثلاثة مخازن للأسلحة كانت تستخدمها الجماعة في الهجمات على القرى الحدودية"),
    ("أبلغت نظيري الفرنسي أننا نرفض أي تدخل في شؤوننا الداخلية",
     "وقال إنه أبلغ نظيره الفرنسي أن بلاده ترفض أي تدخل في شؤونها الداخلية"),
    ("نتوقع أن تنتهي أعمال الصيانة في المحطة قبل نهاية الشهر الجاري",
     "وتوقع الوزير أن تنتهي أعمال الصيانة في المحطة قبل نهاية الشهر الحالي"),
]
# Same speaker, same subject as PAIRS[n] (by index), different statement.
DIFFERENT = [
    (3, "نطالب المجتمع الدولي بتوفير الدعم للنازحين في المخيمات قبل حلول الشتاء"),
    (1, "المعبر الحدودي سيبقى مغلقا حتى انتهاء التحقيقات مع شركائنا الأوروبيين"),
    (7, "أعمال الصيانة في المحطة تأخرت بسبب نقص قطع الغيار المستوردة من الخارج"),
    (5, "قواتنا لم تستهدف أي مستودعات في القرى الحدودية خلال الأسبوع الماضي"),
]


@pytest.fixture
def linked(ingest):
    first = make_doc("first", "صحيفة الميدان", "2026-04-01", [(a, "interview") for a, _ in PAIRS])
    other = make_doc("other", "إذاعة الصباح", "2026-04-01", [(t, "direct") for _, t in DIFFERENT])
    reports = [make_doc(f"r{n}", "وكالة الخبر", "2026-04-02", [(b, "indirect")]) for n, (_, b) in enumerate(PAIRS)]
    return ingest([first, other, *reports], batch=3)


@pytest.mark.parametrize("n", range(len(PAIRS)))
def test_reported_speech_links_to_the_answer(linked, n):
    assert cluster_of(linked, f"r{n}:0") == cluster_of(linked, f"first:{n}")


@pytest.mark.parametrize("k", range(len(DIFFERENT)))
def test_different_statement_on_the_same_subject_stays_apart(linked, k):
    n = DIFFERENT[k][0]
    assert cluster_of(linked, f"other:{k}") not in {cluster_of(linked, f"first:{n}"), cluster_of(linked, f"r{n}:0")}
