"""Site furniture: lines that are never part of an article's statements.

Patterns are regular expressions matched against a whole line of the folded view (hamza, ى/ي,
ة/ه, diacritics folded; Latin lower-cased). A line that matches is boilerplate. Block starters mark
the line and everything after it (related-article lists at the end of a page).
"""

# Whole lines of site furniture.
LINE_PATTERNS = (
    r"this post is also available in\b.*",            # WordPress translation plugin
    r"read our privacy policy.*",                      # cookie/privacy banners
    r".*privacy policy.*|.*cookies?\b.*accept.*",
    r"تنويه\s*:.*(تمثل|تعبر عن) (راي|وجهه نظر) (كتابها|كاتبها|اصحابها).*",  # opinion disclaimer
    r"جميع الحقوق محفوظه.*|©.*|copyright.*",
    r"(تابعونا|تابعنا|تابعوا) (علي|عبر) .*",
    r"(لمشاهده|شاهد) (الفيديو|الصور).*",
    r"صور متعلقه.*",
    r"(اضغط|انقر) هنا.*",
    r"(شارك|شاركوا) (الخبر|المقال|هذا).*",
    r"\(?\s*(اعداد|تحرير)\s.*(للنشره العربيه|النشره العربيه)\s*\)?",  # Reuters Arabic credit line
    r"[\s.,،:;؛\-–—|•*]*",                              # lines of lone punctuation
    r"(المصدر|مصدر الخبر)\s*:\s*\S+(\s+\S+){0,3}",       # source credit at the end
    r"(الصوره|صوره)\s*:?\s*(ارشيفيه|ارشيف)",
    r"ارشيفيه",
)

# Lines that start a trailing block of links ("اقرأ أيضاً" and the related headlines under it).
BLOCK_STARTERS = (
    r"(اقرا|اقراوا) (ايضا|المزيد)\s*:?.*",
    r"(مواضيع|اخبار|مقالات) (ذات صله|متعلقه)\s*:?",
    r"read (also|more)\s*:?.*",
    r"(اخبار|مقالات) اخري\s*:?",
)

# A block of links holds short lines (related headlines): a line of more words than this is the
# article going on, where a site set "اقرأ أيضا: …" between two of its paragraphs.
BLOCK_LINE_MAX_WORDS = 25
# … and so is a line of more words than this closed by a full stop, which a headline never has.
BLOCK_SENTENCE_MIN_WORDS = 10

# The words over an interviewer's name ("حوار: فلان", "أجرى الحوار: فلان", "حاوره: فلان", "حاورتها:
# فلانة": interviewed, by a man or a woman, him, her or them), folded.
INTERVIEWER_WORDS = (r"(حوار|حاورت?(ه|ها|هم|هما)|اجر(ي|ت) (الحوار|المقابله|اللقاء))")

# The words over a writer's name ("كتب: فلان", "تقرير: فلان", "بقلم - فلان"), folded.
WRITER_WORDS = r"(كتب|كتبت|كتبه|تقرير|ترجمه|اعداد|متابعه|تحرير|بقلم)"

# Bylines and agency tags that stand on a line of their own at the top of an article.
BYLINE_LINES = (
    r"\(?\s*(ا ش ا|ا ف ب|وكالات|رويترز|د ب ا|واس|قنا|كونا|سانا|بترا|npa|cnn|afp)\s*\)?",
    WRITER_WORDS + r"\s*[-–—:]\s*.{0,60}",
    # the interviewer's or the writer's line, alone or after the city it was written in and the
    # outlet ("العاصمة – حوار: فلان", "رأس الريح – كتب: فلان", "شبوة – بوابة اليمن – كتب: فلان")
    INTERVIEWER_WORDS + r"\s*[-–—:]\s*.{0,60}",
    r"([^\s:–—-]{2,20}(\s+[^\s:–—-]{2,20}){0,2}\s*[-–—]\s*){1,2}(" + INTERVIEWER_WORDS + "|" + WRITER_WORDS
    + r")\s*[-–—:]\s*.{0,60}",
    r"(كتب|كتبت|بقلم)\s+\S+(\s+\S+){0,3}\s*:?",
    r"[^\s|]{2,30}(\s+[^\s|]{1,30}){0,3}\s*\|\s*[^|]{2,60}",      # "أخبار الآن | دبي – … (خاص)"
    r"[^–\-]{2,30}\s*[–-]\s*[^–\-/]{2,40}/\s*[^–\-]{2,40}\s*[–-]\s*\S{2,10}",  # "الحسكة – فلان/ فلان – NPA"
)

# Datelines that open the first paragraph and precede the text on the same line:
# "دبي، الإمارات العربية المتحدة (CNN) --", "واشنطن (ا ف ب) -", "القاهرة - ا ش ا:".
DATELINE_PREFIXES = (
    r"^[^\n.()]{2,60}\((cnn|ا ف ب|ا ش ا|رويترز|afp|د ب ا|خاص|npa)\)\s*(--|-|–|—|:)\s*",
    r"^[^\n.()]{2,40}\s*[-–—]\s*(ا ش ا|ا ف ب|رويترز|وكالات)\s*[:\-–]?\s*",
)

# Lines that are the same across at least this many documents of one outlet are site furniture.
REPEATED_LINE_MIN_DOCS = 5
