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
QUESTION_LABELS = ("س", "سؤال", "السؤال", "المحاور", "المذيع", "المذيعة", "الصحفي", "q", "question")
ANSWER_LABELS = ("ج", "جواب", "الجواب", "a", "answer")

# Words in an article's opening that say it is an interview and who was interviewed ("مقابلة مع X").
INTERVIEW_WORDS = ("مقابلة", "مقابلته", "حوار", "حواره", "لقاء", "حديث خاص", "استضافته", "استضافة", "أجرت", "أجرى")

# An interview answer becomes one statement per sentence: a rewrite keeps one sentence of a long answer,
# or carries two of its sentences in different places, and each must link on its own (one statement
# holding the whole answer linked every report of any of its sentences to every other). A sentence of
# fewer words than this stays with the next one ("ج: لا. أقولها بوضوح: …", "نعم. …").
ANSWER_PART_MIN_WORDS = 3

# Longest label (in words) for a labelled interview turn ("مايلز كاغينز: …").
MAX_LABEL_WORDS = 4

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
