"""Tables for linking reports of one statement across outlets: the clitics and suffixes that light
stemming strips (so that "مهمتنا / مهمتهم" and "نسعى / يسعون" meet on one stem), the function words that
never count as evidence, the first-person markers that pick a cluster's original wording, and the
stock phrases that must never link two statements on their own.

Every entry is written in ordinary spelling; the code folds it with ``qawl.text.normalize.key``
(so ة is ه, ى is ي, أ/إ/آ are ا and ؤ/ئ are ء when matching).
"""

# Proclitics stripped from the front of a word, repeatedly, longest first: conjunctions (و ف),
# prepositions (ب ل ك), the article (ال) and their fusions (وال بال لل فال كال وبال وللـ …).
# Repeating the strip makes "الوزير", "والوزير" and "وزير" one stem.
PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل", "ك")

# The future prefix (سنواصل, سيبقى): stripped only when a person prefix follows, so سوريا keeps its س.
FUTURE_PREFIX = "س"

# Imperfect-verb person prefixes (أ ن ي ت): "نسعى" (we seek) and "يسعون" (they seek) differ only here and
# in the suffix; stripping both is what lets first-person answers match reported speech.
PERSON_PREFIXES = ("ا", "ن", "ي", "ت")

# Enclitic pronouns and inflection suffixes stripped from the end, repeatedly, longest first:
# possessive/object pronouns (نا هم ها ه كم هن ك ي), verb and noun plural endings (ون ين وا ات ان),
# the feminine/teh-marbuta ending (ة → ه after folding, and ت before a pronoun: مهمتنا → مهمت → مهم).
# Stripping repeats one suffix at a time, so "قواتنا" → "قوات" → "قو" and "قوات" → "قو" agree.
SUFFIXES = ("كما", "هما", "كم", "هم", "هن", "نا", "ها", "ون", "ين", "وا", "ات", "ان", "ه", "ة", "ت", "ك", "ي")

# A stem never gets shorter than this many letters by stripping (keeps "لا", "من", "قد" intact).
MIN_STEM = 2

# The accusative ending (tanween alif) of adverbs and indefinite objects: "لا نرى مبررا" and "لا مبرر",
# "سيقود المنتخب مؤقتا" and "بشكل مؤقت", "يوميا" and "اليومي". Stripped after the suffixes (so that
# "هدفنا" loses نا, not ا) and only when this many letters are left ("بدا", "دعا" keep theirs).
ACCUSATIVE_ENDING = "ا"
ACCUSATIVE_MIN_LEFT = 3

# The long ا before the last letter of a word that starts with ا: the verbal nouns of the derived
# verbs (إنتاج، ارتفاع، استلام، اجتماع، اتفاق، إعلان) and the plurals of the أفعال pattern (أسعار،
# أطفال، أرقام، أحداث). Dropping it lets "إنتاج" meet "ننتج", "ارتفاع" meet "يرتفع" and "الأسعار" meet
# "السعر": a report turns a verb into its noun, or a plural into the singular, as often as it keeps it.
# Only words of at least this many letters (so "أمام", "إطار", "أيام" stay as they are).
LONG_A_MIN_WORD = 5

# Number words of one word (units, tens, hundreds: the tables of ``qawl.rules.numbers``) stem as their
# digits, so a report that writes a figure in digits meets the answer that spelled it out ("ستة ملايين"
# and "6 ملايين", "ستين بالمئة" and "60 بالمائة": both spellings of مئة are 100).

# Words that reports swap for one another (each line one group; the stems of all its words become
# the stem of its first). Only words an outlet uses interchangeably when it rewrites another's report,
# written as they stand after the article and without pronoun suffixes ("صراع" also matches
# "والصراع" and "صراعهم"); a word of two meanings is listed only where both fit its group.
SYNONYMS = (
    "نحو حوالي حوالى قرابة زهاء يقارب تقريبا",      # approximately, before a figure
    "حاليا حالي راهن جاري",                         # currently; العام الحالي / الجاري
    "مقبل قادم",                                    # next (الأسبوع المقبل / القادم)
    "ماضي منصرم فائت",                              # last (العام الماضي / المنصرم)
    "بلغ يبلغ تبلغ وصل يصل تصل",                    # reached (a figure)
    "ارتفع ارتفاع يرتفع زاد زيادة قفز صعد نمو",      # rose (and growth: "بنمو 18%" / "بزيادة 18%")
    "انخفض انخفاض ينخفض تراجع يتراجع هبط تدنى تدنت",  # fell
    "بدء بداية مطلع مستهل انطلاق اندلاع",            # the start of (a year, a war)
    "نزاع صراع",                                    # the conflict
    "اتفق اتفقا اتفاق توافق توافقا وافق وافقا",       # agreed ("وافق الطرفان على تبادل" / "اتفقا على")
    "خصص تخصيص رصد",                                # allocated (a sum)
    "تنفيذ تطبيق",                                  # implementing (an agreement)
    "راتب رواتب أجر أجور",                          # pay
    "حصل يحصل تقاضى يتقاضى تقاضت تلقى يتلقى تلقت",    # received (a sum)
    "واصل يواصل مواصلة استمر يستمر استمرار",         # continued
    "مقاتل مقاتلين مقاتلي عنصر عناصر",               # fighters / members (مقاتلي داعش → عناصر داعش)
    "كبير ضخم",                                     # big
    "مهم هام",                                      # important
    "يجب ينبغي",                                    # must
    "تجاوز يتجاوز فاق يفوق تخطى يتخطى تخطت تعدى يتعدى تعدت",  # exceeded
    "اجتماع لقاء",                                  # the meeting
    "بحث يبحث ناقش يناقش مناقشة",                   # discussed
    "اعتقل اعتقال احتجز احتجاز",                    # detained
    "هجوم اعتداء",                                  # the attack
    "توقع يتوقع رجح يرجح",                          # expected
    "جرحى مصابين",                                  # the wounded
    "بلد بلاد",                                     # the country
    "نهاية ختام",                                   # the end of
    "دعم مساندة",                                   # support
    "قائمة لائحة",                                  # the list (لائحة in the Maghreb)
    "جمهور جماهير",                                 # the fans, the public
    "سكان ساكنة",                                   # the population (ساكنة in the Maghreb)
    "بيت منزل",                                     # house ("من بيت إلى بيت" / "من منزل إلى منزل")
    "حديث كلام",                                    # talk of ("الحديث عن خفض الفائدة" / "الكلام عن …")
    "ضم يضم شمل يشمل تضمن يتضمن",                   # includes
    "اضطر يضطر اضطرار أجبر يجبر إجبار",              # forced to (and being forced: "ثم الاضطرار إلى")
    "أتاح يتيح سمح يسمح خول يخول",                  # allows
    "خفض يخفض تخفيض قلص يقلص تقليص تقلص",           # reduced (a period, a deficit)
    "نسبة حصة",                                     # the share of ("حصة الإناث" / "نسبة مشاركة الإناث")
    "مرحلة دفعة",                                   # a batch, a phase ("على مرحلتين" / "على دفعتين")
    "كيلومتر كلم",                                  # kilometres, and their abbreviation ("120 كلم/ساعة")
    "اكتمل يكتمل اكتمال انتهى ينتهي انتهاء",          # completed (works: "ستكتمل قبل" / "ستنتهي قبل")
    "استهدف يستهدف طمح يطمح",                       # aims to ("نطمح إلى تقديم" / "تستهدف تقديم")
    "أبقى يبقي إبقاء ثبت يثبت تثبيت",                # kept (a rate) unchanged ("الإبقاء على" / "تثبيت")
    "عقد يعقد انعقد ينعقد",                         # held, convened (a meeting: "ستعقد" / "ستنعقد")
    "طعام غذاء أغذية",                              # food ("أسعار الطعام" / "أسعار الغذاء")
    "كبح احتواء",                                   # curbing (inflation, an outbreak)
    "ترسخ يترسخ تترسخ تجذر يتجذر تتجذر",            # taking root ("قبل أن تترسخ" / "من التجذر")
    "اشتباك اشتباكات معركة معارك",                  # the fighting
    "دحر طرد",                                      # drove back (attackers)
    "معلومات معلومة معطيات",                        # the data (معطيات in the Maghreb)
    "تعريفة تعريفات تسعيرة تسعيرات",                 # the tariff
    "قروي ريفي",                                    # rural
    "تدريب تأهيل",                                  # training
    "زائر زوار سائح سياح",                          # visitors, tourists
    "أغلق يغلق أوصد يوصد",                          # closed (the door to dialogue)
    "فجوة هوة فارق",                                # the gap (between two rates, pledges and payments)
    "تهرب يتهرب تتهرب تنصل يتنصل تتنصل",             # evading (responsibility)
    "تهاون يتهاون تتهاون تساهل يتساهل تتساهل",        # being lax (with offenders)
    "أسرة عائلة",                                   # families ("60 ألف أسرة" / "ستين ألف عائلة")
    "ابتداء اعتبارا بدءا",                          # as of ("اعتبارا من الموسم المقبل" / "بدءا من")
    "أولي مبدئي مبدئيا أوليا",                       # preliminary ("برأسمال أولي" / "مبدئي")
    "متوافر متوفر توافر يتوافر تتوافر توفر يتوفر تتوفر",  # available ("ستكون متوافرة" / "ستتوافر")
    "حظوظ فرص",                                     # the chances (of qualifying)
    "أزيد أكثر",                                    # more than ("أزيد من" in the Maghreb)
    "انكمش ينكمش انكماش تقلص يتقلص",                 # shrank (a gap, an economy)
    "محادثات مباحثات",                              # the talks ("المحادثات مع الحكومة" / "المباحثات")
    "بدأ يبدأ تبدأ انطلق ينطلق تنطلق",              # started, will start ("ستنطلق الأعمال" / "ستبدأ")
    "مسافر راكب ركاب",                              # passengers ("14 مليون مسافر" / "راكب")
    "فارغ فارغة خاوي خاوية",                        # empty ("أمام مدرجات فارغة" / "خاوية")
    "ديون مديونية",                                 # debts ("خفضت ديونها" / "قلصت مديونيتها")
)
# (A verb whose past ends in ى is listed with its feminine past too, "تخطى تخطت": suffix stripping
# cannot make one of the other.)

# Nouns whose plural is broken (a pattern inside the word, not a suffix): a report writes the plural
# where the speaker said the singular ("أن تصل النتيجة برسالة نصية" / "أن تصل النتائج عبر رسائل
# نصية") as often as it keeps it, and no stripping makes one of the other. Each line: the singular,
# then its plurals; a line that shares a word with a line of SYNONYMS joins its group. (Plurals of the
# أفعال pattern need no line: see LONG_A_MIN_WORD. Left out: plurals that are other words too, as
# "فرق" (teams, difference), "طرق" (roads, knocked), "أشهر" (months, most famous).)
BROKEN_PLURALS = (
    "نتيجة نتائج", "رسالة رسائل", "هاتف هواتف", "وسيلة وسائل", "وثيقة وثائق", "دقيقة دقائق",
    "مدرسة مدارس", "منطقة مناطق", "دولة دول", "قرية قرى", "مدينة مدن", "منزل منازل", "شارع شوارع",
    "مصنع مصانع", "حقل حقول", "مركز مراكز", "مجلس مجالس", "معبر معابر", "منفذ منافذ", "مسجد مساجد",
    "فندق فنادق", "ملعب ملاعب", "مكتب مكاتب", "موقع مواقع", "مصدر مصادر", "قاعدة قواعد",
    "مشروع مشاريع", "أسبوع أسابيع", "يوم أيام", "عام أعوام", "سنة سنوات", "مرحلة مراحل",
    "صاروخ صواريخ", "سفينة سفن", "قضية قضايا", "ضحية ضحايا", "جريمة جرائم", "خسارة خسائر",
    "حادث حادثة حوادث", "فرصة فرص", "نقطة نقاط", "مبلغ مبالغ", "ضريبة ضرائب", "قانون قوانين",
    "شرط شروط", "بند بنود", "سلعة سلع", "برميل براميل", "دينار دنانير", "درهم دراهم",
    "أسير أسرى", "سجين سجناء", "قتيل قتلى", "مريض مرضى", "شهيد شهداء", "وزير وزراء", "خبير خبراء",
    "طبيب أطباء", "عامل عمال", "جندي جنود", "عضو أعضاء", "أسرة أسر", "عائلة عائلات عوائل",
    "امرأة نساء", "رجل رجال", "بئر آبار",
)

# Words that name one of several alternatives for the same place in a sentence: two reports aligned
# around a short gap (``params.SLOT_GAP``) that holds words of one group but of different lines say
# different things, and are not one statement ("جاهزاً قبل نهاية العام المقبل" / "ستفتتح في منتصف
# العام المقبل": two dates for one hospital). Each line one alternative; its words are synonyms. (The
# months of ``qawl.rules.dates`` are alternatives too, by their number; and so are two distinctive
# figures, see ``link.align.slot_conflict``.)
SLOT_ALTERNATIVES = {
    "part of a period": (
        "بداية بدء مطلع مستهل أوائل",                  # the start of (a year, a month)
        "منتصف أواسط",                                 # the middle of
        "نهاية ختام أواخر",                             # the end of
    ),
}

# An imperfect verb listed in its يـ form stands also for its تـ and نـ forms ("تتجاوز", "نتجاوز",
# "لن تتخطى"): the person a report changes; and for each with the future prefix ("ستشمل", "سنخفض").
IMPERFECT_PREFIX = "ي"
IMPERFECT_PERSONS = ("ت", "ن")

# Function words (written as stems would be read before stripping): they align two reports but are
# never evidence that two statements are one — a match made only of these links nothing.
FUNCTION_WORDS = set(
    """
    في من على الى إلى عن مع ان أن إن إنه أنه انه لا لم لن ما هو هي هم هن نحن انا أنا انت أنت هذا هذه ذلك
    تلك الذي التي الذين اللذين هناك هنا كل بعض قد لقد كان كانت يكون تكون ليس ليست او أو ثم بل لكن حتى
    اذا إذا كما بين عند منذ خلال حول ضد عبر أي اي ايضا أيضا فقط غير دون قبل بعد وقد وان وأن وإن فإن
    """.split()
)

# Words and suffixes that mark first-person speech (the speaker's own wording, as in an interview
# answer) rather than its report in the third person.
FIRST_PERSON_WORDS = set(
    """
    نحن أنا انا إننا اننا أننا إنني انني أنني لنا لدينا لدي عندنا نريد نسعى نعمل نؤكد نرى نعتقد
    سنواصل سنعمل سنبقى لن نسمح لا نسعى لا نريد قواتنا بلادنا شركاؤنا شركائنا مهمتنا هدفنا
    """.split()
)
FIRST_PERSON_SUFFIX = "نا"

# Stock phrases of the news register: they recur across unrelated statements of one speaker, so
# sharing them is never evidence of one statement. Their words are masked before verification.
# (Written without a leading preposition — "في شمال شرق سوريا" is "شمال شرق سوريا" — so that a phrase never
# starts with a function word that every text contains; the masked words are the phrase's own.)
STOCK_PHRASES = (
    "الهزيمة الدائمة لداعش",
    "الهزيمة الدائمة لتنظيم داعش",
    "الحرب على الإرهاب",
    "مكافحة الإرهاب",
    "التحالف الدولي ضد داعش",
    "التحالف الدولي لمكافحة داعش",
    "قوات سوريا الديمقراطية",
    "شمال شرق سوريا",
    "المجتمع الدولي",
    "الأمن والاستقرار",
    "أمن واستقرار المنطقة",
    "الحل السياسي للأزمة",
    "وقف إطلاق النار",
    "أقرب وقت ممكن",
    "حد تعبيره",
    "تصريحات صحفية",
    "تصريح خاص",
    "هذا الصدد",
    "سياق متصل",
    "جهة أخرى",
)

# Role heads whose holder speaks for the body his role names: what one outlet gives as the body's
# word ("أعلنت وزارة الصحة أن …") another gives as its spokesman's or its head's ("قال المتحدث باسم
# وزارة الصحة فلان إن …", "قال وزير الصحة"). ``link.speakers`` lets such a person and the body be one
# speaker of two reports that already share other statements. Members, experts and correspondents
# (عضو، خبير، مراسل) only belong to a body: they are not here.
SPEAKS_FOR_BODY = ("المتحدث", "الناطق", "رئيس", "مدير", "وزير", "محافظ", "والي", "قائد", "أمين", "مفوض")

# Bodies named after the office of their head: "وزارة الصحة" is what "وزير الصحة" heads, so the
# head's role names the body without its first word.
BODY_OF_HEAD = {"وزارة": "وزير", "محافظة": "محافظ", "رئاسة": "رئيس", "قيادة": "قائد", "مديرية": "مدير",
                "ولاية": "والي", "أمانة": "أمين", "مفوضية": "مفوض"}
