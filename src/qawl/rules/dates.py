"""Tables for reading dates: month names of every system Arabic news uses, ordinal day words, year
cues, relative date words and named dates.

Written in ordinary Arabic spelling; :mod:`qawl.claims.dates` folds every entry with
:func:`qawl.text.normalize.key`.
"""

# Gregorian months, by number, in the three naming systems and their common spellings.
# Levantine/Iraqi (Syriac names): كانون الثاني … كانون الأول.
LEVANTINE_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("كانون الثاني", "كانون ثاني"),
    2: ("شباط",),
    3: ("آذار",),
    4: ("نيسان",),
    5: ("أيار",),
    6: ("حزيران",),
    7: ("تموز",),
    8: ("آب",),
    9: ("أيلول",),
    10: ("تشرين الأول", "تشرين أول"),
    11: ("تشرين الثاني", "تشرين ثاني"),
    12: ("كانون الأول", "كانون أول"),
}
# Egyptian/Gulf (transliterated), with the Egyptian -ية spellings (يونية, يولية) and Moroccan forms
# (يوليوز, غشت, شتنبر, نونبر, دجنبر).
EGYPTIAN_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("يناير",),
    2: ("فبراير",),
    3: ("مارس",),
    4: ("أبريل", "إبريل", "ابريل"),
    5: ("مايو",),
    6: ("يونيو", "يونية", "يونيه"),
    7: ("يوليو", "يولية", "يوليه", "يوليوز"),
    8: ("أغسطس", "اغسطس", "غشت"),
    9: ("سبتمبر", "شتنبر"),
    10: ("أكتوبر",),
    11: ("نوفمبر", "نونبر"),
    12: ("ديسمبر", "دجنبر"),
}
# Maghrebi (from French) as Tunisian and Algerian outlets write them.
MAGHREBI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("جانفي",),
    2: ("فيفري",),
    4: ("أفريل",),
    5: ("ماي",),
    6: ("جوان",),
    7: ("جويلية", "جويليه"),
    8: ("أوت",),
}

# Month names that are also common words (مارس "he practised", آب/أب "father", نيسان the car maker,
# ماي, أوت): they make a date only with a day, a year or a relative word (الماضي), never alone.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"مارس", "آب", "نيسان", "ماي", "أوت", "أيار", "تموز", "غشت"})

# Hijri months. A Hijri date needs a year (or هـ) to be read, since "رمضان" alone names the month
# as a season, not a date.
HIJRI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("محرم",),
    2: ("صفر",),
    3: ("ربيع الأول", "ربيع أول"),
    4: ("ربيع الثاني", "ربيع الآخر", "ربيع ثاني"),
    5: ("جمادى الأولى", "جمادى الأول"),
    6: ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة"),
    12: ("ذو الحجة", "ذي الحجة"),
}
# Marks after a year saying which calendar it is: "1441 هـ", "2020 م", "1434 للهجرة".
HIJRI_MARKERS: tuple[str, ...] = ("هـ", "ه", "للهجرة", "هجري", "هجرية", "هجريا")
GREGORIAN_MARKERS: tuple[str, ...] = ("م", "ميلادي", "ميلادية", "ميلاديا", "للميلاد")

# Ordinal day words (masculine, as يوم is): "الحادي عشر من تشرين الثاني", "التاسع من الشهر الماضي".
ORDINAL_UNITS: dict[int, tuple[str, ...]] = {
    1: ("الأول", "الاول"),
    2: ("الثاني",),
    3: ("الثالث",),
    4: ("الرابع",),
    5: ("الخامس",),
    6: ("السادس",),
    7: ("السابع",),
    8: ("الثامن",),
    9: ("التاسع",),
    10: ("العاشر",),
}
# 11-19 are "الحادي عشر", "الثاني عشر", … "التاسع عشر"; 20 and 30 "العشرين", "الثلاثين";
# 21-29 and 31 "الحادي والعشرين", … "الحادي والثلاثين". The matcher composes these from:
ORDINAL_ELEVEN: tuple[str, ...] = ("الحادي",)
ORDINAL_TENS: dict[int, tuple[str, ...]] = {10: ("عشر",), 20: ("العشرين",), 30: ("الثلاثين",)}

# Words before a bare year that make it a year ("عام 2014", "منذ 2011", "مطلع 2013").
YEAR_CUES: tuple[str, ...] = (
    "عام", "العام", "لعام", "بعام", "وعام", "عامي", "سنة", "السنة", "لسنة", "منذ", "مطلع", "بداية", "نهاية",
    "أواخر", "أوائل", "منتصف", "خلال", "في", "حتى", "قبل", "بعد", "موازنة", "ميزانية", "انتخابات",
)

# Words before a day-and-month that make it a place or a thing, not a date ("مدينة 6 أكتوبر",
# "كوبري 6 أكتوبر", "شارع 26 يوليو").
PLACE_CUES: tuple[str, ...] = (
    "مدينة", "بمدينة", "لمدينة", "كوبري", "جسر", "شارع", "بشارع", "ميدان", "محور", "نفق", "حي", "جامعة",
    "مستشفى", "نادي", "مركز", "قرية", "كلية", "مدرسة", "حركة", "جماعة", "تحالف",
)

# Named dates: an event named by its day and month, whose year the name settles ("ثورة 25 يناير" is
# 2011 whatever the article's date). Key: (cue word, day, month) → ISO date.
NAMED_DATE_CUES: tuple[str, ...] = ("ثورة", "لثورة", "بثورة", "وثورة", "حرب", "انتفاضة", "أحداث", "ذكرى", "قبل")
NAMED_DATES: dict[tuple[int, int], str] = {
    (25, 1): "2011-01-25",  # ثورة 25 يناير (Egypt)
    (30, 6): "2013-06-30",  # 30 يونيو (Egypt)
    (23, 7): "1952-07-23",  # ثورة 23 يوليو (Egypt)
    (6, 10): "1973-10-06",  # حرب 6 أكتوبر
    (14, 1): "2011-01-14",  # ثورة 14 جانفي (Tunisia)
    (17, 12): "2010-12-17",  # 17 ديسمبر (Tunisia)
    (11, 9): "2001-09-11",  # أحداث 11 سبتمبر
}

# Relative date words: phrase → (unit, offset from the article date).
RELATIVE_DATES: dict[str, tuple[str, int]] = {
    "اليوم": ("day", 0),
    "أمس": ("day", -1),
    "الأمس": ("day", -1),
    "البارحة": ("day", -1),
    "أول أمس": ("day", -2),
    "أول من أمس": ("day", -2),
    "أمس الأول": ("day", -2),
    "غدا": ("day", 1),
    "غدًا": ("day", 1),
    "بعد غد": ("day", 2),
    "الأسبوع الماضي": ("week", -1),
    "الأسبوع المنصرم": ("week", -1),
    "الأسبوع الفائت": ("week", -1),
    "الأسبوع الجاري": ("week", 0),
    "الأسبوع الحالي": ("week", 0),
    "هذا الأسبوع": ("week", 0),
    "الأسبوع المقبل": ("week", 1),
    "الأسبوع القادم": ("week", 1),
    "الشهر الماضي": ("month", -1),
    "الشهر المنصرم": ("month", -1),
    "الشهر الفائت": ("month", -1),
    "الشهر الجاري": ("month", 0),
    "الشهر الحالي": ("month", 0),
    "هذا الشهر": ("month", 0),
    "الشهر المقبل": ("month", 1),
    "الشهر القادم": ("month", 1),
    "العام الماضي": ("year", -1),
    "العام المنصرم": ("year", -1),
    "العام الفائت": ("year", -1),
    "السنة الماضية": ("year", -1),
    "العام الجاري": ("year", 0),
    "العام الحالي": ("year", 0),
    "هذا العام": ("year", 0),
    "السنة الجارية": ("year", 0),
    "السنة الحالية": ("year", 0),
    "العام المقبل": ("year", 1),
    "العام القادم": ("year", 1),
    "السنة المقبلة": ("year", 1),
    "السنة القادمة": ("year", 1),
}
# Words around "اليوم" that make it not "today": outlet names (المصري اليوم، اليوم السابع) and "the day"
# with an ordinal or demonstrative ("اليوم الأول", "في ذلك اليوم").
TODAY_BLOCKERS_BEFORE: tuple[str, ...] = ("المصري", "هذا", "ذلك", "نفس", "ذات", "عربي", "روسيا", "حتى ذلك", "طوال", "طيلة", "أخبار")

# Words before "العام" that make it the adjective "general", not "the year": "النائب العام الحالي" is the
# current attorney general, "الأمين العام" the secretary-general.
GENERAL_BEFORE: tuple[str, ...] = (
    "النائب", "الأمين", "المدعي", "الرأي", "القطاع", "المال", "الشأن", "المرشد", "المحامي", "المراقب",
    "المدير", "السكرتير", "الصالح", "النظام", "الإضراب", "المؤتمر", "الاتحاد", "الرئيس", "القائد", "العفو",
    "التعليم", "الأمن", "المنسق", "المفتش", "المستشار", "القنصل", "الحق", "النفع", "الذوق", "الطابع",
)
TODAY_BLOCKERS_AFTER: tuple[str, ...] = (
    "السابع", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "الوطني", "العالمي", "التالي", "الموعود", "نفسه",
    "الأخير", "المحدد", "المشهود",
)

# Words after a month or weekday that place it relative to the article date: "مارس الماضي", "الخميس المقبل".
# Feminine forms agree with a feminine noun before the weekday ("الجمعة القادمة", "يوم الجمعة المقبلة").
RELATIVE_SUFFIXES: dict[str, int] = {
    "الماضي": -1, "المنصرم": -1, "الفائت": -1, "السابق": -1,
    "الماضية": -1, "المنصرمة": -1, "الفائتة": -1, "السابقة": -1,
    "المقبل": 1, "القادم": 1, "المقبلة": 1, "القادمة": 1,
    "الجاري": 0, "الحالي": 0, "الجارية": 0, "الحالية": 0,
}

# Weekdays (Monday = 0, as Python counts them). A weekday is a date only after يوم or before الماضي/المقبل,
# since الأحد also means "anyone" and الجمعة names the prayer.
WEEKDAYS: dict[int, tuple[str, ...]] = {
    0: ("الاثنين", "الإثنين"),
    1: ("الثلاثاء",),
    2: ("الأربعاء",),
    3: ("الخميس",),
    4: ("الجمعة",),
    5: ("السبت",),
    6: ("الأحد",),
}
WEEKDAY_CUES: tuple[str, ...] = ("يوم", "ويوم", "ليوم", "صباح", "مساء", "ليلة", "فجر", "ظهر", "اليوم")
# A weekday with no الماضي/المقبل is the latest such day ("أعلنت الوزارة، الأحد، …"), unless the verb
# before it tells what is to come: one with the future's س or after سوف ("سيفتح صباح الأحد"), or a
# present verb of the يفعل shape, root letters read as consonants ("يفتح صباح الأحد" in an article of
# Saturday: tomorrow; not تفعل, also the past تفعّل: "تحدث مع صحفيين يوم الاثنين"). Such a day is the
# next one, or the article's own day; "اليوم الثلاثاء" is always the article's.
FUTURE_VERB_PREFIXES: tuple[str, ...] = ("سي", "ست", "سن")
FUTURE_PARTICLES: tuple[str, ...] = ("سوف",)
