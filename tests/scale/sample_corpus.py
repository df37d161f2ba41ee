"""Invented Arabic news articles for the scale tests: two reported sayings each, of the shape
``قال <role> <given> <family> إن <claim>.``, speakers drawn from a small cast (so entities recur
across documents) and claims from four sentences (so statements repeat across outlets)."""
from __future__ import annotations

GIVEN = ("سامر", "ليلى", "حسان", "نادية", "وليد", "رنا", "كمال")
FAMILY = ("الخطيب", "العطار", "المصري", "الحلبي", "البنا")
ROLES = ("الوزير", "النائب", "المتحدث")
CLAIMS = ("الحكومة ستفتتح مدرسة جديدة في بلدة الريحان", "أسعار الخبز لن ترتفع هذا العام",
          "المفاوضات مع النقابة بلغت مرحلتها الأخيرة", "الطريق الساحلي سيفتح أمام السيارات في الربيع")


def sentence(k: int) -> str:
    return f"قال {ROLES[k % len(ROLES)]} {GIVEN[k % len(GIVEN)]} {FAMILY[k % len(FAMILY)]} إن {CLAIMS[k % len(CLAIMS)]}."


def article(i: int) -> dict[str, str]:
    """The i-th article: sayings number i and 3i+1 of the cast, with a sentence of narration between.
    Each article has an outlet of its own (wire copy carried by many papers): within one outlet, a
    line repeated in several articles is site furniture and would hold no statements."""
    text = f"{sentence(i)}\nوأضاف في مؤتمر صحفي عقد في المدينة أمس. {sentence(i * 3 + 1)}"
    return {"id": f"toy-{i:05d}", "title": f"خبر رقم {i}", "outlet": f"صحيفة المثال {i}",
            "date": f"2024-03-{i % 28 + 1:02d}", "text": text}
