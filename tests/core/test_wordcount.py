"""The bounded word counts agree with counting every word."""
from __future__ import annotations

import pytest

from qawl.text.wordcount import at_least, at_most

TEXTS = [
    "",
    "   \n\t ",
    "قال",
    "  قال  ",
    "قال الوزير",
    "وأكد المتحدث باسم الوزارة أن المفاوضات ستستأنف الأسبوع المقبل في القاهرة.\n",
    "الرئيس\u00a0الفرنسي  يزور\tبيروت   غداً ",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("n", [0, 1, 2, 3, 6, 12, 30])
def test_bounded_counts_equal_the_full_count(text, n):
    words = len(text.split())
    assert at_most(text, n) == (words <= n)
    assert at_least(text, n) == (words >= n)


def test_a_long_paragraph_is_more_than_a_link_fragment():
    paragraph = "وأضاف المصدر أن القوات تقدمت نحو الأحياء الشرقية للمدينة بعد ساعات من القصف المتواصل " * 20
    assert not at_most(paragraph, 30)
    assert at_least(paragraph, 3)
