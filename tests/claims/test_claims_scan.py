"""The trigger scan with the document's tokens finds what the scan of the whole text finds."""
import pytest

from qawl.claims.scan import triggers
from qawl.text.normalize import normalize
from qawl.text.tokens import tokenize

TEXTS = [
    "قتل 30 شخصا في الهجوم و15 آخرون، وبال20 جريحا",
    "وقعت الحادثة في 28 ديسمبر الماضي وقال الوزير أمس إن خمسة آلاف شخص غادروا",
    "قال يوم الاحد إن الاجتماع سيعقد اليوم، الاحد المقبل في الساعة ال 10 صباحا",
    "بلغت النسبة 12.5% من الاجمالي (نحو ثلاثة ملايين) و«عشرين» الفا",
    "خمس5 ثم abc5 ثم 5abc و_10 ثم ال_5 و١٢ في الثالث من مارس",
    "لا شيء هنا سوى كلمات",
    "",
    "2015",
    "في العام 2015-2016 وصل العدد الى مليون/مليونين: 40",
]


@pytest.mark.parametrize("text", TEXTS)
def test_triggers_at_tokens_are_those_of_the_whole_text(text):
    view = normalize(text)
    assert list(triggers(view.text, tokenize(text, view))) == list(triggers(view.text))


def test_triggers_are_found_at_tokens():
    view = normalize(TEXTS[0])
    assert [p for p, _ in triggers(view.text, tokenize(TEXTS[0], view))] == [4, 22]  # "30", "و15"
