"""Closed-class and common words that can never be part of a personal name, and the words that
end a speaker phrase after a cue verb ("وقال X في بيان …", "وأكد X خلال …")."""

# Prepositions, conjunctions, particles, pronouns, demonstratives and common adverbs.
FUNCTION_WORDS = set(
    """
    في من على إلى الى عن مع عند لدى حتى منذ خلال عبر ضد حول بين بعد قبل أمام وراء تحت فوق دون غير سوى
    بشأن بخصوص بالنسبة
    و ف ثم أو أم بل لكن لكنه لكنها ولكن إذ إذا إن أن إنه أنه إنها أنها بأن لأن كي لكي لم لن لا ما ماذا
    هل قد لقد سوف كان كانت يكون تكون كانوا ليس ليست هو هي هم هن نحن أنا أنت أنتم هذا هذه ذلك تلك هؤلاء
    الذي التي الذين اللذين اللتين اللواتي كل بعض جميع أي أية كما مثل أيضا أيضاً فقط حيث عندما بينما
    اليوم أمس غدا الآن صباح مساء ظهر ليلة يوم أول أمس الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
    له لها لهم لنا لي به بها بهم فيه فيها منه منها عليه عليها إليه إليها عنه عنها معه معها وقال وأضاف
    تصريح تصريحات بيان مؤتمر صحفي صحفية كلمة كلمته حديث حديثه لقاء مقابلة حوار اتصال هاتفي رسالة تغريدة
    أحدهم إحداهن أحد بعضهم غيره نفسه ذاته يبدو نتطلع تعالى سبحانه وجل
    شقيق شقيقة شقيقه والد والدة والده نجل نجلة ابن ابنة زوج زوجة زوجته عم خال جد حفيد أسرة عائلة
    حسابه صفحته الرسمية الرسمي خاص خاصة أثناء إثر عقب وسط لـ بـ وفي ومن وعلى وإلى وعن ومع وهو وهي
    """.split()
)

# After a cue verb, these words end the speaker phrase: what follows is circumstance, not the speaker.
SPEAKER_STOPS = set(
    """
    في خلال عبر أثناء لدى عقب إثر أمام اليوم أمس مساء صباح ظهر ليلة يوم الأحد الاثنين الثلاثاء الأربعاء
    الخميس الجمعة السبت إن أن إنه أنه إنها أنها بأن لأن إلى الى على عن ل لـ ب بـ مع قائلا مضيفا مؤكدا
    مشيرا موضحا لافتا مشددا وفي وخلال حيث الذي التي فيما بعد قبل منذ حول بشأن تعليقا ردا تعقيبا نقلا
    مستهل منتصف أواخر أوائل
    """.split()
)
# (the last line: the heads of a time phrase, "وأعلن منتصف الشهر الجاري أن …", never a name)
# … and "مطلع" (the start of) before a time noun or a month: "وسبق له أن صرح مطلع الموسم بأنه …",
# "قال مطلع آذار إن …" (elsewhere it is "informed": "مصدر مطلع بجمارك المطار").
TIME_PHRASE_HEAD = "مطلع"
TIME_NOUNS = ("الموسم", "الشهر", "العام", "الأسبوع", "السنة", "العقد", "القرن", "الصيف", "الشتاء", "الربيع",
              "الخريف", "الدورة", "الولاية")

# Greetings and courtesies of interviews ("المذيع: معالي الوزير، أهلا بكم", "الوزير: شكرا لكم"):
# after a title or a label they look like the unknown name that follows one, and never are.
GREETINGS = ("أهلا", "أهلاً", "مرحبا", "مرحباً", "شكرا", "شكراً", "سهلا", "وسهلا", "بكم", "بك", "لكم", "لك",
             "تحياتي", "مساء", "صباح")

# "The same" after a role: "وبحسب المسؤول ذاته، …" is the speaker just quoted, not a new anonymous one.
SAME_WORDS = ("ذاته", "نفسه", "عينه", "ذاتها", "نفسها", "عينها")

# Pronominal subjects that pick a person from the two just named.
ORDINAL_ANAPHORA = {"الأول": 0, "الثاني": 1, "الأخير": 1, "الأخيرة": 1, "الأولى": 0, "الثانية": 1}
# … also as the topic before the verb: "أما الأول فقد أشاد …" (the opener, then a particle that may
# stand between the topic and the verb).
TOPIC_OPENERS = ("أما", "وأما")
TOPIC_PARTICLES = ("فقد", "قد")

# Prepositions after which an unknown word following a cue may still be a name ("وقال عواد في بيان"):
# other prepositions ("إلى", "على") after an unknown word mean it was a verb or noun ("وقالت نتطلع إلى").
NAME_FOLLOWERS = set("في خلال عبر أثناء لدى عقب إثر أمام اليوم أمس مساء صباح".split())

# Words between a cue verb and its subject that say when, in turn or how, not who ("وقال اليوم الوزير …",
# "وقال بدوره الوزير …", "قد أعلن الأسبوع الماضي أن …", "وقال مساء أمس الوزير …", "وقال ساخرا: …").
SUBJECT_FILLERS = set("""
    اليوم أمس أيضا كذلك بدوره بدورها الأسبوع الشهر العام الماضي الماضية الجاري الحالي المقبل مساء صباح ظهر
    ساخرا ساخرة مازحا مازحة ضاحكا ضاحكة مبتسما مبتسمة غاضبا غاضبة
    كليا تماما قطعيا مجددا رسميا بشدة
    """.split())
# (the last line: how firmly, before the object: "واستبعد المحافظ كلياً أي توجه لتعويم العملة",
# "ونفى الزعبي بشدة وجود …", "وأعلن الوزير رسمياً إطلاق …"; not "بشكل قاطع": "بشكل أو بآخر" is no
# manner of saying)

# "With": after a role, the name set off by commas after "مع نظيره، فلان" is the other one's.
WITH_WORDS = ("مع", "ومع", "برفقة", "بحضور", "بمشاركة")

# An honorific with "his"/"her", the subject of a verb that goes on with the current speaker:
# "وأضاف سعادته أن …", "وأكدت معاليها …".
HONORIFIC_PRONOUNS = ("سعادته", "سعادتها", "معاليه", "معاليها", "سموه", "سموها", "سماحته", "فخامته")

# Words a subject-first sentence may open with before its subject, read past when the subject of a
# verb that names none is looked for before it: "وكان كيغينز … قد قال", "كما أن …", "إن الوزير …
# أكد", and the topic that "أما" fronts ("أما محمد بن عيسى، أحد السكان، فروى أن …": he tells it).
SUBJECT_FIRST_OPENERS = ("كان", "كانت", "كما", "فيما", "بينما", "قد", "إن", "و", "ف", "أما")

# A team, club or national side after a title, with the ل of "of" glued: "المدرب البلجيكي [لفريق] شباب
# الساحل، فلان" (whom he coaches, not his name). Not in NOT_NAME: "رئيس فريق الباحثين تيم ستوكويل".
TEAM_NOUNS = ("فريق", "نادي", "منتخب")

# Prepositions whose object a name or body is, never the subject of the verb after it: "وعن العلاقة
# [مع] الجيش، قال: …", "وحول المفاوضات [مع] الحكومة، قال …" (the topic of what the speaker went on to say).
OBJECT_PREPOSITIONS = ("مع", "عن", "حول", "بشأن", "بخصوص", "تجاه", "إزاء", "حيال", "ضد", "إلى", "من", "على")

# Indefinite pronoun subjects: "وقال أحدهم إن …", "ويقول بعضهم إن …" name somebody (one of the
# crowd, some of them) who is not the speaker quoted before; the speaker stays unknown.
INDEFINITE_SUBJECTS = set("أحدهم إحداهن أحدهما إحداهما أحدهن بعضهم بعضهن".split())

# Words that open a new clause inside a sentence; a cue verb after them starts a new statement. (و
# written apart from the verb, "و أشار أن …", as some sites type it, is the conjunction glued to it;
# "وقد" before a verb: "أعلنت الجامعة …، نتائج الانتخابات …، وقد أكد نائب رئيسها أن …".)
CLAUSE_OPENERS = set("بينما فيما كما حين ثم بعدما و وقد".split())

# Conjunctions left dangling at the end of reported speech when the next clause starts a new cue
# ("قال الأول إن اللقاء كان صريحاً، بينما أكد الثاني …").
DANGLING_END = ("بينما", "فيما", "في حين", "كما", "و", "وقد", "حيث", "مضيفا", "وأضاف", "لكنه", "لكنها", "ولكنه", "ولكنها",
                # … and the connectives of cues.CONNECTIVE_SUBJECTS, with hamza or without ("…، غير أنه")
                *(f"{a} {b}" for a in ("غير", "إلا", "الا") for b in ("أنه", "أنها", "أنهم", "انه", "انها", "انهم")))

# Verbal nouns (masdar) by their shape, ف ع ل standing for the three root letters. Right after a title
# such a word is the object of the verb before, not the name of the person: "وأعلن الوزير تشكيل لجنة",
# "وأعلن المبعوث إطلاق ممرين إنسانيين". Names of these shapes (``names.VERBAL_NOUN_SHAPED_NAMES``, and
# given names such as إيمان) stay names.
VERBAL_NOUN_SHAPES = ("تفعيل", "افتعال", "انفعال", "استفعال", "تفاعل", "مفاعلة")
# … and shapes whose root letters are read as consonants only (not ا و ي): إفعال is also the shape of
# broken plurals (أطباء، أعضاء، أسباب), and of names with a long vowel (إيناس، إيمال، إدوار).
CONSONANT_VERBAL_NOUN_SHAPES = ("إفعال",)
# … and, after a verb whose object is a verbal noun (``cues.VERBAL_NOUN_OBJECT_VERBS``: نفى، استبعد), one
# with a possessive pronoun for its doer: "ونفى الوزير وجوده في القاعة", "ونفى المدرب تعرضه لأي ضغوط",
# "ونفى مشاركته في …" (its ة written ت), also of the shape تفعّل, which alone is a present verb.
OWN_VERBAL_NOUN_SUFFIXES = ("هما", "هم", "ها", "ه")
OWN_VERBAL_NOUN_SHAPES = ("تفعل",)

# The present verb of a headline after its subject, root letters read as consonants: "وزير الإسكان
# [يطلق] «سكني أولاً»: …" (a lone word before a quote mark would otherwise be read as his name; given
# names of the shape, يعرب, are ``names.VERB_SHAPED_NAMES``).
PRESENT_VERB_SHAPES = ("يفعل",)
# … and present verbs with a weak root letter, which the shape leaves out: "ورئيس البلدية [يعد] بتعويض
# أولي خلال ١٠ أيام", "الوزير يقول …", "السفير يرى أن …".
WEAK_PRESENT_VERBS = ("يعد", "يقول", "يرى", "يدعو", "يصف", "يضع", "يزور", "يرد", "يصل", "يبدي", "يلقي",
                      "ينفي", "يبقى", "ينوي", "يشيد", "يريد", "يقود", "يعود", "يسعى", "يرجو", "يخوض")
# … and verbal nouns with no such mark (many three-letter names share the shape فعل: نصر، سعد، فهد),
# the ones met as a verb's object after a title. Not فتح: "وأكد فتح الباب" is a surname.
PLAIN_VERBAL_NOUNS = ("منع", "بدء", "رفع", "دعم", "وقف", "نقل", "سحب", "طرح", "فرض", "شن", "ضخ", "صرف",
                      "نشر", "رصد", "بحث", "عقد", "بناء", "حظر", "إعادة", "ضرورة", "أهمية", "رفض", "قبول",
                      "زيادة", "خفض", "إزالة", "إقالة", "إضافة", "وجود", "وصول", "انطلاق", "إطلاق", "تشكيل",
                      "تسجيل", "إحالة", "وقوع", "حدوث", "سقوط",
                      # what is announced of a contract or a date: "وأعلن توقيع عقد جديد مع …", "وأعلنت
                      # تأجيل الامتحانات", "وأعلن إلغاء الرحلات", "وأعلنت تعليق الدراسة", "وأعلن تمديد …"
                      "توقيع", "تأجيل", "إلغاء", "تعليق", "تمديد",
                      # … of what is founded, set aside, resumed or appointed: "كما أعلنت إنشاء صندوق وطني
                      # …", "وأعلن تخصيص 40 مليون دينار لـ…", "وأعلنت استئناف الرحلات", "وأعلن تعيين …"
                      "إنشاء", "تأسيس", "تخصيص", "استئناف", "تعيين", "افتتاح", "تشغيل", "اعتماد",
                      # … and of what is sent: "وأعلن إرسال تعزيزات تضم كتيبتين …"
                      "إرسال",
                      # … and of what is granted or made binding: "كما أعلن منح ترخيصين لبنكين رقميين",
                      # "كما أعلن إلزام البنوك بتوفير النقد الأجنبي"
                      "منح", "إلزام",
                      # … and of closing, in the فعل shape no pattern lists: "وأوصت المديرية بغلق الفصل"
                      "غلق",
                      # nouns of the مفعل shape that report a death: "وأعلن مقتل قيادي بارز في التنظيم"
                      "مقتل", "مصرع",
                      # … and of the فعول shape: "وأعلنت المديرة صدور قرار يمنع …", "كما أعلنت دخول 3 آلاف
                      # غرفة جديدة الخدمة"
                      "صدور", "دخول",
                      # "non-", before a verbal noun: "وأكد عدم وقوع إصابات بين المدنيين"
                      "عدم",
                      # going ahead with a plan, with ال- mostly: "وأكد الوزير المضي في خطة زيادة الإنتاج"
                      "مضي",
                      # growth, in the فعول shape of صدور: "ورجح الوزير نمو الطلب العالمي على الخام"
                      "نمو",
                      # … and the تفعّل shape, also a present verb's, as what is denied: "ونفت رئيسة الجهاز
                      # تعرض الجهاز لأي ضغوط", "ونفى الوزير تورط موظفين …", "نفى تدخل الحكومة في …";
                      # and تلقّي (its weak form, the past verb تلقى folded alike): "ونفى فلان تلقي أي تقارير …"
                      "تعرض", "تورط", "تدخل", "تلقي",
                      # a pardon, in the فعل shape of a weak root no pattern lists: "أعلن الرئيس العفو عن
                      # 350 سجيناً", and with its accusative ا "وأعلن عفواً رئاسياً عن مئات السجناء"
                      "عفو",
                      # … and a wound, in the إفالة shape of a hollow root: "وأفادت مصادر عسكرية بإصابة
                      # خمسة جنود", "وأعلنت الوزارة إصابة 12 شخصاً"
                      "إصابة")
# … and verbal nouns that also open names (فتح الله، فتح الباب): a verbal noun when the next word has
# no ال- ("وأعلن المبعوث فتح 3 ممرات إنسانية", "أعلن … ليندغرين فتح تحقيق").
NAME_OPENING_VERBAL_NOUNS = ("فتح",)
# … and verbal nouns that are also family names ("باسم عودة"): a verbal noun only before an ال- word
# ("وتوقع عودة الحركة إلى طبيعتها"; "وأكد عودة على ضرورة …" is the minister).
SURNAME_VERBAL_NOUNS = ("عودة",)
# Prepositions of a verbal noun's shape (إفعال), never the verb's object: "وأكد أبو الغار أثناء حديثه
# لبرنامج …، أن الحزب سيخوض الانتخابات".
VERBAL_NOUN_SHAPED_PREPOSITIONS = ("أثناء", "إزاء", "إبان")
# Verbal nouns that begin with و, which is theirs and no conjunction: "كشف الوزير عن وجود 11 مشروعا".
WAW_VERBAL_NOUNS = ("وجود", "وصول", "وقف", "وضع", "وقوع", "ورود", "وجوب", "وفاة")

# Groups of people an official tells, reassures or calls on: after a definite word they are the verb's
# object, not more of a role or a body ("وأبلغ وزير المالية [الصحفيين] أن …", "وطمأن المحافظ [التجار]
# إلى أن …", "ودعا المتحدث باسم الوزارة [المواطنين] إلى …"); first after an indefinite head they are
# its complement ("نقيب الصحفيين", "اتحاد المستثمرين").
# Groups of PEOPLE_ADDRESSED that are the subject of a feminine verb ("ودعت القوى السياسية إلى
# الإضراب": the forces called for it), called on only by a masculine one.
GROUPS_OF_FEMININE_VERBS = ("القوى",)
PEOPLE_ADDRESSED = ("المواطنين", "الصحفيين", "الإعلاميين", "المستثمرين", "التجار", "المستوردين", "الأنصار",
                    "الجماهير", "الجمهور", "الأهالي", "السكان", "النواب", "الحضور", "الحاضرين", "المشاركين",
                    "المودعين", "المستهلكين", "المزارعين", "الفلاحين", "المتظاهرين", "المحتجين", "الموظفين",
                    "العاملين", "الطلاب", "المعلمين", "اللاعبين", "المواطنات", "الشباب", "الناخبين",
                    # those praised or thanked: "وأشاد رئيس البلدية [بالمتطوعين] الذين …"
                    "المتطوعين", "المسعفين",
                    # the parties to a conflict: "ودعا الأمين العام [الأطراف] إلى ضبط النفس"
                    "الأطراف", "الطرفين", "الجانبين", "الفصائل",
                    # … and the political forces: "ودعا [القوى] السياسية إلى احترام إرادة الناخبين"
                    # (GROUPS_OF_FEMININE_VERBS)
                    "القوى",
                    # the other side's men, called on to defect or surrender: "ودعا المتحدث [الجنود]
                    # الحكوميين إلى الانشقاق"
                    "الجنود", "المقاتلين", "المسلحين")
# … and the indefinite nouns that open such a group as a construct ("ودعا المتحدث [شركات الشحن] إلى …",
# "وطالب الوزير [أصحاب المصانع] بـ…"): after a role they are the verb's object, never a word of the
# holder's name.
# (Not "سكان", "أهالي": residents are also the source a report quotes, "وقال سكان محليون إن …".)
GROUPS_ADDRESSED = ("شركات", "أصحاب", "مواطني", "جميع", "كافة", "دول", "حكومات", "منظمات", "مؤسسات", "وسائل",
                    "مالكي", "مستخدمي")
# … but residents are called on when the verb's preposition comes right after their place: "كما دعا
# [أهالي القرى الحدودية] إلى الابتعاد عن …" (the verb's subject dropped; as its subject they would call
# on someone first: "ودعا أهالي القرية الحكومة إلى …"); and they are no name after a title: "ودعا
# الوزير أهالي القرى إلى …".
RESIDENTS = ("أهالي", "سكان")

# Whom a speaker spoke to, behind ل right after his role: "وقال الوزير [للصحفيين] إن …", "وقال المتحدث
# باسم الجيش [لوكالة] فرانس برس إن …", "وقال مسؤول أمني [لصحيفة] الحياة …". They end the role: the
# addressee, not the body the role is of. SPOKEN_TO_AUDIENCES are the people told (definite: ل + ال-);
# SPOKEN_TO_OUTLETS the kinds of outlet, indefinite, in construct with the outlet's name ("للوكالة
# الدولية للطاقة الذرية", definite, stays the body of "المدير العام").
SPOKEN_TO_AUDIENCES = ("الصحفيين", "الصحافيين", "الصحافة", "الإعلاميين", "المراسلين", "الحضور", "الحاضرين")
SPOKEN_TO_OUTLETS = ("وكالة", "صحيفة", "جريدة", "قناة", "مجلة", "موقع", "شبكة", "إذاعة", "تلفزيون", "راديو",
                     "فضائية", "وسائل")
# … except after the head of a role held at an outlet ("مراسل لقناة …", "مديرا لوكالة الاستخبارات") or an
# adjective that makes the لـ-phrase the body's ("المدير العام لقناة …", "رئيس تحرير لجريدة …"), and
# before a name that makes it no outlet ("لقناة السويس", the canal).
OUTLET_STAFF_HEADS = ("مراسل", "مراسلة", "محرر", "محررة", "مذيع", "مذيعة", "مقدم", "مقدمة", "مدير", "مديرة")
OUTLET_STAFF_ADJECTIVES = ("العام", "العامة", "التنفيذي", "التنفيذية", "الإقليمي", "الإقليمية", "تحرير")
NOT_OUTLET_NAMES = ("السويس", "بنما")
