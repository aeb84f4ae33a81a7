import json

import pytest

from warlog.eval.claims import evaluate, same_claimant


@pytest.mark.parametrize(
    "gold,predicted,same",
    [
        ("the UN refugee agency", "UN refugee agency", True),
        ("U.S. Army Col. Ryan Dillon", "Col. Ryan Dillon", True),
        ("Ukrainian presidential adviser Mykola Dmytrenko", "Ukraine's presidential adviser Mykola Dmytrenko", True),
        ("the UN humanitarian office OCHA", "OCHA", True),
        ("the US-led coalition", "the coalition", False),
        ("UN humanitarian officials", "officials", False),
        (None, None, True),
        ("activists", None, False),
    ],
)
def test_claimant_rule(gold, predicted, same):
    assert same_claimant(gold, predicted) is same


def _gold_claim(number_text, best, category, claimant):
    return {"number_text": number_text, "value_low": best, "value_best": best, "value_high": best, "hedge": None,
            "category": category, "unit": None, "subject": "people", "scope": "incident", "period_text": None,
            "period_start": None, "period_end": None, "place": None, "claimant": claimant,
            "claimant_type": "government" if claimant else None, "stance": "asserted"}


def test_scores_count_hits_misses_and_wrong_fields(tmp_path):
    items = [
        {"id": "t1", "published": "2019-04-10", "tags": [],
         "text": "The ministry said 25 people were hurt in the blast and 4 people died.",
         "claims": [_gold_claim("25", 25, "injured", "the ministry"), _gold_claim("4", 4, "injured", "the ministry")]},
        {"id": "t2", "published": "2019-04-10", "tags": [], "text": "The bridge reopened on Monday.", "claims": []},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(item) for item in items) + "\n", encoding="utf-8")
    card = evaluate(gold)
    assert card.items == 2
    detection, category = card.score("detection"), card.score("category")
    assert (detection.tp, detection.fp, detection.fn) == (2, 0, 0)
    assert (category.tp, category.fp, category.fn) == (1, 1, 1)  # '4 people died' is killed, not injured
    assert card.score("claimant").tp == 2
    assert any("t1 category" in error for error in card.errors)
