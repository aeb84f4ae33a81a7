"""Turn raw bytes into text, or say why they are not text.

A news archive holds stray binaries (images saved as .txt, PDFs), files in
legacy encodings (cp1252 is common in scraped news) and files that are neither.
UTF-8 is tried first because nearly all news is UTF-8; charset-normalizer only
runs when that fails, and its guess is kept only when the result reads as text.
"""

from __future__ import annotations

import charset_normalizer

from warlog.errors import SkipKind

#: Bytes sniffed to decide whether a file is binary.
_SNIFF_BYTES = 8192
#: Share of control characters above which bytes are not text.
_MAX_CONTROL_SHARE = 0.02
_ALLOWED_CONTROLS = {9, 10, 12, 13}


class NotText(Exception):
    """Raised with a :class:`~warlog.errors.SkipKind` and a reason."""

    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


def looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in _ALLOWED_CONTROLS)
    return bool(head) and controls / len(head) > _MAX_CONTROL_SHARE


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` to ``str``.

    Raises:
        NotText: for empty, binary or undecodable input.
    """
    if not data.strip():
        raise NotText(SkipKind.EMPTY, "empty")
    if looks_binary(data):
        raise NotText(SkipKind.BINARY, "binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    guess = charset_normalizer.from_bytes(data).best()
    if guess is None or guess.encoding is None:
        raise NotText(SkipKind.UNDECODABLE, "not valid UTF-8 and no other encoding fits")
    return str(guess)
