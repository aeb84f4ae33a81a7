"""Is this text English? py3langid's model, checked against English function words.

A false 'not English' would throw away an article, so both signals must agree:
py3langid must prefer another language and the text must be poor in English
function words (names and numbers make langid unsure on short news items).
Counting words only works for scripts that space their words: a Chinese or
Japanese article is a few 'words' long however long it is, so text whose
letters are mostly outside the Latin script is judged by its letters, and is
never English.
"""

from __future__ import annotations

import re
from functools import lru_cache

import justext
from py3langid.langid import MODEL_FILE, LanguageIdentifier

#: Characters of text the identifier reads (enough for a stable answer, cheap).
SAMPLE_CHARS = 3000
#: Texts shorter than this many words are too short to judge and count as English.
MIN_WORDS_TO_JUDGE = 12
#: Below this share of English stopwords, text is not English.
MIN_ENGLISH_STOPWORD_SHARE = 0.15
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def english_stopwords() -> frozenset[str]:
    """justext's English stoplist, read from its package once per process."""
    return justext.get_stoplist("English")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def english_stopword_share(text: str) -> float:
    words = [w.lower() for w in _WORD.findall(text[:SAMPLE_CHARS])]
    if not words:
        return 0.0
    stoplist = english_stopwords()
    return sum(1 for w in words if w in stoplist) / len(words)


#: Share of letters outside the Latin script above which text cannot be English.
MAX_NON_LATIN_SHARE = 0.5
#: Letters of other scripts a text needs before that share is judged.
MIN_LETTERS_TO_JUDGE = 6


def non_latin_share(text: str) -> tuple[float, int]:
    """Share of letters outside the Latin script (A-Z and its accented forms up to U+024F), and the letters."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return 0.0, 0
    return sum(1 for char in letters if ord(char) > 0x024F) / len(letters), len(letters)


def detect_language(text: str) -> str:
    """Return an ISO 639-1 code; ``en`` unless the text is clearly in another language."""
    sample = text[:SAMPLE_CHARS]
    share, letters = non_latin_share(sample)
    if share > MAX_NON_LATIN_SHARE and letters >= MIN_LETTERS_TO_JUDGE:
        language, _ = _identifier().classify(sample)
        return language if language != "en" else "und"
    if len(_WORD.findall(sample)) < MIN_WORDS_TO_JUDGE or english_stopword_share(sample) >= MIN_ENGLISH_STOPWORD_SHARE:
        return "en"  # rich in English function words: English whatever the model says (and it need not run)
    language, _ = _identifier().classify(sample)
    return language
