from qawl.doc import Document
from qawl.pipeline import analyze

from pipeline_helpers import run, statements

NUMBERED = """أجرت إذاعة المدينة حواراً خاصاً مع رئيسة الهلال الأحمر الدكتورة ليلى حداد حول أوضاع النازحين.
1- كم يبلغ عدد النازحين في المخيمات اليوم؟
يعيش في المخيمات نحو أربعين ألف شخص، ونحن نحتاج إلى دعم عاجل لتأمين الشتاء.
2- هل تصل المساعدات في موعدها؟
تصل معظم القوافل في موعدها، لكن الطرق الجبلية تؤخر بعضها أسبوعاً كاملاً.
"""

LABELLED = """رئيس الوزراء: الإصلاحات ستستمر رغم الاحتجاجات

إذاعة المدينة: هل ستتراجع الحكومة عن رفع الأسعار؟

يوسف النجار: لن نتراجع، لكننا سنزيد الدعم للأسر الفقيرة.

إذاعة المدينة: ومتى تبدأ الزيادة؟

يوسف النجار: مع بداية الشهر المقبل.
"""


def test_numbered_questions_answers_belong_to_the_interviewee():
    doc = run(NUMBERED)
    answers = statements(doc)
    # The first answer is cut at "، ونحن" (tests/core/test_clause_cuts.py); the second's clause before
    # "، لكن" is too short to stand alone.
    assert [k for k, _, _ in answers] == ["interview"] * 3
    assert {s for _, s, _ in answers} == {"ليلى حداد"}
    assert all("؟" not in t for _, _, t in answers)


def test_labelled_turns_questions_are_never_statements():
    doc = run(LABELLED)
    turns = [s for s in statements(doc) if s[0] == "interview"]
    assert turns == [("interview", "يوسف النجار", "لن نتراجع، لكننا سنزيد الدعم للأسر الفقيرة."),
                     ("interview", "يوسف النجار", "مع بداية الشهر المقبل.")]
    assert not any("إذاعة المدينة" == s for _, s, _ in statements(doc))


UNNUMBERED = """في حوار خاص مع صحيفة المساء، تحدث وزير الزراعة كمال يوسف عن موسم القمح.
كيف تقيمون الموسم الحالي؟
الموسم جيد رغم قلة الأمطار، وننتظر محصولاً يقارب مليون طن.
وهل ستشتري الحكومة المحصول بالسعر الجديد؟
نعم، السعر الجديد سيطبق على كل الكميات المسلمة.
ماذا عن الأسمدة؟
وزعنا كميات إضافية على الجمعيات الزراعية في الأسبوع الماضي.
"""


def test_unnumbered_questions_in_an_interview_article():
    doc = run(UNNUMBERED)
    answers = [s for s in statements(doc) if s[0] == "interview"]
    assert len(answers) == 3 and {s for _, s, _ in answers} == {"كمال يوسف"}
    assert not any("؟" in t for _, _, t in answers)


def test_bulleted_questions_and_dashed_answers_belong_to_the_interviewee():
    doc = run("أجرت المجلة حوارا مع الروائية سلمى الحداد بمناسبة صدور روايتها الجديدة.\n"
              "* كيف ولدت فكرة الرواية؟\n"
              "- ولدت الفكرة من حكاية سمعتها من جدتي عن قرية غمرتها مياه السد.\n"
              "* هل تكتبين يوميا؟\n"
              "- أكتب كل صباح ثلاث ساعات على الأقل، ولا أستطيع العمل ليلا.")
    assert statements(doc) == [
        ("interview", "سلمى الحداد", "ولدت الفكرة من حكاية سمعتها من جدتي عن قرية غمرتها مياه السد."),
        ("interview", "سلمى الحداد", "أكتب كل صباح ثلاث ساعات على الأقل، ولا أستطيع العمل ليلا."),
    ]


def test_a_numbered_question_without_a_question_mark_is_still_a_question():
    # "3- الأولياء يشتكون …" states a complaint the interviewer puts to the minister: numbered next
    # after a question, it is one, and the answer under it is an answer of its own.
    text = """حاورت صحيفة المساء وزيرة التربية سلوى بن عمار حول العودة المدرسية.
1- هل ستعود الامتحانات الوطنية؟
لا عودة للامتحانات الوطنية، وقد اعتمدنا التقييم المستمر في كل المدارس.
2- ماذا عن نقص المعلمين؟
سنعين ألفي معلم جديد قبل العودة المدرسية في المناطق الداخلية.
3- الأولياء يشتكون من ثقل المحفظة المدرسية.
هذا صحيح، ولذلك خففنا البرامج في المرحلة الابتدائية بنحو الربع.
"""
    answers = [t for kind, _, t in statements(run(text)) if kind == "interview"]
    assert answers == ["لا عودة للامتحانات الوطنية، وقد اعتمدنا التقييم المستمر في كل المدارس.",
                       "سنعين ألفي معلم جديد قبل العودة المدرسية في المناطق الداخلية.",
                       "هذا صحيح، ولذلك خففنا البرامج في المرحلة الابتدائية بنحو الربع."]


# A plain-text interview: headline, the interviewer's byline under it, an intro naming the guest.
BYLINED_INTERVIEW = """وكيل وزارة الزراعة لـ«صوت الريف»: موسم القمح سيكون الأفضل منذ عشر سنوات

حوار: سلوى السيد عبد الحميد

التقت «صوت الريف» المهندس طارق فهمي البنا، وكيل وزارة الزراعة لشؤون المحاصيل، للحديث عن الموسم الجديد، وإلى نص الحوار:

س1: كيف تتوقعون إنتاج القمح هذا العام؟
ج: نتوقع حصادا يتجاوز تسعة ملايين طن، بفضل الأمطار الجيدة والبذور المحسنة التي وزعناها على المزارعين.

س2: وماذا عن أسعار التوريد؟
ج: حددنا سعر الأردب بألفي جنيه، وسنصرف المستحقات خلال يومين من التوريد.

س3: هل تكفي الصوامع لاستيعاب هذه الكميات؟
ج: أضفنا هذا العام سعة تخزين جديدة تبلغ نصف مليون طن، ولن نسمح بترك أي شحنة في العراء.
"""


def test_the_interviewers_byline_is_no_speaker():
    doc = run(BYLINED_INTERVIEW)
    bylines = [doc.text[b.start : b.end] for b in doc.layer("byline")]
    assert bylines == ["حوار: سلوى السيد عبد الحميد"]
    answers = [s for s in statements(doc) if s[0] == "interview"]
    assert answers and {speaker for _, speaker, _ in answers} == {"طارق فهمي البنا"}


# The byline after the city the interview was held in, on one line under the headline.
CITY_AND_BYLINE_INTERVIEW = """رئيس هيئة الموانئ لـ«البحر»: الرصيف الجديد جاهز قبل الصيف
العاصمة – حوار: كريم الشاذلي

التقت «البحر» رئيس هيئة الموانئ رامي الصباغ في مكتبه بالميناء.

1- متى يفتح الرصيف الجنوبي؟
سنفتحه قبل الصيف، وقد انتهينا من تسعين في المئة من الأشغال.

2- وماذا عن الرسوم؟
لن نرفع الرسوم هذا العام، ونحن ندرس تخفيضها على سفن الحاويات.
"""


def test_the_interviewers_byline_after_the_city_is_no_speaker():
    doc = run(CITY_AND_BYLINE_INTERVIEW)
    assert [doc.text[b.start : b.end] for b in doc.layer("byline")] == ["العاصمة – حوار: كريم الشاذلي"]
    answers = [s for s in statements(doc) if s[0] == "interview"]
    assert len(answers) == 2 and {speaker for _, speaker, _ in answers} == {"رامي الصباغ"}


SAVED_PAGE_INTERVIEW = """جريدة صوت الريف

مدير الري لـ«صوت الريف»: لا عطش في الموسم الصيفي

حاوره: منير فؤاد عبد الرحيم – الأربعاء 8 أكتوبر 2025

التقت «صوت الريف» المهندس نور الدين عبد الحميد الشرقاوي، مدير عام الري بالمحافظة، في مكتبه.

سؤال: هل تكفي المياه للموسم الصيفي؟
جواب: المخزون الحالي يكفي حتى نهاية أغسطس، ولن تعاني أي قرية من العطش هذا العام.

سؤال: ومتى تنتهي أعمال تبطين الترع؟
جواب: انتهينا من 60 في المائة من الأعمال، والباقي ينتهي قبل موسم الزراعة المقبل.
"""


def test_a_saved_pages_byline_under_its_masthead_and_headline_names_the_interviewer():
    # the outlet's masthead, the headline, then "حاوره: فلان": the interviewer, never the one answering;
    # "سؤال:" and "جواب:" are turns (no speakers in a headline, but labels here); the interviewee's
    # compound given name does not cut his four-word name short
    doc = analyze(Document("t", SAVED_PAGE_INTERVIEW, outlet="جريدة صوت الريف"))
    assert [doc.text[b.start : b.end] for b in doc.layer("byline")] == [
        "جريدة صوت الريف", "حاوره: منير فؤاد عبد الرحيم – الأربعاء 8 أكتوبر 2025"]
    answers = [s for s in statements(doc) if s[0] == "interview"]
    assert [said for _, _, said in answers] == [  # (two claims of six words and more are cut apart)
        "المخزون الحالي يكفي حتى نهاية أغسطس", "ولن تعاني أي قرية من العطش هذا العام.",
        "انتهينا من 60 في المائة من الأعمال، والباقي ينتهي قبل موسم الزراعة المقبل."]
    assert {speaker for _, speaker, _ in answers} == {"نور الدين عبد الحميد الشرقاوي"}


UNNUMBERED_UNDER_BYLINE = """مدير الموانئ: سنضاعف قدرة الرصيف الجنوبي

حوار: سلمى عارف

تحدث مدير هيئة الموانئ رامي الصباغ عن خطط التوسعة وأزمة الحاويات في الميناء.

كيف تقيمون أداء الميناء هذا العام؟

ارتفعت المناولة بنسبة 12 في المائة، ونحن نعمل على تقليص مدة انتظار السفن.

متى يبدأ تشغيل الرصيف الجنوبي؟

نبدأ تشغيله التجريبي في مارس، وسنضاعف قدرته قبل نهاية العام.

هل سترتفع رسوم التخزين؟

لا نية لرفع الرسوم في الوقت الحالي.
"""


def test_unnumbered_questions_under_an_interviewers_byline():
    # no word for "interview" in the opening paragraphs: the byline "حوار: …" says it
    answers = [s for s in statements(run(UNNUMBERED_UNDER_BYLINE)) if s[0] == "interview"]
    assert len(answers) >= 3 and {speaker for _, speaker, _ in answers} == {"رامي الصباغ"}


def test_a_guest_labelled_once_by_his_surname_takes_his_turn():
    text = ("استضاف برنامج «حديث المساء» وزير النقل فيصل العامري، وشارك في الحلقة النائب ماجد بن راشد الحارثي.\n"
            "المذيع: متى يفتتح الطريق الساحلي؟\n"
            "الوزير: سيفتتح الطريق الساحلي في شهر مارس بعد استكمال الجسور الثلاثة.\n"
            "المذيع: وماذا عن كلفة المشروع؟\n"
            "الوزير: بلغت الكلفة 420 مليون ريال، وهي ضمن الميزانية المعتمدة.\n"
            "الحارثي: المواطنون ينتظرون هذا الطريق منذ عشر سنوات، ونريد جدولا زمنيا ملزما.")
    said = {text_: speaker for _, speaker, text_ in statements(run(text))}
    assert said["المواطنون ينتظرون هذا الطريق منذ عشر سنوات، ونريد جدولا زمنيا ملزما."] == "ماجد بن راشد الحارثي"
    assert said["سيفتتح الطريق الساحلي في شهر مارس بعد استكمال الجسور الثلاثة."] == "فيصل العامري"


def test_the_guest_label_answers_for_the_one_the_opening_introduces():
    text = ("استضاف برنامج «صباح الرياضة» على أثير إذاعة المدينة رئيس اتحاد السلة فادي القسوس للحديث عن الموسم.\n"
            "المحاور: هل يفكر الاتحاد في إقالة المدرب بعد الخسارة الأخيرة؟\n"
            "الضيف: لا، إطلاقا. المدرب باق في منصبه حتى نهاية البطولة العربية.\n"
            "المحاور: وماذا عن مستحقات الأندية؟\n"
            "الضيف: سنصرف للأندية حصتها من عائدات البث خلال عشرة أيام.")
    answers = [(speaker, said) for kind, speaker, said in statements(run(text)) if kind == "interview"]
    assert answers == [("فادي القسوس", "لا، إطلاقا. المدرب باق في منصبه حتى نهاية البطولة العربية."),
                       ("فادي القسوس", "سنصرف للأندية حصتها من عائدات البث خلال عشرة أيام.")]


def test_a_report_after_the_last_answer_is_not_part_of_it():
    text = ("أجرت صحيفة الأفق حوارا مع وزير السياحة نزار القلعي.\n"
            "س: ما هي توقعاتكم للموسم؟\n"
            "ج: ننتظر أربعة ملايين سائح هذا الصيف، أي بزيادة عشرة بالمائة.\n"
            "س: وماذا عن الأسواق الجديدة؟\n"
            "ج: سنفتح خطوطا جوية نحو وارسو وبراغ انطلاقا من الربيع.\n"
            "على هامش الحوار، أفاد رئيس جامعة النزل، هشام الورتاني، بأن النقص في اليد العاملة يقدر بخمسة آلاف عامل.")
    said = {text_: speaker for _, speaker, text_ in statements(run(text))}
    assert said["سنفتح خطوطا جوية نحو وارسو وبراغ انطلاقا من الربيع."] == "نزار القلعي"
    assert said["النقص في اليد العاملة يقدر بخمسة آلاف عامل"] == "هشام الورتاني"


def test_an_outlet_asking_under_its_quoted_name_labels_the_questions():
    # "«صوت الوادي»: …؟" had no label: its mark is no letter and "اليوم"-like words made it a sentence
    doc = run("في مجلسه بالوادي استقبل الشيخ سالم بن ناصر العامري مراسل «صوت الوادي» بعد نجاح وساطته.\n\n"
              "«صوت الوادي اليوم»: ما الذي حدث بين القبيلتين؟\n\n"
              "العامري: خلاف قديم على أرض زراعية تحول إلى اشتباك الأسبوع الماضي.\n\n"
              "«صوت الوادي اليوم»: هل توصلتم إلى هدنة؟\n\n"
              "العامري: نعم، اتفقنا على هدنة قبلية مدتها ستة أشهر.")
    answers = [(kind, speaker) for kind, speaker, _ in statements(doc) if kind == "interview"]
    assert answers == [("interview", "سالم بن ناصر العامري")] * 2


def test_the_one_guest_labelled_by_his_office_is_the_person_the_opening_introduced():
    doc = run("حاورت «إذاعة المدينة» أمينه العام نور الدين بلحاج قبل أسبوع من الإضراب العام.\n\n"
              "المذيع: هل الإضراب العام يوم الثلاثاء المقبل قائم؟\n\n"
              "الأمين العام: قائم ما لم تتغير المعطيات، والقرار بيد الحكومة وليس بيدنا.\n\n"
              "المذيع: ما هي مطالبكم تحديدا؟\n\n"
              "الأمين العام: زيادة في الأجور لا تقل عن خمسة عشر في المئة.")
    answers = [speaker for kind, speaker, _ in statements(doc) if kind == "interview"]
    assert answers == ["نور الدين بلحاج", "نور الدين بلحاج"]  # before: a person named "الأمين العام"


def test_the_interviewee_is_the_one_named_after_the_outlet_met_him():
    # "ويأتي الحوار بعد تصريحات لمحافظ …" further on named the governor, who took every answer
    doc = run("«المحروسة» التقت اللواء هشام عبد الفتاح الشناوي مدير أمن المدينة في مكتبه.\n\n"
              "ويأتي الحوار بعد أيام من تصريحات لمحافظ المدينة أكد فيها أن الموسم استثنائي.\n\n"
              "■ كيف تستعدون لموسم الصيف هذا العام؟\n\n"
              "نحن نستعد لهذا الموسم منذ شهرين ونشرنا أربعة آلاف فرد على الشواطئ.\n\n"
              "■ ماذا عن منظومة الكاميرات؟\n\n"
              "ركبنا ثلاثمئة كاميرا جديدة على الكورنيش هذا العام.\n\n"
              "■ وماذا عن التحرش؟\n\n"
              "لا تهاون مع المتحرشين والمواطن شريك لنا.")
    answers = {speaker for kind, speaker, _ in statements(doc) if kind == "interview"}
    assert answers == {"هشام عبد الفتاح الشناوي"}


# The byline of a woman who interviewed a woman: "حاورتها" (she interviewed her).
SHE_INTERVIEWED_HER = """منى الزعبي: نفتتح ثلاثة مراكز لغسيل الكلى قبل نهاية العام
حاورتها: هالة العمري

تدير منى الزعبي هيئة المستشفيات الحكومية منذ عامين. في هذا الحوار تتحدث عن خطط الهيئة.

1- ما أبرز مشروعات الهيئة هذا العام؟
سنفتتح ثلاثة مراكز لغسيل الكلى في المحافظات الشمالية قبل نهاية العام.

2- وماذا عن نقص الممرضين؟
عيّنا ستمئة ممرض وممرضة منذ الربيع، وسنعين أربعمئة آخرين في الخريف.
"""


def test_the_byline_of_she_interviewed_her_names_the_interviewer():
    # (before: "حاورتها" was read as the outlet meeting its guest, and the interviewer answered)
    doc = run(SHE_INTERVIEWED_HER)
    assert [doc.text[b.start : b.end] for b in doc.layer("byline")] == ["حاورتها: هالة العمري"]
    answers = [s for s in statements(doc) if s[0] == "interview"]
    assert answers and {speaker for _, speaker, _ in answers} == {"منى الزعبي"}
