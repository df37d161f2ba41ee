"""Claims from sentences: qualifiers, units, counted objects, ranges, and bad input that must not
become a claim (years next to counts, phone numbers, codes, links, list markers, article numbers)."""
import pytest

from qawl.claims import annotate
from qawl.doc import Document


def claims_of(text: str, date: str | None = "2013-03-12") -> list[tuple[str, str, dict]]:
    doc = Document(id="t", text=text, date=date)
    annotate(doc)
    return [(doc.span_text(c), c.label, c.attrs) for c in doc.layer("claims")]


def quantity(text: str) -> dict:
    found = [a for _, label, a in claims_of(text) if label == "quantity"]
    assert len(found) == 1, found
    return found[0]


# (sentence, value, qualifier) — one per qualifier form of the issue.
QUALIFIERS = [
    ("قتل حوالي 30 شخصا في الهجوم", 30, "approx"),
    ("قتل حوالى 30 شخصا في الهجوم", 30, "approx"),
    ("قتل نحو 30 شخصا في الهجوم", 30, "approx"),
    ("تضم المخيمات قرابة 10 آلاف خلية نائمة", 10_000, "approx"),
    ("شارك زهاء خمسمائة متظاهر", 500, "approx"),
    ("شارك ما يقارب 200 متظاهر", 200, "approx"),
    ("شارك 200 متظاهر تقريباً", 200, "approx"),
    ("سقط أكثر من أحد عشر ألف ضحية", 11_000, "more_than"),
    ("نزح ما يزيد على 50 ألف شخص", 50_000, "more_than"),
    ("نزح ما يزيد عن 50 ألف شخص", 50_000, "more_than"),
    ("سجن لأكثر من 20 عاما", 20, "more_than"),
    ("بتكلفة تتجاوز 20 مليار جنيه", 20_000_000_000, "more_than"),
    ("وصل عدد الضحايا إلى أقل من 40 قتيلا", 40, "less_than"),
    ("قتل 12 جنديا على الأقل", 12, "at_least"),
    ("قتل ما لا يقل عن 12 جنديا", 12, "at_least"),
    ("تتسع القاعة لما يصل إلى 300 شخص", 300, "at_most"),
    ("أفرج عن عدد لا يتجاوز 40 معتقلا", 40, "at_most"),
    ("سقط 7 جرحى", 7, "exact"),
]


@pytest.mark.parametrize("text,value,qualifier", QUALIFIERS)
def test_qualifiers(text, value, qualifier):
    a = quantity(text)
    assert (a["value"], a["qualifier"]) == (value, qualifier)


# (sentence, value, unit)
UNITS = [
    ("تبرعت الدول بحوالي 43 مليار دولار للإعمار", 43_000_000_000, "USD"),
    ("خصص البنك 5 ملايين يورو للمشروع", 5_000_000, "EUR"),
    ("بلغ سعر الكيلو 42 جنيها", 42, "EGP"),
    ("تبرع بمليون جنيه إسترليني", 1_000_000, "GBP"),
    ("بلغت المنحة 200 مليون ريال سعودي", 200_000_000, "SAR"),
    ("دفع 500 دينار كويتي", 500, "KWD"),
    ("بيعت الأراضي بآلاف الجنيهات", [2000, 9999], "EGP"),
    ("صادرت الشرطة 320 كيلو سكر", 320, "kg"),
    ("وصلت شحنة أرز وزنها 250كجم", 250, "kg"),                 # unit glued to the digits
    ("تستهلك المزرعة 700 متر مكعب يوميا", 700, "m3"),
    ("قضى في السجن سنة وسبع شهور", 7, "month"),
    ("انخفضت الليرة إلى 3000 ليرة سورية للدولار", 3000, "SYP"),
    ("تغطي المحمية 12 ألف كيلومتر مربع من الصحراء", 12_000, "km2"),
    ("تقوم القوات ب 99.9% من عملياتها", 99.9, "%"),
    ("ارتفع التضخم إلى 12 بالمئة", 12, "%"),
    ("ارتفع التضخم إلى 12 في المائة", 12, "%"),
    ("رصدت المؤسسة مليون ونصف المليون دينار للمرحلة الأولى", 1_500_000, "dinar"),  # unit after "نصف المليون"
    ("حكم عليه بالسجن لمدة 20 عاماً", 20, "year"),
    ("استمر الحصار ستة أشهر", 6, "month"),
    ("أضرب العمال لمدة ثلاثة أسابيع", 3, "week"),
    ("استمر الاعتصام 10 أيام", 10, "day"),
    ("افتتح المصنع قبل سنتين", 2, "year"),
]


@pytest.mark.parametrize("text,value,unit", UNITS)
def test_units(text, value, unit):
    a = quantity(text)
    assert (a["value"], a["unit"]) == (value, unit)


# (sentence, counted object as written)
OBJECTS = [
    ("أسرت القوات 17 عنصر من عناصر التنظيم بما فيهم قادة", "عنصر من عناصر التنظيم"),
    ("رصدت الأجهزة نحو 300 خلية نائمة تابعة للجماعة", "خلية نائمة"),
    ("فقدت البلدة أكثر من ألف ضحية في الزلزال", "ضحية"),
    ("شاركت أربعون دولة في المؤتمر", "دولة"),
    ("أغلقت الحكومة خمس قواعد عسكرية في الشمال", "قواعد عسكرية"),
    ("يبقى الآلاف من معتقلي الحرب مصدرا للقلق", "معتقلي الحرب"),
    ("إن حوالي 4 آلاف من مقاتلي الجماعة المعتقلين في سجون الشمال", "مقاتلي الجماعة المعتقلين"),
    ("جرح نحو 60 متظاهرا وأوقف آخرون", "متظاهرا"),
    ("اعتصم نحو 40 موظفا صباح اليوم أمام الوزارة", "موظفا"),
    ("أدى الانهيار إلى وفاة 4 مواطنين وإصابة آخرين", "مواطنين"),
    ("تبني الشركة 450 وحدة سكنية في المدينة", "وحدة سكنية"),
]


@pytest.mark.parametrize("text,obj", OBJECTS)
def test_objects(text, obj):
    assert quantity(text)["object"] == obj


RANGES = [
    ("يتراوح عدد القتلى بين 10 و20 قتيلا", [10, 20]),
    ("نزح ما بين 3 و5 ملايين شخص", [3_000_000, 5_000_000]),
    ("يستغرق البناء من 5 إلى 7 سنوات", [5, 7]),
    ("سقط 10-15 صاروخا على المدينة", [10, 15]),
    # in words, the second number holding its و
    ("تشير تقديراتنا إلى ما بين ثلاثمئة وأربعمئة مقاتل في المرتفعات", [300, 400]),
    ("يتراوح عدد النازحين بين خمسة وعشرين وثلاثين ألفا", [25_000, 30_000]),
]


@pytest.mark.parametrize("text,value", RANGES)
def test_ranges(text, value):
    a = quantity(text)
    assert (a["value"], a["qualifier"]) == (value, "range")


def test_vague_amount_is_a_range_marked_vague():
    a = quantity("تظاهر العشرات من الطلاب أمام الوزارة")
    assert (a["value"], a["qualifier"], a.get("vague"), a["object"]) == ([20, 99], "range", True, "الطلاب")


def test_year_next_to_a_count():
    found = claims_of("عام 2014 قتل 20 شخصا في المدينة")
    assert [(t, label, a["value"]) for t, label, a in found] == [("2014", "date", "2014"), ("20", "quantity", 20)]


def test_bare_year_is_a_date_but_a_counted_four_digit_number_is_not():
    assert [(label, a["value"]) for _, label, a in claims_of("وقعت الأزمة في بداية 2019")] == [("date", "2019")]
    assert [(label, a["value"]) for _, label, a in claims_of("شارك 2000 متظاهر في المسيرة")] == [("quantity", 2000)]


BAD_INPUT = [
    "نقلت شبكة ديرالزور24 الخبر عن مصادرها",          # digits glued to a name
    "تستخدم القوات بنادق M4 الأمريكية",               # weapon code
    "للاستفسار اتصلوا على 01001234567 أو 0223456789",  # phone numbers
    "رقم الهاتف 02 2345 6789 للطوارئ",                # phone number in groups
    "رابط الخبر http://example.com/news/2014/123456 للمزيد",  # numbers inside a link
    "يعاقب بموجب المادة 219 من قانون العقوبات",       # article number
    "1- ما رأيكم في الخطة الجديدة؟",                  # list marker
    "الرقم التسلسلي 999999999999999999999 غير صحيح",   # absurd digit string
    "عقد الاجتماع الساعة 10:30 صباحا",                # clock time
    "تعمل الطائرة كوفيد-19 إف-16",                    # codes with hyphens
    "حكم الملك لويس الرابع عشر فرنسا طويلا",          # the عشر of an ordinal
    "انطلقت الدورة الثالثة عشرة للمهرجان",            # feminine ordinal
    "استنادا إلى المادة (12) من اللائحة",              # article number in brackets
    "النقاش حول المواد 41 و77 من القانون",             # article numbers
    "تطبيق القانون 84 لسنة 2002 الخاص بالجمعيات",     # law number (the year stays a date)
    "الطعن رقم 1840 لسنة 59 قضائية",                   # judicial year
    "ظهر في برنامج ستوديو 9 على الشاشة",               # a programme's name
]


@pytest.mark.parametrize("text", BAD_INPUT)
def test_bad_input_gives_no_figure(text):
    assert [c for c in claims_of(text) if c[1] == "quantity"] == []


@pytest.mark.parametrize("text, value", [
    ("وقال إن ميزانية المنتخب الأول بلغت هذا الموسم 4.2 مليون دولار", 4200000),  # "الموسم 4" would be a season
    ("وتبلغ كلفة المرحلة 3 مليارات دينار بحسب الوزارة", 3000000000),
    # "السنة" before it ends in the letters of "لسنة" (the judicial year), a word of its own
    ("وقد خصصنا لهذا الغرض هذه السنة أربعمئة مليون درهم", 400000000),
])
def test_a_number_with_a_scale_word_after_a_label_word_is_a_figure(text, value):
    assert [a["value"] for _, label, a in claims_of(text) if label == "quantity"] == [value]


def test_a_decimal_said_as_a_word_is_one_figure():
    # "خمسة فاصل ثمانية بالمئة" read as 5 and 8%: two wrong figures for one right one
    found = claims_of("لقد خفضنا العجز من خمسة فاصل ثمانية بالمئة إلى ثلاثة فاصل تسعة بالمئة خلال عامين")
    assert [(t, a["value"], a["unit"]) for t, label, a in found if label == "quantity"][:2] == [
        ("خمسة فاصل ثمانية بالمئة", 5.8, "%"), ("ثلاثة فاصل تسعة بالمئة", 3.9, "%")]


def test_half_plus_one_keeps_only_the_percentage():
    assert [a["value"] for _, label, a in claims_of("يشترط القانون موافقة (50%+1) من المساهمين") if label == "quantity"] == [50]


def test_day_range_before_a_month_is_two_dates():
    found = claims_of("يقام المعرض في الفترة من 3 إلى 6 فبراير المقبل", "2013-01-30")
    assert [(t, label, a["value"]) for t, label, a in found] == [
        ("3", "date", "2013-02-03"), ("6 فبراير المقبل", "date", "2013-02-06")]


def test_glued_day_list_before_a_month():
    found = claims_of("تجرى الامتحانات يومي 14و15 أبريل القادم", "2013-03-12")
    assert [(t, a["value"]) for t, _, a in found] == [("14", "2013-04-14"), ("15 أبريل القادم", "2013-04-15")]


def test_garbage_does_not_crash():
    junk = "٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٣٫٫٫٬٬٬ %%% 10,,,000 ..5 ألف ألف ألف مليون مليار 0.0.0 ـــــ ً ٌ" * 50
    claims_of(junk)
    claims_of("")
    claims_of("1")
    claims_of("ألف")


def test_spans_map_back_to_the_original_text():
    text = "قُتِلَ حَوالَيْ ٣٠ شخصاً في الهُجوم، وجُرِحَ أكثرُ مِن ٤٠ آخرين."
    found = claims_of(text)
    assert [(t, a["value"], a["qualifier"]) for t, _, a in found] == [
        ("حَوالَيْ ٣٠", 30, "approx"), ("أكثرُ مِن ٤٠", 40, "more_than")]
