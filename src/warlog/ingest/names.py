"""Names of input items as one printable line.

A file name is bytes on Linux: it may hold bytes that are not UTF-8 (Python keeps
them as lone surrogates, which no UTF-8 writer accepts) or a newline, which
would split a skip line in two. Sources and skip reasons are stored and printed,
so both go through :func:`printable` first: undecodable bytes become ``\\xff``
and control characters their escapes, the way Python's ``repr`` shows them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by os.fsdecode's surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return repr(char)[1:-1] if code < 0xD800 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` on one line, with undecodable bytes and control characters escaped."""
    return _UNPRINTABLE.sub(_escape, text)


def source_name(path: str | Path) -> str:
    """A file's name as a source: the path, printable."""
    return printable(os.fspath(path))


def has_unpaired_surrogate(text: str) -> bool:
    """True when ``text`` holds a lone surrogate (JSON allows ``\\ud800``; UTF-8 cannot hold it)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
