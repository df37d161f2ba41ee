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
    ("قدمت أكثر من أحد عشر ألف ضحية", 11_000, "more_than"),
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
    ("بلغ سعر الكيلو 39 جنيها", 39, "EGP"),
    ("تبرع بمليون جنيه إسترليني", 1_000_000, "GBP"),
    ("بلغت المنحة 200 مليون ريال سعودي", 200_000_000, "SAR"),
    ("دفع 500 دينار كويتي", 500, "KWD"),
    ("بيعت الأراضي بآلاف الجنيهات", [2000, 9999], "EGP"),
    ("ضبط 550 كيلو دقيق مدعم", 550, "kg"),
    ("جوال الدقيق وزن 100كجم", 100, "kg"),                 # unit glued to the digits
    ("يصل نصيب المواطن إلى 500 متر مكعب في السنة", 500, "m3"),
    ("حكم عليه بالحبس لمدة سنة وخمس شهور", 5, "month"),
    ("انخفضت الليرة إلى 3000 ليرة سورية للدولار", 3000, "SYP"),
    ("تحررت مساحة 110 آلاف كيلومتر مربع من الأراضي", 110_000, "km2"),
    ("تقوم القوات ب 99.9% من عملياتها", 99.9, "%"),
    ("ارتفع التضخم إلى 12 بالمئة", 12, "%"),
    ("ارتفع التضخم إلى 12 في المائة", 12, "%"),
    ("حكم عليه بالسجن لمدة 20 عاماً", 20, "year"),
    ("استمر الحصار ستة أشهر", 6, "month"),
    ("أضرب العمال لمدة ثلاثة أسابيع", 3, "week"),
    ("استمر الاعتصام 10 أيام", 10, "day"),
    ("هُزم التنظيم قبل سنتين من الآن", 2, "year"),
]


@pytest.mark.parametrize("text,value,unit", UNITS)
def test_units(text, value, unit):
    a = quantity(text)
    assert (a["value"], a["unit"]) == (value, unit)


# (sentence, counted object as written)
OBJECTS = [
    ("اعتقل شركاؤنا 23 عنصر من عناصر داعش بما فيهم قادة", "عنصر من عناصر داعش"),
    ("هناك قرابة 10 آلاف خلية نائمة تابعة لتنظيم داعش", "خلية نائمة"),
    ("قدمت أكثر من أحد عشر ألف ضحية في الحرب", "ضحية"),
    ("إن ثلاثين دولة لها مشاركة عسكرية", "دولة"),
    ("ندعم التدريب في أربع قواعد عسكرية مع الحلفاء", "قواعد عسكرية"),
    ("يشكل الآلاف من معتقلي داعش خطرا", "معتقلي داعش"),
    ("فإن حوالي 10 آلاف من مقاتلي التنظيم المعتقلين في سجون", "مقاتلي التنظيم المعتقلين"),
    ("قتل نحو 850 متظاهرا وأصيب آخرون", "متظاهرا"),
    ("تظاهر نحو 30 عاملا صباح اليوم أمام المبنى", "عاملا"),
    ("أسفر الحادث عن وفاة 3 مواطنين وإصابة آخرين", "مواطنين"),
    ("يشمل المشروع إنشاء 300 وحدة سكنية في المدينة", "وحدة سكنية"),
]


@pytest.mark.parametrize("text,obj", OBJECTS)
def test_objects(text, obj):
    assert quantity(text)["object"] == obj


RANGES = [
    ("يتراوح عدد القتلى بين 10 و20 قتيلا", [10, 20]),
    ("نزح ما بين 3 و5 ملايين شخص", [3_000_000, 5_000_000]),
    ("يستغرق البناء من 5 إلى 7 سنوات", [5, 7]),
    ("سقط 10-15 صاروخا على المدينة", [10, 15]),
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
    "أجرت شبكة ديرالزور24 مقابلة مع المتحدث",        # digits glued to a name
    "تستخدم القوات بنادق M4 الأمريكية",               # weapon code
    "للاستفسار اتصلوا على 01001234567 أو 0223456789",  # phone numbers
    "رقم الهاتف 02 2345 6789 للطوارئ",                # phone number in groups
    "رابط الخبر http://example.com/news/2014/123456 للمزيد",  # numbers inside a link
    "يعاقب بموجب المادة 219 من قانون العقوبات",       # article number
    "1- هل تعتقدون أن العمليات كافية؟",               # list marker
    "الرقم التسلسلي 999999999999999999999 غير صحيح",   # absurd digit string
    "عقد الاجتماع الساعة 10:30 صباحا",                # clock time
    "تعمل الطائرة كوفيد-19 إف-16",                    # codes with hyphens
    "استقال البابا بندكتوس السادس عشر من منصبه",      # the عشر of an ordinal
    "بدأ اجتماع القمة الإسلامية الثانية عشرة",         # feminine ordinal
    "وفقا للمادة (55) من الدستور",                     # article number in brackets
    "الخلاف حول المواد 132 و212 من الدستور",           # article numbers
    "تعديل القانون 96 لسنة 1996 الخاص بالصحافة",       # law number (the year stays a date)
    "الدعوى رقم 22253 لسنة 67 قضائية",                # judicial year
    "قال في تصريحات لبرنامج ستوديو 25 على القناة",     # a programme's name
]


@pytest.mark.parametrize("text", BAD_INPUT)
def test_bad_input_gives_no_figure(text):
    assert [c for c in claims_of(text) if c[1] == "quantity"] == []


def test_half_plus_one_keeps_only_the_percentage():
    assert [a["value"] for _, label, a in claims_of("يكتمل النصاب بحضور (50%+1) من الأعضاء") if label == "quantity"] == [50]


def test_day_range_before_a_month_is_two_dates():
    found = claims_of("يعقد المؤتمر في الفترة من 8 إلى 11 فبراير المقبل", "2013-01-30")
    assert [(t, label, a["value"]) for t, label, a in found] == [
        ("8", "date", "2013-02-08"), ("11 فبراير المقبل", "date", "2013-02-11")]


def test_glued_day_list_before_a_month():
    found = claims_of("يعقد المؤتمر يومي 7و8 أبريل القادم", "2013-03-12")
    assert [(t, a["value"]) for t, _, a in found] == [("7", "2013-04-07"), ("8 أبريل القادم", "2013-04-08")]


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
