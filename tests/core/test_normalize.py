from qawl.text.normalize import find_spans, key, normalize


def test_folds_hamza_alef_maqsura_persian_digits():
    assert key("أكّد إنّ آمال فى كیغینز ٩٩٫٩ ۱۲") == "اكد ان امال في كيغينز 99.9 12"


def test_drops_tatweel_diacritics_and_invisible_marks():
    assert key("مايلـــز\u200f كاغِينز\u200b") == "مايلز كاغينز"


def test_nbsp_is_a_space_and_hamza_on_carriers_match():
    assert key("مسئول\u00a0مسؤول") == "مسءول مسءول"


def test_offsets_map_back_to_the_original():
    text = "قالَ «أكّد» ٩٩٫٩"
    view = normalize(text)
    i = view.text.index("اكد")
    start, end = view.span(i, i + 3)
    assert text[start:end] == "أكّد"
    j = view.text.index("99.9")
    assert text[slice(*view.span(j, j + 4))] == "٩٩٫٩"


def test_identity_offsets_when_nothing_is_dropped():
    view = normalize("قال الوزير")
    assert view.offsets is None and view.span(4, 10) == (4, 10)


def test_span_end_keeps_the_words_trailing_diacritics():
    text = "ستضم عشرين حزباً."
    view = normalize(text)
    i = view.text.index("حزبا")
    assert text[slice(*view.span(i, i + 4))] == "حزباً"


def test_folded_and_key_of_a_span_equal_folding_that_span_alone():
    from qawl.text.normalize import key

    text = "قالَ المتحدثُ الرسميّ: «إنّ الـمـفـاوضـات ستُستأنف»\u200f غداً في الدوحة."
    view = normalize(text)
    for start, end in [(0, 4), (5, 21), (23, 52), (10, len(text)), (0, len(text)), (7, 7)]:
        assert view.folded(start, end) == normalize(text[start:end]).text
        assert view.key(start, end) == key(text[start:end])


def test_find_spans_gives_what_normalize_spans_give():
    text = "قالَ الرئيـــسُ إنّ الرَّئيس\u200cالجديد «الرئيس» " * 3
    view = normalize(text)
    expected, i = [], view.text.find("الرءيس")
    while i >= 0:
        expected.append(view.span(i, i + 6))
        i = view.text.find("الرءيس", i + 6)
    assert find_spans(text, ["الرءيس"]) == expected and len(expected) == 9
    assert [text[a:b] for a, b in expected[:3]] == ["الرئيـــسُ", "الرَّئيس", "الرئيس"]


def test_find_spans_stops_at_the_limit_and_knows_identity_text():
    assert find_spans("قال الوزير", ["الوزير"]) == [(4, 10)]
    assert len(find_spans("نعم " * 50, ["نعم"], limit=7)) == 7


def test_long_and_short_texts_fold_alike():
    word = "أكّد مسئولٌ فى كیغینز ٩٩ "
    assert key(word * 40) == " ".join([key(word)] * 40)  # 40 copies take the long-text path


def test_key_of_a_line_collapses_every_kind_of_space_and_keeps_single_spaced_text_as_is():
    from qawl.text.normalize import normalize

    single = "وقال الوزير إن الحكومة ستعلن خطتها الأسبوع المقبل، بحسب البيان الرسمي الصادر اليوم عن المكتب."
    assert key(single) == normalize(single).text  # already single-spaced: only the letters fold
    for spaced in (single.replace(" ", "  "), " " + single, single + " ", single.replace(" ", "\u00a0"),
                   single.replace(" ", "\t"), single.replace(" ", "\u2009"), single.replace(" ", "\u3000")):
        assert key(spaced) == key(single), repr(spaced[:12])
        view = normalize(spaced)
        assert view.key(0, len(spaced)) == key(single)


def test_offsets_with_several_kinds_of_dropped_characters_in_a_long_text():
    text = ("قالَ الـوزيرُ\u200f إنّ الحكومةَ ستعلنُ خطتَها" + " ") * 20
    view = normalize(text)
    kept = [i for i, ch in enumerate(text) if ch not in "\u064e\u064f\u0651\u0640\u200f"]
    assert view.offsets == kept + [len(text)]
    assert view.text == "".join(text[i] for i in kept).replace("ة", "ه").replace("إ", "ا")
