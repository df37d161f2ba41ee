"""Bytes to text: UTF-8 first, then the legacy Arabic encodings news sites still serve.

A decoding is accepted only when the result reads as text (few control characters, and for the
legacy code pages, a real share of Arabic letters); otherwise the caller skips the file.
"""
from __future__ import annotations

# Tried in order after UTF-8. cp1256 (Windows Arabic) is by far the most common legacy encoding of
# Arabic web pages; ISO-8859-6 is the older Unix one; UTF-16 files carry a BOM.
LEGACY_ENCODINGS = ("cp1256", "iso-8859-6")


class DecodeError(ValueError):
    """The bytes are not text in any encoding qawl accepts."""


def _looks_like_text(text: str) -> bool:
    if not text.strip():
        return False
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f\v")
    return controls <= len(text) * 0.01


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff") / len(letters)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`DecodeError` saying why."""
    if not data.strip():
        raise DecodeError("empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DecodeError("binary file (NUL bytes)")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc), enc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_like_text(text):
            return text, "utf-8"
        raise DecodeError("binary file (control characters)")
    for enc in LEGACY_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text) and _arabic_share(text) >= 0.5:
            return text, enc
    raise DecodeError("undecodable bytes: not UTF-8, and not Arabic text in cp1256 or ISO-8859-6")
