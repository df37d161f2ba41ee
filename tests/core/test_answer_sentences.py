"""Interview answers are stored one statement a sentence (invented interviews): a report often keeps
one sentence of a long answer, and the answer's other sentences are other statements
(``clauses.statement_parts``, ``rules.structure.ANSWER_PART_MIN_WORDS``)."""
from __future__ import annotations

from qawl.components.clauses import statement_parts
from qawl.doc import Document, Span
from qawl.pipeline import analyze

NUMBERED = """أجرت صحيفة الساحل حوارا مع وزير النقل كمال العبيدي حول أزمة الموانئ.
1- ما سبب تكدس السفن في الميناء؟
تعطلت ثلاث رافعات من أصل عشر خلال أسبوع واحد. وصل في الفترة نفسها عدد استثنائي من السفن المحولة من موانئ أخرى. نعمل الآن على إصلاح الرافعات في أسرع وقت.
2- هل سترفعون رسوم التخزين؟
نعم. قررنا إعفاء الحاويات المتأخرة من رسوم التخزين حتى نهاية الشهر.
3- وماذا عن رسوم الشحن؟
الرسوم لن ترتفع هذا العام، لكننا سنراجعها مع شركات الملاحة في الربيع المقبل."""

LABELLED = """التقت قناة المدينة رئيسة بلدية الوادي سلمى الدباغ، وكان هذا الحوار:
المذيع: هل انتهت أعمال تصريف مياه الأمطار؟
سلمى الدباغ: لا. أقولها بوضوح: لن تنتهي الأعمال قبل الشتاء المقبل. خصصنا للمشروع أربعين مليون دينار من موازنة البلدية.
المذيع: وماذا عن الأحياء التي غمرتها المياه الأسبوع الماضي؟
سلمى الدباغ: أرسلنا ست فرق صيانة إلى حي الزيتون وحي البستان."""


def _interview_statements(text: str) -> list[str]:
    doc = analyze(Document("t", text))
    return [doc.text[s.start : s.end] for s in doc.layer("statements") if s.label == "interview"]


def test_each_sentence_of_a_numbered_answer_is_a_statement():
    said = _interview_statements(NUMBERED)
    assert said[:3] == ["تعطلت ثلاث رافعات من أصل عشر خلال أسبوع واحد.",
                        "وصل في الفترة نفسها عدد استثنائي من السفن المحولة من موانئ أخرى.",
                        "نعمل الآن على إصلاح الرافعات في أسرع وقت."]


def test_a_one_word_sentence_stays_with_the_next():
    said = _interview_statements(NUMBERED)
    assert said[3] == "نعم. قررنا إعفاء الحاويات المتأخرة من رسوم التخزين حتى نهاية الشهر."


def test_a_full_stop_alone_on_a_line_opens_no_statement():
    # The sentence layer may leave a full stop on a line of its own between two sentences
    # ("للمشكلة⏎.⏎وأؤكد"): the next part starts at its first word.
    text = "لا يوجد تحديد دقيق للمشكلة حتى الآن\n.\nوأؤكد أن المسؤولين عن الحادث سيحاسبون"
    doc = Document("t", text)
    second = text.index("وأؤكد")
    doc.add("sentences", Span(0, text.index("\n"), "sentence"))
    doc.add("sentences", Span(second, len(text), "sentence"))
    assert [text[a:b] for a, b in statement_parts(doc, 0, len(text), sentences=True)] == [
        "لا يوجد تحديد دقيق للمشكلة حتى الآن", "وأؤكد أن المسؤولين عن الحادث سيحاسبون"]


def test_a_labelled_answer_is_cut_after_its_short_opening():
    said = _interview_statements(LABELLED)
    assert said[:2] == ["لا. أقولها بوضوح: لن تنتهي الأعمال قبل الشتاء المقبل.",
                        "خصصنا للمشروع أربعين مليون دينار من موازنة البلدية."]


def test_every_part_keeps_the_interviewee():
    doc = analyze(Document("t", NUMBERED))
    parts = [s for s in doc.layer("statements") if s.label == "interview"]
    assert len(parts) == 5
    assert {doc.entities[s.attrs["speaker"]]["name"] for s in parts} == {"كمال العبيدي"}
