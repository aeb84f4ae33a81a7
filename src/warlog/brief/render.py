"""A :class:`~warlog.brief.content.Brief` as HTML, Markdown or PDF, each one file with its pictures inside.

HTML and Markdown carry the map and the timeline as ``data:`` PNGs; the PDF embeds them. Article
strings are escaped for each format (Jinja autoescape in HTML; ``<``, ``>``, ``|``, ``*``, ``_``,
``[`` and ``]`` in Markdown). The PDF uses matplotlib's DejaVu Sans, so names in any Latin,
Greek or Cyrillic script print as written.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from warlog.brief.content import Brief, _place, describe

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|<>#])")


def _b64(png: bytes | None) -> str | None:
    return base64.b64encode(png).decode() if png else None


def render_html(brief: Brief, map_png: bytes | None, timeline_png: bytes | None) -> str:
    env = Environment(loader=PackageLoader("warlog.brief", "templates"), autoescape=select_autoescape(default=True))
    return env.get_template("brief.html").render(b=brief, map=_b64(map_png), timeline=_b64(timeline_png),
                                                 place=_place, describe=describe)


def md(text) -> str:
    """Article text made inert in Markdown."""
    return _MD_SPECIAL.sub(r"\\\1", str(text if text is not None else "")).replace("\n", " ")


def render_markdown(brief: Brief, map_png: bytes | None, timeline_png: bytes | None) -> str:
    lines = [f"# {md(brief.title)}", "",
             f"warlog briefing generated {brief.generated}. Figures are best figures with the range the sources "
             "give (low-high); each event is numbered [n] and listed with its sources at the end.", "",
             "## Headline figures", "", "| figure | value | behind it |", "| --- | --- | --- |",
             f"| events | {len(brief.events)} | every event under Sources |"]
    lines += [f"| {name} | {best} ({low}-{high}) | sum over the events under Sources |"
              for name, (low, best, high) in brief.totals.items()]
    lines += [f"| disputed events | {len(brief.disputed)} | {' '.join(f'[{brief.ref(e)}]' for e in brief.disputed)} |",
              f"| by grade | {', '.join(f'{g} {n}' for g, n in brief.grades.items())} | |", "",
              "| event type | events | killed |", "| --- | --- | --- |"]
    lines += [f"| {md(t)} | {n} | {k} |" for t, n, k in brief.by_type]
    for title, png in (("Map", map_png), ("Timeline", timeline_png)):
        if png:
            lines += ["", f"## {title}", "", f"![{title}](data:image/png;base64,{_b64(png)})"]
    lines += ["", "## What changed since the last briefing", ""]
    if brief.changes is None:
        lines.append("This is the first briefing written to this file: nothing to compare with.")
    elif not brief.changes:
        lines.append("Nothing: the same events with the same tolls and grades.")
    lines += [f"- **{c.kind}**: {md(c.text)}" + (f" [{brief.numbers[c.event_id]}]" if c.kind != "gone" else "")
              for c in brief.changes or ()]
    lines += ["", "## Deadliest events", "", "| date | what and where | killed | grade | sources |",
              "| --- | --- | --- | --- | --- |"]
    lines += [f"| {e['event_date'] or 'undated'} | {md(e['sub_event_type'])} in {md(_place(e))} | "
              f"{e['fatalities_best']} ({e['fatalities_low']}-{e['fatalities_high']}) | {e['grade']} | "
              f"{md(', '.join(e['outlets'] or []))} [{brief.ref(e)}] |" for e in brief.deadliest]
    lines += ["", "## Disputed events", ""]
    for e in brief.disputed:
        lines += [f"- **{md(describe(e))}** [{brief.ref(e)}]"] + [f"  - {md(n)}" for n in brief.disputes.get(e["story_id"], [])]
    if not brief.disputed:
        lines.append("None.")
    lines += ["", "## Sources", ""]
    for n, e in enumerate(brief.events, 1):
        lines.append(f"{n}. {md(describe(e))}: {e['fatalities_best'] or 0} killed, grade {e['grade']}. {md(e['notes'])}")
        for article_id in e["article_ids"] or ():
            a = brief.articles.get(article_id, {})
            link = f"[{md(a.get('title') or a.get('url'))}](<{a['url']}>)" if a.get("url") else md(a.get("title"))
            lines.append(f"    - {md(a.get('outlet'))}, {(a.get('published') or '')[:10]}: {link}")
        if e["claimants"]:
            lines.append(f"    - In-text sources: {md('; '.join(e['claimants']))}")
    return "\n".join(lines) + "\n"


def render_pdf(brief: Brief, map_png: bytes | None, timeline_png: bytes | None, out: Path) -> None:
    import io

    import matplotlib
    from fpdf import FPDF

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    width = pdf.epw

    def heading(text: str, size: int = 13) -> None:
        pdf.set_font("DejaVu", "B", size)
        pdf.multi_cell(width, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text: str, size: int = 9) -> None:
        pdf.set_font("DejaVu", "", size)
        pdf.multi_cell(width, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    heading(brief.title, 15)
    para(f"warlog briefing generated {brief.generated}. Best figures with the range the sources give (low-high); "
         "each event is numbered [n] and listed with its sources at the end.")
    heading("Headline figures")
    para(f"Events: {len(brief.events)}")
    for name, (low, best, high) in brief.totals.items():
        para(f"{name.capitalize()}: {best} ({low}-{high}), summed over the events under Sources")
    para(f"Disputed events: {len(brief.disputed)} " + " ".join(f"[{brief.ref(e)}]" for e in brief.disputed))
    para("By grade: " + ", ".join(f"{g} {n}" for g, n in brief.grades.items()))
    para("By type: " + "; ".join(f"{t}: {n} events, {k} killed" for t, n, k in brief.by_type))
    for title, png in (("Map", map_png), ("Timeline", timeline_png)):
        if png:
            heading(title)
            pdf.image(io.BytesIO(png), w=width * (0.8 if title == "Map" else 1))
    heading("What changed since the last briefing")
    if brief.changes is None:
        para("This is the first briefing written to this file: nothing to compare with.")
    elif not brief.changes:
        para("Nothing: the same events with the same tolls and grades.")
    for c in brief.changes or ():
        para(f"{c.kind}: {c.text}" + (f" [{brief.numbers[c.event_id]}]" if c.kind != "gone" else ""))
    heading("Deadliest events")
    for e in brief.deadliest:
        para(f"{describe(e)}: {e['fatalities_best']} killed ({e['fatalities_low']}-{e['fatalities_high']}), "
             f"grade {e['grade']}; {', '.join(e['outlets'] or [])} [{brief.ref(e)}]")
    heading("Disputed events")
    for e in brief.disputed:
        para(f"{describe(e)} [{brief.ref(e)}]: " + " ".join(brief.disputes.get(e["story_id"], [])))
    heading("Sources")
    for n, e in enumerate(brief.events, 1):
        articles = [brief.articles.get(a, {}) for a in e["article_ids"] or ()]
        para(f"[{n}] {describe(e)}: {e['fatalities_best'] or 0} killed, grade {e['grade']}. {e['notes'] or ''}\n"
             + "\n".join(f"  {a.get('outlet')}, {(a.get('published') or '')[:10]}: {a.get('title') or ''} {a.get('url') or ''}"
                         for a in articles)
             + (f"\n  In-text sources: {'; '.join(e['claimants'])}" if e["claimants"] else ""), size=8)
    pdf.output(str(out))
