"""Tuning constants of linking, each with the reason for its value. Signature parameters are also
recorded in the store's ``meta`` table: band keys made with other values cannot be compared."""

# What the linking tables hold about stored documents (2: their words, read once, in ``reuse_texts``;
# 3: number words stemmed as digits; 4: names, roles and organizations inside statements not
# informative; 5: synonyms, the accusative ending and the long ا of verbal nouns in stems; 6: more
# synonyms, a listed verb in every person, ranges of number words; 7: a day of a date one stem, the
# fractions of a scale read; 8: more synonyms, feminine pasts of verbs in ى; 9: broken plurals, listed
# words with the accusative ending; 10: verbal nouns of اضطر and أجبر; 11: completed, aims, kept
# unchanged, convened, the km abbreviation; 12: food, curbing, fighting, visitors and eleven more;
# 13: figures read anew: "18 ألف مليون", "واحد ونصف", "ثلاثة وخمسة" two numbers; 14: a figure after
# "السنة" is no judicial year; 15: 1 and 2 next to a decimal point word, "ثلاثة فاصل اثنين").
FORMAT = 15

# MinHash: permutations and the fixed seed they are drawn from; LSH: BANDS × ROWS = NUM_PERM.
# Two rows per band put the LSH S-curve's midpoint near Jaccard 0.25 on a window's stem bigrams: a
# rewritten short statement (gloss, swapped word, person change: bigram Jaccard 0.45–0.9) collides
# with probability ≥ 0.95, unrelated windows (Jaccard ≤ 0.05) with ≤ 0.03; verification does the rest.
NUM_PERM = 24
BANDS = 12
ROWS = 2
SEED = 20130123

# Windows of stems hashed separately, so that a quote that is part of a longer answer (or an answer
# merged into a longer paragraph) still shares whole windows with it.
WINDOW = 20
STRIDE = 10

# At most this many items are kept per LSH bucket: identical wire copies and boilerplate cannot make a
# bucket (and the comparisons it triggers) grow without bound.
BUCKET_CAP = 40
# At most this many candidates are verified per new statement or document, those sharing the most
# buckets with it first: once the store is large, every new item costs the same.
MAX_CANDIDATES = 48

# Mentions (kinds of the ``mentions`` layer) whose words are not informative inside a statement: two
# different statements of one speaker often name the same person with the same title, or the same
# organization ("استقبل الرئيس فلان وفد الشركة …"), and such words made them look like one.
WEAK_MENTIONS = ("person", "role", "org")

# Statements with fewer informative stems than this get a cluster of their own and are never linked
# ("نعم", "لا تعليق", one-word answers) …
MIN_STATEMENT_INFO = 4
# … except a short quotation of SHORT_QUOTE_INFO informative stems or more whose words, in one run,
# lie inside a statement of the same speaker in a sibling document, when only one of that
# document's clusters holds them (``link.link_short_quotes``): "ما يزال صامداً في مجمله" quoted from
# "اتفاق وقف إطلاق النار … لا يزال صامداً في مجمله، على الرغم من …".
SHORT_QUOTE_INFO = 3
# A headline quotation (SHORT_QUOTE_INFO informative stems or more) joins the cluster of the statement of
# its speaker, in a sibling document, that holds HEADLINE_SHARE of its informative stems in their order
# in a stretch HEADLINE_STRETCH times as long (``link.link_headlines``): "المخدرات العدو الأول
# لشبابنا" of "المخدرات اليوم هي العدو الأول لشبابنا، …".
HEADLINE_SHARE = 0.75
HEADLINE_STRETCH = 2.0

# Verification of two statements: informative stems aligned (in blocks of two or more stems) must
# number at least MIN_MATCH_INFO, and cover at least PART_SHARE of the smaller statement's informative
# stems (SHORT_PART_SHARE when it has fewer than SHORT_STATEMENT of them). Two statements covering
# STRONG_SHARE of each other are one statement even when they came in through different clusters.
MIN_MATCH_INFO = 4
PART_SHARE = 0.6
# … or they share a passage: at least PASSAGE_INFO informative stems aligned, making up PASSAGE_DENSITY
# of the informative stems from the first aligned block to the last on each side (two answers merged
# into one paragraph, each side holding a sentence the other has not).
PASSAGE_INFO = 10
PASSAGE_DENSITY = 0.75
SHORT_STATEMENT = 10
SHORT_PART_SHARE = 0.7
STRONG_SHARE = 0.5

# Two statements aligned around gaps of at most SLOT_GAP stems on each side, one gap holding a figure or
# an alternative word (``rules.linking.SLOT_ALTERNATIVES``) and the other a different one, are not one
# statement (``align.slot_conflicts``): "خفض العجز إلى 6.2% من الناتج" and the forecast of a month
# before, "أن يتراجع العجز إلى 6.8 بالمئة من الناتج". Longer gaps are other words, not one slot.
SLOT_GAP = 4
# … two figures conflict only when they differ by more than SLOT_FIGURE_TOLERANCE of the larger (a 10,000-
# article ingest, session 32: "المادة 171" / "177", "712" / "713 مليون", "نحو 20" / "21", "36.5%" / "36%"
# were each one statement's reports) and the larger is at most SLOT_FIGURE_RATIO times the smaller ("750
# دولار" / "750 مليون دولار" is a scale word left out).
SLOT_FIGURE_TOLERANCE = 0.05
SLOT_FIGURE_RATIO = 10
# … and one such slot parts two statements only when they are not copies of each other: a report that
# aligns on SLOT_COPY_SHARE of both sides and differs in one figure miscopied it ("سيتم نقل الجثمان إلى
# مصر خلال 24 ساعة …" / "… خلال 48 ساعة …", otherwise word for word).
SLOT_COPY_SHARE = 0.8

# Statements of a stored document compared with a new one the LSH left alone inside a passage the two
# documents share (``link.link_reused``): those nearest to where the passage puts it.
REUSED_CANDIDATES = 3

# Earlier statements of the same speaker compared with a new statement the LSH left alone
# (``link.link_same_speaker``): the most recently stored first. 16 until session 27; an interview is
# now one statement a sentence (``rules.structure.ANSWER_PART_MIN_WORDS``), and one interview gives
# 20-40 of them: held-out sets C-I, same-statement pairs linked 317 -> 325 of 413 at 48 (24 or 32 did
# as well there; 48 leaves room for a long interview).
SPEAKER_CANDIDATES = 48
# … which verify at a lower share than statements of any speaker: one speaker's statement rewritten
# in other words (a word swapped every few words, "قال إن …" for "نحن …") keeps about half of its
# stems in runs of two. Blind rewrite set E (session 18): 19 -> 30 of 50 same-statement pairs linked;
# wrong links 3 -> 7 of 19, 6 of them one long answer holding both keyed sentences.
SPEAKER_PART_SHARE = 0.5
SPEAKER_SHORT_PART_SHARE = 0.6
# … or when the smaller one (WINDOW_MIN_INFO informative stems or more) has SPEAKER_WINDOW_SHARE of
# its distinct informative stems, and every figure, in one stretch of the other WINDOW_WIDTH times its
# length, in any order: a paraphrase that swaps every other word ("الطلب ارتفع هذا الصيف بنسبة خمسة
# عشر في المئة" / "الطلب على الكهرباء قفز هذا الصيف 15%") keeps its words but few runs of two.
SPEAKER_WINDOW_SHARE = 0.7
WINDOW_MIN_INFO = 5
WINDOW_WIDTH = 1.5
# … or when both give one distinctive figure before the same word ("سجلنا مئتين وأربعا وثلاثين حالة" /
# "أعلن تسجيل 234 حالة"), the smaller has no such figure the other lacks, and SPEAKER_FIGURE_BAG of
# its distinct informative stems occur in the other: a rewrite that keeps the figure but few words.
# 0.45 is the stem-set pre-check's bound for one speaker (0.9 × SPEAKER_PART_SHARE): pairs below it
# are never aligned. Held-out sets C-I (session 23): 9 more same-statement pairs linked, 2 more
# different-statement pairs, both one long answer holding the two keyed sentences.
SPEAKER_FIGURE_BAG = 0.45

# Document reuse: an aligned passage needs this many stems to count, and a pair is reported when its
# aligned passages hold at least REUSE_MIN_TOKENS stems. Gaps up to REUSE_GAP stems (a gloss, a
# swapped word) inside one passage are bridged.
REUSE_ANCHOR = 3
REUSE_MIN_BLOCK = 4
REUSE_MIN_TOKENS = 15
REUSE_GAP = 6
# Passages of REUSE_MIN_TOKENS stems in blocks of REUSE_MIN_BLOCK or more hold about half as many distinct
# anchors (REUSE_ANCHOR-grams); pairs sharing fewer anchors than this are not aligned at all.
REUSE_MIN_ANCHORS = 8

# An outlet's boilerplate line: at most this many words, seen in at least this many of its documents.
BOILERPLATE_MAX_WORDS = 14
BOILERPLATE_MIN_DOCS = 3

# SQLite page cache (MB) of a linking connection: stored candidates (their statements' stems, their
# documents' words) are random reads. (LSH buckets are held in memory, see ``lsh.BandIndex``.)
CACHE_MB = 256   # 128 in sessions 3-7 (memory); 256 again in session 8: the writer -6 to -12% CPU at 50k, peak PSS 1.16 -> 1.30 GB

# Documents' windows are longer than statements' (reuse passages are reported from 15 stems up, and
# documents are many times longer): fewer windows, fewer band rows.
DOC_WINDOW = 30
DOC_STRIDE = 15
# … and their signatures are cut into DOC_BANDS bands of DOC_ROWS rows (midpoint near Jaccard 0.5): a
# reused passage spans several windows, each another chance to collide, so a stricter band keeps
# recall while unrelated same-day articles (which share many bigrams) stop colliding.
DOC_BANDS = 8
DOC_ROWS = 3

# Sibling documents (``link.link_siblings``): a statement left alone is compared with the statements of
# at most this many earlier documents that share clusters or reused text with its own, and with at
# most this many of their statements.
SIBLING_DOCS = 4
SIBLING_CANDIDATES = 32
# … and a join must align this many informative stems at least: a short statement made mostly of a
# name ("فجر الإثنين، وفاة الناشط … بمستشفى الهلال") verified against any sentence of its story. (6
# until session 34. 5 lets one sentence of an answer join the longer report that carries it, "نسبة
# امتلاء السدود لا تتجاوز 42%": on a 10,000-article ingest it added 5 co-clustered pairs, all one
# statement, and on the held-out sets 1 same pair and no wrong one.)
SIBLING_MIN_MATCH = 5
# A statement still alone after every pass joins the statement of its speaker, in a sibling document,
# whose distinct informative stems it shares most, in any order (``link.link_sibling_paraphrases``): a
# rewrite that keeps the words of an answer but few runs of two ("أعمال توسعة الملعب ستكتمل قبل
# الجولة الأولى، لترتفع طاقته …" / "أعمال التوسعة ستنتهي قبل الجولة الافتتاحية، لترتفع سعته …").
# - PARAPHRASE_BAG of the smaller one's stems, PARAPHRASE_MIN_SHARED of them at least, each of the
#   two of PARAPHRASE_MIN_INFO or more;
# - PARAPHRASE_MARGIN more than with the speaker's next best statement there, and the best both ways;
# - only when the speaker has PARAPHRASE_MIN_STATEMENTS statements or more in the other document
#   (with one or two, the best of them tells little), and the two documents already share
#   PARAPHRASE_SHARED clusters or reused passages (one shared stock statement makes two reports of
#   different speeches siblings).
# Blind sets K and L (session 36): same pairs 88 -> 109 of 144 and no more wrong links; sets C-I
# 364 -> 371 of 413; J unchanged. A 10,000-article ingest: 32 more linked pairs, 4 of them between
# two statements of one press release (read one by one). With a bag of 0.4, no floor of shared stems
# and no floors of statements or shared clusters, 195 more pairs, about a quarter of them wrong.
PARAPHRASE_BAG = 0.5
PARAPHRASE_MARGIN = 0.15
PARAPHRASE_MIN_INFO = 5
PARAPHRASE_MIN_SHARED = 4
PARAPHRASE_MIN_STATEMENTS = 4
PARAPHRASE_SHARED = 3
# A statement still alone after that joins the statement of its speaker, in a sibling document
# (FIGURE_SHARED clusters or reused passages shared), that gives the same distinctive figure, when no
# other statement of either document gives it (``link.link_shared_figures``): a quantity with a unit
# other than a span of time, or a bare one of FIGURE_MIN_BARE or more; the two must share
# FIGURE_MIN_SHARED informative stems (the figure's among them), in any order. Session 37: sets K
# 55 -> 57 and L 56 -> 59 of 72 same pairs, C-I 371 -> 372, no more wrong links on any set; a
# 10,000-article ingest: 3 more linked pairs, all one statement ("215 مليون جنيه", "150 مزلقانا", "13
# ألفا"). With FIGURE_SHARED 1, one more pair, two statements of one speech that share "190 مليون دولار".
FIGURE_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
FIGURE_MIN_BARE = 1000
FIGURE_MIN_SHARED = 2
FIGURE_SHARED = 2
# A statement still alone after every other pass joins the statement of its speaker that lies between
# the same two anchors (statements the two documents share, in an order both keep) in a sibling
# document sharing GAP_SHARED clusters or reused passages (``link.gaps``): a rewrite keeps the order of
# the answers it reports, however heavily it rewords them ("سنعوض المزارعين المتضررين عن الخسائر
# الموثقة" / "وتعهد بتعويض الفلاحين المتضررين عن خسائرهم الموثقة"). The two documents need GAP_ANCHORS
# anchors in one order; the speaker's statements of a stretch pair in their order, sharing the most
# (GAP_MIN_SHARED distinct informative stems at least, and GAP_MIN_BAG of the smaller one's), when he
# has GAP_MAX_STATEMENTS or fewer there on each side.
# Neither that pass nor ``link.link_sibling_paraphrases`` joins two statements that both give
# distinctive figures when none of one is within FIGURES_AGREE of one of the other's
# (``align.figures_disagree``): "وإصابة 46 آخرين" / "وإصابة 27 آخرين". A rewrite rounds, or gives
# the figure a vaguer one stood for ("أكثر من 500 مليون دولار" / "540 مليون دولار", "تجاوز 300 ألف"
# / "318 ألفا"): the held-out sets hold such pairs 6-8% apart.
FIGURES_AGREE = 0.15
GAP_SHARED = 2
GAP_ANCHORS = 2
GAP_MAX_STATEMENTS = 4
# A statement still alone after that, and a statement of the sibling in any stretch that no anchor
# or pair holds, join when each is the other's clearly best match of one speaker: GAP_MOVED_SHARED
# distinct informative stems at least, GAP_MOVED_BAG of the smaller one's, GAP_MOVED_MARGIN more than
# the next best (a rewrite that moved an answer past another). Session 41: with a bag of 0.5, 13
# more same pairs on the blind sets C–Y and no more different ones, but in a dry run over a
# 10,000-article store made without these joins, 15 joins of which I read 4 as two statements of one
# speaker on one topic (articles on one event, not rewrites); with 0.6, 9 more same pairs, and 10
# joins of which 1 wrong.
GAP_MOVED_SHARED = 3
GAP_MOVED_BAG = 0.6
GAP_MOVED_MARGIN = 0.1
GAP_MIN_SHARED = 2
GAP_MIN_BAG = 0.3
