"""Tables for reading figures: number words, scale words, vague amounts, qualifiers, units and the
nouns that figures count.

Written in ordinary Arabic spelling; :mod:`qawl.claims.numbers` and :mod:`qawl.claims.extract` fold
every entry with :func:`qawl.text.normalize.key` (so أ/ا, ة/ه, ى/ي and tanween need no variants here,
except where the letters themselves differ: مئة / مائة, آلاف / ألوف).
"""

# Units, teens' first parts and tens, in every case and gender form news copy uses
# ("ثلاثة قتلى", "ثلاث سنوات", "عشرين دولة", "خمسون"). 11 and 12 are whole two-word entries;
# 13-19 are read as unit + عشر/عشرة, which adds up (ثلاثة عشر = 3 + 10).
# The accusative of the feminine units, written with alif before tens ("مئتين وأربعا وثلاثين حالة",
# "ثلاثا وعشرين مرة"), counts too.
# واحد/واحدة and اثنان alone are left out on purpose: "في آن واحد", "يوم الاثنين" are not figures.
UNIT_WORDS: dict[int, tuple[str, ...]] = {
    3: ("ثلاث", "ثلاثة", "ثلاثا"),
    4: ("أربع", "أربعة", "أربعا"),
    5: ("خمس", "خمسة", "خمسا"),
    6: ("ست", "ستة", "ستا"),
    7: ("سبع", "سبعة", "سبعا"),
    8: ("ثمان", "ثماني", "ثمانية"),
    9: ("تسع", "تسعة", "تسعا"),
    10: ("عشر", "عشرة"),
}

# Words for 1 and 2 that only count inside a longer number ("واحد وعشرون", "اثنان وثلاثون", "إحدى
# وعشرين دولة"; "إحدى الدول" alone is "one of the countries").
INNER_UNIT_WORDS: dict[int, tuple[str, ...]] = {
    1: ("واحد", "واحدة", "واحدا", "إحدى"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين"),
}

# 11 and 12 (nominative, oblique, feminine): "أحد عشر ألف ضحية", "اثني عشر شهراً", "إحدى عشرة دولة".
TEEN_WORDS: dict[int, tuple[str, ...]] = {
    11: ("أحد عشر", "إحدى عشرة", "إحدى عشر", "احدى عشرة", "حادي عشر"),
    12: ("اثنا عشر", "اثني عشر", "اثنتا عشرة", "اثنتي عشرة", "اثنتا عشر", "اثنتي عشر"),
}

# Tens in nominative (-ون) and oblique (-ين) case: "عشرون", "ثلاثين دولة".
TENS_WORDS: dict[int, tuple[str, ...]] = {
    20: ("عشرون", "عشرين"),
    30: ("ثلاثون", "ثلاثين"),
    40: ("أربعون", "أربعين"),
    50: ("خمسون", "خمسين"),
    60: ("ستون", "ستين"),
    70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"),
    90: ("تسعون", "تسعين"),
}

# Hundreds: the word itself (both spellings), its dual (مئتان/مئتين and the construct مئتا/مئتي), and the
# fused 300-900 forms in both spellings ("ثلاثمائة", "خمسمئة"); "ثلاث مئة" in two words is read as 3 × 100.
HUNDRED_WORDS: tuple[str, ...] = ("مئة", "مائة")
HUNDREDS_WORDS: dict[int, tuple[str, ...]] = {
    200: ("مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي"),
    **{
        n * 100: tuple(f"{stem}{h}" for h in ("مئة", "مائة") for stem in stems)
        for n, stems in {
            3: ("ثلاث",), 4: ("أربع",), 5: ("خمس",), 6: ("ست",), 7: ("سبع",), 8: ("ثمان", "ثماني"), 9: ("تسع",)
        }.items()
    },
}

# Scale words. Singular (with its accusative tanween "ألفاً", "مليوناً"), dual (ألفان/ألفين, construct
# ألفا/ألفي; "ألفا" after a number is the accusative singular instead: "عشرين ألفاً"), and plural, which
# multiplies after a number ("ثلاثة آلاف", "7 ملايين") and alone is a vague amount ("آلاف", "الملايين").
SCALE_SINGULAR: dict[int, tuple[str, ...]] = {
    1_000: ("ألف",),
    1_000_000: ("مليون",),
    1_000_000_000: ("مليار", "بليون"),
    1_000_000_000_000: ("تريليون", "ترليون"),
}
# Singular scales that are a figure with the article too: "تجاوز عدد اللاجئين المليون", "نصف المليار".
# Not الألف, which is also the letter alif and the millennium ("الألف الثالثة").
SCALE_DEFINITE: tuple[str, ...] = ("مليون", "مليار", "بليون", "تريليون", "ترليون")
SCALE_ACCUSATIVE: dict[int, tuple[str, ...]] = {
    1_000: ("ألفا",),
    1_000_000: ("مليونا",),
    1_000_000_000: ("مليارا", "بليونا"),
    1_000_000_000_000: ("تريليونا",),
}
# Words that may follow an accusative scale that opens a number ("تجاوز عدد الزوار مليوناً من …"):
# with one of these, a punctuation mark or nothing after it, "مليونا" is one million; the dual
# construct it is spelled like ("مليونا دولار", two million) always has its counted noun next.
AFTER_ACCUSATIVE_SCALE: tuple[str, ...] = ("من", "في", "منذ", "على", "إلى", "عن", "خلال", "حتى", "بين", "مقابل")
SCALE_DUAL: dict[int, tuple[str, ...]] = {
    1_000: ("ألفان", "ألفين", "ألفي"),
    1_000_000: ("مليونان", "مليونين", "مليوني"),
    1_000_000_000: ("ملياران", "مليارين", "ملياري", "بليونين"),
    1_000_000_000_000: ("تريليونين",),
}
SCALE_PLURAL: dict[int, tuple[str, ...]] = {
    10: ("عشرات",),
    100: ("مئات",),
    1_000: ("آلاف", "ألوف"),
    1_000_000: ("ملايين",),
    1_000_000_000: ("مليارات", "بلايين"),
    1_000_000_000_000: ("تريليونات", "ترليونات"),
}

# "A few" / "several": a range of 3 to 9 of what follows ("بضعة أيام", "بضعة آلاف" = 3,000-9,000).
# عدة only counts before a scale ("عدة آلاف"); alone ("عدة مرات") it is not a figure a reader pulls out.
FEW_WORDS: tuple[str, ...] = ("بضعة", "بضع")
SEVERAL_WORDS: tuple[str, ...] = ("عدة",)
FEW_RANGE = (3, 9)

# "And a half" after a scale: "مليون ونصف" = 1.5 million.
HALF_WORDS: tuple[str, ...] = ("نصف",)

# A fraction of a scale word: "نصف مليون" is 500,000, "ربع مليار" 250 million, "ثلث مليون" 333,333;
# after a scale and و it adds that fraction of it ("مليون وربع" = 1.25 million), and after a number
# below a hundred and و the fraction itself ("خمسة وربع بالمئة" = 5.25%, "14 ونصف مليون" = 14.5
# million). Before anything else ("ربع النهائي", "نصف الطريق", "ربع قرن") it is no figure.
FRACTION_WORDS: dict[float, tuple[str, ...]] = {
    1 / 2: ("نصف",),
    1 / 4: ("ربع",),
    1 / 3: ("ثلث",),
}

# The decimal point said as a word, as speakers and transcripts give figures: "خمسة فاصل ثمانية
# بالمئة" = 5.8%, "ثلاثة فاصل خمسة مليار" = 3.5 billion.
DECIMAL_POINT_WORDS: tuple[str, ...] = ("فاصل", "فاصلة")

# Percent signs and words after a number: "99.9%", "40 بالمئة", "12 في المائة".
PERCENT_WORDS: tuple[str, ...] = (
    "%", "بالمئة", "بالمائة", "في المئة", "في المائة", "نقطة مئوية", "نقاط مئوية",
)

# Qualifiers written before the number. Each key is a qualifier of the claims export; the entries may
# carry a one-letter prefix (ب/و/ل/ف: "بنحو", "لأكثر من") which the matcher allows for every entry.
QUALIFIERS_BEFORE: dict[str, tuple[str, ...]] = {
    "approx": (
        "حوالي", "حوالى", "نحو", "قرابة", "زهاء", "ما يقارب", "يقارب", "تقارب", "ما يقرب من", "يقرب من",
        "ما يناهز", "يناهز", "تناهز", "قرابة الـ", "حوالي الـ", "نحو الـ", "تقريبا", "تقريباً",
    ),
    "more_than": (
        "أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "تزيد على", "تزيد عن", "ما يربو على",
        "يربو على", "ما يفوق", "يفوق", "تفوق", "أزيد من", "أكثر من الـ", "فوق", "تتجاوز", "يتجاوز",
        "تجاوزت", "تجاوز", "تخطت", "تخطى", "يتخطى",
    ),
    "less_than": ("أقل من", "ما يقل عن", "يقل عن", "تقل عن", "أدنى من", "دون الـ"),
    "at_least": ("ما لا يقل عن", "لا يقل عن", "لا تقل عن", "على الأقل", "ما لا يقل على"),
    "at_most": (
        "ما يصل إلى", "يصل إلى", "تصل إلى", "ما يصل الى", "لا يزيد على", "لا يزيد عن", "لا تزيد عن",
        "لا تزيد على", "لا يتجاوز", "لا تتجاوز", "ما لا يزيد عن", "ما لا يزيد على", "بحد أقصى", "حتى",
    ),
}

# Qualifiers written after the number (and its unit or counted noun): "10 آلاف شخص تقريباً".
QUALIFIERS_AFTER: dict[str, tuple[str, ...]] = {
    "approx": ("تقريبا", "تقريباً", "أو نحو ذلك"),
    "at_least": ("على الأقل", "في الأقل", "كحد أدنى"),
    "at_most": ("على الأكثر", "كحد أقصى", "بحد أقصى"),
}

# Words joining two numbers into a range, with the word that opens it: "بين 10 و20", "من 5 إلى 7", "10-15".
RANGE_OPENERS: tuple[str, ...] = ("بين", "ما بين", "من")
RANGE_JOINERS: tuple[str, ...] = ("و", "إلى", "الى", "حتى", "-", "–")

# Units after the number: form → unit code. Currencies as ISO codes where the word settles the currency,
# else the word's own name (ريال, دينار and ليرة are used by several countries; an adjective below settles it).
# Durations and measures in every form news copy uses (singular, tanween accusative, plural).
UNITS: dict[str, tuple[str, ...]] = {
    "USD": ("دولار", "دولارا", "دولارات", "دولاراً", "الدولارات"),
    "EUR": ("يورو",),
    "EGP": ("جنيه", "جنيها", "جنيهات", "الجنيهات"),
    "GBP": ("جنيه إسترليني", "جنيه استرليني", "جنيهات إسترلينية", "إسترليني"),
    "riyal": ("ريال", "ريالا", "ريالات"),
    "dinar": ("دينار", "دينارا", "دنانير"),
    "lira": ("ليرة", "ليرات"),
    "dirham": ("درهم", "درهما", "دراهم"),
    "km2": ("كيلومتر مربع", "كيلو متر مربع", "كيلومترا مربعا", "كيلومترات مربعة", "كم مربع", "كم2", "كلم مربع"),
    "m2": ("متر مربع", "مترا مربعا", "أمتار مربعة", "م2"),
    "m3": ("متر مكعب", "مترا مكعبا", "أمتار مكعبة", "م3"),
    "km": ("كيلومتر", "كيلومترا", "كيلومترات", "كيلو متر", "كم", "كلم"),
    "m": ("متر", "مترا", "أمتار"),
    "feddan": ("فدان", "فدانا", "أفدنة", "فدادين"),
    "hectare": ("هكتار", "هكتارا", "هكتارات"),
    "dunam": ("دونم", "دونما", "دونمات"),
    "t": ("طن", "طنا", "أطنان"),
    "kg": ("كيلوغرام", "كيلوجرام", "كيلو غرام", "كيلو جرام", "كغ", "كجم", "كيلو"),  # كيلو alone: kg in Egyptian use
    "barrel": ("برميل", "برميلا", "براميل"),
    "MW": ("ميغاواط", "ميجاوات", "ميغاوات", "ميجاواط"),
    "year": ("عام", "عاما", "أعوام", "سنة", "سنوات", "سنين", "عاماً"),
    "month": ("شهر", "شهرا", "أشهر", "شهور", "شهراً"),
    "week": ("أسبوع", "أسبوعا", "أسابيع"),
    "day": ("يوم", "يوما", "أيام"),
    "hour": ("ساعة", "ساعات"),
    "minute": ("دقيقة", "دقائق"),
}

# Adjectives after a currency word that settle which currency it is: "ليرة سورية", "جنيه مصري".
CURRENCY_ADJECTIVES: dict[str, dict[str, str]] = {
    "USD": {"أمريكي": "USD", "أميركي": "USD", "كندي": "CAD", "أسترالي": "AUD"},
    "EGP": {"مصري": "EGP", "سوداني": "SDG"},
    "riyal": {"سعودي": "SAR", "قطري": "QAR", "عماني": "OMR", "يمني": "YER", "إيراني": "IRR"},
    "dinar": {"كويتي": "KWD", "أردني": "JOD", "عراقي": "IQD", "بحريني": "BHD", "ليبي": "LYD", "تونسي": "TND", "جزائري": "DZD"},
    "lira": {"سورية": "SYP", "سوري": "SYP", "لبنانية": "LBP", "تركية": "TRY"},
    "dirham": {"إماراتي": "AED", "مغربي": "MAD"},
}

# Duals of unit nouns, which are figures on their own: "قبل سنتين" = 2 years, "لمدة يومين".
DUAL_UNITS: dict[str, tuple[str, ...]] = {
    "year": ("سنتين", "سنتان", "عامين", "عامان"),
    "month": ("شهرين", "شهران"),
    "week": ("أسبوعين", "أسبوعان"),
    "day": ("يومين", "يومان"),
    "hour": ("ساعتين", "ساعتان"),
    "USD": ("دولارين",),
}

# Words right before a number that make it a label, not a figure: article and law numbers, house and
# road numbers, clock times, episode and page numbers ("المادة 219", "القانون رقم 10", "الساعة 10").
LABEL_CUES: tuple[str, ...] = (
    "رقم", "المادة", "مادة", "للمادة", "بالمادة", "والمادة", "المادتين", "المواد", "مواد", "الفصل", "الفصول",
    "البنود", "الفقرة", "البند", "القرار",
    "الدائرة", "دائرة", "الحلقة", "الصفحة", "صفحة", "العدد", "الجزء", "الساعة", "تمام الساعة",
    "طريق", "شارع", "الطريق", "الطابق", "الموسم", "قانون", "لائحة", "كود", "اللواء", "الفرقة", "الكتيبة",
    "المجموعة", "الجولة", "المرحلة", "الدورة", "النسخة", "الإصدار", "فيديو", "القناة", "ص.ب", "الهاتف",
    "هاتف", "تليفون", "الخط", "الكود", "المنطقة", "القطاع", "البوابة", "الباب", "المبنى", "العنبر", "الزنزانة",
    "السورة", "الآية", "ملف", "القضية", "قضية", "الحكم", "المقعد", "الكيلومتر", "ستوديو", "استوديو", "برنامج",
)

# Counted nouns: the lemma (singular) with its plural and case forms, grouped by the concept used to
# tell that two figures count the same thing ("معتقلي الحرب" and "المعتقلين" are both detainees).
# Concepts are listed from most to least specific: the first one found in a counted phrase wins, so
# "مقاتلي الجماعة المعتقلين" counts detainees, not fighters.
COUNTED_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "detainees": {
        "معتقل": ("معتقل", "معتقلا", "معتقلين", "معتقلون", "معتقلي", "المعتقلين", "المعتقلون", "معتقلة", "معتقلات"),
        "محتجز": ("محتجز", "محتجزا", "محتجزين", "محتجزون", "محتجزي"),
        "سجين": ("سجين", "سجينا", "سجناء", "سجينة"),
        "موقوف": ("موقوف", "موقوفا", "موقوفين"),
    },
    "dead": {
        "قتيل": ("قتيل", "قتيلا", "قتلى"),
        "ضحية": ("ضحية", "ضحايا"),
        "شهيد": ("شهيد", "شهيدا", "شهداء"),
        "وفاة": ("وفاة", "وفيات", "حالة وفاة", "حالات وفاة"),
    },
    "injured": {
        "جريح": ("جريح", "جريحا", "جرحى"),
        "مصاب": ("مصاب", "مصابا", "مصابين", "مصابون", "إصابة", "إصابات"),
    },
    "displaced": {
        "نازح": ("نازح", "نازحا", "نازحين", "نازحون"),
        "لاجئ": ("لاجئ", "لاجئا", "لاجئين", "لاجئون"),
        "مهجر": ("مهجر", "مهجرين"),
    },
    "arrested": {"اعتقال": ("حالة اعتقال", "حالات اعتقال", "اعتقال")},
    "sleeper_cells": {"خلية": ("خلية", "خلايا")},
    "fighters": {
        "عنصر": ("عنصر", "عنصرا", "عناصر"),
        "مقاتل": ("مقاتل", "مقاتلا", "مقاتلين", "مقاتلون", "مقاتلي"),
        "مسلح": ("مسلح", "مسلحا", "مسلحين", "مسلحون", "مسلحي"),
        "جهادي": ("جهادي", "جهاديا", "جهاديين", "جهاديون", "جهاديي"),
        "إرهابي": ("إرهابي", "إرهابيا", "إرهابيين", "إرهابيون"),
        "جندي": ("جندي", "جنديا", "جنود"),
        "عسكري": ("عسكريا", "عسكريين"),
    },
    "children": {"طفل": ("طفل", "طفلا", "أطفال")},
    "women": {"امرأة": ("امرأة", "نساء", "سيدة", "سيدات")},
    "civilians": {"مدني": ("مدنيا", "مدنيين", "مدنيون")},
    "people": {
        "شخص": ("شخص", "شخصا", "أشخاص"),
        "مواطن": ("مواطن", "مواطنا", "مواطنين", "مواطنون"),
        "نسمة": ("نسمة",),
        "فرد": ("فرد", "فردا", "أفراد"),
    },
    "families": {"عائلة": ("عائلة", "عائلات", "عوائل", "أسرة", "أسر")},
    "countries": {"دولة": ("دولة", "دول", "بلد", "بلدان")},
    "bases": {"قاعدة": ("قاعدة", "قواعد")},
    "attacks": {"هجوم": ("هجوم", "هجوما", "هجمات"), "غارة": ("غارة", "غارات"), "عملية": ("عملية", "عمليات")},
    "votes": {"صوت": ("صوت", "صوتا", "أصوات")},
    "seats": {"مقعد": ("مقعد", "مقعدا", "مقاعد")},
    "villages": {"قرية": ("قرية", "قرى")},
    "vehicles": {"سيارة": ("سيارة", "سيارات"), "آلية": ("آلية", "آليات")},
    "weapons": {"صاروخ": ("صاروخ", "صاروخا", "صواريخ"), "قذيفة": ("قذيفة", "قذائف")},
    "members": {"عضو": ("عضو", "عضوا", "أعضاء")},
    "workers": {"عامل": ("عامل", "عاملا", "عمال")},
    "students": {"طالب": ("طالب", "طالبا", "طلاب", "طلبة")},
    "protesters": {"متظاهر": ("متظاهر", "متظاهرا", "متظاهرين", "متظاهرون")},
    "parties": {"حزب": ("حزب", "حزبا", "أحزاب")},
}

# Words that end a counted noun phrase: prepositions, particles, verbs of being and linking participles
# ("300 خلية نائمة تابعة للجماعة" → "خلية نائمة"; "17 عنصر من عناصر التنظيم بما فيهم" → "عنصر من عناصر التنظيم").
OBJECT_STOPWORDS: frozenset[str] = frozenset(
    """
    في على إلى الى عن مع منذ خلال حتى بين عند لدى نحو حول ضد عبر دون بعد قبل أمام وراء تحت فوق
    و أو أم ثم أن إن أنه انه كان كانت يكون تكون قد لقد لم لن لا ما التي الذي الذين اللذين اللتين
    هو هي هم هن هذا هذه ذلك تلك هناك هنا كل كما بما فيما مما بأن وأن لأن حيث إذ إذا اذا منها منهم فيها فيه
    تم يتم جرى تابعة تابع التابعة التابع تابعين إضافة بالإضافة فضلا علاوة اضافة أي أيضا فقط تقريبا
    وقد وكان وكانت ولم وهو وهي وهم بينما بحسب حسب وفق وفقا طبقا يشكل يشكلون تشكل قال وقال أكد وأكد
    بشكل بصورة بنسبة بقيمة بمبلغ بينهم بينها له لها لهم منهم عدد
    صباح مساء ظهر عصر فجر اليوم أمس ليلة يوم غدا الماضي المقبل الجاري آخرين أخرى آخر
    """.split()
)

# Number words that are also common verbs or nouns ("إلى ماذا تسعون" = "what do you strive for",
# ست "lady", سبع "lion"): alone, they are a figure only with a unit or a counted noun after them.
AMBIGUOUS_NUMBER_WORDS: tuple[str, ...] = ("تسعون", "ست", "سبع", "تسع", "ثمان", "عشر", "ستون")

# Particles that may precede a counted noun without starting it ("أكثر من أحد عشر ألف ضحية" has none,
# "4 آلاف من مقاتلي الجماعة" has من, which is skipped once before the noun).
OBJECT_LINKS: tuple[str, ...] = ("من",)


# Words of reporting frames around a figure that are no cue verbs ("على حد تعبيره", "بالقول",
# "فإن", "وبحسب"): the claims' context leaves them out with the cue verbs (``claims.disagree``).
REPORTING_FRAME_WORDS = ("قول", "بالقول", "قوله", "قولها", "تعبيره", "تعبيرها", "حد", "فإن", "وبحسب", "وحسب",
                         "ووفقا", "أفاد", "وأفاد", "تصريحات", "تصريح", "بيان")
