"""What several stages read from one annotated article, worked out once per article.

spaCy builds some values again at every access: ``Doc.text`` joins the text of every token anew
(about 0.4 ms for a 600-token article), and places, dates and the extractor ask for it a dozen
times an article. Values kept here live in the doc's ``user_data``: they go with the doc and are
gone with it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from spacy.tokens import Doc

T = TypeVar("T")


def once_per_doc(doc: Doc, key: Hashable, make: Callable[[], T]) -> T:
    """``make()``, computed the first time ``key`` is asked of ``doc`` and kept with it."""
    if key not in doc.user_data:
        doc.user_data[key] = make()
    return doc.user_data[key]


def doc_text(doc: Doc) -> str:
    """The article's text (``doc.text``), joined from its tokens once."""
    return once_per_doc(doc, "warlog.text", lambda: doc.text)
