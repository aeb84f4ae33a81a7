"""Issue 17's bad inputs, each built beside good records, with what a run must make of them.

Every case writes a folder holding good articles and one kind of bad input. A
run over it must store every good article and name every bad item once in the
skips, with its kind. The cases are built from scratch here (no fixture files),
small except where size is the point (the gzip bomb is a few MB on disk).
"""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

STORY = ("Government forces shelled the town of {town} on Tuesday, killing {n} civilians and wounding twelve, "
         "according to local medics who spoke to reporters at the hospital on Wednesday.")
TOWNS = ("Kafr Nabl", "Saraqib", "Ariha", "Jisr al-Shughur", "Khan Shaykhun", "Maarat al-Numan", "Binnish", "Taftanaz")


def story(index: int, where: str = "") -> str:
    """A distinct good article for each index and place (the case's folder name, so cases never share one)."""
    text = STORY.format(town=TOWNS[index % len(TOWNS)], n=index + 2)
    return f"{text} The report came from the {where} desk." if where else text


def good_record(index: int, where: str, **extra) -> dict:
    return {"id": f"good-{index}", "text": story(index, where), "outlet": "Test Wire", "published": "2019-05-07"} | extra


def page(index: int, where: str) -> bytes:
    return (f"<html><head><title>Shelling in {TOWNS[index % len(TOWNS)]}</title></head><body><article>"
            f"<p>{story(index, where)}</p><p>{story(index + 100, where)}</p></article></body></html>").encode()


def warc_bytes(pages: list[bytes], *, gz: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for index, body in enumerate(pages):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.example/{index}", "response",
                                                      payload=io.BytesIO(body), http_headers=http))
    return buffer.getvalue()


@dataclass
class Case:
    """A folder of input; ``good`` articles to store, ``bad`` skip sources (relative to the folder) and kinds."""

    name: str
    build: Callable[[Path], None]
    good: int
    bad: dict[str, str] = field(default_factory=dict)


def _jsonl_around(bad_line: str | Callable[[str], str], name: str = "feed.jsonl") -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        bad = bad_line(folder.name) if callable(bad_line) else bad_line
        lines = [json.dumps(good_record(0, folder.name)), bad, json.dumps(good_record(1, folder.name))]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return build


def _surrogate_stdin_free(folder: Path) -> None:
    (folder / "raw.txt").write_bytes(story(3, folder.name).encode() + b" \xed\xa0\x80")  # UTF-8 of \ud800: not UTF-8
    (folder / "ok.txt").write_text(story(4, folder.name))


def _bad_name(folder: Path) -> None:
    with open(os.path.join(os.fsencode(folder), b"caf\xff.txt"), "w", encoding="utf-8") as stream:
        stream.write(story(5, folder.name))
    (folder / "ok.txt").write_text(story(6, folder.name))
    (folder / "two\nlines.txt").write_bytes(b"\x00\x01binary")


def _gzip_bomb(folder: Path) -> None:
    """About 64 MiB of zeros as a .warc.gz: past the ratio check's floor, a few hundred kB on disk."""
    with gzip.open(folder / "x.warc.gz", "wb", compresslevel=9) as stream:
        block = bytes(1 << 20)
        for _ in range(64):
            stream.write(block)
    (folder / "ok.txt").write_text(story(7, folder.name))


def _truncated_warc(gz: bool) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        data = warc_bytes([page(0, folder.name), page(1, folder.name)], gz=gz)
        (folder / ("cut.warc.gz" if gz else "cut.warc")).write_bytes(data[: -60 if gz else -150])
    return build


def _empty_files(folder: Path) -> None:
    (folder / "a.jsonl").write_bytes(b"")
    (folder / "b.jsonl.gz").write_bytes(gzip.compress(b""))
    (folder / "ok.txt").write_text(story(8, folder.name))


def _links(folder: Path) -> None:
    (folder / "ok.txt").write_text(story(9, folder.name))
    os.symlink("nowhere.txt", folder / "dangling.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    (folder / "sub").mkdir()
    os.symlink("sub", folder / "linked")


def _encodings(folder: Path) -> None:
    text = ("Government forces shelled the town of Peñarroya on Tuesday, killing six civilians, "
            "according to the mayor, José Muñoz, who spoke to reporters at the hospital.")
    (folder / "utf16.txt").write_bytes(text.replace("six", "seven").encode("utf-16"))
    (folder / "utf16le.txt").write_bytes(text.replace("six", "eight").encode("utf-16-le"))
    (folder / "latin1.txt").write_bytes(text.encode("latin-1"))
    (folder / "zh.txt").write_text("政府军周二炮击了该镇，造成六名平民死亡，十二人受伤。当地医生说，伤者被送往医院。", encoding="utf-8")
    (folder / "ja.txt").write_text("政府軍は火曜日に町を砲撃し、民間人6人が死亡した。地元の医師が語った。", encoding="utf-8")


def _metadata(folder: Path) -> None:
    (folder / "foo.txt").write_text(story(10, folder.name))
    (folder / "foo.meta.json").write_text(json.dumps({"outlet": "Sidecar Times", "published": "2019-04-02"}))
    (folder / "bar.txt").write_text(story(11, folder.name))
    (folder / "baz.txt").write_text(story(12, folder.name))
    (folder / "meta.jsonl").write_text("\n".join([
        json.dumps({"file": "bar.txt", "published": "12 March 2025", "outlet": "Meta Post"}),
        "{broken",
        json.dumps({"file": "baz.txt", "published": "someday"}),
    ]) + "\n")


def _oversize_line(folder: Path) -> None:
    """One line of 3 MiB (over the 2 MiB limit) between good records."""
    _jsonl_around(json.dumps({"id": "huge", "text": "a " * (3 << 19)}))(folder)


CASES = [
    Case("surrogate_text", _jsonl_around('{"id": "b", "text": "bad \\ud800 text"}'), 2, {"feed.jsonl:2": "undecodable"}),
    Case("surrogate_title", _jsonl_around(lambda where: json.dumps(good_record(2, where, title="x")).replace('"x"', '"x\\ud800"')), 3,
         {"feed.jsonl:2": "bad_metadata"}),
    Case("surrogate_bytes", _surrogate_stdin_free, 2),
    Case("deep_json", _jsonl_around("[" * 100_000 + "]" * 100_000), 2, {"feed.jsonl:2": "malformed"}),
    Case("long_integer", _jsonl_around('{"id": "b", "text": "t", "n": ' + "9" * 5001 + "}"), 2,
         {"feed.jsonl:2": "malformed"}),
    Case("published_min", _jsonl_around(lambda where: json.dumps(good_record(2, where, published="0001-01-01T00:00:00+14:00"))), 3,
         {"feed.jsonl:2": "bad_metadata"}),
    Case("published_max", _jsonl_around(lambda where: json.dumps(good_record(2, where, published="9999-12-31T23:59:59-12:00"))), 3,
         {"feed.jsonl:2": "bad_metadata"}),
    Case("file_names", _bad_name, 2, {"two\\nlines.txt": "binary"}),
    Case("gzip_bomb", _gzip_bomb, 1, {"x.warc.gz": "too_large"}),
    Case("truncated_warc", _truncated_warc(False), 1, {"cut.warc#": "malformed"}),
    Case("truncated_warc_gz", _truncated_warc(True), 1, {"cut.warc.gz": "unreadable"}),
    Case("empty_files", _empty_files, 1, {"a.jsonl": "empty", "b.jsonl.gz": "empty"}),
    Case("links", _links, 1, {"dangling.txt": "unreadable", "loop.txt": "unreadable", "linked": "unsupported"}),
    Case("encodings", _encodings, 3, {"zh.txt": "not_english", "ja.txt": "not_english"}),
    Case("metadata", _metadata, 3, {"meta.jsonl:2": "bad_metadata", "meta.jsonl:3": "bad_metadata"}),
    Case("oversize_line", _oversize_line, 2, {"feed.jsonl:2": "too_large"}),
]


def build_all(root: Path) -> dict[str, Path]:
    """Every case in its own folder under ``root``."""
    folders = {}
    for case in CASES:
        folder = root / case.name
        folder.mkdir(parents=True)
        case.build(folder)
        folders[case.name] = folder
    return folders
