"""The progress display moves from the start of one large file, not only when the file is done (issue 16)."""

import io
import random

import pytest

from warlog.pipeline import run


@pytest.mark.issue(16)
def test_progress_reports_bytes_read_inside_one_large_warc_file(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(16)
    words = ["market", "river", "council", "harvest", "bridge", "school", "festival", "railway", "museum", "garden"]
    path = tmp_path / "crawl.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for n in range(300):
            text = " ".join(rng.choice(words) + str(rng.randrange(10**6)) for _ in range(150))
            html = f"<html><head><title>Notes {n}</title></head><body><h1>Notes {n}</h1><p>{text}.</p></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://news.example/notes/{n}", "response",
                                                          payload=io.BytesIO(html.encode()), http_headers=headers))
    seen = []
    summary = run([path], db=tmp_path / "progress.duckdb", workers=1, extract=False,
                  progress=lambda s: seen.append(s.bytes_done))
    total = path.stat().st_size
    assert summary.bytes_total == total and summary.bytes_done == total
    inside = [done for done in seen if 0 < done < total]
    assert len(inside) >= 3 and inside == sorted(inside)
