"""Speech cues: the verbs, participles and phrases that introduce what someone said.

Entries are written in ordinary spelling; the matcher folds them (hamza, ى/ي, ة/ه, diacritics) and
adds the conjunction prefixes و/ف, so "وأكد", "فاكد" and "أكّد" all match "أكد".
"""

# Reporting verbs, past tense: base (he) followed by its other forms (she, they, they-fem, we/I
# where news uses them). Indirect speech follows with أن/إن; direct speech with ":" or a quote mark.
PAST_VERBS = {
    "قال": ("قالت", "قالوا", "قلن"),
    "أضاف": ("أضافت", "أضافوا"),
    "أكد": ("أكدت", "أكدوا"),
    "أشار": ("أشارت", "أشاروا"),
    "لفت": ("لفتت", "لفتوا"),
    "أوضح": ("أوضحت", "أوضحوا"),
    "كشف": ("كشفت", "كشفوا"),
    "شدد": ("شددت", "شددوا"),
    "ذكر": ("ذكرت", "ذكروا"),
    "أعلن": ("أعلنت", "أعلنوا"),
    # "رأى" folds to the same letters as the noun "رأي" (opinion); only the inflected forms are cues.
    "رأت": ("رأوا",),
    "تابع": ("تابعت", "تابعوا"),
    "اعتبر": ("اعتبرت", "اعتبروا"),
    "نوه": ("نوهت", "نوهوا"),
    "استدرك": ("استدركت", "استدركوا"),
    "استطرد": ("استطردت", "استطردوا"),  # went on: "لكن المسؤول القطري استطرد «إذا لم …»"
    "صرح": ("صرحت", "صرحوا"),
    "أفاد": ("أفادت", "أفادوا"),
    # "بين" alone is the preposition "between"; only the inflected forms are cues.
    "بينت": ("بينوا",),
    "أردف": ("أردفت", "أردفوا"),
    "زعم": ("زعمت", "زعموا"),
    "نفى": ("نفت", "نفوا"),
    "أعرب": ("أعربت", "أعربوا"),
    "حذر": ("حذرت", "حذروا"),
    # "طالب" alone is also the noun "student".
    "طالبت": ("طالبوا",),
    "أوضح": ("أوضحت", "أوضحوا"),
    "اوضح": (),
    "أقر": ("أقرت", "أقروا"),
    "ادعى": ("ادعت", "ادعوا"),
    "أجاب": ("أجابت", "أجابوا"),
    # "رد" alone is also the noun "reply" ("وفي رد على سؤال").
    "ردت": ("ردوا",),
    "علق": ("علقت", "علقوا"),
    "وصف": ("وصفت", "وصفوا"),
    "اعترف": ("اعترفت", "اعترفوا"),
    "توقع": ("توقعت", "توقعوا"),
    "أعتبر": (),
    "أبلغ": ("أبلغت", "أبلغوا"),
    "أوضحت": (),
    "أكمل": ("أكملت", "أكملوا"),
    "واصل": ("واصلت", "واصلوا"),
    "ختم": ("ختمت", "ختموا"),
    "اختتم": ("اختتمت", "اختتموا"),
    "أجمل": ("أجملت",),
    "قالا": (),  # dual
    "تساءل": ("تساءلت", "تساءلوا"),
    # "طمأن الوزير التجار بأن …": the one reassured comes before what was said
    "طمأن": ("طمأنت", "طمأنوا"),
    # advised: "ونصحت المديرة كبار السن بعدم الخروج …" (what was advised is the noun with ب)
    "نصح": ("نصحت", "نصحوا"),
    "أوضح": ("أوضحت", "أوضحوا"),
}

# Present-tense reporting verbs ("ويقول الوزير إن …", "وتقول الوزارة إن …"). Not "يذكر أن": that is
# the narrator's "it is worth recalling that".
PRESENT_VERBS = (
    "يقول", "تقول", "يقولون", "يضيف", "تضيف", "يؤكد", "تؤكد", "يؤكدون", "يشير", "تشير", "يوضح", "توضح",
    "يرى", "ترى", "يرون", "يعتبر", "تعتبر", "يتابع", "تتابع", "يكشف", "تكشف", "يشدد", "تشدد",
    "يلفت", "تلفت", "يزعم", "ينفي", "تنفي", "يحذر", "تحذر", "يعلن", "تعلن", "يعلق", "تعلق", "يوضح",
    # … what one does not rule out, and the forms after لم ("ولم يستبعد الوزير أن …", "ولم ينف أن …",
    # "ولم ير المسؤول حاجة إلى …")
    "يستبعد", "تستبعد", "ينف", "تنف", "ير",  # (not تر: "وتر العضلة", a tendon)
)

# Participles that continue the current sentence's speaker: "…، مضيفاً أن …", "قائلاً: …".
# Masculine singular; the matcher also accepts the feminine (ة) and plural (ين) forms.
PARTICIPLES = (
    "قائلا", "مضيفا", "مردفا", "مؤكدا", "مشيرا", "موضحا", "لافتا", "مشددا", "معتبرا", "منوها", "متابعا",
    "كاشفا", "مستدركا", "معربا", "محذرا", "مطالبا", "مبينا", "متسائلا", "متوقعا", "مختتما", "خاتما",
    "نافيا", "زاعما", "مبديا", "معلنا", "واصفا", "مهاجما", "متهما", "منتقدا", "مستنكرا", "داعيا", "مطالبا",
    "مشترطا", "مرجحا", "مستبعدا", "عازيا",
    # … what one estimated: "…، مقدراً أن قيمة الأضرار الأولية تتجاوز 30 مليون دولار"
    "مقدرا",
    # … and what one threatened or hinted at: "…، ملوحا باعتصام مفتوح إذا لم تستجب الحكومة"
    "ملوحا",
    "مضيفين", "مؤكدين", "مشيرين",
)

# Participles that are also common nouns in the accusative: "طلب مهاجمًا صريحًا" (a striker), "أحالت
# 37 متهما إلى المحاكمة" (defendants). Read as nouns after a figure or a complementizer ("إن مهاجما
# انتحاريا فجر …") and before an indefinite adjective ("مهاجما ثانيا"); cues otherwise ("…، مهاجما
# الحكومة", "وتابع مهاجماً: …", "متهما إياها بـ…").
NOUN_LIKE_PARTICIPLES = ("مهاجما", "متهما")

# Participles whose passive is spelled the same: the feminine form right after a definite noun is that
# noun's predicate ("الموانئ مطالبة بالتكامل", "الحكومة مطالبة بأن …": required to), not a cue.
PASSIVE_LIKE_PARTICIPLES = ("مطالبا",)

# كان and its sisters (was, is not, became, remained, still is): a participle right after one is its
# predicate ("الاتفاق كان متوقعا منذ أسابيع", "مقتل القيادي ليس مؤكدا", "الحصيلة باتت مؤكدة"), never
# a cue of speech that would cut what was said before it.
PREDICATE_VERBS = tuple("""
    كان كانت كانوا يكون تكون يكونوا ليس ليست ليسوا بات باتت يبيت أصبح أصبحت يصبح تصبح أضحى صار صارت
    يصير تصير ظل ظلت يظل تظل زال زالت يزال تزال
""".split())

# Participles that continue the current sentence's speaker only when a complementizer or a colon
# follows them directly: "…، متعهدا بأن تصل النتائج …", "…، معترفا بأن القرار لم يكن سهلا", "…،
# مبرزا أن مصالحه ستبدأ …", "…، مذكرا بأن مجلس الإدارة …", "…، منبها إلى أن …", "مستطردا: لكن …".
# Otherwise they are other senses or carry an object that is no statement ("متعهدا بحمايته",
# "معترفا به دوليا", "مبرزا قصة …", "مذكرا إياه"), and their feminine forms are often nouns
# ("مذكرة تفاهم", a memorandum), so they are never read as cues or stops anywhere else.
CLAUSE_PARTICIPLES = ("متعهدا", "معترفا", "مبرزا", "مذكرا", "مستطردا", "منبها")
# … and those of them that also introduce what was pledged as a verbal noun with ب glued to it: "…،
# متعهدا بصرف الدفعة الأولى من مستحقات الأندية قبل نهاية الشهر" (a pronoun object, "متعهدا بحمايته",
# leaves too few words to be a statement).
BA_NOUN_CLAUSE_PARTICIPLES = ("متعهدا",)

# Multi-word cues. The statement follows the whole phrase.
PHRASES = (
    "ختم بالقول", "ختمت بالقول", "اختتم بالقول", "اختتمت بالقول", "أنهى حديثه بالقول",
    "تابع قائلا", "تابعت قائلة", "أضاف قائلا", "أضافت قائلة", "قال في تصريح", "جاء في البيان",
    "جاء في بيان", "وجاء في البيان",
    # "ورد الوزير على سؤال حول … بالقول إن …": what follows is the answer of the sentence's subject.
    "بالقول",
    # what one said, pointed back at by its pronoun, often a list of quotations after a colon: "ومن
    # أبرز ما جاء في كلمته: «…»، و«…»", "وجاء في خطابها أن …", "ومما قاله: «…»"
    *(f"{opener} {noun}" for opener in ("جاء في", "وجاء في", "ورد في", "وورد في", "ومما جاء في", "ومما ورد في",
                                        "ومن أبرز ما جاء في", "ومن أبرز ما ورد في", "ومن أهم ما جاء في")
      for noun in ("كلمته", "كلمتها", "خطابه", "خطابها", "حديثه", "حديثها", "تصريحاته", "تصريحاتها",
                   "مقابلته", "مقابلتها", "حواره", "حوارها", "رسالته", "رسالتها")),
    "ومما قاله", "ومما قالته", "ومن أبرز ما قاله", "ومن أبرز ما قالته",
)

# Verbal nouns of speech that say, glued to ب, how one spoke or closed: "وختم بالإشارة إلى أن …",
# "واكتفى بالقول إن …", "ورد الوزير بالتأكيد على أن …". Right after the verb the subject is dropped
# (the speaker goes on); right after a role they are no part of it ("وختم الوزير بالإشارة إلى …").
SPEECH_MANNER_NOUNS = (
    "الإشارة", "التأكيد", "القول", "التشديد", "الدعوة", "التنويه", "التحذير", "المطالبة", "التذكير",
    "الإعراب", "التعبير", "الكشف", "التلميح", "التعهد", "الإعلان",
)

# Verbs that report speech only when what was said follows as a clause: "وتعهد الوزير بأن …",
# "ووعد المدرب الأنصار بأن …", "ليرد الوزير بأن …", "فروى أن …". Without it they are other senses
# ("رد على الهجوم", "وعد بلفور"), so they are cues only when one of COMPLEMENTIZERS comes within
# CLAUSE_VERB_REACH words (past the subject and the one addressed) before any punctuation, or the
# word with ب that says what was promised (تعهد and وعد in NOUN_CONTENT_VERBS: "وتعهد بعدم الخوض في
# … مبررا ذلك بأن …", "ووعد الوزير بخفض ساعات التقنين").
CLAUSE_VERBS = {
    "وعد": ("وعدت", "وعدوا"),  # not "يعد"/"تعد": mostly "is considered" ("يعد اعترافا بأن …")
    "تعهد": ("تعهدت", "تعهدوا", "يتعهد", "تتعهد"),
    "رد": ("ردت", "ردوا", "يرد", "ترد", "ليرد", "لترد"),
    "روى": ("روت", "رووا", "يروي", "تروي"),
    # … or, for دعا, when إلى (its preposition in NOUN_CONTENT_VERBS) comes there: "ودعا الوزير إلى
    # تكثيف الجهود" (a call), not "ودعا الرئيس نظيره لزيارة البلاد" (an invitation)
    "دعا": ("دعت", "دعوا"),
    # … and حث (urge) when its preposition comes there: "وحث الوزير المستثمرين على …". (Not ناشد: its
    # subject is often dropped, "وناشد مجلس الشورى سن تشريعات", and the one appealed to read as the
    # speaker in 3 of 7 new statements on corpus articles 30,000–33,000.)
    "حث": ("حثت", "حثوا"),
    # … and رأى (held that) when a complementizer follows: "ورأى الوزير أن …". Its letters are those
    # of the noun رأي (opinion), which Egyptian sites also write with ى ("رأى الحكومة"); that one has
    # no clause of its own after it.
    "رأى": (),
    # what one threatened, as a clause: "ولوح فلان بأنه في حال عدم التوصل إلى اتفاق، سيدعون إلى …"
    # (also "a board", "لوح شمسي": NOUN_LIKE_CLAUSE_VERBS)
    "لوح": ("لوحت", "لوحوا"),
    # … and OBJECT_CLAUSE_VERBS, with the word each needs (below)
    # (not عزت, the feminine: it is also the given name Ezzat, "وعزت ذكي، رئيس اللجنة، قال …")
    "عزا": ("عزوا",),
    "أرجع": ("أرجعت", "أرجعوا", "ارجع", "ارجعت"),
    "قدر": ("قدرت", "قدروا"),
    "حدد": ("حددت", "حددوا"),
    "جدد": ("جددت", "جددوا"),
    # whom or what one blamed (حمّل … مسؤولية): "وحمّل العقيد فلان السرعة الزائدة مسؤولية أكثر من نصف
    # الحوادث" ("حمل" is also "carrying" and "pregnancy": NOUN_LIKE_CLAUSE_VERBS)
    "حمل": ("حملت", "حملوا"),
    # what one judged likely or ruled out: "ورجح الوزير أن يهبط التضخم …", "واستبعد المتحدث أن تتأثر
    # …" (with a noun object, only a verbal noun: NOUN_CONTENT_VERBS, VERBAL_NOUN_OBJECT_VERBS)
    "رجح": ("رجحت", "رجحوا"),
    "استبعد": ("استبعدت", "استبعدوا"),
    # … and what one held: "ذهب النائب فلان إلى أن المحطة لم تشهد أي صيانة" (with إلى أن only; "ذهب"
    # alone is "went")
    "ذهب": ("ذهبت", "ذهبوا"),
    # "highlighted that" (Maghreb copy): "وأبرز المسؤول أن الديوان يتوقع …"; also the elative "most
    # prominent" ("أبرز الملفات"), so only where a clause opens (NOUN_LIKE_CLAUSE_VERBS)
    "أبرز": ("أبرزت", "أبرزوا", "ابرز", "ابرزت"),
    # "warned that" and "complained that": "ونبه الوزير إلى أن …", "وشكا النائب من أن …"
    "نبه": ("نبهت", "نبهوا"),
    "شكا": ("شكت", "شكوا"),
    # … and what one expressed, when its object is a feeling or stance (below): "وأبدى المدرب رضاه عن
    # حصيلة الدور الأول", "وأبدت الوزارة استعدادها للحوار" (not "أبدى اللاعب مستوى رائعا", showed)
    "أبدى": ("أبدت", "أبدوا"),
    # … and what one praised, with its ب in reach: "وأشاد الوزير بجهود فرق الإنقاذ", "أما الأول فقد
    # أشاد بروح لاعبيه" (not its participle: "مشيدة من الحجر" is "built")
    "أشاد": ("أشادت", "أشادوا"),
    # … what one recommended, with its ب in reach: "وأوصى مجلس الإدارة بتوزيع أرباح نقدية …", "وأوصت
    # اللجنة بأن …" (a body's recommendation; not "أوصى" without it, "bequeathed")
    "أوصى": ("أوصت", "أوصوا"),
    # … what one threatened, and whom one accused of what, with its ب in reach: "وهددت النقابة بتنظيم
    # وقفة احتجاجية", "واتهم الوزير المعارضة بعرقلة الإصلاحات" (named subjects only: NAMED_SUBJECT_VERBS;
    # "هددت الفيضانات بإغراق القرى" says nothing)
    "هدد": ("هددت", "هددوا"),
    # … and vowed (a threat or a pledge), with its ب in reach: "وتوعد رئيس الهيئة بعدم التساهل مع …",
    # "وتوعدت الوزارة المخالفين بعقوبات رادعة"
    "توعد": ("توعدت", "توعدوا"),
    "اتهم": ("اتهمت", "اتهموا"),
    # "demanded", the masculine of طالبت (PAST_VERBS), which is also the noun "student" ("وقال طالب
    # جامعي"): a cue only with the ب of what was asked for within reach ("وطالب فلان بتوزيع …")
    "طالب": (),
}
# CLAUSE_VERBS that are cues only with و/ف glued on: bare, "طالب" is as often a name's word ("حسن أبو
# طالب") or the student.
GLUED_ONLY_CLAUSE_VERBS = ("طالب",)
CLAUSE_VERB_REACH = 8
# Forms of CLAUSE_VERBS with a clitic that are nouns before these words: "فرد من" is an individual of
# ("الرئيس فرد من الجماعة لكنه لا بد أن …"), while "فرد ساويرس: …", "فرد عليه بأنه …" is "and he replied".
CLAUSE_VERB_NOUNS = {"فرد": ("من",)}
# Present forms of CLAUSE_VERBS report what follows only as a clause: with a noun ("حتى يتعهد الرئيس
# باحترام الاتفاقية", "على الحكومة أن تتعهد بـ…") they are mostly conditions and demands, not reports.
PRESENT_CLAUSE_FORMS = ("يتعهد", "تتعهد", "يرد", "ترد", "ليرد", "لترد", "يروي", "تروي")
# … except in narrative after these ("قبل أن يتعهد الوزير بوصول ساعات التجهيز إلى …": he pledged).
NARRATIVE_OPENERS = ("قبل أن", "بعد أن")

# Clause verbs whose object, right after a named subject, starts what was said, and the words that,
# within CLAUSE_VERB_REACH words, make them cues (as a complementizer does for the others; a word with
# a one-letter preposition glued counts for that preposition, "لـ"/"بـ"):
OBJECT_CLAUSE_VERBS = {
    # the cause one gave: "وعزا الوزير ارتفاع الأسعار إلى زيادة الطلب", "وأرجع المتحدث التأخير لسوء
    # الأحوال الجوية" (أرجع is also "took back": a cause needs إلى or لـ; "عزت" is a given name)
    "عزا": ("إلى", "لـ"), "أرجع": ("إلى", "لـ"),
    # a figure estimated: "وقدّر الوزير خسائر الموسم بنحو 3 مليارات دينار" ("وقدرت الخسائر بـ…" is a
    # passive: with no named subject there is no statement)
    "قدر": ("بـ",),
    # … and a figure set: "وحدد الوزير كلفة الحج بـ4950 ديناراً للحاج" (not "حدد موعدا للجلسة"; its ب
    # carries the figure: FIGURE_GATED_VERBS)
    "حدد": ("بـ",),
    # … the blame, after whom it is laid on: "وحمّل الوزير الشركة المنفذة مسؤولية التأخير" (with ال
    # or a possessive pronoun too: "المسؤولية", "مسؤوليته")
    "حمل": ("مسؤولية",),
    # a position renewed, when its object is a noun of speech: "وجدد الرئيس التزام الحكومة بدعم …",
    # "وجدد الوزير دعوته إلى …" (not "جدد النادي عقد اللاعب", nor the adjective in "أعضاء جدد"); the
    # nouns are matched with ال or a possessive pronoun ("التأكيد", "رفضه", "مطالبتها")
    "جدد": ("تأكيد", "التزام", "دعوة", "مطالبة", "مطالب", "رفض", "إدانة", "دعم", "تمسك", "موقف",
            "ترحيب", "تحذير", "ثقة", "حرص", "استعداد", "نفي", "تضامن", "مناشدة", "تهديد", "اتهام",
            "انتقاد", "تأييد", "استنكار", "مطالبات", "دعوات", "تحذيرات", "اتهامات"),
    # a feeling or stance expressed, with ال or a possessive pronoun ("رضاه", "استياءها", "الاستعداد")
    "أبدى": ("رضا", "ارتياح", "استياء", "امتعاض", "انزعاج", "غضب", "قلق", "تخوف", "مخاوف", "خشية",
             "استغراب", "تعجب", "دهشة", "اندهاش", "أسف", "حزن", "تفاؤل", "تشاؤم",
             "استعداد", "رغبة", "تأييد", "دعم", "رفض", "معارضة", "تحفظ", "تحفظات", "اعتراض", "ترحيب",
             "تضامن", "تفهم", "إعجاب", "ثقة", "حرص", "تقدير", "امتنان", "استنكار", "انفتاح"),
}
# Of those, the ones whose ب must be glued to a figure (a digit, or نحو/حوالي before one): "وحدد
# الوزير سقف سعر المتر [بـ350] ديناراً", not "وحددت المحكمة جلسة 9 مارس للنطق [بالحكم]".
FIGURE_GATED_VERBS = ("حدد",)
FIGURE_GATE_WORDS = ("نحو", "حوالي")
# … within this many words: their object comes between the subject and the word they need.
OBJECT_CLAUSE_REACH = 12
# Of those, the ones that report only with their subject named right after them: with it dropped
# ("…، وكان يبكي وأبدى استعداده للتصالح") the reported speech they stand in goes on, and the one who
# felt so is often the one reported on, not the speaker.
NAMED_OBJECT_CLAUSE_VERBS = ("أبدى",)
# Their object may point back, and what follows it is still what was said: "وأرجع الوزير ذلك إلى
# ضعف الرقابة", "وعزا المصدر هذا الإجراء لمقتضيات الأمن".
DEMONSTRATIVE_OBJECTS = ("ذلك", "هذا", "هذه", "تلك")
# … and after these participles of them: "…، عازيا هذه الزيادة إلى الشباب …"
DEMONSTRATIVE_OBJECT_PARTICIPLES = ("عازيا",)

# Clause verbs with the letters of a common noun (رأى / رأي, opinion: "لتسلم رأي المفتي … على أن …"):
# cues only where a clause opens, that is glued to و/ف ("ورأى", "فرأى"), first in a sentence or after
# punctuation, or after a word that opens a clause (``words.CLAUSE_OPENERS``: "كما رأى الوزير أن …")
# or one of VERB_PARTICLES ("وقد رأى …", "إذ رأى الأول أن …", "لكنه رأى أن …").
# (قدر: "fate"; جدد: "new", plural; أبرز: "most prominent"; لوح: "a board"; حمل: "carrying", and its
# other forms come as often after their subject, inside a clause that reports what others blamed: "رداً
# على أن الحكومات حملت الحكومة السورية مسؤولية …، قال المقداد إن …")
NOUN_LIKE_CLAUSE_VERBS = ("رأى", "قدر", "جدد", "أبرز", "ابرز", "طالب", "حمل", "حملت", "حملوا", "لوح")
VERB_PARTICLES = ("قد", "وقد", "فقد", "لقد", "عندما", "إذ", "حيث", "لكن", "ولكن", "لكنه", "لكنها", "بل")

# Words that make the complementizer right after them an adverbial of their own, not the clause a
# CLAUSE_VERBS verb takes: "رأى الحكومة من عدمه، كما أنه يشترط …" (besides, it requires …).
NOT_CLAUSE_OPENERS = ("كما", "إلا", "رغم", "برغم", "غير", "مع")
# Words that make the complementizer after them a clause of time, which the verb's own clause may
# follow: "وقال الوزير [بعد أن] التقى الرئيس إن المحادثات …", "طالب بإجراء الانتخابات قبل يونيو، [قبل
# أن] يعدل الموعد" (no clause of his).
TIME_CLAUSE_OPENERS = ("قبل", "بعد", "منذ")

# Verb forms that are also a common preposition or noun, cues only where they open a sentence: "وبين
# الوزير أن …" (he made clear that) against "بينهم وبين الشعب" (between them and the people).
SENTENCE_OPENING_VERBS = {"وبين": "بينت"}
# … and forms that are cues also after a comma, or bare, when a complementizer follows within
# CLAUSE_VERB_REACH words with no punctuation before it: "…، بين المحافظ أن سعر الصرف مستقر" (not
# "بين الحكومة والمعارضة، …", "بين عامي 2010 و2015").
CLAUSE_OPENING_VERBS = {"بين": "بينت", "وبين": "بينت"}

# Words that open the reported content of indirect speech after a cue: "قال إن …", "أكد بأن …",
# "أشار إلى أن …", "شدد على أن …", "أعرب عن أمله في أن …" (matched on the folded view).
COMPLEMENTIZERS = (
    "إلى أن", "إلى أنه", "إلى أنها", "إلى أنهم", "على أن", "على أنه", "على أنها", "بأن", "بأنه", "بأنها",
    "بأنهم", "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أننا", "إننا", "أني", "إني", "أنني", "إنني",
    "لأن", "ألا", "على ألا", "إلى ألا",
)
# … of which these end in the negation ألا (أن + لا: "وتوقع الوزير ألا تتجاوز نسبة التضخم 5%"), which
# stays in the content: without it the statement says the opposite. Folded, ألا is إلا (except), so it
# counts only written with its hamza, or bare before a present verb (``mentions.complementizer_at``).
NEGATED_COMPLEMENTIZER = "ألا"

# The complementizer of a reason (because): after a verbal noun that is what was said, it tells why,
# within the statement ("ولم يستبعد الوزير حدوث موجة ثانية لأن الموسم مستمر"); it opens no clause of
# the verb's own.
REASON_COMPLEMENTIZERS = ("لأن",)

# Complementizers glued to و that open a second reported clause after a comma: "وأوضح الوزير أن
# الحكومة تستهدف خفض العجز إلى 6.2%، وأن الفائض الأولي سيبلغ 3.5%". Each clause is its own statement
# (the interview it reports usually had them as two answers), with the first one's cue and speaker.
COORDINATED_COMPLEMENTIZERS = (
    "وأن", "وإن", "وأنه", "وإنه", "وأنها", "وإنها", "وأنهم", "وإنهم", "وأننا", "وإننا",
    "وبأن", "وبأنه", "وبأنها", "وبأنهم",
)
# Words before which وأن is no second clause but part of an idiom: "سبق وأن أرسل" (had already sent),
# "لا بد وأن يكون" (must be), "خاصة وأن …" (especially as).
NOT_SECOND_CLAUSE_AFTER = ("سبق", "لابد", "بد", "لاسيما", "سيما", "خاصة", "خصوصا")
# … only when both clauses have at least this many words: a short one ("…، وأنه أبلغه بالقرار شخصيا")
# is a detail of the clause before it, and alone would be too short to link.
MIN_CLAUSE_WORDS = 4
# Words after وإن that make it concessive, not a second clause: "…، وإن كان الطريق طويلا" (even if).
CONCESSIVE_AFTER = ("كان", "كانت", "كانوا", "لم")

# Verbs whose object phrase after إلى is itself the content ("أشار إلى وجود ممثلين …").
POINTING_VERBS = ("أشار", "لفت", "نوه", "دعا")

# Verbs whose noun object, right after a named subject, is what was said when no أن follows: "أعلن
# الوزير إحالة ثلاثة مسؤولين إلى النيابة", "أكد المتحدث حرصهم على إنهاء التوسعة", "كشف الوزير
# عن خطة …", "شدد الوزير على ضرورة …", "دعا الوزير إلى تكثيف …", "حذرت المفوضة من كارثة …",
# "طالبت النائبة بفتح تحقيق …" (with a preposition the verb takes: "" for none; "ب" is the one
# glued to the object).
NOUN_CONTENT_VERBS = {"أعلن": ("", "عن"), "أكد": ("", "على"), "كشف": ("عن",), "أعرب": ("عن",),
                      "شدد": ("على",), "دعا": ("إلى",), "حذر": ("من",), "طالبت": ("ب",), "طالب": ("ب",),
                      # what one reported: "أفاد الوزير بتسجيل 427 إصابة مؤكدة"
                      "أفاد": ("ب",),
                      # … and their participles after the sentence's subject ("…، مؤكدا وجود تنسيق يومي",
                      # "…، مشددا على ضرورة …"); a feminine one right after a word is an adjective or a
                      # noun ("إجراءات مشددة على الحدود": tight; "لافتة إلى جانب": a banner)
                      "معلنا": ("", "عن"), "مؤكدا": ("", "على"), "كاشفا": ("عن",), "معربا": ("عن",),
                      "مشددا": ("على",), "داعيا": ("إلى",), "محذرا": ("من",), "مطالبا": ("ب",),
                      "مشيرا": ("إلى",), "لافتا": ("إلى",), "منوها": ("إلى",),
                      # … and the pointing verbs themselves, whose إلى may follow an aside: "وأشار فلان،
                      # خلال جولة تفقدية، إلى إجلاء 340 أسرة"
                      "أشار": ("إلى",), "لفت": ("إلى",), "نوه": ("إلى",),
                      "حث": ("على",), "نصح": ("ب",),
                      # what one expected: "وتوقع الوزير احتواء البؤرة خلال أسبوعين", "…، متوقعا تراجع
                      # ساعات الطرح"
                      "توقع": ("",), "متوقعا": ("",),
                      # … what one judged likely or ruled out, after the sentence's subject ("…، ومرجحا
                      # عودة التضخم إلى …", "…، مستبعدا حدوث أزمة")
                      "مرجحا": ("",), "مستبعدا": ("",),
                      # … and the verbs themselves: "واستبعد المحافظ حدوث خفض جديد", "واستبعد الناطق أي
                      # توجه نحو تحرير سعر الصرف", "ورجح الوزير ارتفاع الطلب العالمي" (a verbal noun only:
                      # "استبعد المدرب اللاعب" excluded him, "رجح الهدف كفة الفريق" tipped it)
                      "استبعد": ("",), "رجح": ("",),
                      # … and after لم: "ولم يستبعد الأخير حدوث موجة ثانية"
                      "يستبعد": ("",), "تستبعد": ("",),
                      # OBJECT_CLAUSE_VERBS: the object itself, right after the subject
                      "عزا": ("",), "أرجع": ("",), "قدر": ("",), "حدد": ("",), "جدد": ("",), "أبدى": ("",), "حمل": ("",),
                      # … and what one expressed, after the sentence's subject: "…، مبديا استياءه من …"
                      "مبديا": ("",),
                      # … and the cause given after the sentence's subject: "…، عازيا الزيادة إلى …"
                      "عازيا": ("",),
                      # … and what one threatened or hinted at: "…، ملوحا باعتصام مفتوح أمام البرلمان",
                      # "…، ملوحا إلى إمكانية رفع الأسعار"
                      "ملوحا": ("ب", "إلى"),
                      # what one pledged or promised, a noun with ب: "وتعهد المحافظ بوصول المساعدات إلى
                      # …", "ووعد وزير الطاقة بخفض ساعات التقنين" (both are in CLAUSE_VERBS: the ب word
                      # must come within reach)
                      "تعهد": ("ب",), "وعد": ("ب",), "متعهدا": ("ب",), "أشاد": ("ب",), "هدد": ("ب",), "اتهم": ("ب",),
                      "أوصى": ("ب",), "توعد": ("ب",),
                      # what one warned of, or reassured the public of, after إلى: "ونبه إلى ضرورة إيجاد
                      # بدائل …", "وطمأن الوزير المواطنين إلى عدم وجود أي قرار برفع …"
                      "نبه": ("إلى",), "طمأن": ("إلى",),
                      # what one admitted: "وأقر المدرب بوجود خلافات …", "واعترف الوزير بتقصير …" (أقر with
                      # a plain object is "approved": "أقر البرلمان القانون"); see NAMED_SUBJECT_VERBS
                      "أقر": ("ب",), "اعترف": ("ب",),
                      # what one denied, the cue telling it was denied: "ونفى الوزير وجود نية لرفع
                      # التعرفة", "…، نافيا وجود أي خلافات"
                      "نفى": ("",), "نافيا": ("",)}
# Verbs of NOUN_CONTENT_VERBS whose noun object is what was said only when it is a verbal noun ("نفى
# وجود نية …", "نفى إزالة …"): "نفى الأنباء المتداولة" denies what others said, and says nothing itself.
VERBAL_NOUN_OBJECT_VERBS = ("نفى", "نافيا", "استبعد", "يستبعد", "تستبعد", "رجح")
# … and those whose ب-object is what was said only when it is a verbal noun; a ب-word before it is
# more of the subject ("أوصت هيئة المفوضين [بالدائرة الأولى بمحكمة القضاء الإداري] بإصدار حكم …").
BA_VERBAL_NOUN_OBJECT_VERBS = ("أوصى",)
# … which may come after "أي", and is then any noun: what is denied or ruled out ("نفى أي تدخل",
# "ونفى العمري أي خلاف مع …", "استبعد أي توجه نحو …"); not after a comma, where أي is "that is".
ANY_BEFORE_VERBAL_NOUN = ("أي",)
# … except what others said (the denial is then his statement, whole), "ما" and a verb of spreading word: "ونفى الوزير ما تردد عن تعرض سفينة
# لإطلاق نار", "ونفى المصدر ما تداولته المواقع عن …". The denial is his statement, what it denies its text.
DENIED_HEARSAY = ("تردد", "يتردد", "تداول", "يتداول", "تداولته", "تداولتها", "يتداوله", "يتداولها", "أشيع",
                  "يشاع", "أثير", "يثار", "نشر", "ينشر", "نشرته", "نشرتها", "تناقلته", "تناقلتها", "تناقلت",
                  "روج", "يروج", "قيل", "يقال", "ذكرته", "أوردته", "زعم", "يزعم")
# … or a noun of reports, when what they said follows within DENIED_REPORT_REACH words after one of
# DENIED_REPORT_TOPICS: "ونفى الناطق الأنباء المتداولة عن إسقاط مروحية للجيش" ("نفى الأنباء
# المتداولة، مؤكدا أن …" says nothing of what the reports said: no statement).
DENIED_REPORTS = ("الأنباء", "الأخبار", "التقارير", "الشائعات", "الإشاعات", "المزاعم", "الادعاءات",
                  "الأقاويل", "الروايات", "أنباء", "أخبار", "تقارير", "شائعات", "مزاعم")
DENIED_REPORT_TOPICS = ("عن", "بشأن", "حول", "بخصوص", "بأن", "التي")
DENIED_REPORT_REACH = 5
# … also after "the truth of": "ونفى الوزير صحة ما يتداول على المنصات بشأن …", "نفى صحة الأنباء عن …".
DENIED_TRUTH = ("صحة", "حقيقة")

# Verbs of NOUN_CONTENT_VERBS whose noun object is a statement only when their subject is named right
# after them: crime reports are full of "وبمواجهته أمام اللواء …، اعترف بحيازته …" (a suspect's
# confession, whose speaker is neither the officer named before nor the one the text is about).
NAMED_SUBJECT_VERBS = ("أقر", "اعترف", "هدد", "اتهم")
# … or whose subject is a pronoun glued to the word before them: "لكنه أقر بوجود اختلافات في الرؤية".
PRONOUN_SUBJECT_OPENERS = ("لكنه", "لكنها", "ولكنه", "ولكنها")
# Connectives whose complementizer holds the subject of the verb after them, which opens a clause of
# its own: "…، غير أنه أوضح أن الخطر قائم" (however, he made clear that), "إلا أنها أكدت …".
CONNECTIVE_SUBJECTS = ("غير أنه", "غير أنها", "غير أنهم", "إلا أنه", "إلا أنها", "إلا أنهم")
# "In which", right after a cue: the subject follows ("وفي كلمة ألقاها أمام البرلمان، أكد فيها الرئيس
# أن …"), or it is who made the speech, statement or conference (SPEECH_NOUNS) before the cue: the one
# named right after that noun, IN_WHICH_GENITIVE_REACH words back at most ("تصريحات كيري السابقة
# لحضوره والتي دعا فيها إلى …"), else, the noun IN_WHICH_REACH words back at most, the one named
# right before it ("وأصدرت وزارة الداخلية بيانا أكدت فيه أن …", "وعقد الوزير مؤتمرا صحفيا أعلن فيه
# …"). Further back, the sentence's subject was often not who spoke ("وكتب المركز تغريدات، كتوصيات
# من الباحث يقول فيها …"): the speaker is then found as for a dropped subject.
IN_WHICH = ("فيه", "فيها", "خلاله", "خلالها")
IN_WHICH_REACH = 4
IN_WHICH_GENITIVE_REACH = 12
# … and one named after a preposition (also ب or ل glued to the name) is whom it was sent or said to,
# or where the maker works: "أرسل خطابا إلى سامي إمام …"، "القيادي بحزب الوسط".
IN_WHICH_NOT_AFTER = ("إلى", "الى", "على", "علي", "عن", "من", "مع", "أمام", "لدى", "عبر", "في", "فى", "حول",
                      "بين", "ضد")
# Nouns of what one says or holds to say it, as the singular (the accusative, ال and the clitics
# و ب ل are added when read), then plurals: speeches, statements, conferences, reports, posts.
SPEECH_NOUNS = ("خطاب", "كلمة", "بيان", "تصريح", "تصريحات", "مؤتمر", "حديث", "رسالة", "تقرير", "عرض",
                "تغريدة", "تغريدات", "مقابلة", "حوار", "لقاء", "اتصال", "مداخلة", "تدوينة", "منشور",
                "إيجاز", "مرافعة", "شهادة", "خطبة", "رسائل", "بيانات", "كلمات")

# Verbs of NOUN_CONTENT_VERBS that name the one they address between their subject and their
# preposition: "ودعت المنظمة السلطات التونسية إلى الإفراج …", "وحث الوزير المجتمع الدولي على …",
# "وطالبت النقابة الحكومة بصرف …", "…، داعيا الأطراف إلى …", "ووعد الوزير المواطنين بتحسين …". At most
# ADDRESSEE_REACH words, with no punctuation, function word or verb among them, come before the preposition.
ADDRESSEE_VERBS = ("دعا", "حث", "طالبت", "طالب", "داعيا", "مطالبا", "وعد", "نصح", "هدد", "اتهم", "أوصى", "طمأن", "توعد")
ADDRESSEE_REACH = 4
# Quantifiers that open the one addressed though they are function words elsewhere: "ودعا الوزير
# [جميع] الأطراف إلى وقف فوري …", "وحث [كل] المواطنين على …".
ADDRESSEE_QUANTIFIERS = ("جميع", "كل", "كافة")
# … of which these always name the one they address (one accuses somebody): a single name between
# the verb and its ب is that one, the subject dropped ("وأضافت النائبة أن …، واتهمت [الحكومة] برفض
# التعديلات"; "واتهمت النيابة المتهم بـ…" names both).
ADDRESSEE_REQUIRED_VERBS = ("اتهم",)
# Their masculine past forms cannot agree with a feminine definite noun right after them (one ending in
# FEMININE_ENDINGS: ة, or the plural ات): that noun is the one addressed, the subject dropped ("ودعا
# [السلطات] إلى فتح معبر ثان", "وطالب [الحكومة] بصرف تعويضات عاجلة"; a body as subject takes the
# feminine: "ودعت الحكومة إلى …") …
MASCULINE_ADDRESSEE_FORMS = ("دعا", "طالب", "حث", "نصح")
FEMININE_ENDINGS = ("ة", "ات")
# … except men named by such a word ("ودعا الداعية فلان إلى …", "ودعا السادات إلى …").
FEMININE_FORM_MEN = ("الداعية", "العلامة", "الخليفة", "الرحالة", "السادات")
# A group named after one of them is its subject, not whom it addressed, when an adjective in the
# nominative plural follows it: "وطالب الطلاب المتظاهرون بـ…" (the students demanded; "ودعا
# المواطنين إلى …" has the accusative).
NOMINATIVE_PLURAL_ENDING = "ون"
# Verbs that name the one told between their subject and a complementizer: "وأبلغ الوزير الصحفيين أن
# …", "وطمأن المحافظ التجار إلى أن …", "ووعد المدرب الأنصار بأن …" (the same reach and words as for
# ADDRESSEE_VERBS).
TOLD_VERBS = ("أبلغ", "طمأن", "وعد")

# Reporting verbs that take a noun object right after their subject, before what was said ("ووصف
# المبعوث الأممي نتائج الجولة بأنها …", "واعتبر رئيس النادي مستوى التحكيم …"): after the subject's
# role, an unknown word before an ال- word is that object, not the holder's name (as after a verb that
# is no cue; ``mentions.apposition_name``).
OBJECT_FIRST_VERBS = ("وصف", "اعتبر")
# … and their forms with و and an object pronoun glued, cues only when a complementizer follows them
# directly: "ورفض الوزير التقارير، ووصفها بأنها "مبالغ فيها ولا تستند إلى أي دليل"" (the one he goes on
# speaking of; what he said follows). Not without و: "… الدستور الذي وصفه بأنه …" is a relative clause.
OBJECT_PRONOUN_VERB_FORMS = {
    "وصف": ("ووصفه", "ووصفها", "ووصفهم", "ووصفته", "ووصفتها", "ووصفتهم"),
    "اعتبر": ("واعتبره", "واعتبرها", "واعتبرهم", "واعتبرته", "واعتبرتها", "واعتبرتهم"),
}

# "نقلت وكالة رويترز عن المتحدث باسم الجيش قوله إن …": the one quoted is named after عن, what he said
# follows the word (with إن, a colon or a quote), as after a cue verb.
QUOTING_WORDS = ("قوله", "قولها", "قولهم", "قولهما", "قولهن")

# "ونقلت الوكالة عن وزير الخارجية أن …": the verb's subject is the outlet that relays it, the one
# named after عن said it, and what he said follows a complementizer right after him (with قوله
# after him instead, QUOTING_WORDS reads it). RELAY_REACH: most words from the verb to عن (the outlet:
# "وكالة الأنباء الإيرانية «مهر»"); from عن to the complementizer, a subject's length with an
# apposition ("عن رئيس الوفد الحكومي المفاوض، عبد الله الشرعبي، أن …").
RELAY_VERBS = ("نقل", "نقلت", "ينقل", "تنقل")
RELAY_REACH = 10
# Words after عن that make it no source: "نقل المصابين عن طريق الإسعاف", "تابعت عن كثب", "عن قرب", "عن بعد".
NOT_RELAY_SOURCES = ("طريق", "كثب", "قرب", "بعد")

# "هذا ما كشفه المتحدث …": the statement is the text before the phrase (reverse attribution).
REVERSE_CUES = ("هذا ما", "وهذا ما", "هذا ما قاله", "بحسب ما", "وفق ما", "حسب ما")

# "«…»، هكذا علق الوزير على …", "«…»، بهذه الكلمات افتتح الرئيس كلمته": after a quotation's closing
# mark, a word pointing back at it, then a verb whose subject said it. After these, QUOTE_BACK_VERBS
# (how one began, ended or summed up, no speech verbs elsewhere) introduce the speaker as a cue verb does.
QUOTE_BACK_REFERENCES = ("هكذا", "وهكذا", "بهذه الكلمات", "بهذه العبارة", "بهذه العبارات", "بهذه الجملة")
QUOTE_BACK_VERBS = ("بدأ", "بدأت", "استهل", "استهلت", "افتتح", "افتتحت", "ختم", "ختمت", "لخص", "لخصت",
                    "عبر", "عبرت", "فسر", "فسرت", "برر", "بررت", "يصف", "تصف", "يلخص", "تلخص", "يعبر", "تعبر",
                    "يختم", "تختم", "يبدأ", "تبدأ", "قالها", "يحكي", "تحكي", "يكمل", "تكمل", "رد", "ردت")

# Words that, after a quotation's closing mark, open a clause about the whole sentence rather than go
# on with a clause the quotation is part of (as in أن "…"، هاجمت …): "مشيرا إلى "…"، رغم تأكيده أن …",
# "داعيا إياهم إلى «…»، وهو ما يخفف …". The quotation was all that was said there.
AFTER_QUOTE_OPENERS = ("رغم", "برغم", "على الرغم", "وسط", "في ظل", "في وقت", "حيث", "بينما", "في حين", "فيما",
                       "وهو ما", "وهي", "وذلك")

# "…، بحسب ما صرح به الوزير": after a comma, these + ما + a cue verb attribute the sentence before.
AFTER_ATTRIBUTION = ("بحسب", "حسب", "وفق", "طبقا", "وفقا")

# "بحسب X" / "وفقا لـ X": the sentence is attributed to X (before it, after it, or as an aside within
# it: "وتنطلق السنة الدراسية، وفق الوزيرة، يوم 15 سبتمبر").
ACCORDING_TO = ("بحسب", "حسب", "وفق", "وفقا", "وفقا ل", "وفقا لـ", "طبقا", "طبقا ل", "نقلا عن", "على حد قول",
                "على حد تعبير", "على حد")
# … and, after one of them, "his saying" ("أما الحل الجذري، بحسب قولها، فهو …", "…، على حد تعبيره"):
# the sentence is what the speaker just quoted says. (Not "وصفه"/"وصفهم", "as he/they described it":
# a reporter's scare quotes around a word in his own narration.)
HIS_SAYING = ("قوله", "قولها", "تعبيره", "تعبيرها")
# Prepositions that open a role's complement between the source and its comma: "وبحسب المسؤول الأول
# عن الكرة في البلاد، فرضت اللجنة …", "ووفق المتحدث باسم الوزارة في المنطقة، …".
ROLE_COMPLEMENT_OPENERS = ("عن", "في", "داخل", "لدى")
# … of which these are never a part of the name that follows ("وبحسب كيغينز، …"); حسب alone is also
# a surname ("صلاح حسب الله").
ACCORDING_TO_NOT_NAME = ("بحسب", "وبحسب", "وحسب", "وفق", "وفقا", "طبقا")

# An opening "وبحسب"/"ووفقا لـ" source may be described by a clause of its own before the comma of its
# "فإن": "وبحسب مصدر دبلوماسي حضر جلسات القمة، فإن …", "ووفقا لمصدر تحدث لـ«البلد» شريطة عدم
# الكشف عن هويته، فإن …". What follows the first "، فإن" within this many words of the source is what
# it says.
SOURCE_CLAUSE_REACH = 16
# … and after the source's own comma, a clause opening with one of these describes how it spoke
# ("، تحدث لـ«الوادي» شريطة عدم ذكر اسمه، فإن …", "، طلب عدم نشر اسمه، فإن …"), as one opening with a
# cue verb does; after another word, what follows the comma is what it says.
SOURCE_CLAUSE_VERBS = ("تحدث", "تحدثت", "طلب", "طلبت", "رفض", "رفضت", "فضل", "فضلت", "حضر", "حضرت",
                       "اشترط", "اشترطت")

# Words before a cue verb that make it a noun ("طلب عدم ذكر اسمه": ذِكر, "mention"; "امتنعوا عن ذكر
# أسمائهم": no finite verb follows a preposition).
NOUN_MAKERS = ("عدم", "دون", "بدون", "مجرد", "عن")

# Prepositions of a two-word time phrase that may stand between the subject and the word with ب a
# verb takes: "قبل أن يتعهد الساعدي [بعد استئنافها] بوصول ساعات التجهيز إلى …".
TIME_ASIDES = ("بعد", "قبل", "عقب", "إثر", "خلال", "أثناء")

# Phrases that frame what comes next, standing between a verb (or its subject) and the preposition it
# takes: "وأعلنت [في هذا الإطار] عن برنامج وطني …", "وكشف [من جهته] عن …", "ودعا [بدوره] إلى …".
FRAMING_ASIDES = ("في هذا الإطار", "في هذا السياق", "في هذا الصدد", "في السياق نفسه", "في الإطار نفسه",
                  "في السياق ذاته", "في الإطار ذاته", "في الصدد نفسه", "في الصدد ذاته",
                  "من جهته", "من جهتها", "من ناحيته", "من ناحيتها", "بدوره", "بدورها")

# Where and how one spoke, standing between a verb's subject and the preposition its noun object takes
# (NOUN_CONTENT_VERBS): "وأعربت المجموعة، [في بيان لها اليوم الثلاثاء،] عن خيبة أملها", "وأعلن الرئيس
# [في كلمته] عن قراره", "ودعا الوزير، [خلال لقائه وفد الغرفة التجارية،] إلى …". One of
# OCCASION_PREPOSITIONS, then a noun of SPEECH_NOUNS or OCCASION_NOUNS (with ال or a possessive pronoun),
# then at most OCCASION_ASIDE_REACH words up to the comma that closes it, or, with no comma before it,
# at most OCCASION_BARE_REACH words, none a title, up to the verb's preposition (not "في كلمة متلفزة
# وفاة الرئيس فلان عن سن 58": the object came first).
OCCASION_PREPOSITIONS = ("في", "خلال", "أثناء", "عبر", "لدى")
OCCASION_NOUNS = ("اجتماع", "جلسة", "ندوة", "زيارة", "افتتاح", "احتفال", "منتدى", "قمة", "ملتقى", "استقبال",
                  "جولة", "تصريحات", "مؤتمر",
                  # a reply: "وأرجع الوزير، خلال رده على طلبات إحاطة النواب، الأزمة إلى …"
                  "رد")
# … and nouns of when one spoke, bare, in construct or before an adjective: "وكانت مصادر عسكرية قد
# أفادت [في ساعات الصباح الأولى] بإصابة …", "وكان الوزير قد أعلن [في وقت سابق] عن …".
OCCASION_TIME_NOUNS = ("ساعات", "ساعة", "وقت")
# After a comma, these and an occasion (OCCASION_PREPOSITIONS, then a noun of SPEECH_NOUNS or
# OCCASION_NOUNS) tell where the words before them were said, not more of them: "…، وذلك في مؤتمر صحفي
# عقده اليوم الثلاثاء", "…، جاء ذلك خلال كلمته في افتتاح …". Reported speech ends at the comma.
OCCASION_TAIL_OPENERS = ("وذلك", "جاء ذلك", "وجاء ذلك")
# Prepositions of whom one spoke before, between a subject's apposition and what was said: "تعهد
# فلان، وزير الصحة، [أمام مجلس النواب] بأن …".
AUDIENCE_PREPOSITIONS = ("أمام",)
OCCASION_ASIDE_REACH = 10
OCCASION_BARE_REACH = 3
# … but a preposition followed by one of these goes on with the aside: "في كلمته [على هامش] القمة".
OCCASION_GOES_ON = ("هامش",)

# Words that begin with ب but are no object of a verb that takes ب (طالبت، تعهد): prepositions and
# adverbs of their own ("وطالبت المحكمة بشأن فلسطين بأن …", "وطالب بدوره بـ…").
NOT_BA_OBJECTS = ("بشأن", "بخصوص", "بدوره", "بدورها", "بدورهم", "بصفته", "بصفتها", "بحسب", "بسبب",
                  "بعد", "بين", "بينما", "بعض", "بالتزامن", "بمناسبة", "بحضور", "بمشاركة",
                  # the rest of: "وقد أشادت بقية الوفود بعرض المحافظ" (the subject, not ب + an object)
                  "بقية")
