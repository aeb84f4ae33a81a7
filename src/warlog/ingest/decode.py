"""Turn raw bytes into text, or say why they are not text.

A news archive holds stray binaries (images saved as .txt, PDFs), files in
legacy encodings and files that are neither. The order of tries matters:

1. a byte-order mark names its encoding (UTF-8, UTF-16, UTF-32);
2. UTF-16 without a mark shows as a zero byte in every other position for
   Latin text, which would otherwise read as binary;
3. UTF-8, strictly: nearly all news is UTF-8, and random bytes almost never are;
4. English in a legacy single-byte page is cp1252 (Windows Western) far more
   often than anything else, and a detector guessing from a few accented
   letters in English text picks a Central European page as often as not
   ("ñ" read as "ń"). So text that is mostly ASCII and decodes as cp1252 is cp1252;
5. the rest (Cyrillic, Greek, CJK pages...) goes to charset-normalizer.

Whatever decodes must still read as text: few control characters.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from warlog.errors import SkipKind

#: Bytes sniffed to decide whether a file is binary.
_SNIFF_BYTES = 8192
#: Share of control characters above which bytes are not text.
_MAX_CONTROL_SHARE = 0.02
_ALLOWED_CONTROLS = {9, 10, 12, 13}
#: Share of zero bytes in one of the two byte positions that marks UTF-16 text without a BOM.
_UTF16_ZERO_SHARE = 0.3
#: Share of non-ASCII bytes up to which text is read as Western European (cp1252).
_MAX_WESTERN_SHARE = 0.2
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


class NotText(Exception):
    """Raised with a :class:`~warlog.errors.SkipKind` and a reason."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def _control_share(sample) -> float:
    codes = sample if isinstance(sample, bytes) else [ord(c) for c in sample]
    if not codes:
        return 0.0
    return sum(1 for code in codes if code < 32 and code not in _ALLOWED_CONTROLS) / len(codes)


def looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES]
    return b"\x00" in head or _control_share(head) > _MAX_CONTROL_SHARE


def _bom_encoding(data: bytes) -> str | None:
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[: _SNIFF_BYTES & ~1]
    if len(head) < 2:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) / len(odd) > _UTF16_ZERO_SHARE and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) / len(even) > _UTF16_ZERO_SHARE and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _as_text(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if _control_share(text[:_SNIFF_BYTES]) <= _MAX_CONTROL_SHARE and "\x00" not in text[:_SNIFF_BYTES] else None


def _legacy(data: bytes) -> str | None:
    non_ascii = sum(1 for byte in data[: _SNIFF_BYTES * 8] if byte > 127)
    if non_ascii <= _MAX_WESTERN_SHARE * min(len(data), _SNIFF_BYTES * 8):
        text = _as_text(data, "cp1252")
        if text is not None:
            return text
    guess = charset_normalizer.from_bytes(data).best()
    if guess is None or guess.encoding is None:
        return None
    return _as_text(data, guess.encoding)


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` to ``str``.

    Raises:
        NotText: for empty, binary or undecodable input.
    """
    if not data.strip():
        raise NotText(SkipKind.EMPTY, "empty")
    declared = _bom_encoding(data) or _utf16_without_bom(data)
    if declared is not None:
        text = _as_text(data, declared)
        if text is None:
            raise NotText(SkipKind.UNDECODABLE, f"marked as {declared} but does not decode as text")
        if not text.strip():
            raise NotText(SkipKind.EMPTY, "empty")
        return text
    if looks_binary(data):
        raise NotText(SkipKind.BINARY, "binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _legacy(data)
    if text is None:
        raise NotText(SkipKind.UNDECODABLE, "not valid UTF-8 and no other encoding fits")
    return text
