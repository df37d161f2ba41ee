"""``qawl.text.find.occurrences``: every place any of a few strings begins, in order."""
from qawl.text.find import occurrences


def test_every_occurrence_of_each_mark_in_text_order():
    text = "قال: «لا نقبل». ثم قال «سنرى»."
    assert occurrences(text, ["«", "»"]) == [5, 13, 23, 28]


def test_only_inside_the_given_range():
    text = "أ.ب. قال الوزير. وأضاف."
    assert occurrences(text, ["."], 4, len(text)) == [15, 22]
    assert occurrences(text, ["."], 0, 4) == [1, 3]


def test_a_place_where_two_needles_begin_comes_twice_and_nothing_found_is_empty():
    assert occurrences("''قال''", ["''", "'"]) == [0, 0, 1, 5, 5, 6]
    assert occurrences("بلا علامات", ["«", "؟"]) == []
