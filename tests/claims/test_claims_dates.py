"""Date reading: every month-name system, doubled names, Hijri, ordinal days, numeric dates, years
after a cue, partial dates completed from the article date, relative dates resolved against it."""
import pytest

from qawl.claims.dates import hijri_to_gregorian, parse_date

ARTICLE = "2013-03-12"  # a Tuesday

# (sentence, article date, ISO value) checked by hand with a calendar.
HAND_CHECKED = [
    # Levantine/Iraqi months
    ("اجتمع المجلس في 9 آذار 2019 في بغداد", None, "2019-03-09"),
    ("منذ الـ 12 من ايلول 2015 عاد آلاف النازحين", None, "2015-09-12"),
    ("وصل الوفد في 3 كانون الثاني 2015", None, "2015-01-03"),
    ("انتهت الهدنة في 30 تشرين الأول 2016", None, "2016-10-30"),
    ("قصفت الطائرات البلدة في 2 كانون الأول 2012", None, "2012-12-02"),
    ("جرت الانتخابات في 12 أيار 2018", None, "2018-05-12"),
    ("الهجوم وقع في 7 آب 2014", None, "2014-08-07"),
    ("في حزيران 2014 سقطت المدينة", None, "2014-06"),
    # Egyptian/Gulf months
    ("أفرج عنه في مارس 2018 بعد وساطة", None, "2018-03"),
    ("صدر القرار يوم 21 يناير 2013", None, "2013-01-21"),
    ("في 5 يونية 2012 أعلنت اللجنة", None, "2012-06-05"),
    ("بدأت المفاوضات في 14 أغسطس 2013", None, "2013-08-14"),
    # Maghrebi months
    ("انطلقت الحملة يوم 3 جانفي 2014", None, "2014-01-03"),
    ("صادق المجلس على القانون في 26 جويلية 2015", None, "2015-07-26"),
    ("في 9 أفريل 2016 خرجت مسيرة", None, "2016-04-09"),
    ("أقيمت الانتخابات في 6 أوت 2017", None, "2017-08-06"),
    # doubled name (AFP)
    ("اندلعت الاحتجاجات في 15 آذار/مارس 2011", None, "2011-03-15"),
    ("في شباط/فبراير 2012 عقد المؤتمر", None, "2012-02"),
    ("عقد الاجتماع يوم 5 مارس آذار 2012 في عمان", ARTICLE, "2012-03-05"),
    ("تقام المباراة في 19 من فبراير/ شباط المقبل", "2013-01-31", "2013-02-19"),
    # Hijri
    ("صدر البيان في 15 رمضان 1434 هـ", None, "1434-09-15"),
    # ordinal days
    ("يبدأ العمل في الحادي عشر من تشرين الثاني 2015", None, "2015-11-11"),
    ("وقع الاتفاق في الخامس والعشرين من ديسمبر 2012", None, "2012-12-25"),
    ("وصل في التاسع من الشهر الماضي", ARTICLE, "2013-02-09"),
    ("تنتهي المهلة في العاشر من الشهر المقبل", ARTICLE, "2013-04-10"),
    # numeric dates
    ("بتاريخ 12/3/2013 صدر الحكم", None, "2013-03-12"),
    ("في 2013-03-12 صدر الحكم", None, "2013-03-12"),
    # years
    ("عام 2014 قتل 20 شخصا", None, "2014"),
    ("تراجعت الصادرات منذ العام 2015.", None, "2015"),
    ("انسحبت القوات في 2016 من المدينة", None, "2016"),
    ("توفي سنة 1380 هـ", None, "1380"),
    # day + month: year from the article date (the nearest such day)
    ("سيعقد الاجتماع في 20 مارس", ARTICLE, "2013-03-20"),
    ("وقعت الحادثة في 28 ديسمبر", ARTICLE, "2012-12-28"),
    ("نقلت الوزارة في تشرين الأول مكاتبها", "2020-03-04", "2019-10"),
    # month + relative word
    ("في مارس الماضي أعلن الوزير", "2013-05-02", "2013-03"),
    ("في ديسمبر الماضي أعلن الوزير", ARTICLE, "2012-12"),
    ("تعقد القمة في يناير المقبل", ARTICLE, "2014-01"),
    ("في 25 ديسمبر الماضي", ARTICLE, "2012-12-25"),
    # relative dates
    ("قال الوزير اليوم إن", ARTICLE, "2013-03-12"),
    ("قال الوزير أمس إن", ARTICLE, "2013-03-11"),
    ("أعلن الوزير أول أمس", ARTICLE, "2013-03-10"),
    ("يصل الوفد غدا إلى القاهرة", ARTICLE, "2013-03-13"),
    ("وصل الأسبوع الماضي", ARTICLE, "2013-W10"),
    ("وصل الشهر الماضي", ARTICLE, "2013-02"),
    ("قتل العام الماضي", ARTICLE, "2012"),
    ("تجرى الانتخابات العام المقبل", ARTICLE, "2014"),
    ("قال يوم الخميس الماضي", ARTICLE, "2013-03-07"),
    ("يصل الخميس المقبل", ARTICLE, "2013-03-14"),
    ("قال يوم الأحد", ARTICLE, "2013-03-10"),
    ("دعا إلى النزول يوم الجمعة القادمة", ARTICLE, "2013-03-15"),
    ("وقال اليوم الثلاثاء إن", ARTICLE, "2013-03-12"),
    ("أعلنت الوزارة، الأحد، خطة جديدة", ARTICLE, "2013-03-10"),
    # … but the next such day (or the article's own) after a verb of what is to come (ARTICLE is a Tuesday)
    ("يفتح باب التظلمات صباح الأحد", ARTICLE, "2013-03-17"),
    ("سيعقد المجلس جلسته يوم الخميس", ARTICLE, "2013-03-14"),
    ("تحدث مع صحفيين يوم الاثنين", ARTICLE, "2013-03-11"),  # (تفعّل: a past verb too)
    ("وتشمل عقود اليوم الثلاثاء", "2013-03-13", "2013-03-12"),  # (اليوم: the latest such day)
    ("قال إنه سوف يعود يوم الخميس", ARTICLE, "2013-03-14"),
    ("ستنطلق الحملة يوم الثلاثاء", ARTICLE, "2013-03-12"),
    ("قتل ستين شخصا يوم الأحد", ARTICLE, "2013-03-10"),  # (ستين: a number, no future verb)
    # named dates keep their own year
    ("في ذكرى ثورة 25 يناير", ARTICLE, "2011-01-25"),
]


@pytest.mark.parametrize("text,article,value", HAND_CHECKED)
def test_hand_checked_dates(text, article, value):
    assert parse_date(text, article) == value


# Not dates: month names that are words, outlet names, "the day" with an ordinal, place names.
NOT_DATES = [
    ("مارس الرئيس ضغوطا على الحكومة", ARTICLE),      # مارس "practised"
    ("وصل الأب إلى المستشفى", ARTICLE),               # آب/أب "father"
    ("قالت صحيفة المصري اليوم إن", ARTICLE),           # outlet name
    ("نشر موقع اليوم السابع الخبر", ARTICLE),          # outlet name
    ("في اليوم الأول من المؤتمر", ARTICLE),            # "the first day"
    ("يسكن في مدينة 6 أكتوبر", ARTICLE),              # a city named by a date
    ("في شهر رمضان يكثر الصيام", ARTICLE),            # a Hijri month with no year
    ("حضر أحد المسؤولين", ARTICLE),                   # أحد is "one of", not Sunday
    ("قال إن الأحد، وهو مسؤول كبير، حضر", ARTICLE),    # a weekday name not set off on both sides
    ("انتقد الحزب قرارات النائب العام الحالي", ARTICLE),  # the attorney general, not this year
    ("تابع المراسلون التطورات طوال اليوم", ARTICLE),          # "all day long"
    ("نشرت صحيفة أخبار اليوم التقرير", ARTICLE),     # a newspaper's name
    ("أمضى الوفد اليوم الأخير من الزيارة في الجنوب", ARTICLE),     # "the last day"
]


@pytest.mark.parametrize("text,article", NOT_DATES)
def test_not_dates(text, article):
    assert parse_date(text, article) is None


def test_relative_date_without_article_date_is_left_unresolved():
    from qawl.claims.extract import find_claims
    from qawl.text.normalize import normalize

    claims = find_claims(normalize("قال الوزير أمس إن").text, None)
    assert [(c.label, c.attrs["value"], c.attrs["relative"]) for c in claims] == [("date", None, "امس")]


def test_day_month_without_article_date_keeps_a_partial_date():
    from qawl.claims.extract import find_claims
    from qawl.text.normalize import normalize

    claims = find_claims(normalize("وقعت الحادثة في 28 ديسمبر").text, None)
    assert [(c.attrs["value"], c.attrs["partial"]) for c in claims] == [(None, "--12-28")]


def test_hijri_conversion():
    # 1 Ramadan 1434 began on 9/10 July 2013 (sighting); the arithmetic calendar gives 9 July.
    assert hijri_to_gregorian(1434, 9, 1).isoformat() == "2013-07-09"
