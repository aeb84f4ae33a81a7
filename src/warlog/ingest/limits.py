"""Size limits for input, chosen so that no single item can exhaust a worker.

A long news article is 5-20 kB of text, a heavy news page 300 kB of HTML; the
longest real articles seen in news crawls stay well under 1 MB. Anything above
``MAX_ARTICLE_BYTES`` is a dump, a book or a mistake and is skipped as
``too_large``. JSONL, WARC and gzip files are streamed record by record, so the
file itself may be any size; a ``.json`` file is parsed whole and has its own
limit, small enough that parsing it stays well under 1 GB. Every limit is
enforced while reading (:mod:`warlog.ingest.bounded`), never after. See
docs/ingest.md.
"""

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
#: A ``.json`` file is parsed whole: its Python objects take 3-5 times its size.
MAX_JSON_FILE_BYTES = 64 * 1024 * 1024
#: A ``NAME.meta.json`` sidecar or one ``meta.jsonl`` line describes one file.
MAX_METADATA_BYTES = 1024 * 1024
#: Bytes of a WARC file without a line break: headers are lines, bodies are read by length.
MAX_WARC_RUN = 8 * 1024 * 1024
