from datetime import date

import pytest

from warlog import extract
from warlog.data import read_table

CATEGORIES = {"killed", "civilians_killed", "injured", "fighters", "displaced", "at_risk", "detained", "targeted",
              "area", "participants", "evacuated", "other"}
CLAIMANT_TYPES = {"belligerent", "government", "un", "ngo", "monitor", "media", "local", "anonymous_official"}


def _claims(text, published="2019-04-10"):
    return extract(text, published=published, outlet="Test Wire").claims


def _claim(text, number, published="2019-04-10"):
    [claim] = [c for c in _claims(text, published) if c.number_text == number]
    return claim


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text,number,low,best,high,hedge",
    [
        ("Officials said no more than 40 fighters remained in the town.", "no more than 40", None, 40, 40, "up_to"),
        ("Medics said nearly a thousand people were treated for burns.", "nearly a thousand", None, 1000, 1000, "nearly"),
        ("Activists said several thousand people fled the district.", "several thousand", 3000, 3000, 9000, "vague"),
        ("The agency said about a dozen families fled the shelling.", "about a dozen", 12, 12, 12, "around"),
        ("The ministry said between 70 and 90 people died in the flooding of the camp.", "between 70 and 90", 70, 70, 90, None),
    ],
)
def test_values_and_hedges(text, number, low, best, high, hedge):
    claim = _claim(text, number)
    assert (claim.value_low, claim.value_best, claim.value_high, claim.hedge) == (low, best, high, hedge)


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text,number,category",
    [
        ("The army said it had arrested 14 men near the border crossing.", "14", "detained"),
        ("Rescuers said 40 wounded people were brought out of the collapsed clinic.", "40", "evacuated"),
        ("The ministry said 25 people were hurt in the blast.", "25", "injured"),
        ("Aid agencies say 8,000 people remain trapped in the old quarter.", "8,000", "at_risk"),
        ("The rebels said they had seized 12 villages in the valley.", "12", "area"),
        ("The navy said it had intercepted nine drones over the port.", "nine", "other"),
        ("Police said 3,000 protesters gathered outside parliament.", "3,000", "participants"),
        ("A shell hit the school, killing 11 pupils and two teachers, the governor said.", "11", "civilians_killed"),
        ("Tribal elders said 300 families had fled to the hills.", "300", "displaced"),
        ("The army put the strength of the garrison at 1,200.", "1,200", "fighters"),
        ("The brigade said its troops had advanced up to 9 km along the river.", "up to 9", "area"),
    ],
)
def test_categories(text, number, category):
    assert _claim(text, number).category == category


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Saleh, 44, said the bakery had been shut for 12 days and a bag of rice now costs 9,000 rials.",
        "The depot lies 30 km north of the city, on Route 5, and opened in 2015.",
        "Two residents told us the market had been quiet that morning.",
        "One official said the talks would resume within 48 hours.",
    ],
)
def test_numbers_that_are_not_claims(text):
    assert _claims(text) == []


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text,number,claimant,claimant_type",
    [
        ("At least 9 civilians were killed in the shelling, the regional governor said.", "At least 9",
         "the regional governor", "government"),
        ("According to the World Health Organization, 130 people have died of cholera.", "130",
         "the World Health Organization", "un"),
        ("Twenty soldiers were wounded, an army spokesman told reporters on Monday.", "Twenty",
         "an army spokesman", "belligerent"),
        ("Save the Children estimates that 4,000 children have been displaced by the floods.", "4,000",
         "Save the Children", "ngo"),
        ("Iraq Body Count, a London-based project, says 48 civilians died in the bombing.", "48",
         "Iraq Body Count", "monitor"),
        ("A senior police official, speaking on condition of anonymity, said 15 detainees had escaped.", "15",
         "A senior police official", "anonymous_official"),
        ("Colonel Ahmed Nouri said the assault began at dawn. He said 31 insurgents had surrendered.", "31",
         "Colonel Ahmed Nouri", None),
        ('"We pulled 23 bodies from the rubble." That was the account of Omar Haddad, a volunteer rescuer.', "23",
         "Omar Haddad", None),
        ("The Norwegian Refugee Council said on Friday that 6,000 people had fled. The group said 200 had returned.",
         "200", "the Norwegian Refugee Council", "ngo"),
    ],
)
def test_claimants(text, number, claimant, claimant_type):
    claim = _claim(text, number)
    assert claim.claimant.lower() == claimant.lower()
    if claimant_type is not None:
        assert claim.claimant_type == claimant_type


@pytest.mark.issue(4)
def test_the_outlet_and_background_speak_in_their_own_voice():
    assert _claim("Twelve people were killed in the blast on Sunday.", "Twelve").claimant is None
    town = _claim("Karmah, a town of about 20,000 people, was shelled overnight, officials said.", "about 20,000")
    assert town.claimant is None and town.category == "other"


@pytest.mark.issue(4)
def test_a_denied_zero():
    claim = _claim("The army denied that any civilians had been killed in the raid.", "any")
    assert (claim.value_best, claim.category, claim.stance, claim.claimant) == (0, "civilians_killed", "denied", "the army")


@pytest.mark.issue(4)
def test_a_disputed_figure_is_one_claim_per_source():
    claims = _claims("The rebels said they had killed 40 soldiers, a figure the army rejected.")
    assert sorted((c.claimant, c.stance) for c in claims if c.number_text == "40") == [
        ("the army", "disputed"), ("the rebels", "asserted")]
    assert len({c.claim_id for c in claims}) == len(claims)


@pytest.mark.issue(4)
def test_the_owner_of_a_dismissed_figure_asserts_it():
    claims = _claims("Residents dismissed the governor's figure of 15 dead as far too low.")
    assert sorted((c.claimant, c.stance) for c in claims) == [("residents", "disputed"), ("the governor", "asserted")]


@pytest.mark.issue(16)
def test_a_source_opening_a_sentence_is_the_same_source_inside_one():
    claims = _claims("Local activists said 12 people were killed in the shelling. Later in the day the toll "
                     "rose to 15, according to local activists. Syrian state media said 19 died.")
    by_number = {c.number_text: c.claimant for c in claims}
    assert by_number["12"] == by_number["15"] == "local activists"
    assert by_number["19"] == "Syrian state media"


@pytest.mark.issue(16)
def test_a_dateline_is_never_a_source():
    text = ("BEIRUT (Levant Wire) — An air strike killed 14 civilians in the town of Saraqeb on Tuesday.\n\n"
            "Rescue workers said 20 more were wounded.")
    claims = _claims(text)
    assert {c.number_text: c.claimant for c in claims}["14"] is None


@pytest.mark.issue(4)
def test_a_revision_disputes_the_old_figure():
    claims = {c.number_text: c.stance for c in _claims("The ministry revised the death toll down to 31 from 35.")}
    assert claims == {"31": "asserted", "35": "disputed"}


@pytest.mark.issue(4)
def test_scope_and_period():
    tally = _claim("The monitor said 210 civilians were killed in March alone.", "210")
    assert (tally.scope, tally.period_start, tally.period_end) == ("cumulative", date(2019, 3, 1), date(2019, 3, 31))
    incident = _claim("A car bomb killed 8 people in the market on Monday, police said.", "8")
    assert (incident.scope, incident.period_start) == ("incident", None)


@pytest.mark.issue(4)
def test_evidence_points_into_the_article():
    text = "Shelling killed 6 people on Tuesday. The UN said 2,000 families had fled since January."
    result = extract(text, published="2019-04-10")
    for claim in result.claims:
        assert result.article.text[claim.char_start : claim.char_end] == claim.sentence
        assert claim.number_text in claim.sentence


@pytest.mark.parametrize("path", ["claims/categories.csv", "claims/scope.csv", "claims/speech_verbs.csv",
                                  "claims/claimant_words.csv", "claims/units.csv", "numbers/not_a_count.csv",
                                  "numbers/suffixes.csv", "numbers/zero.csv"])
def test_claim_tables_have_unique_ids(path):
    ids = [row["id"] for row in read_table(path)]
    assert ids and len(ids) == len(set(ids))


def test_claim_tables_use_known_codes():
    assert {row["category"] for row in read_table("claims/categories.csv")} <= CATEGORIES
    assert {row["requires"] for row in read_table("claims/categories.csv")} <= {"", "people", "nonfighter", "thing"}
    assert {row["stance"] for row in read_table("claims/speech_verbs.csv")} <= {"asserted", "denied", "disputed", "revises"}
    types = {row["type"] for row in read_table("claims/claimant_words.csv") if row["role"] == "type"}
    assert types <= CLAIMANT_TYPES
    assert {row["type"] for row in read_table("actors/sources.csv")} <= CLAIMANT_TYPES


def test_a_speaker_described_by_a_relative_clause_is_the_name_before_it(nlp):
    from warlog.extract import extract_from_doc
    from warlog.models import Article

    text = ("But Ceasefire Watch, a Geneva-based group of researchers that counts civilian deaths in Yemen and "
            "Somalia, says 312 civilians were killed in drone strikes in Yemen in the month of May alone.")
    claims = extract_from_doc(Article(article_id="a", text=text, source="t"), nlp(text)).claims
    assert [(c.value_best, c.claimant) for c in claims] == [(312, "Ceasefire Watch")]


def test_a_title_with_a_named_person_in_apposition_gives_the_person(nlp):
    from warlog.extract import extract_from_doc
    from warlog.models import Article

    text = ("On Monday, the UN's regional humanitarian coordinator, Maria Okafor, warned that the fighting "
            "must stop. She also expressed concern about the fate of 250,000 civilians, who may suffer.")
    claims = extract_from_doc(Article(article_id="a", text=text, source="t"), nlp(text)).claims
    assert [(c.value_best, c.category, c.claimant) for c in claims] == [(250000, "at_risk", "Maria Okafor")]


def test_fighters_named_by_their_group_are_counted(nlp):
    from warlog.extract import extract_from_doc
    from warlog.models import Article

    text = "There were up to 4,500 Boko Haram (JAS) fighters in the forest before the offensive began."
    claims = extract_from_doc(Article(article_id="a", text=text, source="t"), nlp(text)).claims
    assert [(c.value_high, c.category) for c in claims] == [(4500, "fighters")]
