"""Titles, role nouns and organization heads that mark who a noun phrase names.

Titles stand before a personal name ("العقيد مايلز كاغينز"); role heads start a role phrase
("المتحدث باسم التحالف الدولي"); organization heads start an organization name ("حزب النور").
"""

# What a person quoted is, before the name: "وقال المواطن فلان", "وقالت الطالبة فلانة", "وقال المتهم
# فلان", "وقال القيادي في حركة … فلان". Titles (below), and NOUN_TITLES too: each is also an everyday
# word ("the exit" المخرج, "the leading role" الدور القيادي, "the narrative work" العمل الروائي,
# "dated" المؤرخ في), a title only before a given name.
# (Not those that are as often a family name: الجندي، الشاعر، المعلم، التاجر، الفقيه; nor "الشاهد", a role
# of its own, ANONYMOUS_HEADS: "قال الشاهد «شريف. ع»، صاحب كافتيريا، إن …".)
PERSON_DESCRIPTIONS = (
    "المواطن", "المواطنة", "الطالب", "الطالبة", "المتهم", "المتهمة", "الضابط",
    "الشاعرة", "الطبيب", "الطبيبة", "المفكر", "المعلمة", "السائق", "المخرج", "المخرجة", "الروائي",
    "الروائية", "المؤرخ", "المزارع", "الموظف", "الموظفة", "القيادي", "القيادية",
    "الدبلوماسي", "الأخصائي", "الأخصائية", "المدعي",
)

# Personal titles: military ranks, academic and religious honorifics, courtesy titles. A name follows.
PERSON_TITLES = (
    "العقيد", "الكولونيل", "اللواء", "العميد", "الفريق", "الفريق أول", "المشير", "الجنرال", "الرائد",
    "النقيب", "الملازم", "المقدم", "الأدميرال", "الأميرال", "الرقيب",
    "الدكتور", "الدكتورة", "د.", "الدكتور المهندس", "المهندس", "المهندسة", "الأستاذ", "الأستاذة",
    "البروفيسور", "المحامي", "المحامية", "المستشار", "المستشارة", "القاضي", "القاضية",
    # honorifics before a name or a role (the Gulf's and the Levant's): "وأكد سعادة حمد الكعبي أن …",
    # "معالي وزير الخارجية", "سمو الأمير", "سماحة المفتي"
    "سعادة", "معالي", "سمو", "سماحة", "فخامة",
    # the prosecution in court reports: "وطالب المدعي العام فلان بإنزال …"
    "المدعي العام", "المدعية العامة", "وكيل النيابة", "وكيلة النيابة",
    "الشيخ", "الشيخة", "السيد", "السيدة", "الآنسة", "الحاج", "الحاجة", "الإمام", "المفتي", "الداعية",
    "الأنبا", "البابا", "المطران", "الأب", "القس", "الحاخام", "الكاردينال",
    "الأمير", "الأميرة", "الملك", "الملكة", "العاهل", "السلطان", "الرئيس", "الرئيسة", "رئيس الوزراء",
    "الوزير", "الوزيرة", "السفير", "السفيرة", "النائب", "النائبة", "المرشح", "المرشحة",
    "الناشط", "الناشطة", "الكاتب", "الكاتبة", "الصحفي", "الصحفية", "الإعلامي", "الإعلامية",
    "الفنان", "الفنانة", "اللاعب", "المدرب", "الخبير", "الخبيرة", "الباحث", "الباحثة", "المحلل",
    "النجم", "الداعية الإسلامي", "المحافظ", "المدير", "القائد", "المندوب", "المبعوث", "المنسق",
    # the coach, in the Maghreb's sports pages: "الإطار التقني البلجيكي فلان", "الناخب الوطني فلان"
    "الإطار التقني", "الناخب الوطني",
    "Dr.", "Mr.", "Mrs.",
    # what a person quoted is ("وقال المواطن فلان"; see PERSON_DESCRIPTIONS below)
    *PERSON_DESCRIPTIONS,
    # a rank "of the General Staff" (Egypt): "اللواء أركان حرب عصمت مراد" is the general عصمت مراد
    "العقيد أركان حرب", "اللواء أركان حرب", "العميد أركان حرب", "الفريق أركان حرب", "الفريق أول أركان حرب",
    "المقدم أركان حرب", "الرائد أركان حرب",
    # … and "ركن" (of the staff) without ال: "الفريق أول ركن بكر صدقي"; naval and air ranks
    "الفريق أول ركن", "الفريق ركن", "اللواء ركن", "العميد ركن", "العقيد ركن",
    # … and with ال, as Iraqi copy writes it: "العميد الركن فلان"
    "الفريق أول الركن", "الفريق الركن", "اللواء الركن", "العميد الركن", "العقيد الركن", "المقدم الركن",
    "الفريق بحري", "اللواء بحري", "العميد بحري", "الفريق طيار", "اللواء طيار", "العميد طيار",
)
# Titles of PERSON_TITLES that are also everyday nouns ("الفريق": the team; "الرائد": the leading,
# the pioneer): alone, they name a person only before a given name ("الفريق خالد المنصوري"); "وقال
# إن الفريق قادر على المنافسة", "الفريق بخير" name nobody.
NOUN_TITLES = ("الفريق", "الرائد", *PERSON_DESCRIPTIONS)

# Adjectives of a definite role head that are no adjectives of relation (those end in ي/ية): "المبعوث
# الخاص", "الأمين العام", "المحافظ الجديد". Any other single ال- word after a definite head, no
# nisba, no feminine word and no participle in الم-, is the holder's surname in apposition: "وقال
# المحافظ الدباغ إن …", "الوزير الخطيب" (a definite head takes no complement).
DEFINITE_HEAD_ADJECTIVES = ("الخاص", "العام", "الأعلى", "الأول", "الجديد", "السابق", "الأسبق", "الراحل",
                            "الأصغر", "الأكبر", "الأوحد", "البديل", "الفخري", "الدائم", "الحالي", "التنفيذي",
                            "الكبير", "الأخير", "الوحيد", "العنيد", "الفرد", "الضيف")

# Titles that name one office whole: the person named after one holds it as a role too ("أعلن رئيس
# الوزراء منير الصالحي …" holds the role another article calls him by: "وقال رئيس الوزراء إن …").
HELD_OFFICE_TITLES = ("رئيس الوزراء", "المدعي العام", "المدعية العامة")

# Titles that stand for another, the class a bare one refers back to: "وأكد العاهل أن …" (the monarch)
# is the one the article named "الملك فلان".
TITLE_SYNONYMS = {"العاهل": "الملك"}

# Role heads that are a construct ending in a definite noun, whole in themselves: definite, so no
# construct noun follows ("شيخ الأزهر فلان" is held by فلان), and a mention alone ("وقال شيخ الأزهر إن").
CONSTRUCT_ROLE_HEADS = ("شيخ الأزهر", "شيخ الطريقة")

# Kinds of state, in construct with the state's name: that name is the role's, whatever it is
# ("سفير جمهورية نوفاريا، فلان،": not a person named نوفاريا).
STATE_NOUNS = ("جمهورية", "مملكة", "دولة", "إمارة", "سلطنة", "دوقية")

# Role heads: a role phrase is one of these plus its complement ("باسم التحالف", "لقوات سوريا
# الديمقراطية", "الأمريكي"). Definite forms refer to a known person; indefinite ones (مصدر، مسؤول)
# are anonymous sources.
ROLE_HEADS = (
    "المتحدث", "المتحدثة", "الناطق", "الناطقة", "متحدث", "متحدثة", "ناطق", "ناطقة",
    "وزير", "وزيرة", "الوزير", "الوزيرة", "رئيس", "رئيسة", "مدير", "مديرة", "المديرة", "نائب", "نائبة", "أمين", "الأمين العام", "الأمينة العامة",
    "الأمين", "قائد", "قائدة", "عضو", "عضوة", "مستشار", "مستشارة", "محافظ", "سفير", "سفيرة",
    "مندوب", "مندوبة", "ممثل", "ممثلة", "زعيم", "زعيمة", "منسق", "منسقة", "مؤسس", "مساعد",
    "المرشد العام", "مرشد", "المرشد", "نقيب", "عميد", "أستاذ", "أستاذة", "الخبير", "خبير", "الباحث", "باحث",
    "المحلل", "محلل", "مسؤول", "مسئول", "مسؤولة", "مصدر", "مصادر", "مسؤولون", "مسئولون", "شاهد", "شهود",
    "المبعوث", "مبعوث", "المبعوثة", "مبعوثة", "المفوض", "مفوض", "المفوضة", "مفوضة", "رئيس الوزراء", "الرئيس", "الرئيسة", "المدير", "القائد", "السكرتير",
    "سكرتير", "المراقب", "المحافظ", "مراقب", "المسؤول", "المسئول", "عضو مجلس", "النائب", "النائبة", "المنسق", "المستشار",
    "المسؤولة", "المسئولة", "الدبلوماسي",  # (with an adjective only: "المسؤولة الحكومية"; alone it is "responsible")
    "المصدر", "المصادر", "مراسل", "مراسلة", "المراسل", "محرر", "رئيس تحرير", "محامي", "محامية",
    # Maghreb press offices ("المكلف بالإعلام بالإدارة الجهوية للصحة", "المكلفة بالاتصال بالوزارة").
    "المكلف بالإعلام", "المكلفة بالإعلام", "المكلف بالاتصال", "المكلفة بالاتصال", "مكلف بالإعلام",
    # the governor of a wilaya (Sudan, Algeria): "والي ولاية الخرطوم", "وأضاف الوالي أن …". Not "والي"
    # alone: folded, it is also "وإلى" (and to: "وإلى جواره", "وإلى نص الحوار").
    "والي ولاية", "الوالي",
    # the governor of a central bank or a province: "حاكم مصرف لبنان فلان", "وأعلن حاكمه فلان". Not
    # "الحاكم": it is also the adjective "ruling" ("الحزب الحاكم في البلاد").
    "حاكم",
    # a team's coach: "هنريك فرمولين، مدرب شباب الساحل الأزرق،" (not "المدرب": a word of what coaches
    # say, "سنعلن اسم المدرب الجديد", where a role mention would hide it from linking)
    "مدرب", "مدربة",
    # the Maghreb's secretary-general of a union or party: "الكاتبة العامة للنقابة، نزهة الإدريسي،"
    "الكاتب العام", "الكاتبة العامة", "كاتب عام", "كاتبة عامة", "الكاتب الوطني", "الكاتبة الوطنية",
    # the head of a tribe or a community: "شيخ قبيلة العبيد", "شيخ عقل الطائفة". Not "شيخ" alone: it
    # is also inside names ("حسن شيخ محمود"); and "الشيخ" is a courtesy title (PERSON_TITLES).
    "شيخ قبيلة", "شيخ عشيرة", "شيخ مشايخ", "شيخ عقل",
    *CONSTRUCT_ROLE_HEADS,
)

# Titles that are also offices, after which a word with the ل of "for" glued, before an ال- word, is
# what the office is for, not a name ("المبعوث الأميركي لأمن الملاحة فلان", "مساعد الرئيس لشؤون
# البيئة"): after a courtesy or academic title it is a name ("الدكتورة لميس المعداوي").
OFFICE_TITLES = ("الرئيس", "الرئيسة", "الوزير", "الوزيرة", "المستشار", "المستشارة", "المدير", "المنسق",
                 "المبعوث", "المندوب", "السفير", "السفيرة", "النائب", "المحافظ", "القائد")

# Indefinite role heads whose complement may be a title standing for its bearer ("نائب الوزير",
# "مستشار الرئيس", "مساعد المدير"): the deputy, adviser or envoy of a person named elsewhere. Other
# heads stop at a title, which opens a name ("وزير الداخلية اللواء …").
HEADS_OF_A_TITLE = ("نائب", "نائبة", "مساعد", "مساعدة", "مستشار", "مستشارة", "ممثل", "ممثلة", "مبعوث",
                    "مندوب", "سكرتير")

# Definite role heads that are a mention even with no complement ("وقال الوزير …", "وفق الوزيرة، …"):
# others alone are common nouns ("الأمين", "العضو").
BARE_ROLE_HEADS = ("المتحدث", "الناطق", "المتحدثة", "الناطقة", "الوزير", "الوزيرة", "المدير", "المديرة",
                   "المسؤول", "المسئول", "الوالي", "المبعوث", "الدبلوماسي", *CONSTRUCT_ROLE_HEADS)

# Bare definite heads that, used alone later in an article ("وقال الرئيس …"), refer back only to a
# person the article gave that very title ("الرئيس فلان"), not to the holder of a role with that head
# and a complement: "رئيس الحزب فلان" is not who "الرئيس" later means (in this news the head of state).
TITLE_ONLY_HEADS = ("الرئيس", "الرئيسة")

# Generic heads that, definite and followed by adjectives only ("المسؤول العسكري", "المسؤول الأممي",
# "المسؤولة الحكومية"), are an epithet for the official the article has named: "قال المتحدث باسم القوة
# العقيد فلان … غير أن المسؤول العسكري رفض تحديد موعد". They mean that official when the article
# names exactly one person with a role or title, and no unnamed official ("مسؤول عسكري") before.
EPITHET_ROLE_HEADS = ("المسؤول", "المسئول", "المسؤولة", "المسئولة",
                      # an officer by his nationality or service: "وشدد الضابط السويدي على أن …"
                      "الضابط",
                      # a diplomat by his nationality: "وبحسب الدبلوماسي الأميركي، …"
                      "الدبلوماسي",
                      # a coach by his nationality (the Maghreb's sports pages): "أوضح الإطار التقني البلجيكي أن"
                      "الإطار التقني")
# … or followed by "الأول": "المسؤول الأول عن الكرة الوطنية" is the head of what follows it.
EPITHET_ORDINALS = ("الأول", "الاول", "الأولى", "الاولى")
# Heads of the roles the "first official" of a body holds: "المسؤول الأول عن الاتحادية" is the
# person the article names as "رئيس الاتحادية …".
LEADER_HEADS = ("رئيس", "رئيسة", "مدير", "مديرة", "قائد", "زعيم")
# Heads one party's or movement's leader is named by in turn: "وشدد زعيم النهضة على …" is the person
# named "رئيس حزب النهضة المدنية فلان" (and the other way round), when its words are all in that role.
PARTY_LEADER_HEADS = ("رئيس", "زعيم", "رئيسة", "زعيمة")
# "The one speaking": bare, after a cue ("وأضاف المتحدث أن …"), the person just quoted, whatever his role
# (with a complement, "المتحدث باسم الوزارة", or "الرسمي", it is a spokesman's role).
SPEAKING_WORDS = ("المتحدث", "المتحدثة")
# … unless the article has an unnamed spokesman ("وقال متحدث باسم الجيش …"), whom it may mean instead.
UNNAMED_SPEAKER_WORDS = ("متحدث", "متحدثة", "ناطق", "ناطقة", "متحدثا", "ناطقا")
# … the unnamed official an epithet then means instead: any of these words in the article ("وقال
# مسؤول أمني لفرانس برس …، وأكد المسؤول الأمني أن …"), with و or ف or not.
UNNAMED_OFFICIAL_WORDS = ("مسؤول", "مسئول", "مسؤولة", "مسئولة", "مسؤولا", "مسئولا", "مسؤولون", "مسئولون",
                          "مسؤولين", "مسئولين")

# Complement words that tie a role to its organization ("المتحدث باسم …", "مدير المكتب …").
ROLE_LINKS = ("باسم", "الرسمي باسم", "الرسمي", "الرسمية", "العام", "العامة", "لدى", "الإعلامي", "الإعلامية")

# A role head or a role link with a possessive pronoun for its complement: "وقال مديرها العام …",
# "رئيسها التنفيذي فلان", "المتحدث باسمها": the pronoun stands for the organization (or country) named
# just before, whose role it is. Only these pronouns: a glued ه is also the folded ة of a feminine
# head ("مديره" is both "his director" and "مديرة").
POSSESSIVE_SUFFIXES = ("ها", "هم", "هما")
# … and ه ("his", "its"), only right before a name, where either reading gives the role's holder:
# "فيما طمأن محافظه، يوسف الكعبي، إلى أن …" (the bank's governor).
NAMED_POSSESSIVE_SUFFIXES = ("ه",)
PRONOUN_ROLE_LINKS = ("باسمه", "باسمها", "باسمهم", "باسمهما")

# Prepositions that attach to a role where it is held, before the holder's name: "مدير الأمن في
# محافظة البصرة اللواء ماجد الحسني", "سفير بلاده لدى اليونسكو فلان". (As a glued letter, only ب and
# ل: "رئيس قطاع الأمن باتحاد الكرة عادل منصور".)
ROLE_PLACE_PREPOSITIONS = ("في", "لدى")
# … and the preposition of where an envoy is sent: "المبعوث الخاص إلى بوراليا، ماركوس ليندغرين".
ROLE_DESTINATION_PREPOSITIONS = ("إلى",)

# A role named again later with an adjective of relation (nisba) for a word it first had: "المبعوث
# الأممي" after "المبعوث الخاص للأمين العام للأمم المتحدة فلان", "الوزير العراقي" after "وزير خارجية
# العراق فلان", "المتحدث الصحي" after "المتحدث باسم وزارة الصحة فلان". The nisba ends in ي; its noun
# is what is left, or that with one of these endings (folded: ة is ه).
NISBA_NOUN_ENDINGS = ("", "ه", "ا")

# How many words of an organization's own name or of a place unknown to the tables may stand between
# a role and its holder: "الرئيس التنفيذي لشركة نفط الواحة الوطنية المهندس سالم الكعبي".
HOLDER_GAP_WORDS = 4
# … and adverbs that qualify the role there, which are no name's words: "مدير أمن المحافظة سابقا
# اللواء سمير حمدي" (former), "… حاليا".
HOLDER_GAP_ADVERBS = ("سابقا", "حاليا")

# Role heads that many people hold at once (a correspondent of an agency, a member of a council, a
# lawyer, an expert): a role-only speaker with one of these is never resolved across documents to
# the person once named in that role elsewhere ("مراسل الأناضول" in one article is not in another).
SHARED_ROLE_HEADS = ("عضو", "عضوة", "مراسل", "مراسلة", "محرر", "خبير", "الخبير", "باحث", "الباحث", "محلل", "المحلل",
                     "أستاذ", "أستاذة", "محامي", "محامية", "مستشار", "مستشارة", "المستشار", "مساعد", "نائب",
                     "نائبة", "النائب", "ممثل", "ممثلة", "شاهد", "شهود")

# Anonymous-source heads: a statement by "مصدر أمني" has a speaker, but not a named one.
ANONYMOUS_HEADS = ("مصدر", "مصادر", "المصدر", "المصادر", "مسؤول", "مسئول", "مسؤولون", "مسئولون", "شاهد", "شهود", "شهود عيان")
# … of which these are never followed by a name ("مسؤول ملف المفقودين فلان" may be): a word right after
# their phrase, with no comma, is what they did ("مصدر بحرس المحكمة رافق عز …").
NEVER_NAMED_HEADS = ("مصدر", "مصادر", "المصدر", "المصادر", "شاهد", "شهود")
# Adjectives of an anonymous source with the preposition of what it knows or is close to (the source
# keeps them: "مصدر مطلع على المفاوضات", "مصادر مقربة من الحكومة"); the matcher takes the feminine
# (ة) and plural (ون/ين) forms too.
SOURCE_ADJECTIVES = {"مطلع": "على", "مقرب": "من"}

# Role heads that hold a role only of a body named after them ("مدرب شباب الساحل الأزرق", "مدرب المنتخب"):
# with adjectives alone they describe somebody ("من بينهم مدرب محلي").
BODY_ROLE_HEADS = ("مدرب", "مدربة")

# "In charge of": goes on with a role past the body it is of, even past a body of two fields ("الوزير
# المنتدب لدى وزيرة الاقتصاد والمالية المكلف بالميزانية، فلان", "نائب وزير الصحة والسكان المكلف
# بالسكان").
CHARGE_PARTICIPLES = ("المكلف", "المكلفة")

# Two-word role heads that name the office another outlet names with one word: "المدير الفني لفريق
# النسور" is "مدرب النسور". ``link.speakers`` reads a role's head through it.
ROLE_HEAD_PHRASES = {"المدير الفني": "المدرب", "المديرة الفنية": "المدربة"}

# Organization heads: the name continues after them ("حزب النور", "وزارة الخارجية", "قوات سوريا …").
ORG_HEADS = (
    "محافظة",  # the governorate ("وقالت محافظة …" is its administration), not a woman governor
    "حزب", "جبهة", "حركة", "جماعة", "تنظيم", "وزارة", "هيئة", "مجلس", "لجنة", "منظمة", "اتحاد", "نقابة",
    "جمعية", "تحالف", "ائتلاف", "قوات", "جيش", "وكالة", "صحيفة", "مركز", "مؤسسة", "شركة", "بنك", "محكمة",
    "نيابة", "جامعة", "مكتب", "مديرية", "إدارة", "قيادة", "رئاسة", "سفارة", "بعثة", "حكومة", "كتائب",
    "لواء", "فيلق", "مفوضية", "قوة", "جهاز", "الجهاز", "هيئة", "وكالة", "بلدية", "البلدية", "وسائل إعلام", "وسائل الإعلام", "البنك", "الحزب", "الجبهة", "الحركة", "الجماعة", "الوزارة", "الهيئة",
    "المجلس", "اللجنة", "المنظمة", "الاتحاد", "النقابة", "الجمعية", "التحالف", "الجيش", "الحكومة",
    "الرئاسة", "النيابة", "المحكمة", "الشرطة", "الخارجية", "الداخلية", "الدفاع", "البيان",
    # Egypt's and Lebanon's "authorities" (مصلحة alone is also "interest": "للمصلحة العامة") and the
    # intelligence services
    "مصلحة الأرصاد", "مصلحة الطب الشرعي", "مصلحة الضرائب", "مصلحة الجمارك", "مصلحة السجون",
    "الاستخبارات", "استخبارات", "المخابرات", "مخابرات",
    # a parliamentary bloc: "كتلة الوفاق الوطني"
    "كتلة",
    # a standing cell that speaks for the state: "خلية الإعلام الأمني", "خلية الأزمة"
    "خلية",
)

# Members of parliament, named by the bloc or the constituency they sit for, after عن: "النائب عن
# كتلة الإصلاح والتنمية", "النائبة عن محافظة البصرة" (elsewhere عن after a role is what one spoke of:
# "وأعلن الوزير عن خطة …").
MP_HEADS = ("النائب", "النائبة")

# Body heads that are also the participle "organizing" after a definite head: "اللجنة المنظمة"
# (the organizing committee), "الجهة المنظمة" are one body, not a body and its object.
ORGANIZING = ("المنظمة", "المنظم")

# Ordinals after the head "مركز": a place in a ranking ("إذا لم نحقق المركز الثالث", "احتل الفريق المركز
# الأول"), not a center. (After other heads an ordinal names a unit: "الفرقة الرابعة", "الجيش الثاني".)
RANK_ORDINALS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
                 "العاشر", "الأخير", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "الأخيرة")

# Organizations known by name alone (matched whole; prefixes و/ب/ل allowed).
KNOWN_ORGS = (
    "الأمم المتحدة", "مجلس الأمن", "الاتحاد الأوروبي", "جامعة الدول العربية", "حلف الناتو", "الناتو",
    "حلف شمال الأطلسي", "منظمة الصحة العالمية", "البنك الدولي", "صندوق النقد الدولي", "الصليب الأحمر",
    "التحالف الدولي", "داعش", "تنظيم داعش", "الدولة الإسلامية", "القاعدة", "حماس", "حزب الله", "حركة فتح",
    "الإخوان المسلمين", "الإخوان", "جماعة الإخوان", "حزب النور", "حزب الحرية والعدالة", "جبهة الإنقاذ",
    "جبهة الإنقاذ الوطني", "قوات سوريا الديمقراطية", "قسد", "البيشمركة", "البنتاغون", "البيت الأبيض",
    "الكرملين", "الكونغرس", "وزارة الخارجية", "وزارة الداخلية", "وزارة الدفاع", "الجيش المصري",
    "الحرس الثوري", "طالبان", "الأزهر", "الكنيسة", "مجلس الشورى", "مجلس الشعب", "مجلس النواب", "البرلمان",
    "مجلس نواب الشعب", "مجلس الأمة", "مجلس الشيوخ",  # Tunisia's, Kuwait's and Algeria's, the US Senate
    "الرئاسة", "الحكومة", "النيابة العامة", "رويترز", "فرانس برس", "أسوشيتد برس",
    "الجامعة العربية", "منظمة العفو الدولية", "هيومن رايتس ووتش", "المرصد السوري لحقوق الإنسان",
    "الاتحاد الأفريقي", "مجلس التعاون الخليجي", "حركة النهضة", "نداء تونس", "الجبهة الشعبية",
    "الاتحاد العام التونسي للشغل", "حركة 6 أبريل", "التيار الشعبي", "حزب الوفد", "حزب الدستور",
    # Bodies whose name opens with a broken plural, which no longer opens a person's name (``words.
    # VERBAL_NOUN_SHAPES``), or whose name is read as one: Doctors Without Borders, UNICEF.
    "أطباء بلا حدود", "منظمة أطباء بلا حدود", "اليونيسيف", "اليونيسف", "منظمة اليونيسيف",
    # Broadcasters whose spelled-out initials read like a person's name ("قالت بي بي سي").
    "بي بي سي", "سي إن إن", "سي ان ان", "سكاي نيوز",
)

# Nouns that name a document, not a speaker, when they follow a cue ("وقال البيان …" is the
# statement of the organization that issued it; the matcher types them as org mentions).
# Documents a body issues, after "بحسب"/"وفق" and before the body ("وبحسب بلاغ للمكتب الوطني للنقابة، فإن
# …", "وفق بيان صادر عن الوزارة، …"): the body is the source.
ISSUED_DOCUMENTS = ("بيان", "بلاغ", "تقرير", "رسالة", "مذكرة", "وثيقة", "دراسة", "تصريح", "البيان", "البلاغ",
                    "التقرير")
# … and the figures a body publishes, as a cue's subject before the body: "وأظهرت بيانات البنك المركزي
# أن …", "وتشير أرقام أولية للجهاز إلى أن …" (the body speaks, as through its ISSUED_DOCUMENTS).
DATA_NOUNS = ("بيانات", "أرقام", "إحصاءات", "إحصائيات", "معطيات", "تقديرات")
DOCUMENT_SPEAKERS = ("البيان", "التقرير", "الرسالة", "الصحيفة", "الوكالة", "الموقع", "القناة", "الدعوى", "الدعاوى",
                     "المذكرة", "الوثيقة", "الخطاب", "الدراسة", "الشكوى", "العريضة", "الصفحة")
