"""The DuckDB store: versioned schema, one transaction per batch, resumable runs.

An article row is written in the same transaction as its reports and claims,
with ``extracted`` set, so a run killed at any point leaves either the whole
article or nothing of it; the next run skips what is stored and redoes the rest.
Only the main process writes: workers return records, never touch the database.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from warlog.errors import Errors, WarlogError
from warlog.models import Article, Event, Extraction, Skip, Story, field_span_rows
from warlog.schema import PRIMARY_KEYS, SCHEMA_VERSION, TABLES, VIEWS, column_names, create_table_sql, sort_keys

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "DOUBLE": pa.float64(),
    "INTEGER": pa.int32(),
    "TINYINT": pa.int8(),
    "BIGINT": pa.int64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
}


#: The input file a source names: the source without its ``:LINE`` or ``#RECORD``.
_SOURCE_FILE = "regexp_replace({column}, '[:#][0-9]+$', '')"
#: What makes two stored articles versions of one: the same input file and the same external id, or else the
#: same URL; or else the same single-article file (``NAME.txt``, not a line of a feed). A corrected version
#: (new text, new metadata, so a new ``article_id``) replaces the earlier one instead of standing beside it.
#: Articles from standard input or the API have no such key.
VERSION_KEY = f"""CASE
    WHEN source IN ('<stdin>', '<text>') THEN NULL
    WHEN external_id IS NOT NULL THEN {_SOURCE_FILE.format(column="source")} || chr(31) || 'id' || chr(31) || external_id
    WHEN url IS NOT NULL THEN {_SOURCE_FILE.format(column="source")} || chr(31) || 'url' || chr(31) || url
    WHEN NOT regexp_matches(source, '[:#][0-9]+$') THEN source
END"""


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(c.name, _ARROW_TYPES[c.type]) for c in {**TABLES, **VIEWS}[table]])


def to_arrow(table: str, rows: Iterable[dict]) -> pa.Table:
    names = column_names(table)
    return pa.Table.from_pylist([{n: row.get(n) for n in names} for row in rows], schema=arrow_schema(table))


@dataclass(frozen=True)
class Written:
    """What :meth:`Store.write_tables` stored: new articles, articles it already had, and the new articles' records."""

    articles: int = 0
    known: int = 0
    reports: int = 0
    claims: int = 0
    replaced: int = 0


@dataclass(frozen=True)
class Links:
    """What one link step found for a neighbourhood of articles: its stories, their events and disputes
    (:class:`warlog.link.disputes.DisputeSide` rows), and which article copies which."""

    stories: list[Story]
    events: list[Event]
    copy_of: dict[str, str | None]
    disputes: list


#: DuckDB's memory, which by default grows to most of the machine's as it caches a large database.
#: Queries that need more spill to disk. ``WARLOG_DB_MEMORY`` sets another limit (``4GB``, ``500MB``).
DB_MEMORY = "1GB"


def memory_limit() -> str:
    return os.environ.get("WARLOG_DB_MEMORY") or DB_MEMORY


def connection_config() -> dict[str, object]:
    """DuckDB settings for every connection: capped memory, and no extension is ever installed or loaded
    behind the user's back (by default DuckDB fetches one from the network to open, say, an SQLite file)."""
    return {"memory_limit": memory_limit(), "autoinstall_known_extensions": False, "autoload_known_extensions": False}


#: A DuckDB file carries this at byte 8 of its header.
DUCKDB_MAGIC = b"DUCK"
_KNOWN_HEADERS = {b"SQLite format 3\x00": "an SQLite database", b"PAR1": "a Parquet file", b"PK\x03\x04": "a zip file"}


def _check_writable(path: Path) -> None:
    """Fail before any work when the database cannot be written: DuckDB writes a WAL beside it at the first
    commit, which would otherwise fail only once a whole batch has been extracted."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WarlogError(Errors.E007.format(path=path, detail=f"the folder {folder} does not exist"))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise WarlogError(Errors.E007.format(path=path, detail=f"the folder {folder} is not writable "
                                             "(DuckDB keeps a write-ahead log beside the database)"))
    if path.exists() and not os.access(path, os.W_OK):
        raise WarlogError(Errors.E007.format(path=path, detail="the file is not writable"))


def refuse_foreign_file(path: Path) -> None:
    """Refuse a file that exists and is not a DuckDB database, without writing to it."""
    try:
        with open(path, "rb") as stream:
            header = stream.read(16)
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise WarlogError(Errors.E019.format(path=path, detail="it is a folder")) from None
    except OSError as err:
        raise WarlogError(Errors.E007.format(path=path, detail=err.strerror or err)) from None
    if not header or header[8:12] == DUCKDB_MAGIC:
        return
    what = next((name for magic, name in _KNOWN_HEADERS.items() if header.startswith(magic)), "not a DuckDB file")
    raise WarlogError(Errors.E019.format(path=path, detail=what))


class Store:
    """A warlog database. Use as a context manager, or call :meth:`close`.

    DOCS: docs/output.md
    """

    def __init__(self, path: str | Path = "warlog.duckdb", *, read_only: bool = False):
        self.path = str(path)
        refuse_foreign_file(Path(path))
        if not read_only:
            _check_writable(Path(path))
        try:
            self.con = duckdb.connect(self.path, read_only=read_only, config=connection_config())
        except duckdb.Error as err:
            raise WarlogError(Errors.E007.format(path=self.path, detail=str(err).splitlines()[0])) from None
        try:
            self._check_owner()
            if read_only:
                self._cover_missing_columns()
            else:
                self._migrate()
        except BaseException:
            self.con.close()
            raise

    def _check_owner(self) -> None:
        """Refuse a database that another application made, or a newer warlog, before writing anything."""
        tables = {r[0] for r in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if tables and "warlog_meta" not in tables:
            shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            raise WarlogError(Errors.E019.format(path=self.path, detail=f"it holds tables {shown} and no warlog_meta"))
        if not tables:
            return
        rows = self.con.execute("SELECT value FROM warlog_meta WHERE key = 'schema_version'").fetchall()
        row = rows[0] if rows else None  # fetchall: DuckDB keeps a half-read result open and refuses the next query
        if row is None or not str(row[0]).isdigit():
            raise WarlogError(Errors.E019.format(path=self.path, detail="its warlog_meta has no schema version"))
        if int(row[0]) > SCHEMA_VERSION:
            raise WarlogError(Errors.E003.format(path=self.path, found=int(row[0]), known=SCHEMA_VERSION))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _cover_missing_columns(self) -> None:
        """Let a read-only connection read a database an older warlog wrote.

        Opening for writing adds new columns (:meth:`_migrate`); read-only, DuckDB cannot, so each table
        that lacks some is shadowed by a temporary view giving them as NULL (an absent table as empty).
        """
        database = self.con.execute("SELECT current_database()").fetchall()[0][0]
        existing: dict[str, set[str]] = {}
        for table, column in self.con.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_catalog = ? AND table_schema = 'main'", [database]).fetchall():
            existing.setdefault(table, set()).add(column)
        for table, columns in TABLES.items():
            have = existing.get(table)
            if have is not None and all(column.name in have for column in columns):
                continue
            selected = ", ".join(column.name if have and column.name in have
                                 else f"CAST(NULL AS {column.type}) AS {column.name}" for column in columns)
            source = f'"{database}".main.{table}' if have else "(SELECT 1) WHERE false"
            self.con.execute(f"CREATE TEMP VIEW {table} AS SELECT {selected} FROM {source}")

    def _migrate(self) -> None:
        """Create missing tables and columns; refuse databases from a newer warlog."""
        self.con.execute("CREATE TABLE IF NOT EXISTS warlog_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        for table in TABLES:
            self.con.execute(create_table_sql(table))
            existing = {r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
            ).fetchall()}
            for column in TABLES[table]:
                if column.name not in existing:
                    self.con.execute(f"ALTER TABLE {table} ADD COLUMN {column.name} {column.type}")
        self.con.execute(
            "INSERT OR REPLACE INTO warlog_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )

    def _insert(self, table: str, rows: list[dict], *, replace: bool = False) -> None:
        if rows:
            self._insert_arrow(table, to_arrow(table, rows), replace=replace)

    def _insert_arrow(self, table: str, batch: pa.Table, *, replace: bool = False) -> None:
        if not batch.num_rows:
            return
        names = ", ".join(column_names(table))
        verb = "INSERT" if not PRIMARY_KEYS[table] else "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        self.con.register("warlog_batch", batch)
        try:
            self.con.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM warlog_batch")
        finally:
            self.con.unregister("warlog_batch")

    def known_articles(self, article_ids: list[str]) -> dict[str, bool]:
        """Stored ids among ``article_ids``, with whether each is already extracted."""
        if not article_ids:
            return {}
        rows = self.con.execute(
            "SELECT article_id, extracted FROM articles WHERE article_id IN (SELECT unnest(?))", [article_ids]
        ).fetchall()
        return dict(rows)

    def write_articles(self, articles: list[Article]) -> int:
        """Store articles not yet extracted (``warlog ingest``); return how many earlier versions they replaced."""
        batch = to_arrow("articles", [asdict(a) for a in articles])
        with self.transaction():
            replaced = self._drop_earlier_versions(batch)
            self._insert_arrow("articles", batch)
        return replaced

    def _drop_earlier_versions(self, articles: pa.Table) -> int:
        """Delete stored articles that ``articles`` correct (see :data:`VERSION_KEY`), with their records."""
        if not articles.num_rows:
            return 0
        self.con.register("warlog_versions", articles.select(["article_id", "source", "external_id", "url"]))
        try:
            old = [r[0] for r in self.con.execute(f"""
                WITH new AS (SELECT article_id, {VERSION_KEY} AS key FROM warlog_versions),
                     old AS (SELECT article_id, {VERSION_KEY} AS key FROM articles
                             WHERE source IN (SELECT source FROM warlog_versions)
                                OR external_id IN (SELECT external_id FROM warlog_versions)
                                OR url IN (SELECT url FROM warlog_versions))
                SELECT DISTINCT old.article_id FROM old JOIN new ON old.key = new.key
                WHERE old.article_id NOT IN (SELECT article_id FROM warlog_versions)
                """).fetchall()]
        finally:
            self.con.unregister("warlog_versions")
        self.forget_articles(old, delete=True)
        return len(old)

    def forget_articles(self, article_ids: list[str], *, delete: bool = False) -> None:
        """Drop what was extracted and linked from ``article_ids``: their reports and claims, and the stories
        (with events and disputes) they are in, whose other articles the next link step places again.
        ``delete`` removes the articles too; otherwise they wait, unextracted, for the next run."""
        if not article_ids:
            return
        stories = [r[0] for r in self.con.execute(
            "SELECT story_id FROM stories WHERE len(list_intersect(article_ids, ?)) > 0", [article_ids]).fetchall()]
        for table in ("events", "stories", "disputes"):
            self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, story_id)", [stories])
        for table in _EXTRACTED:
            self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, article_id)", [article_ids])
        self.con.execute("UPDATE articles SET copy_of = NULL WHERE list_contains(?, copy_of)", [article_ids])
        if delete:
            self.con.execute("DELETE FROM articles WHERE list_contains(?, article_id)", [article_ids])
        else:
            self.con.execute("UPDATE articles SET extracted = false, copy_of = NULL WHERE list_contains(?, article_id)",
                             [article_ids])

    def setting(self, key: str) -> str | None:
        """A value the database keeps about itself (``warlog_meta``), or None."""
        rows = self.con.execute("SELECT value FROM warlog_meta WHERE key = ?", [key]).fetchall()
        return rows[0][0] if rows else None

    def set_setting(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO warlog_meta VALUES (?, ?)", [key, value])

    def has_extracted_articles(self) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM articles WHERE extracted").fetchall()[0][0])

    def all_article_ids(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT article_id FROM articles ORDER BY article_id").fetchall()]

    def reextract(self, article_ids: list[str]) -> list[str]:
        """Mark stored articles for extraction and linking anew; return the ids that are not in the database."""
        known = set(self.known_articles(article_ids))
        with self.transaction():
            self.forget_articles(sorted(known))
        return [a for a in article_ids if a not in known]

    def write_extractions(self, extractions: list[Extraction]) -> None:
        """Store articles with their reports and claims, all or nothing."""
        if not extractions:
            return
        with self.transaction():
            articles = [asdict(e.article) | {"extracted": True} for e in extractions]
            self._insert("articles", articles, replace=True)
            self._insert("reports", [asdict(r) for e in extractions for r in e.reports])
            self._insert("claims", [asdict(c) for e in extractions for c in e.claims])
            self._insert("field_spans", [row for e in extractions for row in field_span_rows(e)])

    def write_tables(self, tables: Mapping[str, pa.Table]) -> Written:
        """Store one batch of work, all or nothing, and say what was new.

        ``tables`` maps ``articles``, ``reports``, ``claims``, ``field_spans`` and ``skips``
        (any may be missing) to Arrow tables with the store's columns, as
        :mod:`warlog.engines.tables` builds them in memory or a Parquet shard holds
        them; articles in a batch are distinct. An article already extracted is kept
        as it is, and the batch's reports and claims for it are dropped; an article
        that ``warlog ingest`` stored is replaced by its extracted version; a skip
        replaces the earlier row for its source and kind. Both engines write here.
        """
        batch = {name: tables.get(name, to_arrow(name, [])) for name in ("articles", *_EXTRACTED, "skips")}
        with self.transaction():
            done = self._extracted_among(batch["articles"]["article_id"])
            new = {name: _without_articles(batch[name], done) for name in ("articles", *_EXTRACTED)}
            replaced = self._drop_earlier_versions(new["articles"])
            self._insert_arrow("articles", new["articles"], replace=True)
            for name in _EXTRACTED:
                self._insert_arrow(name, new[name])
            self._insert_arrow("skips", batch["skips"], replace=True)
        return Written(
            articles=new["articles"].num_rows,
            known=batch["articles"].num_rows - new["articles"].num_rows,
            reports=new["reports"].num_rows,
            claims=new["claims"].num_rows,
            replaced=replaced,
        )

    def _extracted_among(self, article_ids: pa.ChunkedArray) -> pa.Array:
        known = self.known_articles(article_ids.to_pylist())
        return pa.array([article_id for article_id, extracted in known.items() if extracted], pa.string())

    def write_skips(self, skips: list[Skip], *, now: datetime) -> None:
        with self.transaction():
            self._insert("skips", [asdict(s) | {"skipped_at": now} for s in skips], replace=True)

    def unlinked_article_ids(self, limit: int) -> list[str]:
        """The first ``limit`` extracted articles that no story holds yet, in publication order: what the next
        link step must place."""
        return [r[0] for r in self.con.execute(
            "SELECT article_id FROM articles WHERE extracted AND article_id NOT IN "
            "(SELECT unnest(article_ids) FROM stories) ORDER BY published NULLS LAST, article_id LIMIT ?",
            [limit]).fetchall()]

    def articles_to_relink(self, new_ids: list[str], margin) -> tuple[list[tuple], list[str]]:
        """The articles a link step revisits, and the stories it replaces.

        That is the new articles, every article published within ``margin`` of them, and every article of a
        story that holds one of those (so that no story is cut in two). A story that only spans the
        stretch (an incident and its trial months later, :mod:`warlog.link.identity`) has nothing in it to
        revisit. Returns ``(article rows, story ids)``; rows are (article_id, text, title, published, outlet).
        """
        span = self.con.execute(
            "SELECT min(published) - ?::INTERVAL, max(published) + ?::INTERVAL FROM articles "
            "WHERE list_contains(?, article_id)", [margin, margin, new_ids]).fetchall()[0]
        story_ids = [r[0] for r in self.con.execute(
            "SELECT DISTINCT s.story_id FROM stories s, unnest(s.article_ids) AS t(article_id) "
            "JOIN articles a ON a.article_id = t.article_id "
            "WHERE s.first_published <= ? AND s.last_published >= ? AND a.published BETWEEN ? AND ? "
            "ORDER BY s.story_id", [span[1], span[0], span[0], span[1]]
        ).fetchall()] if span[0] is not None else []
        return self._link_rows(new_ids, span, story_ids), story_ids

    def _link_rows(self, article_ids: list[str], span: tuple, story_ids: list[str]) -> list[tuple]:
        """Rows the link step reads of ``article_ids``, of the articles published within ``span`` and of
        the stories ``story_ids``."""
        return self.con.execute(
            "SELECT article_id, text, title, published, outlet FROM articles WHERE extracted AND ("
            "list_contains(?, article_id) OR published BETWEEN ? AND ? OR article_id IN "
            "(SELECT unnest(article_ids) FROM stories WHERE list_contains(?, story_id))) ORDER BY article_id",
            [article_ids, span[0], span[1], story_ids]).fetchall()

    def stories_sharing_identity(self, keys: set[str], names: set[str], besides: list[str],
                                 most: int) -> dict[str, tuple[list[tuple], list[str]]]:
        """Stories, other than ``besides``, that share what identifies an incident with a link step's
        articles: one of ``keys`` among their keys or names, or one of ``names`` among their keys
        (:func:`warlog.link.stories.followed_up`). A token that more than ``most`` stories hold
        names no one incident and finds nothing. By story id: (the link step's rows of its articles,
        its article ids)."""
        if not keys and not names:
            return {}
        rows = self.con.execute(
            "WITH held AS (SELECT story_id, unnest(identity_keys) AS token, true AS is_key FROM stories "
            "UNION ALL SELECT story_id, unnest(identity_names) AS token, false AS is_key FROM stories) "
            "SELECT DISTINCT held.story_id, held.token, held.is_key FROM held "
            "JOIN (SELECT unnest(?) AS token) AS wanted ON held.token = wanted.token "
            "WHERE NOT list_contains(?, held.story_id)", [sorted(keys | names), besides]).fetchall()
        holders: dict[str, set[str]] = {}
        for story_id, token, _ in rows:
            holders.setdefault(token, set()).add(story_id)
        wanted = sorted({story_id for story_id, token, is_key in rows
                         if (is_key or token in keys) and len(holders[token]) <= most})
        members = self.story_articles(wanted)
        if not members:
            return {}
        found = self._link_rows([], (None, None), sorted(members))
        row_of = {row[0]: row for row in found}
        return {story_id: ([row_of[a] for a in ids if a in row_of], ids) for story_id, ids in members.items()}

    def story_articles(self, story_ids: list[str]) -> dict[str, list[str]]:
        """The article ids of each of ``story_ids``."""
        if not story_ids:
            return {}
        return {story_id: list(article_ids) for story_id, article_ids in self.con.execute(
            "SELECT story_id, article_ids FROM stories WHERE list_contains(?, story_id)", [story_ids]).fetchall()}

    def replace_links_for(self, article_ids: list[str], old_story_ids: list[str], links: Links) -> None:
        """Swap in the stories, events, disputes and copy links recomputed for ``article_ids``, in one transaction."""
        with self.transaction():
            for table in ("events", "stories", "disputes"):
                self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, story_id)", [old_story_ids])
            self.con.execute("UPDATE articles SET copy_of = NULL WHERE list_contains(?, article_id)", [article_ids])
            self._insert("stories", [asdict(s) for s in links.stories])
            self._insert("events", [asdict(e) for e in links.events])
            self._insert("disputes", [asdict(d) for d in links.disputes])
            pairs = [(original, copy) for copy, original in links.copy_of.items() if original]
            if pairs:
                self.con.executemany("UPDATE articles SET copy_of = ? WHERE article_id = ?", pairs)

    def reports_of(self, article_ids: list[str]) -> list[tuple]:
        names = column_names("reports")
        return self.con.execute(f"SELECT {', '.join(names)} FROM reports WHERE list_contains(?, article_id) "
                                "ORDER BY report_id", [article_ids]).fetchall()

    def pending_articles(self, batch_size: int = 256):
        """Articles stored by ``warlog ingest`` but not yet extracted, in batches."""
        ids = [r[0] for r in self.con.execute("SELECT article_id FROM articles WHERE NOT extracted ORDER BY article_id").fetchall()]
        names = column_names("articles")
        for start in range(0, len(ids), batch_size):
            rows = self.con.execute(
                f"SELECT {', '.join(names)} FROM articles WHERE article_id IN (SELECT unnest(?))",
                [ids[start : start + batch_size]],
            ).fetchall()
            yield [Article(**dict(zip(names, row))) for row in rows]

    def count_copies(self) -> int:
        return self.con.execute("SELECT count(*) FROM articles WHERE copy_of IS NOT NULL").fetchall()[0][0]

    def count_disputes(self) -> int:
        return self.con.execute("SELECT count(DISTINCT dispute_id) FROM disputes").fetchall()[0][0]

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}

    def table(self, name: str):
        """The table (or view: :data:`warlog.schema.VIEWS`) as a pandas DataFrame, in export column order."""
        if name in VIEWS:
            from warlog.store.provenance import register_event_fields  # the view reads this store

            register_event_fields(self)
        order = ", ".join(sort_keys(name))
        return self.con.execute(f"SELECT {', '.join(column_names(name))} FROM {name} ORDER BY {order}").df()

    def transaction(self):
        return _Transaction(self.con)


#: What extraction stores per article, dropped with it and written with it.
_EXTRACTED = ("reports", "claims", "field_spans")


def _without_articles(table: pa.Table, article_ids: pa.Array) -> pa.Table:
    return table.filter(pc.invert(pc.is_in(table["article_id"], value_set=article_ids)))


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def __enter__(self):
        self.con.execute("BEGIN TRANSACTION")
        return self.con

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.con.execute("COMMIT")
        else:
            self.con.execute("ROLLBACK")
        return False
