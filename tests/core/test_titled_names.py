"""Names after titles and places, on invented sentences: a title or definite role head before the
surname of a person the article names in full is that person ("الوزير الحداد" after "سامي الحداد");
the name after a role and the place where it is held ("مدير الأمن في محافظة البصرة اللواء ماجد الحسني")
holds the role."""
from __future__ import annotations

import pytest

from pipeline_helpers import run, statements, mention_texts

TITLED_SURNAMES = [
    ("التقى وزير الخارجية سامي الحداد السفير الفرنسي. وقال الوزير الحداد إن العلاقات بين البلدين متينة.",
     [("indirect", "سامي الحداد", "العلاقات بين البلدين متينة")]),
    ("أعلن المتحدث العسكري اللواء أحمد العسيري بدء عملية جديدة. وأكد اللواء العسيري أن العمليات مستمرة.",
     [("indirect", "أحمد العسيري", "العمليات مستمرة")]),
    # the full name is known only as the holder of the role before it (both given names are words too)
    ("وخصصت الجلسة لاستجواب وزير الكهرباء عادل كريم الساعدي. ورد الوزير الساعدي على الاتهامات، مؤكدا"
     " أن المحطات ستعمل بكامل طاقتها قبل الصيف.",
     [("indirect", "عادل كريم الساعدي", "المحطات ستعمل بكامل طاقتها قبل الصيف")]),
]


@pytest.mark.parametrize("text,expected", TITLED_SURNAMES)
def test_a_title_before_a_known_surname_is_that_person(text, expected):
    assert [s for s in statements(run(text)) if s[2] == expected[0][2]] == expected


def test_a_titled_surname_adds_no_role_named_after_the_person():
    doc = run("التقى وزير الخارجية سامي الحداد السفير الفرنسي. وقال الوزير الحداد إن العلاقات متينة.")
    assert len(doc.entities) == 1
    assert "الوزير الحداد" not in next(iter(doc.entities.values()))["roles"]


def test_an_indefinite_head_takes_the_surname_as_its_complement():
    # "محامي الجندي" is the lawyer of محمد الجندي, not the man himself
    doc = run("توفي الناشط محمد الجندي متأثرا بجراحه. وأكد محامي الجندي أن التحقيقات ستعاد من جديد.")
    assert statements(doc) == [("indirect", "محامي الجندي", "التحقيقات ستعاد من جديد")]


def test_a_nationality_after_a_title_is_no_surname():
    doc = run("التقى السفير محمد المصري وزير التجارة سامي الحداد. وقال السفير المصري إن الاتفاق قريب.")
    assert [m for m in doc.layer("mentions") if doc.text[m.start : m.end] == "المصري"] == []


HOLDERS_PAST_A_PLACE = [
    ("وقال مدير الأمن في محافظة البصرة اللواء ماجد الحسني إن الوضع مستقر.",
     [("indirect", "ماجد الحسني", "الوضع مستقر")]),
    ("وصرح رئيس قطاع الأمن باتحاد الكرة عادل منصور بأن المباراة ستقام في موعدها.",
     [("indirect", "عادل منصور", "المباراة ستقام في موعدها")]),
    ("وقال مراسل الإذاعة في بيروت، سمير داود، إن الطريق إلى المطار مغلق.",
     [("indirect", "سمير داود", "الطريق إلى المطار مغلق")]),
    ("وقال مسؤول المبيعات في الشركة كينيث هولمز إن الطلب ارتفع هذا العام.",
     [("indirect", "كينيث هولمز", "الطلب ارتفع هذا العام")]),
]


@pytest.mark.parametrize("text,expected", HOLDERS_PAST_A_PLACE)
def test_the_name_after_a_role_and_its_place_holds_the_role(text, expected):
    assert statements(run(text)) == expected


def test_the_place_keeps_its_own_words_before_the_name():
    # "باختون خوا" ends the region's name; the minister is the one named after the comma
    doc = run("وقال وزير الإعلام في حكومة إقليم خيبر باختون خوا، ميان افتخار حسين، إن المهاجمين فروا.")
    names = {e["name"] for e in doc.entities.values() if e["type"] == "person"}
    assert "باختون خوا" not in names


def test_a_head_of_office_after_the_place_is_someone_else():
    # the president is the one the minister met, not the minister
    doc = run("والتقى وزير الخارجية في القاهرة الرئيس محمود عباس، وبحثا التطورات الأخيرة.")
    minister = next(e for e in doc.entities.values() if e["name"] == "محمود عباس")
    assert "وزير الخارجية" not in minister["roles"]


def test_a_rank_before_a_given_name_ends_an_organization():
    doc = run("وقال مدير الأمن في محافظة البصرة اللواء ماجد الحسني إن الوضع مستقر.")
    orgs = mention_texts(doc, "org")
    assert orgs == ["محافظة البصرة"]


def test_naqlan_ends_a_speakers_name():
    doc = run("وذكر مراسل الإذاعة في دمشق سمير داود نقلا عن مصادر محلية أن المحافظ محتجز.")
    names = {e["name"] for e in doc.entities.values() if e["type"] == "person"}
    assert "سمير داود" in names and not any("نقلا" in n for n in names)


AMBIGUOUS_FIRST_NAMES = [
    # "عادل" (just) opens no name alone, but before a name it is its first word
    ("استضاف البرنامج مساء أمس عادل منصور الحديثي، رئيس نادي الوادي. وقال الحديثي إن القرار لم يكن سهلا.",
     [("indirect", "عادل منصور الحديثي", "القرار لم يكن سهلا")]),
    # "على" (folded "علي") before a name stays the preposition
    ("وأثنى الوزير على محمد العمري، مدير المشروع. وقال العمري إن الأعمال ستنتهي قريبا.",
     [("indirect", "محمد العمري", "الأعمال ستنتهي قريبا")]),
    # … and so does a word-like name before a name ("victory")
    ("وجاء ذلك بعد انتصار محمد الراشد في الانتخابات. وقال الراشد إن المرحلة المقبلة صعبة.",
     [("indirect", "محمد الراشد", "المرحلة المقبلة صعبة")]),
]


@pytest.mark.parametrize("text,expected", AMBIGUOUS_FIRST_NAMES)
def test_a_given_name_that_is_also_a_word_opens_the_name_after_it(text, expected):
    assert statements(run(text)) == expected


# What a person quoted is, before a given name (``titles.PERSON_DESCRIPTIONS``), after nisba adjectives
# or not: that person speaks.
DESCRIBED_SPEAKERS = [
    ("وقال المواطن سامي الخوري إن المياه مقطوعة عن الحي منذ أسبوع.",
     [("indirect", "سامي الخوري", "المياه مقطوعة عن الحي منذ أسبوع")]),
    ("وقالت الطالبة ريم الخطيب إن أسئلة الامتحان جاءت من خارج المنهج.",
     [("indirect", "ريم الخطيب", "أسئلة الامتحان جاءت من خارج المنهج")]),
    ("واعترفت المتهمة زينب عبد الحميد بأنها باعت طفلين لسيدات عاقرات.",
     [("indirect", "زينب عبد الحميد", "باعت طفلين لسيدات عاقرات")]),
    ("وقال القيادي الإسلامي كمال العمري إن الحزب سيشارك في الانتخابات المقبلة.",
     [("indirect", "كمال العمري", "الحزب سيشارك في الانتخابات المقبلة")]),
]


@pytest.mark.parametrize("text,expected", DESCRIBED_SPEAKERS)
def test_a_description_before_a_given_name_is_a_title(text, expected):
    assert statements(run(text)) == expected


def test_a_description_before_no_given_name_is_the_everyday_word():
    # "الفريق الطبي" is the medical team, not a general; the report speaks (a guard: NOUN_TITLES)
    doc = run("وأوصى التقرير الذي أعده الفريق الطبي المعالج بنقل المريض إلى الخارج. وأضاف أن حالته"
              " تستلزم عناية خاصة.")
    assert not [m for m in doc.layer("mentions") if m.label == "person"]


def test_a_role_head_held_in_an_organization_named_right_after_it():
    # a definite head with no complement of its own, "في" and an organization, then the holder's name;
    # the organization's own name ends before a given name and a surname ("حماس محمود الزهار")
    doc = run("وقال الخبير في البنك الدولي سامي عواد إن النمو سيتباطأ. وقال عضو المكتب السياسي لحركة حماس"
              " محمود الزهار إن الحركة لن تتراجع.")
    assert [s[1] for s in statements(doc)] == ["سامي عواد", "محمود الزهار"]


def test_a_quoted_body_name_after_a_role_is_not_the_holder():
    doc = run('وفي مؤتمر صحفي، قال المدير الإقليمي للشركة المشغلة "بلو هاربور" يانس أولسين إن 27 سفينة تنتظر '
              'في عرض البحر.')
    assert [speaker for _, speaker, _ in statements(doc)] == ["يانس أولسين"]  # before: a person "بلو هاربور"


def test_a_quoted_name_after_a_role_is_still_the_holder():
    # guard: some outlets quote the holder's own name
    doc = run('وقال المدير العام للوكالة الدولية "يوكي أمانو" إن المفتشين لم يتلقوا أي اتصال.')
    assert [speaker for _, speaker, _ in statements(doc)] == ["يوكي أمانو"]


def test_the_first_word_of_a_quotation_after_a_role_is_no_holder():
    # 'قال الدبلوماسي الروسي "سجلنا …' made a person named "سجلنا" and no statement
    doc = run('وقال الدبلوماسي الروسي "سجلنا منذ مطلع الشهر ثلاثة وأربعين خرقا، معظمها بالأسلحة الخفيفة".')
    assert statements(doc) == [("direct", "الدبلوماسي الروسي",
                                "سجلنا منذ مطلع الشهر ثلاثة وأربعين خرقا، معظمها بالأسلحة الخفيفة")]
