"""Character map for the matching view of Arabic text.

Each entry maps one character to its replacement: a single character (same length, offsets kept
1:1) or the empty string (the character is dropped from the matching view; the offset map keeps
track). Nothing here is ever applied to stored text.
"""

# Hamza and madda carriers: all alef forms match bare alef; hamza on waw/yeh matches the lone hamza,
# so Egyptian مسئول and Levantine مسؤول share one key.
HAMZA = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ؤ": "ء", "ئ": "ء"}

# Final-letter variants: alef maqsura as yeh (Egyptian فى = في), teh marbuta as heh.
FINALS = {"ى": "ي", "ة": "ه"}

# Persian and Urdu letters that appear in Arabic news copied from Kurdish or Persian keyboards
# (كیغینز), mapped to the Arabic letters they stand for.
PERSIAN = {"ی": "ي", "ې": "ي", "ێ": "ي", "ک": "ك", "ڪ": "ك", "ھ": "ه", "ە": "ه", "ۀ": "ه", "ہ": "ه", "ۃ": "ه", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز"}

# Arabic-Indic and Persian digits as ASCII digits; Arabic decimal/thousands separators as ASCII.
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
SEPARATORS = {"٫": ".", "٬": ",", "٪": "%"}

# Spaces that are not U+0020 (NBSP, narrow NBSP, thin and other fixed-width spaces) become a plain space.
SPACES = {c: " " for c in "\u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u3000\t"}

# Dropped from the matching view: tatweel, harakat and Quranic marks (fathatan etc.), superscript alef,
# zero-width and bidi controls (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, embeddings, isolates, BOM), soft hyphen.
DROPPED = (
    "\u0640"  # tatweel
    + "".join(chr(c) for c in range(0x064B, 0x0660))  # fathatan … sukun, maddah, hamza above/below
    + "\u0670"  # superscript alef
    + "".join(chr(c) for c in range(0x0610, 0x061B))  # honorific and Quranic signs
    + "".join(chr(c) for c in range(0x06D6, 0x06DE))  # small high ligatures
    + "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"
)

CHARMAP: dict[str, str] = HAMZA | FINALS | PERSIAN | DIGITS | SEPARATORS | SPACES | {c: "" for c in DROPPED}
