import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warlog.clean import clean_document
from warlog.errors import SkipKind
from warlog.ingest import iter_items
from warlog.ingest.limits import MAX_ARTICLE_BYTES
from warlog.ingest.sources import read_stdin
from warlog.models import RawDocument, Skip

STORY = (
    "An air strike hit a crowded market in the town of Tabqa on Thursday, killing at least twelve civilians "
    "and wounding dozens more, local activists said. The coalition said it was looking into the reports."
)
PAGE = f"""<html><head><title>Strike on Tabqa market</title>
<meta property="og:site_name" content="Levant Wire">
<meta property="article:published_time" content="2017-05-04T08:00:00Z"></head>
<body><nav>Home | Syria | Iraq</nav><article><h1>Strike on Tabqa market</h1><p>{STORY}</p>
<p>Residents said the market had been busy with families buying food before the evening meal when the strike came.</p>
</article><div>Share this: Facebook Twitter Email</div><footer>We use cookies to improve your experience. Accept</footer></body></html>"""


def _items(path):
    return list(iter_items([path]))


def _only(items, kind):
    return [i for i in items if isinstance(i, kind)]


def test_txt_with_meta_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text(f"Strike on Tabqa market\n\n{STORY}\n", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps({"file": "a.txt", "outlet": "Levant Wire", "published": "2017-05-04"}) + "\n")
    [document] = _items(tmp_path)
    assert document.outlet == "Levant Wire" and document.published.isoformat() == "2017-05-04T00:00:00"
    article = clean_document(document)
    assert article.title == "Strike on Tabqa market"
    assert article.text.startswith("An air strike")


def test_name_meta_json_sidecar(tmp_path):
    (tmp_path / "b.txt").write_text(STORY)
    (tmp_path / "b.txt.meta.json").write_text(json.dumps({"outlet": "Euphrates Herald", "url": "https://e.example/b"}))
    [document] = _items(tmp_path)
    assert (document.outlet, document.url) == ("Euphrates Herald", "https://e.example/b")


def test_html_main_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(PAGE)
    article = clean_document(_items(tmp_path)[0])
    assert article.title == "Strike on Tabqa market"
    assert article.outlet == "Levant Wire"
    assert article.published.date().isoformat() == "2017-05-04"
    assert "Share this" not in article.text and "cookies" not in article.text
    assert "killing at least twelve civilians" in article.text


def test_jsonl_records_keep_ids_and_name_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "r1", "text": STORY, "outlet": "Levant Wire", "published": "2017-05-04T10:00:00+02:00"}),
        '{"id": "r2", "text": "broken',
        json.dumps({"id": "r3", "body": "a field warlog does not read"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "r5", "html": PAGE}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    items = _items(tmp_path)
    documents, skips = _only(items, RawDocument), _only(items, Skip)
    assert [d.external_id for d in documents] == ["r1", "r5"]
    assert documents[0].published.isoformat() == "2017-05-04T08:00:00"
    assert [(s.source.rsplit(":", 1)[1], s.kind) for s in skips] == [
        ("2", SkipKind.MALFORMED), ("3", SkipKind.NO_TEXT), ("4", SkipKind.MALFORMED)]


def test_a_record_with_only_a_headline_is_an_article_whose_text_is_the_headline(tmp_path):
    headline = "Two hurt as shots ring out at a county fair in Halden"
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "h1", "title": headline, "text": ""}) + "\n")
    article = clean_document(_items(tmp_path)[0])
    assert (article.text, article.title) == (headline, headline)


def test_gzipped_jsonl_and_json_list(tmp_path):
    with gzip.open(tmp_path / "feed.jsonl.gz", "wt") as stream:
        stream.write(json.dumps({"id": "g1", "text": STORY}) + "\n")
    (tmp_path / "list.json").write_text(json.dumps([{"id": "j1", "text": STORY}, {"id": "j2", "text": STORY + " More."}]))
    ids = sorted(d.external_id for d in _only(_items(tmp_path), RawDocument))
    assert ids == ["g1", "j1", "j2"]


def test_warc_html_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, content_type, body in [("https://lw.example/1", "text/html; charset=utf-8", PAGE.encode()),
                                        ("https://lw.example/logo.png", "image/png", b"\x89PNG\x00\x00")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    [document] = _items(path)
    assert document.url == "https://lw.example/1" and document.external_id.startswith("<urn:uuid:")
    assert "twelve civilians" in clean_document(document).text


@pytest.mark.parametrize(
    "name,content,kind",
    [
        ("empty.txt", b"  \n\n ", SkipKind.EMPTY),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), SkipKind.BINARY),
        ("huge.txt", b"war " * (MAX_ARTICLE_BYTES // 4 + 1), SkipKind.TOO_LARGE),
        ("notes.docx", b"PK\x03\x04", SkipKind.UNSUPPORTED),
        ("broken.json", b'{"id": 1, "text": ', SkipKind.MALFORMED),
        ("bad.warc", b"this is not a warc file at all\n" * 3, SkipKind.MALFORMED),
    ],
)
def test_bad_files_are_skipped_with_a_reason(tmp_path, name, content, kind):
    (tmp_path / name).write_bytes(content)
    [skip] = _items(tmp_path)
    assert isinstance(skip, Skip) and skip.kind == kind and skip.source.endswith(name) and skip.reason


def test_legacy_encoding_is_decoded(tmp_path):
    (tmp_path / "cp1252.txt").write_bytes((STORY + " The caf\u00e9 owner\u2019s son was hurt.").encode("cp1252"))
    [document] = _items(tmp_path)
    assert "caf\u00e9 owner\u2019s" in document.text


def test_non_english_text_is_skipped(tmp_path):
    french = ("Une frappe a\u00e9rienne a touch\u00e9 un march\u00e9 de Tabqa jeudi, tuant au moins douze civils "
              "et blessant des dizaines d'autres personnes, selon des militants locaux qui ont parl\u00e9 \u00e0 la presse.")
    (tmp_path / "fr.txt").write_text(french)
    result = clean_document(_items(tmp_path)[0])
    assert isinstance(result, Skip) and result.kind == SkipKind.NOT_ENGLISH


def test_missing_path_is_an_error(tmp_path):
    from warlog.errors import WarlogError

    with pytest.raises(WarlogError):
        _items(tmp_path / "nowhere")


@pytest.mark.parametrize("data,expected", [(b'{"id": "s1", "text": "x y z"}\n', "s1"), (PAGE.encode(), None), (STORY.encode(), None)])
def test_stdin_is_sniffed(data, expected):
    [document] = list(read_stdin(io.BytesIO(data)))
    assert isinstance(document, RawDocument) and document.external_id == expected
    assert (document.html is not None) == data.startswith(b"<")


def test_broken_html_without_text_is_skipped(tmp_path):
    (tmp_path / "broken.html").write_bytes(b"<html><head><title>x</title></head><body><div><p><span></div></p>")
    result = clean_document(_items(tmp_path)[0])
    assert isinstance(result, Skip) and result.kind == SkipKind.NO_TEXT
