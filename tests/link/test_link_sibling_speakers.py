"""A report that names the speaker only by his role ("رئيس اللجنة التقنية") rewrites an answer of the
person another article names in that role (invented): in a sibling document (one that already shares
a statement with it) the two speakers can be one person (``speakers.may_be_one``), so the rewrite is
verified at one speaker's bar (``link.link_sibling_speakers``). Here the LSH is made to find nothing;
each report's first statement is an exact copy of the interview's (joined without the LSH)."""
from __future__ import annotations

import pytest
from link_support import cluster_of, ingest_resolved, statements_doc

import qawl.link as qawl_link
from qawl.link.speakers import may_be_one, speaker

COPIED = ("المكتب المديري اجتمع صباح اليوم لأكثر من أربع ساعات واستمع إلى التقرير التقني الذي أعدته اللجنة "
          "قبل أن يتخذ قراره بالإجماع")
ANSWER = ("سنعلن قائمة المدربين المرشحين لقيادة المنتخب الأول قبل منتصف الشهر المقبل، وستضم ثلاثة أسماء أجنبية "
          "واسمين من المدربين المحليين")
# the answer in other words: 9 of its 17 informative stems align in runs of two or more, more than
# half but less than the 0.6 any two statements need
RETOLD = ("الجامعة ستعلن قائمة المدربين المرشحين لقيادة المنتخب قبل منتصف الشهر القادم، على أن تحوي ثلاثة "
          "مدربين أجانب واثنين من المحليين")


@pytest.fixture(autouse=True)
def _no_lsh(lsh_finds_nothing):
    pass


NAMED = {"name": "مصطفى الحمداوي", "roles": ["رئيس اللجنة التقنية للجامعة"]}


def _report_joins_answer(store, reporter: dict) -> bool:
    conn = ingest_resolved(store, [statements_doc("interview", "الأطلس الرياضي", NAMED, [COPIED, ANSWER]),
                                   statements_doc("report", "الهدف المغاربي", reporter, [COPIED, RETOLD])])
    assert cluster_of(conn, "report:0") == cluster_of(conn, "interview:0")  # the documents are siblings
    return cluster_of(conn, "report:1") == cluster_of(conn, "interview:1")


ROLE = {"name": "رئيس اللجنة التقنية", "roles": [], "role_only": True}


def test_a_rewrite_by_the_role_joins_the_answer_of_its_named_holder(store):
    assert _report_joins_answer(store, ROLE)


def test_the_rewrite_stays_alone_without_the_route(store, monkeypatch):
    monkeypatch.setattr(qawl_link, "link_sibling_speakers", lambda conn, doc_ids, linker=None: 0)
    assert not _report_joins_answer(store, ROLE)


@pytest.mark.parametrize("reporter", [
    {"name": "رئيس الجامعة", "roles": [], "role_only": True},          # another role
    {"name": "مصدر في اللجنة التقنية", "roles": [], "role_only": True},  # an anonymous source
    {"name": "إدريس الكتاني", "roles": ["رئيس اللجنة التقنية"]},         # another named person
])
def test_a_rewrite_by_another_speaker_stays_apart(store, reporter):
    assert not _report_joins_answer(store, reporter)


@pytest.mark.parametrize("name, role", [
    ("مصطفى الحمدوي", "رئيس اللجنة التقنية للجامعة"),  # the long vowel left out
    ("مصطفى حمداوي", "رئيس اللجنة التقنية للجامعة"),   # the ال- left out
    ("مصطفى الحمدوي", "رئيس اللجنة التقنية"),          # the office said with fewer words
])
def test_a_rewrite_by_a_surname_written_another_way_joins(store, name, role):
    # the "مصطفى الحمداوي" of the other article: the same given name and office; the store keeps such
    # native surnames apart (often two families)
    assert _report_joins_answer(store, {"name": name, "roles": [role]})


def test_a_surname_with_and_without_its_al_names_one_holder_of_one_office():
    mayor = speaker(1, 0, "نبيل الحداد", '["رئيس بلدية وادي الزيتون"]')
    assert may_be_one(speaker(2, 0, "نبيل حداد", '["رئيس البلدية", "رئيس بلدية وادي الزيتون"]'), mayor)
    assert may_be_one(speaker(2, 0, "نبيل حداد", '["رئيس بلدية وادي الزيتون"]'), mayor)
    assert not may_be_one(speaker(2, 0, "نبيل حداد", '["رئيس الجامعة"]'), mayor)  # (guard) another office
    assert not may_be_one(speaker(2, 0, "نبيل حداد", '[]'), mayor)  # (guard) no office given


@pytest.mark.parametrize("reporter", [
    {"name": "مصطفى الحمدوي", "roles": ["رئيس الجامعة"]},                # another office
    {"name": "أحمد الحمدوي", "roles": ["رئيس اللجنة التقنية للجامعة"]},  # another given name
    {"name": "مصطفى الحمدان", "roles": ["رئيس اللجنة التقنية للجامعة"]},  # another surname: its last letter
])
def test_a_like_surname_of_another_office_or_given_name_stays_apart(store, reporter):
    assert not _report_joins_answer(store, reporter)


def _role(name: str) -> object:
    return speaker(1, 1, name, "[]")


def _named(*roles: str) -> object:
    import json

    return speaker(2, 0, "كميل الراسي", json.dumps(list(roles), ensure_ascii=False))


@pytest.mark.parametrize("role, roles", [
    ("حاكم المصرف", ("حاكم مصرف البلاد المركزي",)),  # fewer words, one without ال-
    ("المبعوث الأممي", ("المبعوث الخاص للأمين العام للأمم المتحدة",)),  # الأممي: الأمم
    ("الناطق باسم الوزارة", ("المتحدث الرسمي باسم الوزارة",)),  # one spokesperson, two words for it
    ("الحاكم", ("حاكم مصرف البلاد المركزي",)),  # the bare head
    ("مدرب النسور", ("المدير الفني لفريق النسور السكندري",)),  # المدير الفني is the coach; فريق adds nothing
])
def test_a_role_names_the_holder_of_a_role_with_its_words(role, roles):
    assert may_be_one(_role(role), _named(*roles)) and may_be_one(_named(*roles), _role(role))


@pytest.mark.parametrize("role, roles", [
    ("حاكم المصرف", ("وزير المالية",)),                 # another head
    ("رئيس اللجنة الأولمبية", ("رئيس اللجنة التقنية",)),  # a word the holder's role lacks
    ("المسؤول", ("المسؤول عن الملف النقدي",)),         # an anonymous head names nobody
    ("مدرب النسور", ("المدير الفني لفريق الهلال",)),   # the coach of another team
    ("مدير النسور", ("المدير الفني لفريق النسور",)),    # (guard) a club's director is not its coach
])
def test_a_role_with_another_head_or_word_names_someone_else(role, roles):
    assert not may_be_one(_role(role), _named(*roles))


def test_two_roles_are_one_person_only_when_they_are_one_role():
    assert may_be_one(_role("رئيس اللجنة التقنية"), speaker(3, 1, "رئيس اللجنة التقنية", "[]"))
    assert not may_be_one(_role("رئيس اللجنة التقنية"), speaker(3, 1, "رئيس الجامعة", "[]"))
    assert not may_be_one(_role("مصدر أمني"), speaker(3, 1, "مصدر أمني", "[]"))


def test_a_head_and_a_surname_name_the_holder_with_that_surname():
    # "المحافظ الدباغ" of one article is "محافظ البنك المركزي فؤاد منصور الدباغ" of another
    governor = speaker(2, 0, "فؤاد منصور الدباغ", '["محافظ البنك المركزي"]')
    assert may_be_one(_role("المحافظ الدباغ"), governor)
    assert not may_be_one(_role("الوزير الدباغ"), governor)  # another head
    assert not may_be_one(_role("المحافظ الشمري"), governor)  # another surname


def test_two_roles_are_one_person_when_one_says_the_other_more_fully():
    assert may_be_one(_role("وزير النفط"), speaker(3, 1, "وزير النفط والثروة المعدنية", "[]"))
    assert not may_be_one(_role("وزير النفط"), speaker(3, 1, "وزير المالية", "[]"))


def test_a_bare_head_is_not_one_person_with_a_role_of_that_head():
    # (guard) "السفير" of one article may be any ambassador; "سفير مصر" of another is one of them
    assert not may_be_one(_role("السفير"), speaker(3, 1, "سفير مصر", "[]"))


# A body and its voice: one outlet gives the body's word ("أعلنت اللجنة التقنية للجامعة أن …"),
# another its head's or spokesman's (``speakers.speaks_for``).
BODY = {"type": "org", "name": "اللجنة التقنية للجامعة", "roles": []}


def test_a_rewrite_by_the_body_joins_the_answer_of_its_head(store):
    assert _report_joins_answer(store, BODY)


def test_a_rewrite_by_another_body_stays_apart(store):
    assert not _report_joins_answer(store, {**BODY, "name": "اللجنة الأولمبية الوطنية"})


def _body(name: str) -> object:
    return speaker(4, 0, name, "[]", "org")


@pytest.mark.parametrize("body, roles", [
    ("وزارة الصحة العراقية", ("المتحدث باسم وزارة الصحة",)),            # the body's nationality is no word of the role
    ("جهاز حرس السواحل الليبي", ("الناطق الرسمي باسم جهاز حرس السواحل",)),  # a spokesperson's other word
    ("وزارة الداخلية السعودية", ("وزير الداخلية",)),                     # the head of a وزارة is its وزير
    ("البنك المركزي", ("محافظ البنك المركزي",)),
    ("الهيئة العامة للمنافذ الحدودية", ("المتحدث باسم الهيئة العامة للمنافذ الحدودية",)),  # العامة, a link word in both
    # an adjective of the body the role leaves out, where two of its nouns are said (session 45)
    ("المفوضية السامية للأمم المتحدة", ("المتحدثة باسم مفوضية الأمم المتحدة لشؤون اللاجئين",)),
])
def test_a_body_speaks_through_its_spokesman_or_head(body, roles):
    assert may_be_one(_body(body), _named(*roles)) and may_be_one(_named(*roles), _body(body))


@pytest.mark.parametrize("body, roles", [
    ("البنك الدولي", ("محافظ البنك المركزي",)),         # an adjective of the body the role lacks
    ("الشرطة الاتحادية", ("المتحدث باسم الشرطة المحلية",)),  # … of a body of one noun, with another adjective
    ("وزارة الصحة", ("وزير المالية",)),                 # another ministry
    ("وزارة الصحة", ("عضو لجنة الصحة في البرلمان",)),   # a member belongs to a body, he does not speak for it
    ("وزارة الصحة", ("مصدر في وزارة الصحة",)),          # an anonymous source speaks for nobody
])
def test_a_body_is_not_one_with_who_does_not_speak_for_it(body, roles):
    assert not may_be_one(_body(body), _named(*roles))


@pytest.mark.parametrize("short, long", [
    ("وزارة الفلاحة", "وزارة الفلاحة والموارد المائية"),  # a field left out
    ("الخارجية", "وزارة الخارجية"),                      # the ministry by its field alone
    ("الهيئة", "الهيئة العامة للمنافذ الحدودية"),         # the body by its head alone
])
def test_a_body_named_with_fewer_words_is_one_speaker_with_it(short, long):
    assert may_be_one(_body(short), speaker(5, 0, long, "[]", "org"))
    assert may_be_one(speaker(5, 0, long, "[]", "org"), _body(short))


@pytest.mark.parametrize("a, b", [
    ("وزارة الصحة", "الحكومة"),          # a ministry and the government it belongs to say different things
    ("وزارة الصحة", "وزارة الخارجية"),   # another ministry
    ("الخارجية", "وزارة الداخلية"),
])
def test_other_bodies_are_not_one_speaker(a, b):
    assert not may_be_one(_body(a), speaker(5, 0, b, "[]", "org"))
