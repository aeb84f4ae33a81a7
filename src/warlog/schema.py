"""The one source of truth for warlog's tables and export columns.

Every table the store creates, every column an export writes and every field of
the record types in :mod:`warlog.models` is declared here once. The store builds
its DDL from :data:`TABLES`, the exporters take their column order from it, and
``tests/test_schema.py`` checks that the dataclasses agree with it.

DOCS: docs/output.md
"""

from __future__ import annotations

from dataclasses import dataclass

#: Bumped whenever a column or table is added; older databases are migrated by adding
#: the missing tables and columns (:meth:`warlog.store.duckdb_store.Store._migrate`).
#: 2: ``field_spans``. 3: ``reports.evidence_in`` (a report coded from its article's headline).
SCHEMA_VERSION = 3


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    doc: str
    primary_key: bool = False


def _cols(*specs: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(name, type_, doc) for name, type_, doc in specs)


_PLACE_COLUMNS = (
    ("location", "VARCHAR", "Place name where the event happened (issue 5 fills it)."),
    ("country", "VARCHAR", "ISO 3166-1 alpha-2 code of the event's country."),
    ("country_name", "VARCHAR", "English name of that country."),
    ("country_score", "DOUBLE", "How sure the article's country is: its share of the country evidence (0-1)."),
    ("admin1", "VARCHAR", "First-level region (governorate, province, state)."),
    ("admin2", "VARCHAR", "Second-level region (district)."),
    ("latitude", "DOUBLE", "WGS84 latitude."),
    ("longitude", "DOUBLE", "WGS84 longitude."),
    ("geo_precision", "TINYINT", "ACLED geo precision: 1 town, 2 near/part of a region, 3 region."),
    ("geonameid", "BIGINT", "GeoNames id of the place, when it has one."),
    ("event_date", "DATE", "Date of the event, resolved against the article's publication date."),
    ("date_precision", "VARCHAR", "day, week, month or year."),
    ("time_precision", "TINYINT", "ACLED time precision: 1 day, 2 week, 3 month or coarser."),
)

_COUNT_COLUMNS = tuple(
    (f"{what}_{bound}", "INTEGER", f"{label} ({bound}; UCDP-style spread, {best}).")
    for what, label, best in (
        ("fatalities", "All people killed", "ACLED-style conservative best"),
        ("civilian_fatalities", "Civilians killed", "ACLED-style conservative best"),
        ("injured", "People injured", "an event's best the middle of its outlets' figures"),
    )
    for bound in ("low", "best", "high")
)

_ACTOR_COLUMNS = (
    ("actor1", "VARCHAR", "The side that acted, normalised through the actor dictionary."),
    ("actor2", "VARCHAR", "The side acted upon, or the other side of a clash."),
    ("assoc_actor_1", "VARCHAR", "Actor fighting with actor1."),
    ("assoc_actor_2", "VARCHAR", "Actor fighting with actor2."),
    ("inter1", "TINYINT", "ACLED inter code of actor1 (1-8)."),
    ("inter2", "TINYINT", "ACLED inter code of actor2 (1-8)."),
)

_EVIDENCE_COLUMNS = (
    ("sentence", "VARCHAR", "The sentence that supports the record, as it stands in articles.text."),
    ("char_start", "INTEGER", "Offset of the evidence's first character in articles.text."),
    ("char_end", "INTEGER", "Offset just past the evidence's last character in articles.text."),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "articles": _cols(
        ("article_id", "VARCHAR", "Hash of the article's normalised text: the same text always gets the same id."),
        ("external_id", "VARCHAR", "The id the input gave the article (JSONL `id`, WARC record id)."),
        ("source", "VARCHAR", "Where the article came from: file path, plus `:LINE` or `#RECORD` inside a file."),
        ("outlet", "VARCHAR", "The outlet that published the article."),
        ("url", "VARCHAR", "The article's URL."),
        ("title", "VARCHAR", "Headline."),
        ("published", "TIMESTAMP", "Publication date and time (midnight when only the date is known)."),
        ("published_from", "VARCHAR", "Where `published` came from: metadata, dateline, or empty when unknown."),
        ("language", "VARCHAR", "ISO 639-1 language code detected from the text."),
        ("text", "VARCHAR", "The cleaned text; every char_start/char_end points into it."),
        ("n_chars", "INTEGER", "Length of `text`."),
        ("copy_of", "VARCHAR", "article_id of the article this one copies (wire copies), if any."),
        ("ingested_at", "TIMESTAMP", "When warlog stored the article."),
        ("extracted", "BOOLEAN", "True once reports and claims have been extracted and stored."),
    ),
    "reports": _cols(
        ("report_id", "VARCHAR", "Stable id: hash of article_id, evidence span and sub-event type."),
        ("article_id", "VARCHAR", "The article the report comes from."),
        ("event_type", "VARCHAR", "ACLED event type."),
        ("sub_event_type", "VARCHAR", "ACLED sub-event type."),
        ("disorder_type", "VARCHAR", "ACLED disorder type: Political violence, Demonstrations or Strategic developments; violence outside armed conflict and politics is kept and marked Criminal violence, Accidental violence or Unclear violence, for users to filter."),
        ("modality", "VARCHAR", "reported, ongoing, planned, denied, hypothetical, general (a habit, not one happening), "
                                  "background (recalled as the time or cause of the news) or retold (told again later in "
                                  "the article); only reported and ongoing make events."),
        *_ACTOR_COLUMNS,
        ("target", "VARCHAR", "Kind of thing hit, when stated (school, hospital, market, ...)."),
        *_COUNT_COLUMNS,
        ("attributed_to", "VARCHAR", "Who the text says reported it; empty when the outlet speaks in its own voice."),
        ("trigger", "VARCHAR", "The words that name the event."),
        ("confidence", "DOUBLE", "How sure the extractor is, in [0, 1]."),
        ("date_from", "VARCHAR", "Where `event_date` came from: sentence (the report's own sentence dates it), lead (the date the article gives its events), dateline or published; empty when undated."),
        *_EVIDENCE_COLUMNS,
        ("evidence_in", "VARCHAR", "text, or title when the article's body tells no event and its headline was "
                                   "coded: then `sentence`, char_start and char_end point into articles.title, and "
                                   "so do its field spans' (derivation headline)."),
        *_PLACE_COLUMNS,
    ),
    "claims": _cols(
        ("claim_id", "VARCHAR", "Stable id: hash of article_id and the number's span."),
        ("article_id", "VARCHAR", "The article the claim comes from."),
        ("number_text", "VARCHAR", "The number expression as written."),
        ("value_low", "DOUBLE", "Low end of the figure."),
        ("value_best", "DOUBLE", "The figure as stated."),
        ("value_high", "DOUBLE", "High end of the figure."),
        ("hedge", "VARCHAR", "at_least, more_than, up_to, nearly, around, estimated, vague, ..."),
        ("category", "VARCHAR", "killed, civilians_killed, injured, fighters, displaced, at_risk, detained, targeted, area, participants, evacuated, other."),
        ("unit", "VARCHAR", "Unit of an area or distance claim (km2, km)."),
        ("subject", "VARCHAR", "The counted noun phrase."),
        ("scope", "VARCHAR", "incident or cumulative."),
        ("period_start", "DATE", "Start of the period a cumulative claim covers."),
        ("period_end", "DATE", "End of that period."),
        ("place", "VARCHAR", "Where the counted thing is."),
        ("claimant", "VARCHAR", "Who the text attributes the figure to; empty when the outlet asserts it."),
        ("claimant_type", "VARCHAR", "belligerent, government, un, ngo, monitor, media, local, anonymous_official."),
        ("stance", "VARCHAR", "asserted, disputed or denied."),
        *_EVIDENCE_COLUMNS,
    ),
    "events": _cols(
        ("event_id", "VARCHAR", "Stable id: hash of the earliest report behind the event."),
        ("story_id", "VARCHAR", "The story the event belongs to."),
        ("report_ids", "VARCHAR[]", "Every report merged into the event."),
        ("article_ids", "VARCHAR[]", "Every article behind those reports."),
        ("event_type", "VARCHAR", "ACLED event type."),
        ("sub_event_type", "VARCHAR", "ACLED sub-event type."),
        ("disorder_type", "VARCHAR", "ACLED disorder type: Political violence, Demonstrations or Strategic developments; violence outside armed conflict and politics is kept and marked Criminal violence, Accidental violence or Unclear violence, for users to filter."),
        *_ACTOR_COLUMNS,
        ("target", "VARCHAR", "Kind of thing hit."),
        *_PLACE_COLUMNS,
        *_COUNT_COLUMNS,
        ("n_reports", "INTEGER", "Number of reports merged."),
        ("n_articles", "INTEGER", "Number of articles behind them."),
        ("n_sources", "INTEGER", "Independent sources: copies of one wire story count once."),
        ("outlets", "VARCHAR[]", "Outlets that reported the event."),
        ("claimants", "VARCHAR[]", "In-text sources the reports attribute it to."),
        ("grade", "VARCHAR", "confirmed, fair, weak or contested."),
        ("disputed", "BOOLEAN", "True when sources give incompatible figures."),
        ("notes", "VARCHAR", "One-paragraph summary in ACLED's style."),
    ),
    "stories": _cols(
        ("story_id", "VARCHAR", "Stable id: hash of the story's first article."),
        ("article_ids", "VARCHAR[]", "Articles about the story."),
        ("title", "VARCHAR", "A representative headline."),
        ("first_published", "TIMESTAMP", "Earliest publication among the articles."),
        ("last_published", "TIMESTAMP", "Latest publication among the articles."),
        ("outlets", "VARCHAR[]", "Outlets that covered it."),
        ("identity_keys", "VARCHAR[]", "What identifies the story's incident: people named with an age "
                                       "('name:first last') and street addresses ('address:2400 alder road'); "
                                       "a later article sharing one joins the story however late."),
        ("identity_names", "VARCHAR[]", "The people the story's articles name in their openings, with or "
                                        "without an age ('name:first last')."),
    ),
    "disputes": _cols(
        ("dispute_id", "VARCHAR", "Stable id: hash of the claims on every side."),
        ("side", "INTEGER", "1, 2, ...: the sides of one dispute, from the lowest figure up."),
        ("kind", "VARCHAR", "contradiction (same period, ranges do not overlap), period_gap (a shorter period's count exceeds a longer one's) or rejected (a source disputes or denies a figure)."),
        ("story_id", "VARCHAR", "The story the claims belong to."),
        ("event_id", "VARCHAR", "The event an incident's figures count, when their sentences tell of one; the period and place then default to the event's."),
        ("category", "VARCHAR", "The claims' category (killed, displaced, ...)."),
        ("subject", "VARCHAR", "What this side counts, as its first claim words it."),
        ("unit", "VARCHAR", "Unit of an area or distance figure."),
        ("scope", "VARCHAR", "incident or cumulative."),
        ("period_start", "DATE", "Start of the period this side's figure covers."),
        ("period_end", "DATE", "End of that period."),
        ("place", "VARCHAR", "Where the counted thing is."),
        ("number_text", "VARCHAR", "The figure as its first claim writes it."),
        ("value_low", "DOUBLE", "Low end of the figure."),
        ("value_best", "DOUBLE", "The figure as stated."),
        ("value_high", "DOUBLE", "High end of the figure."),
        ("stance", "VARCHAR", "asserted, disputed or denied: this side's position on the figure."),
        ("claimants", "VARCHAR[]", "Who gives the figure; an outlet speaking in its own voice appears as 'OUTLET (own voice)'."),
        ("claimant_types", "VARCHAR[]", "Their types (belligerent, government, un, ngo, monitor, media, local, anonymous_official)."),
        ("outlets", "VARCHAR[]", "Outlets that carried the figure."),
        ("n_sources", "INTEGER", "Independent outlets: copies of one wire story count once."),
        ("n_claims", "INTEGER", "Claims behind this side (one per article and mention)."),
        ("claim_ids", "VARCHAR[]", "Those claims."),
        ("article_ids", "VARCHAR[]", "Their articles."),
        ("first_published", "TIMESTAMP", "When the figure first appeared."),
        ("note", "VARCHAR", "One line on the whole dispute: every side's figure, period and source, and why they disagree."),
    ),
    "field_spans": _cols(
        ("record_kind", "VARCHAR", "report or claim: the table the record is in."),
        ("record_id", "VARCHAR", "The report_id or claim_id."),
        ("article_id", "VARCHAR", "The article the record comes from."),
        ("field", "VARCHAR", "The field traced (see 'Provenance' below: `location` stands for every place column, "
                             "`fatalities` for its low, best and high, ...)."),
        ("part", "INTEGER", "0, 1, ...: one row per stretch of text when several tell the field (figures that add "
                            "up, allies)."),
        ("char_start", "INTEGER", "Offset of the words' first character in articles.text (in articles.title for "
                                  "`headline`); empty when no words tell the value."),
        ("char_end", "INTEGER", "Offset just past the words' last character."),
        ("surface", "VARCHAR", "The words as they stand at char_start:char_end."),
        ("derivation", "VARCHAR", "stated (the words say it), headline (the title's words say it), convention (a "
                                  "coding rule gives the value, e.g. ACLED's 'several' dead = 10) or inferred "
                                  "(worked out from the rest of the article: its main place, country, "
                                  "publication date)."),
        ("rule", "VARCHAR", "Which convention or inference gave the value; empty when stated."),
    ),
    "skips": _cols(
        ("source", "VARCHAR", "File, plus `:LINE` or `#RECORD` inside it."),
        ("kind", "VARCHAR", "Why it was skipped, as a code (binary, empty, too_large, ...)."),
        ("reason", "VARCHAR", "The one-line message shown to the user."),
        ("skipped_at", "TIMESTAMP", "When the skip last happened."),
    ),
}

#: The key column of each table.
PRIMARY_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "reports": ("report_id",),
    "claims": ("claim_id",),
    "events": ("event_id",),
    "stories": ("story_id",),
    "disputes": ("dispute_id", "side"),
    "field_spans": (),
    "skips": ("source", "kind"),
}

#: The order of the rows of a table without a key and of a view. ``field_spans`` has no key: its index
#: would take two and a half times the table (2.6 MB beside 1 MB on the 2,000-article bench), and its
#: rows need none, since they are written with their article's, never twice
#: (:meth:`warlog.store.duckdb_store.Store.write_tables`, :func:`warlog.models.field_span_rows`), and
#: deleted with it.
ROW_ORDER: dict[str, tuple[str, ...]] = {
    "field_spans": ("record_kind", "record_id", "field", "part"),
    "event_fields": ("event_id", "field", "record_kind", "record_id", "char_start"),
}


def sort_keys(table: str) -> tuple[str, ...]:
    """The columns a table's (or view's) rows are sorted by in exports: its key, else :data:`ROW_ORDER`."""
    return PRIMARY_KEYS.get(table) or ROW_ORDER[table]

#: Record fields that hold rows of another table, not a column of their own: by table, field -> table.
CARRIED: dict[str, dict[str, str]] = {
    "reports": {"field_spans": "field_spans"},
    "claims": {"field_spans": "field_spans"},
}

#: The fields ``field_spans`` traces, and the columns each stands for: one span tells them all (the
#: place's words give its name, country, regions and coordinates; the trigger's words the event's kind).
TRACED: dict[str, dict[str, tuple[str, ...]]] = {
    "reports": {
        "trigger": ("trigger", "event_type", "sub_event_type", "disorder_type", "modality"),
        "actor1": ("actor1", "inter1"),
        "actor2": ("actor2", "inter2"),
        "assoc_actor_1": ("assoc_actor_1",),
        "assoc_actor_2": ("assoc_actor_2",),
        "target": ("target",),
        "attributed_to": ("attributed_to",),
        "location": ("location", "country", "country_name", "admin1", "admin2", "latitude", "longitude",
                     "geo_precision", "geonameid"),
        "event_date": ("event_date", "date_precision", "time_precision", "date_from"),
        "fatalities": ("fatalities_low", "fatalities_best", "fatalities_high"),
        "civilian_fatalities": ("civilian_fatalities_low", "civilian_fatalities_best", "civilian_fatalities_high"),
        "injured": ("injured_low", "injured_best", "injured_high"),
    },
    "claims": {
        "value": ("number_text", "value_low", "value_best", "value_high", "hedge", "unit"),
        "claimant": ("claimant", "claimant_type", "stance"),
        "category": ("category",),
        "subject": ("subject",),
        "period": ("period_start", "period_end"),
        "scope": ("scope",),
        "place": ("place",),
    },
}

#: Columns no span traces, and why: the record's own key and evidence, and judgements on the whole evidence.
UNTRACED: dict[str, str] = {
    "report_id": "the record's id",
    "claim_id": "the record's id",
    "article_id": "the article itself",
    "sentence": "the evidence: char_start/char_end of the record",
    "char_start": "the evidence's offsets",
    "char_end": "the evidence's offsets",
    "evidence_in": "where the evidence's offsets point (the text or the title)",
    "confidence": "the extractor's score of the whole evidence",
    "country_score": "the share of the article's country evidence, a score of the whole article",
}

#: What warlog computes from the tables on request, with the columns it gives (not stored), and the
#: columns its rows are sorted by.
VIEWS: dict[str, tuple[Column, ...]] = {
    "event_fields": _cols(
        ("event_id", "VARCHAR", "The event."),
        ("field", "VARCHAR", "The event's field: sub_event_type, actor1, actor2, assoc_actor_1, assoc_actor_2, target, "
                             "location, event_date, fatalities_low/best/high, civilian_fatalities_low/best/high, "
                             "injured_low/best/high."),
        ("value", "VARCHAR", "The event's value of the field, as text."),
        ("record_kind", "VARCHAR", "report or claim that gives the value; empty when an event-level rule set it."),
        ("record_id", "VARCHAR", "Its report_id or claim_id."),
        ("article_id", "VARCHAR", "The article it comes from."),
        ("outlet", "VARCHAR", "That article's outlet."),
        ("published", "TIMESTAMP", "That article's publication time."),
        ("sentence", "VARCHAR", "The record's evidence: its sentence(s) as they stand in articles.text."),
        ("evidence_in", "VARCHAR", "text, or title for a report coded from its article's headline "
                                   "(reports.evidence_in): where the evidence's and the words' offsets point."),
        ("evidence_start", "INTEGER", "Offset of the evidence in articles.text."),
        ("evidence_end", "INTEGER", "Offset just past the evidence."),
        ("char_start", "INTEGER", "Offset of the words that tell the field (field_spans.char_start)."),
        ("char_end", "INTEGER", "Offset just past them."),
        ("surface", "VARCHAR", "Those words."),
        ("derivation", "VARCHAR", "stated, headline, convention or inferred (as field_spans.derivation); empty "
                                  "when the record has no field span (extracted by an older warlog: reextract)."),
        ("rule", "VARCHAR", "The convention or inference, at the record or the event level."),
    ),
}

#: Tables a user may export (skips are an audit trail, exported too), and the views.
EXPORTABLE = (*TABLES, *VIEWS)


def column_names(table: str) -> list[str]:
    """Return the columns of ``table`` (or view) in export order."""
    return [column.name for column in {**TABLES, **VIEWS}[table]]


def create_table_sql(table: str) -> str:
    """Return the ``CREATE TABLE IF NOT EXISTS`` statement for ``table``."""
    columns = [f"{c.name} {c.type}" for c in TABLES[table]]
    if PRIMARY_KEYS[table]:
        columns.append(f"PRIMARY KEY ({', '.join(PRIMARY_KEYS[table])})")
    return f"CREATE TABLE IF NOT EXISTS {table} (\n  " + ",\n  ".join(columns) + "\n)"


def schema_markdown() -> str:
    """The column reference of docs/output.md, generated from :data:`TABLES`."""
    parts = []
    headings = [(table, "key: " + ", ".join(f"`{k}`" for k in PRIMARY_KEYS[table]) if PRIMARY_KEYS[table]
                 else "no key: its rows are written and deleted with their article's") for table in TABLES]
    headings += [(view, "computed on request, not stored") for view in VIEWS]
    for table, note in headings:
        parts.append(f"### `{table}` ({note})\n\n| column | type | meaning |\n| --- | --- | --- |")
        parts.extend(f"| `{c.name}` | {c.type} | {c.doc.replace('|', '/')} |" for c in {**TABLES, **VIEWS}[table])
        parts.append("")
    return "\n".join(parts)
