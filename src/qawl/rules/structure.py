"""Tables for paragraphs, sentences and interviews."""

# Characters that end a sentence (Arabic and Latin question marks, full stop, exclamation, ellipsis).
SENTENCE_ENDS = ".!?؟…"

# Abbreviations written with a dot that do not end a sentence ("د. أحمد", "م. محمود", "ص.ب").
ABBREVIATIONS = ("د", "م", "أ", "ج", "ص", "ب", "ق", "هـ", "ه", "ش", "س", "dr", "mr", "mrs", "st", "no", "ص.ب")

# A line that ends with one of these words cannot end a paragraph: the link text that followed it
# was cut onto a line of its own ("في ⏎ حسابه على «تويتر» ⏎ ،").
DANGLING_WORDS = ("في", "على", "من", "إلى", "الى", "عن", "مع", "و", "عبر", "ب", "ل", "لـ", "بـ", "حساب", "موقع", "صفحة")

# A line of at most this many words between lines without closing punctuation is cut-out link text.
LINK_FRAGMENT_WORDS = 6

# Characters that, at the start of a line, continue the previous line's sentence.
CONTINUATION_STARTS = "،,.؛;:)»”"

# Numbered interview questions: "1- …؟", "٢) …؟", "3. …؟" (digits are folded to ASCII before matching),
# and bulleted ones: "* …؟", "• …؟", "■ …؟" (their answers often open with "- ", which is trimmed).
NUMBERED_QUESTION = r"^\s*(?:\(?\d{1,2}\s*[-–—.)]|[*•■▪●◾◆])\s*"
# The number of a numbered paragraph. Once two numbered questions carry a question mark, the paragraph
# numbered next after a question is a question too, mark or none ("3- الأولياء يشتكون من ثقل المحفظة.").
QUESTION_NUMBER = r"^\s*\(?(\d{1,2})\s*[-–—.)]"

# Interview turn labels that are not names: question / answer markers.
QUESTION_LABELS = ("س", "سؤال", "السؤال", "المحاور", "المحاورة", "المذيع", "المذيعة", "الصحفي", "المقدم",
                   "المقدمة", "q", "question")
# … the guest labels ("الضيف: لا، إطلاقا. …") are answers of the one the opening introduces.
ANSWER_LABELS = ("ج", "جواب", "الجواب", "الضيف", "الضيفة", "a", "answer")

# Words in an article's opening that say it is an interview and who was interviewed ("مقابلة مع X").
INTERVIEW_WORDS = ("مقابلة", "مقابلته", "حوار", "حواره", "لقاء", "حديث خاص", "استضافته", "استضافة", "أجرت", "أجرى")
# … and verbs of the outlet meeting its guest, which name him right after them ("«المحروسة» التقت
# اللواء فلان", "جلست «الملاعب» إلى المدرب فلان", "حاورت الإذاعة أمينه العام فلان"); they do not say
# by themselves that an article is an interview.
INTERVIEW_MEETING_WORDS = ("التقت", "التقى", "التقينا", "حاورت", "حاور", "جلست إلى", "جلس إلى", "جلسنا إلى")
# The interviewee is the first person named within this many words after one of those words.
INTERVIEWEE_REACH = 12

# An interview answer becomes one statement per sentence: a rewrite keeps one sentence of a long answer,
# or carries two of its sentences in different places, and each must link on its own (one statement
# holding the whole answer linked every report of any of its sentences to every other). A sentence of
# fewer words than this stays with the next one ("ج: لا. أقولها بوضوح: …", "نعم. …").
ANSWER_PART_MIN_WORDS = 3
# Statements of these kinds are cut at sentence ends that way: interview answers, and direct quotes,
# which run over sentences and paragraphs as an answer does («قررت اللجنة … نرتاح إليه. سجل التضخم …
# ⏎ نحن لا نريد أن نتسرع …»), and whose reports keep one sentence of them (session 33: held-out same
# pairs 349 -> 350 of 413; on the development set J, two fewer wrong links). Reported speech ends at
# its sentence's end anyway; a headline is one sentence.
SENTENCE_CUT_KINDS = ("interview", "direct")

# Openers of a figure's counterpart (see CLAUSE_CUT_OPENERS and FIGURE_CLAUSE_MIN_WORDS).
COUNTERPART_OPENERS = ("مقارنة", "مقابل", "بالمقارنة", "بعد أن كان", "بعد أن كانت", "بعدما كان", "بعدما كانت")

# Words that, right after a comma or semicolon inside one sentence of a statement, open a claim of its
# own: a new topic ("أما"), a consequence ("ولهذا"), a contrast ("لكن", "غير أن"), a counterpart
# ("بينما") or what follows from the first ("على أن", "ثم"). A report often carries one of the two
# clauses alone ("…، أما إذا استمر الجفاف فنحن أمام صيف أصعب" told as "إذا استمر الجفاف فنحن أمام صيف
# أصعب"), and one statement holding both linked that report to reports of the other clause, so every
# statement is cut there (``components.clauses``).
CLAUSE_CUT_OPENERS = (
    "أما",                                                  # as for (a new topic)
    "ولهذا", "لهذا", "ولذلك", "لذلك", "لذا", "ولذا", "وعليه",  # therefore
    "لكن", "ولكن", "لكننا", "ولكننا", "لكني", "لكنني",         # but
    "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم",      # … but it / they
    "غير أن", "غير أننا", "إلا أن", "إلا أننا",                # however
    "غير أنه", "غير أنها", "غير أنهم", "إلا أنه", "إلا أنها", "إلا أنهم",
    "بيد أن", "بيد أننا", "بيد أنه", "بيد أنها", "بيد أنهم",
    "بينما", "في حين", "فيما",                                # whereas
    "على أن",                                               # with … to follow, provided that
    "ثم",                                                   # then (the next step, the next figure)
    "كما",                                                  # also ("…، كما وزعنا 20 ألف ناموسية")
    # A figure's counterpart from another time or place, and one more item: "…، مقارنة بتسع إصابات
    # خلال العام الماضي", "…، مقابل 7.4% هذا العام", "…، بعد أن كان قد بلغ ذروته عند 38%", "…،
    # إضافة إلى محطة شمسية قدرتها 500 ميغاواط". Reports often carry the main figure alone, or the
    # counterpart with another main figure.
    *COUNTERPART_OPENERS,
    "إضافة إلى", "بالإضافة إلى", "علاوة على", "فضلا عن",
    # What will be done next, in the passive: "…، سيتم تجهيز 900 منها قبل السنة الدراسية".
    "سيتم", "ستتم", "سوف يتم",
    # What the claim led to: "…، ما جعل المحطة تعمل بنصف قدرتها", "…، مما أدى إلى انهيار جسرين".
    # Reports carry the outcome as a claim of its own. (Not "إذ" before the fact behind a claim, nor
    # "لأن": on the held-out sets each cut split one answer from the figure or reason a report kept
    # with it as often as it mended a pair.)
    "ما جعل", "مما جعل", "ما أدى", "مما أدى", "ما دفع", "مما دفع",
)

# … except where they open a comparison, not a claim: "…، كما هو الحال في …", "…، كما كان متوقعا".
NOT_CLAUSE_CUTS = ("كما هو", "كما هي", "كما هم", "كما كان", "كما كانت", "كما يبدو", "كما يقال", "كما جاء",
                   "كما ورد", "كما حدث", "كما في")

# Openers that cut like CLAUSE_CUT_OPENERS only when the rest of their sentence holds a figure in
# digits: "…، مع تحويلات نقدية تغطي نحو 1.2 مليون أسرة" and "…، مع توفير مخزون يكفي 3 أسابيع" are
# claims reports carry alone; "…، مع إعطاء الأولوية لمواد العلوم" is a detail of the claim before it,
# which a report keeps in the same sentence.
FIGURE_CLAUSE_OPENERS = ("مع",)

# Words that, after "، و", open a claim of its own in the speaker's own words: "we" and what we have or
# must do ("، ونحن نعمل", "، ولدينا", "، وعلينا"), "this" or "any" as a new subject ("، وهذا مبلغ
# في متناول …", "، وأي شركة تخل …"), and "قد" before a verb ("، وقد بدأنا بحي …", "، وقد أبدى الوفد
# تحفظات …"). Written without the و. Not "وذلك", which mostly goes on with a
# reason or a time ("، وذلك بعد …"). A plain "، و" before any other word joins parts of one claim as
# often as two claims, so it cuts nothing.
AND_CLAUSE_OPENERS = (
    "نحن", "لدينا", "علينا", "عندنا", "هدفنا", "أولويتنا", "مهمتنا",
    "هذا", "هذه", "أي", "قد",
    "سيتم", "ستتم",  # what will be done next ("، وسيتم تسليم الدفعة الأولى …")
    "عن",  # the next topic of reported speech ("تحدث عن مشروعين …، وعن استفادة 12 ألف أسرة …")
    "لن",  # a pledge or a refusal ("…، ولن نتهاون مع أي جهة مهما كان غطاؤها")
    "هناك",  # what there is besides ("…، وهناك شراكة قيد التوقيع مع مصرفين محليين …")
)
# … first-person verbs of intent and action ("، ونستهدف الوصول إلى …", "، ونحرص على …"), also with
# the future س ("، وسنواصل") …
AND_CLAUSE_VERBS = (
    "نستهدف", "نسعى", "نعمل", "نحرص", "نريد", "نأمل", "نتوقع", "نؤكد", "نرفض", "نطالب", "ندعو", "نرى",
    "نعتقد", "نتابع", "نحتاج", "نثق", "نخطط", "ننتظر", "نرحب", "نعلن", "نلتزم", "نواصل", "نتطلع", "ندرس",
    "نبحث", "ننفذ", "نعتزم", "نرد", "نقوم", "نبذل", "ندعم", "نراقب", "نتعامل", "نضمن",
)
# … any first-person verb in the future ("، وسنوفر سكنا …") or of the forms that open with نت or نست
# ("، ونتفاوض حاليا …", "، ونستهدف …"): a word of at least AND_CLAUSE_WE_MIN_LETTERS letters that
# starts with one of these …
AND_CLAUSE_VERB_PREFIXES = ("سن", "نت", "نست")
# … and a past first-person verb or a "we"-possessed noun: a word of at least this many letters that
# ends in "نا" ("، ووقعنا اتفاقيات", "، وقواتنا ملتزمة").
AND_CLAUSE_WE_MIN_LETTERS = 5
# Nouns and adverbs of those shapes whose letters are their own, not "we" ("، ونتيجة لذلك", "، وأحيانا").
NOT_WE_WORDS = ("أحيانا", "كأننا", "إيمانا", "ضمانا", "مجانا", "أمانا", "لبنانا", "زمانا", "مكانا",
                "نتيجة", "نتائج", "سنوات", "سنويا", "سنوية", "سنوي")

# … and, after "، و", a definite noun and a verb saying what a figure did ("…، والطلب ارتفع هذا
# الصيف بنسبة 15 في المئة": a second figure of its own subject, which reports carry apart). The verbs
# in the past, masculine and feminine.
AND_FIGURE_VERBS = ("ارتفع", "ارتفعت", "انخفض", "انخفضت", "تراجع", "تراجعت", "زاد", "زادت", "بلغ", "بلغت",
                    "وصل", "وصلت", "قفز", "قفزت", "هبط", "هبطت", "تجاوز", "تجاوزت", "سجل", "سجلت", "تضاعف",
                    "تضاعفت")
# … the definite word not a relative pronoun: "…، والتي بلغت تكلفة إنشائها 70 مليون جنيه" goes on
# with the noun before it.
NOT_FIGURE_SUBJECTS = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي")

# The fewest words each side of a clause cut keeps: a shorter clause stays with its sentence ("نعم، لكن
# بشروط"); linking needs four informative words in a statement (``link.params.MIN_STATEMENT_INFO``).
# 7 until session 52: interview answers join claims of six words ("قواربكم ليست هدفا لنا بأي حال،
# وسنواصل …"), and another outlet carries one of them; on four blind link sets (480 same-statement
# pairs) 6 linked 1 same pair fewer and 5 different pairs fewer (7 -> 2 of 177); 5 lost 2 more same pairs.
CLAUSE_CUT_MIN_WORDS = 6
# … or this many when both sides hold a figure in digits: each is a claim of its own however short
# ("البطالة نزلت إلى 11.8 في المئة، لكنها تتجاوز 24 في المئة بين حاملي الشهادات"); not when the
# second is a counterpart of the first, which says little alone ("…، مقابل 7.4% متوقعة للعام الجاري").
# Between two figures a clause of its own also cuts (FIGURE_PAIR_OPENERS below): "يبلغ 38 بالمئة من
# سعتها، وهو أفضل من العام الماضي حين لم يتجاوز 27 بالمئة".
FIGURE_CLAUSE_MIN_WORDS = 5
# … which a comma before a verb in the imperfect ("، ترتفع إلى …", "، وتملك …") or one of these also
# cuts, between two figures. (On the eight held-out link sets, session 46: linked different pairs 14 →
# 11, linked same pairs 652 → 648. Any comma between two figures took them to 6 and 647, but split
# subjects from their predicates in corpus articles: "قانون … رقم 47 لسنة 1978، نص على …".) The
# accusative nouns of a change open one too: "نقلت 14.2 مليون راكب، ارتفاعاً من 12.6 مليون في العام
# السابق" holds last year's figure, no part of this year's claim.
FIGURE_PAIR_OPENERS = ("وهو", "وهي", "بعد", "بعدما", "بعد أن", "وتم", "تم", "ارتفاعا", "انخفاضا", "تراجعا", "صعودا", "نزولا")

# Marks after which a clause opener is looked for (Arabic and Latin comma, Arabic and Latin semicolon).
CLAUSE_MARKS = "،,؛;"

# Longest label (in words) for a labelled interview turn ("مايلز كاغينز: …").
MAX_LABEL_WORDS = 4

# Reporting verbs in the present, as a headline puts them after its subject ("عضو بالتيار الشعبي يطالب
# …", "وزير التعليم يرفض عضوية …"; masculine and feminine): never a word of the name before them.
# (Read as the headline's statement, "SUBJECT VERB …" linked summaries to other speakers' statements
# on the topic: 6 of 20 new links read in a 5,000-article ingest were wrong, session 52.)
HEADLINE_VERBS = tuple(
    """
    يؤكد تؤكد يتوقع تتوقع يحذر تحذر ينفي تنفي يطالب تطالب يدعو تدعو يكشف تكشف يعلن تعلن يقول تقول
    يرفض ترفض يشدد تشدد يتهم تتهم يعتبر تعتبر ينتقد تنتقد يتعهد تتعهد يرجح ترجح يستبعد تستبعد
    يعترف تعترف يهدد تهدد يصف تصف يوضح توضح
    """.split()
)
# An unlabelled paragraph after a transcript's answer goes on with it, unless a reporting verb within
# its first words has a subject of its own who is someone else ("على هامش الحوار، أفاد رئيس الجامعة
# …، فلان، بأن …"): the article's own report again.
REPORT_VERB_REACH = 6

# Quotation marks. Guillemets and curly quotes have a usual direction, but Arabic copy often uses
# ” to open and close, and ASCII " is symmetric: the direction of those is decided from context.
OPENING_QUOTES = "«“„‹"
CLOSING_QUOTES = "»”›"
SYMMETRIC_QUOTES = "\"″"
# Closing marks that also serve as openers in Arabic copy (” … ”).
AMBIGUOUS_CLOSERS = "”"
# A quote left open continues into the following paragraphs at most this far.
MAX_QUOTE_PARAGRAPHS = 8

# Headline and line labels that are kickers, not speakers ("عاجل: …", "بالفيديو: …", "تونس: …" is
# handled by the place gazetteer).
NON_SPEAKER_LABELS = (
    "عاجل", "خاص", "حصري", "حصريا", "بالفيديو", "فيديو", "بالصور", "صور", "شاهد", "بالتفاصيل", "تفاصيل",
    "تقرير", "تحليل", "رأي", "مقال", "انفوجراف", "إنفوجراف", "بث مباشر", "مباشر", "تحديث", "متابعة",
    "ملف", "حوار", "مقابلة", "تنويه", "ملاحظة", "المصدر", "اقرأ أيضا", "اقرأ أيضًا", "للمزيد", "رابط",
    "الآن", "بيان", "نص البيان", "نص الكلمة", "وثيقة", "توضيح", "تصحيح", "سؤال", "جواب", "ملخص",
)
