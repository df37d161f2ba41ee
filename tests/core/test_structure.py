import pytest

from qawl.components.structure import is_boilerplate_line
from qawl.doc import Document
from qawl.pipeline import analyze
from pipeline_helpers import run, statements


@pytest.mark.parametrize("line", [
    "This post is also available in: English",
    "Read our Privacy Policy by clicking here",
    "تنويه: المقالات المنشورة في الموقع تعبر عن رأي كتابها فقط",
    "لمشاهدة الفيديو اضغط هنا",
    "(إعداد سامي نور للنشرة العربية)",
    ",",
])
def test_furniture_lines(line):
    assert is_boilerplate_line(line)


def test_article_sentence_is_not_furniture():
    assert not is_boilerplate_line("وقال الوزير إن الحكومة ستعلن خطتها الأسبوع المقبل.")


def test_read_also_block_is_dropped_to_the_end():
    doc = run("وقال الوزير إن الخطة جاهزة للتنفيذ منذ أسابيع.\nوأضاف أن التمويل متوفر بالكامل.\n"
              "اقرأ أيضًا:\nالوزير يزور الميناء\nالحكومة تقر الموازنة")
    blocks = [doc.text[s.start:s.end] for s in doc.layer("boilerplate")]
    assert blocks == ["اقرأ أيضًا:", "الوزير يزور الميناء", "الحكومة تقر الموازنة"]


@pytest.mark.parametrize("first_line", [
    "أخبار الساحل | بيروت – خاص",
    "كتب - محمود عبد السلام:",
    "أ ش أ",
    "الحسكة – سالم علي/ هدى يوسف – NPA",
    "رأس الريح – كتب: وليد القاسمي",  # the writer after the city: no headline statement of a "كتب"
    "شبوة – بوابة الوادي – كتب: عبد الله باحميد",  # … and after the outlet
])
def test_bylines(first_line):
    doc = run(first_line + "\nقال المتحدث باسم البلدية إن أعمال الصيانة ستنتهي غداً.")
    assert [doc.text[s.start:s.end] for s in doc.layer("byline")] == [first_line]
    assert all(s.attrs["speaker"] is None or "سالم" not in doc.entities[s.attrs["speaker"]]["name"] for s in doc.layer("statements"))


def test_cnn_dateline_prefix_is_byline_not_text():
    doc = run("دبي، الإمارات العربية المتحدة (CNN) -- قال وزير الطاقة إن الإنتاج سيرتفع العام المقبل.")
    (b,) = doc.layer("byline")
    assert doc.text[b.start:b.end].endswith("(CNN) -- ")
    assert doc.layer("paragraphs")[0].start == b.end


def test_headline_of_plain_text_article():
    doc = run("الوزير: الخطة جاهزة\n\nقال الوزير إن الخطة جاهزة.")
    (h,) = doc.layer("headline")
    assert doc.text[h.start:h.end] == "الوزير: الخطة جاهزة"


@pytest.mark.parametrize("masthead", ["الراصد نت – اقتصاد", "الراصد نت", "الراصد نت / محليات"])
def test_the_outlets_own_name_over_the_headline_is_its_masthead(masthead):
    # a page saved as text: the outlet's name (with a section) first, the headline under it
    text = masthead + "\n\nالمحافظ: لا رسوم جديدة على السكن\n\nقال المحافظ إن الرسوم لن تتغير هذا العام."
    doc = analyze(Document("t", text, outlet="الراصد نت"))
    assert [doc.text[b.start:b.end] for b in doc.layer("byline")] == [masthead]
    assert [doc.text[h.start:h.end] for h in doc.layer("headline")] == ["المحافظ: لا رسوم جديدة على السكن"]


def test_a_first_line_opening_with_the_outlets_name_may_still_be_the_headline():
    # (guard) the outlet's name opening a longer line is a headline about it, not its masthead
    text = "الراصد نت – جائزة أفضل موقع إخباري في الإقليم لعام 2025\n\nقال رئيس التحرير إن الجائزة ثمرة عمل الفريق."
    doc = analyze(Document("t", text, outlet="الراصد نت"))
    assert doc.layer("byline") == []
    assert len(doc.layer("headline")) == 1


@pytest.mark.parametrize("text, expected", [
    ("ارتفعت النسبة إلى 99.9 في المئة. وقال الوزير ذلك.", 2),
    ("وصل مايلز ب. كيغينز إلى بغداد. ثم غادر.", 2),
    ("استخدموا بنادق M4 في التدريب. وانتهى التدريب.", 2),
    ("قال د. أحمد سالم إن العلاج متوفر. وأكد ذلك.", 2),
])
def test_sentences_are_not_split_inside_numbers_initials_or_abbreviations(text, expected):
    assert len(run(text).layer("sentences")) == expected


def test_line_broken_by_link_text_is_one_paragraph():
    doc = run("وكتب الوزير في\nحسابه على «تويتر»\n، أن الاجتماع كان مثمراً.")
    (p,) = doc.layer("paragraphs")
    assert doc.text[p.start:p.end].endswith("مثمراً.")


def test_cnn_style_link_text_on_its_own_lines_is_one_paragraph():
    text = ("القاهرة، مصر (CNN)-- قال المتحدث باسم الحكومة إن الوزارة بحثت ملف الأسعار مع الخبراء والتجار "
            "خلال اجتماع مطول عقد في مقرها أمس الأحد، وإنها ستعلن قراراتها خلال الأيام المقبلة بعد التشاور مع المحافظين.\n"
            "وأضاف أن تراجع حجم \nاحتياطيات النقد الأجنبي\n خلال الشهر الماضي يفرض خطوات سريعة.\n"
            "وختم بالقول إن الحكومة لن ترفع سعر الخبز.")
    paras = [text[p.start:p.end] for p in run(text).layer("paragraphs")]
    assert len(paras) == 3 and "احتياطيات النقد الأجنبي\n خلال" in paras[1]


def test_headline_line_is_not_joined_to_the_lede():
    doc = run("الحكومة تبحث ملف الأسعار\nقال المتحدث باسم الحكومة إن القرارات ستعلن قريباً.")
    assert len(doc.layer("headline")) == 1 and len(doc.layer("paragraphs")) == 1


def test_sentence_stops_found_by_search_are_those_a_regex_scan_finds():
    import re

    from qawl.components.structure import _SENT_END, _SENT_END_MARKS, sentences
    from qawl.text.find import occurrences

    text = "قال: «لا»… ثم سأل؟! نعم!! وأضاف د. علي إن 3.5 مليار؟ «انتهى».» وذهب... ثم (عاد)؟"
    scanned = [m.start() for m in _SENT_END.finditer(text)]
    assert [i for i in occurrences(text, _SENT_END_MARKS, 0, len(text)) if i in scanned] == scanned
    stops = [m.end() for m in re.finditer(r"[.!?؟…]+[\"”»’']*", text)]
    assert {e for _, e in sentences(text, 0, len(text))} <= set(stops) | {len(text)}


def test_a_sub_heading_before_a_reporting_verb_is_a_paragraph_of_its_own():
    text = ("قال الرئيس التنفيذي لشركة طيران الواحة إن الشركة حققت أرباحاً للمرة الأولى منذ تأسيسها.\n\n"
            "تحديث الأسطول\n"
            "وبيّن الرئيس التنفيذي أن أسطول الشركة يضم حالياً 38 طائرة بمتوسط عمر لا يتجاوز ست سنوات.")
    doc = run(text)
    paras = [text[p.start:p.end] for p in doc.layer("paragraphs")]
    assert paras[1] == "تحديث الأسطول"
    # "وبيّن" is a reporting verb only where it opens a sentence, so the joined heading hid the statement
    assert "أسطول الشركة يضم حالياً 38 طائرة بمتوسط عمر لا يتجاوز ست سنوات" in [
        text[s.start:s.end] for s in doc.layer("statements")]


def test_a_line_ending_in_a_comma_goes_on_into_the_reporting_verb_after_it():
    # (guard) link text cut out of a sentence: "… تقريراً، عبر موقعها،" continues on the next line
    text = ("نشرت صحيفة الغد البريطانية أمس تقريراً مطولاً عن أزمة الموانئ في المنطقة.\n"
            "وخصصت له، عبر موقعها الإلكتروني،\n"
            "أكدت فيه الصحيفة أن السلطات أصدرت قراراً بوقف تراخيص جديدة للشحن.")
    paras = [text[p.start:p.end] for p in run(text).layer("paragraphs")]
    assert paras[-1].startswith("وخصصت له") and paras[-1].endswith("للشحن.")


def test_a_read_also_link_between_paragraphs_ends_at_the_next_paragraph_of_text():
    doc = run("أعلنت الحكومة أمس خطة جديدة لدعم المزارعين في المناطق الجنوبية المتضررة من الجفاف.\n"
              "وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة وبذورا مجانية لموسمين متتاليين.\n"
              "اقرأ أيضًا\nالحكومة تقر الموازنة\n«الشامي»: الأسعار ستنخفض قريبا\n"
              "وأضاف الوزير أن صرف القروض سيبدأ مطلع الشهر المقبل عبر فروع البنك الزراعي في كل المحافظات "
              "بعد استكمال قوائم المستحقين التي تعدها مديريات الزراعة.")
    blocks = [doc.text[s.start:s.end] for s in doc.layer("boilerplate")]
    assert blocks == ["اقرأ أيضًا", "الحكومة تقر الموازنة", "«الشامي»: الأسعار ستنخفض قريبا"]
    assert "صرف القروض سيبدأ مطلع الشهر المقبل" in statements(doc)[-1][2]  # before: dropped with the links
