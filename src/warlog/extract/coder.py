"""The learned event coder: does a sentence tell of an event, of which ACLED sub-type, and did it happen?

Why a linear model of our own: the trigger rules name an event only for the wordings they list, and
real news keeps finding new ones ('set up a new observation post', 'abused women and girls'). A
logistic regression over word and character n-grams, trained on the project's own labelled sentences
(``data/training``, see its README), reads the whole sentence instead. It is small (a few MB), loads in
a fraction of a second, and needs only numpy at run time: the features are computed here, the same way
at training time (:mod:`warlog.extract.coder_train`) and at run time, so no scikit-learn or torch is
needed to use it.

Two heads share the features: the sub-type (the 25 of ACLED and ``none``) and the modality (reported,
ongoing, planned, denied, hypothetical).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from warlog.data import read_table

MODEL_FILE = "model.npz"
NONE = "none"
#: Character n-grams are taken inside words, padded with a space on each side ('char_wb').
CHAR_SIZES = (3, 4, 5)
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|0+|[^\w\s]")
_DIGIT = re.compile(r"\d")


def _words(text: str) -> list[str]:
    return _TOKEN.findall(_DIGIT.sub("0", text.lower()))


def _has_char_grams(word: str) -> bool:
    return len(word) >= 2 and word[0].isalpha()


def _char_grams(word: str) -> list[str]:
    padded = f" {word} "
    return [padded[i:i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1)]


def features(text: str) -> Counter[str]:
    """Word unigrams and bigrams and in-word character n-grams, lower-cased, every digit as 0."""
    words = _words(text)
    counts = Counter(f"w:{w}" for w in words)
    counts.update(f"b:{a} {b}" for a, b in zip(words, words[1:]))
    for word in words:
        if _has_char_grams(word):
            counts.update(_char_grams(word))
    return counts


def weighted(counts: Counter[str], vocabulary: dict[str, int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Feature indices and their l2-normalised, sublinear tf-idf weights (words outside the vocabulary dropped)."""
    return _tf_idf([(vocabulary[f], c) for f, c in counts.items() if f in vocabulary], idf)


def _tf_idf(counted: list[tuple[int, int]], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Indices and l2-normalised, sublinear tf-idf weights of (vocabulary index, count) pairs."""
    if not counted:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    index = np.fromiter((i for i, _ in counted), dtype=np.int64, count=len(counted))
    values = np.fromiter((1.0 + math.log(c) for _, c in counted), dtype=np.float32, count=len(counted)) * idf[index]
    return index, values / np.linalg.norm(values)


@lru_cache(maxsize=1)
def event_types() -> dict[str, str]:
    """ACLED sub-type -> event type (``data/training/taxonomy.csv``)."""
    return {row["sub_event_type"]: row["event_type"] for row in read_table("training/taxonomy.csv")}


@dataclass(frozen=True)
class Coding:
    """What the coder reads in one sentence."""

    sub_event_type: str
    probability: float
    modality: str
    modality_probability: float
    #: The likeliest of the 25 sub-types, and how likely it is that the sentence tells of an event at all (the
    #: sum over the 25): a sentence may be surely an event yet split between two sub-types ('rival supporters
    #: fought at the town hall': mob violence or an armed clash), none of them the single likeliest label.
    likeliest_event: str = NONE
    likeliest_probability: float = 0.0
    event_probability: float = 0.0

    @property
    def event_type(self) -> str:
        return event_types().get(self.sub_event_type, "")

    @property
    def is_event(self) -> bool:
        return self.sub_event_type != NONE


def _softmax(scores: np.ndarray) -> np.ndarray:
    exp = np.exp(scores - scores.max())
    return exp / exp.sum()


class EventCoder:
    """A trained coder: vocabulary, idf and the two heads' weights."""

    def __init__(self, vocabulary: list[str], idf: np.ndarray, heads: dict[str, tuple[np.ndarray, np.ndarray, list[str]]]):
        self.vocabulary = {feature: i for i, feature in enumerate(vocabulary)}
        self.idf = idf.astype(np.float32)
        self.heads = heads
        # A word's character n-grams are the same in every sentence: their vocabulary indices are kept
        # per word, so a sentence costs a lookup per word instead of a dozen strings hashed per word.
        self._char_gram_ids = lru_cache(maxsize=1 << 16)(self._char_gram_ids_of)

    @classmethod
    def from_disk(cls, path: Path) -> EventCoder:
        with np.load(path, allow_pickle=False) as data:
            vocabulary = bytes(data["vocabulary"]).decode("utf-8").split("\n")
            heads = {
                head: (data[f"{head}_coef"].astype(np.float32), data[f"{head}_intercept"].astype(np.float32),
                       bytes(data[f"{head}_labels"]).decode("utf-8").split("\n"))
                for head in ("sub_type", "modality")
            }
            return cls(vocabulary, data["idf"], heads)

    def _probabilities(self, head: str, index: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, list[str]]:
        coef, intercept, labels = self.heads[head]
        return _softmax(values @ coef[index] + intercept), labels

    def _char_gram_ids_of(self, word: str) -> tuple[int, ...]:
        vocabulary = self.vocabulary
        return tuple(vocabulary[gram] for gram in _char_grams(word) if gram in vocabulary)

    def _feature_counts(self, text: str) -> Counter[int]:
        """:func:`features` of ``text`` by vocabulary index, in the same order, outside the vocabulary dropped."""
        vocabulary, words = self.vocabulary, _words(text)
        ids = [vocabulary.get(f"w:{w}") for w in words]
        ids += [vocabulary.get(f"b:{a} {b}") for a, b in zip(words, words[1:])]
        counts = Counter(i for i in ids if i is not None)
        for word in words:
            if _has_char_grams(word):
                counts.update(self._char_gram_ids(word))
        return counts

    def code(self, text: str) -> Coding:
        index, values = _tf_idf(list(self._feature_counts(text).items()), self.idf)
        sub_types, labels = self._probabilities("sub_type", index, values)
        best = int(sub_types.argmax())
        events = np.array([label != NONE for label in labels])
        likeliest = int(np.where(events, sub_types, -1.0).argmax())
        modalities, modality_labels = self._probabilities("modality", index, values)
        modality = int(modalities.argmax())
        return Coding(labels[best], round(float(sub_types[best]), 3), modality_labels[modality],
                      round(float(modalities[modality]), 3), labels[likeliest], round(float(sub_types[likeliest]), 3),
                      round(float(sub_types[events].sum()), 3))


def model_path() -> Path:
    return Path(str(resources.files("warlog.data").joinpath("training", MODEL_FILE)))


@lru_cache(maxsize=1)
def default_coder() -> EventCoder:
    """The coder shipped in the package (``make train`` rebuilds it)."""
    return EventCoder.from_disk(model_path())
