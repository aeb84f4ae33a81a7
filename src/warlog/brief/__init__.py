"""`warlog brief`: a self-contained briefing (HTML, Markdown or PDF) a person can send.

DOCS: docs/brief.md
"""

from __future__ import annotations

from pathlib import Path

from warlog.brief.content import Brief, build_brief, read_state, state_path, write_state
from warlog.brief.figures import map_png, timeline_png
from warlog.brief.render import render_html, render_markdown, render_pdf
from warlog.errors import Errors, WarlogError
from warlog.store import Store
from warlog.store.filters import Period

FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".pdf": "pdf"}


def write_brief(db: str | Path, out: str | Path, period: Period | None = None) -> Brief:
    """Write a briefing on the events of ``db`` within ``period`` to ``out``; its suffix picks the format.

    Beside ``out`` goes ``out.state.json``, what the next briefing to the same file compares with.
    A file at ``out`` that no briefing wrote (it has no state file) is never overwritten.

    Example:
        >>> write_brief("warlog.duckdb", "brief.pdf", Period.parse(since="2017-06-01", country="Syria"))
    """
    out = Path(out)
    fmt = FORMATS.get(out.suffix.lower())
    if fmt is None:
        raise WarlogError(Errors.E025.format(path=out))
    if not out.resolve().parent.is_dir():
        raise WarlogError(Errors.E016.format(path=out, folder=out.resolve().parent))
    if out.exists() and not state_path(out).exists():
        raise WarlogError(Errors.E026.format(path=out))
    if not Path(db).exists():
        raise WarlogError(Errors.E006.format(path=db))
    with Store(db, read_only=True) as store:
        brief = build_brief(store, period or Period(), read_state(out))
    pictures = (map_png(brief.events), timeline_png(brief.events))
    if fmt == "html":
        out.write_text(render_html(brief, *pictures), encoding="utf-8")
    elif fmt == "md":
        out.write_text(render_markdown(brief, *pictures), encoding="utf-8")
    else:
        render_pdf(brief, *pictures, out)
    write_state(out, brief.events)
    return brief


__all__ = ["FORMATS", "write_brief"]
