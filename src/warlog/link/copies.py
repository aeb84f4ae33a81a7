"""Wire copies: near-duplicate articles (the same story run by several outlets, lightly edited).

MinHash over word 5-grams (datasketch), with LSH to find candidates without
comparing every pair. Of a group of copies, the earliest published is the
original; the others get ``copy_of``. Copies count as one source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from datasketch import MinHash, MinHashLSH

#: Estimated Jaccard similarity of word 5-grams above which two articles are copies.
COPY_THRESHOLD = 0.6
SHINGLE_WORDS = 5
NUM_PERM = 128
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class LinkArticle:
    """What the link step needs of an article."""

    article_id: str
    text: str
    title: str | None
    published: datetime | None
    outlet: str | None


def minhash(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    signature = MinHash(num_perm=NUM_PERM)
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def _age_key(article: LinkArticle) -> tuple:
    return (article.published or datetime.max, article.article_id)


def find_copies(articles: Iterable[LinkArticle], signatures: dict[str, MinHash] | None = None) -> dict[str, str | None]:
    """Map every article id to the id of the article it copies, or ``None``.

    ``signatures`` holds MinHashes already computed (by article id) and receives the new ones: the
    link step places an archive a bucket at a time, and neighbouring buckets share most articles.
    """
    ordered = sorted(articles, key=_age_key)
    position = {a.article_id: i for i, a in enumerate(ordered)}
    lsh = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=NUM_PERM)
    signatures = {} if signatures is None else signatures
    copy_of: dict[str, str | None] = {}
    for article in ordered:
        signature = signatures.get(article.article_id) or minhash(article.text)
        matches = [c for c in lsh.query(signature) if signature.jaccard(signatures[c]) >= COPY_THRESHOLD]
        original = min(matches, key=position.__getitem__) if matches else None
        copy_of[article.article_id] = (copy_of[original] or original) if original else None
        lsh.insert(article.article_id, signature)
        signatures[article.article_id] = signature
    return copy_of
