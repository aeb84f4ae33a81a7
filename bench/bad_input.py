"""Peak memory of warlog on oversized and hostile input (issue 17), each case in a fresh process.

Builds the inputs in a temporary folder (about 2 GB on disk while it runs),
runs the command a user would (`warlog ingest`, `warlog extract`, standard
input) and reads the process's peak resident memory from the kernel
(``wait4``). Nothing here is asserted: the figures go to the screen and to
``bench/out/bad_input.json``. Part of `make fuzz`.

    python bench/bad_input.py [--only NAME,...] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIB = 1 << 20
WORDS = ("shelling", "the", "town", "killed", "civilians", "forces", "said", "on", "Tuesday", "near", "village",
         "fighters", "attack", "of", "and", "in", "a", "reported", "medics", "hospital")


def _text_block(size: int, seed: int = 0) -> bytes:
    """``size`` bytes of word salad: compresses like text (about 3-4x), not like zeros."""
    rng = random.Random(seed)
    words = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words).encode()[:size]


def _write_text_line(stream, total: int, prefix: bytes, suffix: bytes) -> None:
    block = _text_block(4 * MIB)
    stream.write(prefix)
    written = 0
    while written < total:
        chunk = block[: min(len(block), total - written)]
        stream.write(chunk)
        written += len(chunk)
    stream.write(suffix)


def gzip_bomb(folder: Path) -> list[str]:
    """1 GiB of zeros named x.warc.gz (the issue's bomb)."""
    path = folder / "x.warc.gz"
    with gzip.open(path, "wb", compresslevel=9) as stream:
        zeros = bytes(16 * MIB)
        for _ in range(64):
            stream.write(zeros)
    return ["ingest", str(path)]


def gzip_line(folder: Path) -> list[str]:
    """One JSONL line of 1 GiB of text, gzipped (inflates about 4x: no bomb, just a huge record)."""
    path = folder / "line.jsonl.gz"
    with gzip.open(path, "wb", compresslevel=1) as stream:
        _write_text_line(stream, 1024 * MIB, b'{"id": "huge", "text": "', b'"}\n')
        stream.write(b'{"id": "ok", "text": "Shelling killed two civilians near the town on Tuesday, medics said."}\n')
    return ["ingest", str(path)]


def plain_line(folder: Path) -> list[str]:
    """One JSONL line of 300 MB."""
    path = folder / "line.jsonl"
    with open(path, "wb") as stream:
        _write_text_line(stream, 300 * MIB, b'{"id": "huge", "text": "', b'"}\n')
    return ["ingest", str(path)]


def big_json(folder: Path) -> list[str]:
    """A 300 MB .json file (over the .json limit)."""
    path = folder / "big.json"
    with open(path, "wb") as stream:
        _write_text_line(stream, 300 * MIB, b'{"id": "huge", "text": "', b'"}')
    return ["ingest", str(path)]


def json_at_limit(folder: Path) -> list[str]:
    """A .json list of short records just under the 64 MiB limit: parsed whole, as documented."""
    path = folder / "list.json"
    record = {"id": "", "text": _text_block(2000).decode(), "outlet": "Wire", "published": "2019-05-07"}
    with open(path, "w") as stream:
        stream.write("[")
        count = (63 * MIB) // (len(json.dumps(record)) + 10)
        for index in range(count):
            stream.write(("," if index else "") + json.dumps(record | {"id": str(index), "text": f"{index} {record['text']}"}))
        stream.write("]")
    return ["ingest", str(path)]


def stdin_text(folder: Path) -> list[str]:
    """300 MB of plain text on standard input."""
    path = folder / "stdin.txt"
    with open(path, "wb") as stream:
        _write_text_line(stream, 300 * MIB, b"", b"\n")
    return ["ingest", "-", "<", str(path)]


def stdin_jsonl(folder: Path) -> list[str]:
    """A 300 MB JSON line on standard input."""
    path = folder / "stdin.jsonl"
    with open(path, "wb") as stream:
        _write_text_line(stream, 300 * MIB, b'{"id": "huge", "text": "', b'"}\n')
    return ["ingest", "-", "<", str(path)]


def extract_file(folder: Path) -> list[str]:
    """`warlog extract` on a 300 MB file."""
    path = folder / "huge.txt"
    with open(path, "wb") as stream:
        _write_text_line(stream, 300 * MIB, b"", b"\n")
    return ["extract", str(path)]


CASES = {f.__name__: f for f in (gzip_bomb, gzip_line, plain_line, big_json, json_at_limit, stdin_text, stdin_jsonl,
                                 extract_file)}


def measure(arguments: list[str], folder: Path) -> dict:
    """Run ``warlog ARGUMENTS`` (``<`` FILE feeds standard input) and return exit code, seconds and peak MiB."""
    stdin = None
    if "<" in arguments:
        at = arguments.index("<")
        stdin, arguments = open(arguments[at + 1], "rb"), arguments[:at]
    command = [sys.executable, "-m", "warlog", *arguments]
    if arguments[0] == "ingest":
        command += ["--db", str(folder / "bench.duckdb"), "--quiet"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    stderr = process.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if stdin:
        stdin.close()
    return {"exit": os.waitstatus_to_exitcode(status), "seconds": round(seconds, 1),
            "peak_mib": round(usage.ru_maxrss / 1024), "stderr": stderr.strip().splitlines()[-1:] }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated case names")
    parser.add_argument("--keep", help="build the inputs in this folder and keep them")
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "bad_input.json"))
    options = parser.parse_args()
    names = options.only.split(",") if options.only else list(CASES)
    folder = Path(options.keep or tempfile.mkdtemp(prefix="warlog-bad-input-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = {}
    try:
        for name in names:
            arguments = CASES[name](folder)
            results[name] = measure(arguments, folder) | {"input": CASES[name].__doc__.strip()}
            (folder / "bench.duckdb").unlink(missing_ok=True)
            print(f"{name:14} exit {results[name]['exit']:>3}  {results[name]['seconds']:7.1f} s  "
                  f"{results[name]['peak_mib']:6,} MiB peak  {results[name]['input']}", flush=True)
    finally:
        if not options.keep:
            shutil.rmtree(folder, ignore_errors=True)
    Path(options.out).parent.mkdir(parents=True, exist_ok=True)
    Path(options.out).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
