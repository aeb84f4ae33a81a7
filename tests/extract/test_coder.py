from collections import Counter

import numpy as np
import pytest

from warlog import extract
from warlog.data import read_table
from warlog.extract.coder import Coding, default_coder, event_types, features, model_path
from warlog.extract.coder_data import generate, read_examples
from warlog.extract.reports import SURE_ALONE, _addable, _done_by_people, _learned_reading, _main_word

MODALITIES = {"reported", "ongoing", "planned", "denied", "hypothetical"}


def test_the_committed_training_data_is_what_the_generator_writes():
    assert [e.text for e in generate()] == [e.text for e in read_examples()]


def test_the_training_data_covers_every_sub_type_and_non_events():
    examples = read_examples()
    labels = Counter(e.sub_event_type for e in examples)
    assert len(examples) >= 6000
    assert set(labels) == {row["sub_event_type"] for row in read_table("training/taxonomy.csv")} | {"none"}
    assert min(labels.values()) >= 200
    assert {e.modality for e in examples if e.sub_event_type != "none"} == MODALITIES
    assert len({e.region for e in examples}) >= 10


def test_the_model_is_small_and_loads_with_numpy_alone():
    assert model_path().stat().st_size < 50_000_000
    coder = default_coder()
    assert set(coder.heads["sub_type"][2]) == set(event_types()) | {"none"}
    assert set(coder.heads["modality"][2]) == MODALITIES


def test_features_ignore_case_and_digits():
    assert features("Gunmen killed 12 villagers") == features("gunmen killed 47 Villagers")


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 villagers and burned their granaries near the river on Tuesday.",
    "Hundreds of teachers marched to the ministry, chanting 'pay us now'; police fired tear gas.",
    "H: Drone strike hits fuel depot outside the port city",
    "zzqx blorft 2,300,000 -- !!",
])
def test_the_coders_run_time_features_are_the_training_features_by_index(text):
    """The coder counts features by vocabulary index, each word's n-grams kept: the same features, in the same
    order, as the training features of the text that the vocabulary holds."""
    coder = default_coder()
    by_name = [(coder.vocabulary[f], n) for f, n in features(text).items() if f in coder.vocabulary]
    assert list(coder._feature_counts(text).items()) == by_name


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        ("On 4 March 2022, soldiers set up a new observation post on the hill above the village.", "Headquarters or base established"),
        ("Troops seized weapons and ammunition from a house used by the militants.", "Disrupted weapons use"),
        ("Armed men abused women and girls during the raid on the camp.", "Sexual violence"),
        ("Residents demonstrated against the closure of the clinic.", "Peaceful protest"),
        ("The rebels looted the health centre before leaving.", "Looting/property destruction"),
        ("The goalkeeper was injured during the cup final.", "none"),
    ],
)
def test_the_coder_reads_wordings_the_rules_do_not_list(text, sub_event_type):
    assert default_coder().code(text).sub_event_type == sub_event_type


def test_an_event_only_the_coder_finds_keeps_its_evidence_and_spans():
    text = "On 4 March 2022, Malian soldiers set up a new observation post near Gao."
    [report] = extract(text, published="2022-03-11").reports
    assert (report.event_type, report.sub_event_type) == ("Strategic developments", "Headquarters or base established")
    assert report.trigger and text[report.char_start:report.char_end] == report.sentence
    assert report.modality == "reported"


def test_an_event_told_through_a_speech_verb_is_the_told_verbs_not_the_speakers():
    text = "Gunmen killed four traders at a market near Gombi on Friday, a police spokesman said."
    [report] = extract(text, published="2023-09-04").reports
    assert report.trigger == "killed"
    assert report.actor1 is not None and "Police" not in report.actor1


@pytest.mark.parametrize(
    "text,sub_event_type",
    [
        ("Police officers took a trader from his shop in Kisumu and he has not been seen since.", "Abduction/forced disappearance"),
        ("Herders from a neighbouring village killed four fishermen at the lake near Kanam.", "Attack"),
        ("On 9 June 2021, beside the fire station in Insein (Insein Township, Yangon Region), "
         "a bomb went off.", "Remote explosive/landmine/IED"),
    ],
)
@pytest.mark.issue(13)
def test_an_event_the_coder_is_unsure_of_stands_on_what_its_sentence_says(text, sub_event_type):
    """No word of war around it, but an armed or state actor named, people who killed or hurt people, or
    an event word of the rules' of the same sub-type."""
    assert default_coder().code(text).probability < SURE_ALONE
    [report] = extract(text, published="2022-03-11").reports
    assert report.sub_event_type == sub_event_type


@pytest.mark.slow
def test_training_is_deterministic(tmp_path):
    from warlog.extract.coder_train import train

    arrays = train(read_examples())
    with np.load(model_path()) as shipped:
        for name, array in arrays.items():
            assert np.array_equal(shipped[name], array), name


def _coding(sub_type: str, probability: float, likeliest: str, likeliest_probability: float, events: float) -> Coding:
    return Coding(sub_type, probability, "reported", 0.99, likeliest, likeliest_probability, events)


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "coding,added",
    [
        (_coding("Mob violence", 0.45, "Mob violence", 0.45, 0.9), "Mob violence"),
        (_coding("Mob violence", 0.24, "Mob violence", 0.24, 0.95), "Mob violence"),  # sure of an event, split on which
        (_coding("none", 0.4, "Attack", 0.25, 0.6), None),
        (_coding("Other", 0.2, "Other", 0.2, 0.7), None),
    ],
)
def test_the_coder_adds_its_likeliest_event_where_it_is_sure_of_one(coding, added):
    addable = _addable(coding)
    assert (addable.sub_event_type if addable else None) == added


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,stands",
    [
        ("Volunteers took over the old depot and set up a kitchen for the runners.", False),
        ("Gunmen took over the old depot and killed two watchmen.", True),
    ],
)
def test_an_event_the_coder_is_split_on_needs_a_sign_of_conflict(nlp, text, stands):
    """Sure of an event but not of which: only an armed actor or people killed by a named doer vouch for it."""
    sentence = next(nlp(text).sents)
    split = _addable(_coding("none", 0.5, "Non-state actor overtakes territory", 0.2, 0.92))
    assert (_learned_reading(sentence, split, []) is not None) == stands


@pytest.mark.issue(13)
@pytest.mark.parametrize(
    "text,by_people",
    [
        ("Suspected pastoralists killed a farmer near the river.", True),
        ("A trader was stabbed by a man from the next village.", True),
        ("A falling tree killed two hikers near the river.", False),
    ],
)
def test_a_doer_outside_the_dictionary_is_people_named_as_the_subject(nlp, text, by_people):
    sentence = next(nlp(text).sents)
    assert _done_by_people(_main_word(sentence)) == by_people
