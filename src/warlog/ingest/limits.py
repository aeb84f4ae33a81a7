"""Size limits for input, chosen so that no single item can exhaust a worker.

A long news article is 5-20 kB of text, a heavy news page 300 kB of HTML; the
longest real articles seen in news crawls stay well under 1 MB. Anything above
``MAX_ARTICLE_BYTES`` is a dump, a book or a mistake and is skipped as
``too_large``. JSONL, WARC and gzip files are streamed record by record, so the
file itself may be any size; a ``.json`` array is parsed whole and has its own
limit. See docs/ingest.md.
"""

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
MAX_JSON_ARRAY_BYTES = 200 * 1024 * 1024
