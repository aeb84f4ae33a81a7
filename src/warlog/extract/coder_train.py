"""``make train``: rebuild the event coder from the project's own training data.

Writes ``data/training/examples.jsonl`` (:mod:`warlog.extract.coder_data`) and then
``data/training/model.npz``: the vocabulary (features seen in at least ``MIN_DF`` examples), their idf
and two multinomial logistic regressions (sub-type, modality) fitted by scikit-learn's lbfgs, which is
deterministic for the same data; the modality head weighs its classes evenly, since nearly all
examples are of reported events. scikit-learn is needed here only: the model is read with numpy
(:mod:`warlog.extract.coder`). ``--cv K`` prints a K-fold cross-validation instead, with the examples of
one template always in the same fold, so the score is for wordings the model has not seen.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter

import numpy as np
from scipy.sparse import csr_matrix

from warlog.extract.coder import NONE, features, model_path, weighted
from warlog.extract.coder_data import Example, generate, write_examples

MIN_DF = 2
#: Inverse regularisation strength of both heads.
C = 20.0
MAX_ITER = 3000


def vocabulary_and_idf(feature_counts: list[Counter[str]]) -> tuple[list[str], np.ndarray]:
    df = Counter(f for counts in feature_counts for f in counts)
    vocabulary = sorted(f for f, n in df.items() if n >= MIN_DF)
    total = len(feature_counts)
    idf = np.array([math.log((1 + total) / (1 + df[f])) + 1 for f in vocabulary], dtype=np.float32)
    return vocabulary, idf


def matrix(feature_counts: list[Counter[str]], vocabulary: list[str], idf: np.ndarray) -> csr_matrix:
    lookup = {f: i for i, f in enumerate(vocabulary)}
    rows, cols, vals = [], [], []
    for row, counts in enumerate(feature_counts):
        index, values = weighted(counts, lookup, idf)
        rows += [row] * len(index)
        cols += index.tolist()
        vals += values.tolist()
    return csr_matrix((vals, (rows, cols)), shape=(len(feature_counts), len(vocabulary)), dtype=np.float32)


def _fit(x: csr_matrix, labels: list[str], balanced: bool = False):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=MAX_ITER, class_weight="balanced" if balanced else None).fit(x, labels)


def _modality_rows(examples: list[Example]) -> list[int]:
    return [i for i, e in enumerate(examples) if e.sub_event_type != NONE]


def train(examples: list[Example]) -> dict[str, np.ndarray]:
    feature_counts = [features(e.text) for e in examples]
    vocabulary, idf = vocabulary_and_idf(feature_counts)
    x = matrix(feature_counts, vocabulary, idf)
    arrays = {"vocabulary": np.frombuffer("\n".join(vocabulary).encode("utf-8"), dtype=np.uint8), "idf": idf}
    modal = _modality_rows(examples)
    for head, rows, labels in (("sub_type", list(range(len(examples))), [e.sub_event_type for e in examples]),
                               ("modality", modal, [examples[i].modality for i in modal])):
        model = _fit(x[rows], labels, balanced=head == "modality")
        arrays[f"{head}_coef"] = model.coef_.T.astype(np.float16)
        arrays[f"{head}_intercept"] = model.intercept_.astype(np.float32)
        arrays[f"{head}_labels"] = np.frombuffer("\n".join(model.classes_).encode("utf-8"), dtype=np.uint8)
    return arrays


def cross_validate(examples: list[Example], folds: int) -> None:
    from sklearn.metrics import classification_report

    predicted, sureness, modal_predicted = [""] * len(examples), [0.0] * len(examples), {}
    likeliest, eventness = [""] * len(examples), [0.0] * len(examples)
    for fold in range(folds):
        test = [i for i, e in enumerate(examples) if e.template % folds == fold]
        held_out = set(test)
        train_rows = [i for i in range(len(examples)) if i not in held_out]
        feature_counts = [features(examples[i].text) for i in train_rows]
        vocabulary, idf = vocabulary_and_idf(feature_counts)
        x = matrix(feature_counts, vocabulary, idf)
        x_test = matrix([features(examples[i].text) for i in test], vocabulary, idf)
        model = _fit(x, [examples[i].sub_event_type for i in train_rows])
        events = [n for n, label in enumerate(model.classes_) if label != NONE]
        for i, probabilities in zip(test, model.predict_proba(x_test)):
            predicted[i], sureness[i] = model.classes_[probabilities.argmax()], float(probabilities.max())
            likeliest[i] = model.classes_[events[int(probabilities[events].argmax())]]
            eventness[i] = float(probabilities[events].sum())
        modal_train = [n for n, i in enumerate(train_rows) if examples[i].sub_event_type != NONE]
        modal_test = [n for n, i in enumerate(test) if examples[i].sub_event_type != NONE]
        modality = _fit(x[modal_train], [examples[train_rows[n]].modality for n in modal_train], balanced=True)
        for n, label in zip(modal_test, modality.predict(x_test[modal_test])):
            modal_predicted[test[n]] = label
    print(f"sub-type, {folds}-fold by template:")
    print(classification_report([e.sub_event_type for e in examples], predicted, digits=3, zero_division=0))
    _print_sureness(examples, predicted, sureness)
    print("by the probability that the sentence tells of an event at all, naming its likeliest event:")
    _print_sureness(examples, likeliest, eventness)
    print("modality (event sentences):")
    rows = sorted(modal_predicted)
    print(classification_report([examples[i].modality for i in rows], [modal_predicted[i] for i in rows], digits=3,
                                zero_division=0))


def _print_sureness(examples: list[Example], predicted: list[str], sureness: list[float]) -> None:
    """How far the coder's probability can be trusted: for events it names with at least p, the share that
    are events, and of the right sub-type (how ``reports.ADD_AT`` and ``CORRECT_AT`` were chosen)."""
    print("p >=  share of events named  are events  right sub-type")
    for threshold in (0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        named = [i for i, label in enumerate(predicted) if label != NONE and sureness[i] >= threshold]
        events = [i for i in named if examples[i].sub_event_type != NONE]
        right = [i for i in named if examples[i].sub_event_type == predicted[i]]
        print(f"{threshold:4.2f}  {len(named) / len(examples):20.3f}  {len(events) / max(len(named), 1):10.3f}  "
              f"{len(right) / max(len(named), 1):14.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m warlog.extract.coder_train", description=__doc__)
    parser.add_argument("--cv", type=int, default=0, metavar="K", help="print a K-fold cross-validation, write nothing")
    args = parser.parse_args(argv)
    examples = generate()
    if args.cv:
        cross_validate(examples, args.cv)
        return
    print(f"{len(examples)} examples -> {write_examples(examples)}")
    arrays = train(examples)
    path = model_path()
    np.savez_compressed(path, **arrays)
    print(f"model: {len(arrays['idf'])} features, {path.stat().st_size / 1e6:.1f} MB -> {path}")


if __name__ == "__main__":
    main()
