"""date_for_span and period_for_span: the date extraction stores for an event and for a count."""

from datetime import date, timedelta

import pytest
from spacy.tokens import Doc

from warlog.dates import (
    ACLED_TIME_PRECISION,
    PRECISIONS,
    date_for_span,
    dated_span,
    find_dates,
    period_for_span,
    precision_rank,
)
from warlog.dates.mentions import DateMention

THURSDAY = "2019-05-09"


def event_date(nlp, text, evidence, published=THURSDAY, dateline=None):
    doc = nlp(text)
    start = text.index(evidence)
    return date_for_span(find_dates(doc, published), doc, start, start + len(evidence), published, dateline)


@pytest.mark.issue(15)
@pytest.mark.parametrize("text", [
    # The parser hangs 'Wednesday' on 'shot' here, not on 'said'.
    "After checking the scene, detectives said Wednesday the boy accidentally shot himself and then hid the rifle.",
    "Detectives said on Wednesday the boy had shot himself while cleaning a rifle.",
])
def test_a_day_right_after_a_speech_verb_dates_the_statement_even_with_no_that(nlp, text):
    lede = "A boy of twelve was taken to hospital in Halden with a wound to his hand. "
    assert event_date(nlp, lede + text, "shot") == (date(2019, 5, 8), "week")


def test_a_day_a_noun_owns_after_a_speech_verb_dates_that_noun(nlp):
    text = "Detectives said Wednesday's shooting left a boy hurt."
    assert event_date(nlp, text, "shooting") == (date(2019, 5, 8), "day")


def test_the_date_attached_to_the_trigger_wins(nlp):
    text = "Jets bombed the bridge on Monday and shelled the market on Wednesday, officials said on Thursday."
    assert event_date(nlp, text, "bombed") == (date(2019, 5, 6), "day")
    assert event_date(nlp, text, "shelled") == (date(2019, 5, 8), "day")


@pytest.mark.issue(14)
def test_a_statement_date_only_bounds_an_undated_event(nlp):
    # Not the event's day (precision week), but a closer bound than publication, like a dateline.
    text = "Jets bombed the bridge, officials said on Wednesday."
    assert event_date(nlp, text, "bombed") == (date(2019, 5, 8), "week")
    assert event_date(nlp, "As reported on 6 May 2019, guards beat two prisoners in the jail.", "beat") == (
        date(2019, 5, 6), "day")
    assert event_date(nlp, "The government and the rebels signed a ceasefire on 5 May.", "ceasefire") == (
        date(2019, 5, 5), "week")
    assert event_date(nlp, "Jets bombed a depot, according to a report dated 6 May.", "bombed") == (
        date(2019, 5, 6), "week")
    # A statement's day or a page's stamp elsewhere in the text, when nothing nearer dates the event.
    text = "Jets bombed a depot near the river. The exact day is unclear; the army made the announcement on 6/05."
    assert event_date(nlp, text, "bombed") == (date(2019, 5, 6), "week")
    assert event_date(nlp, "Jets bombed a depot near the river.\n\nUpdated: 05/07/2019 4:10 PM", "bombed") == (
        date(2019, 5, 7), "week")


def test_without_a_date_the_dateline_then_publication_stand_in(nlp):
    text = "Jets bombed the bridge near the border."
    assert event_date(nlp, text, "bombed", dateline=date(2019, 5, 8)) == (date(2019, 5, 8), "week")
    assert event_date(nlp, text, "bombed") == (date(2019, 5, 9), "week")
    assert event_date(nlp, text, "bombed", published=None) == (None, None)


@pytest.mark.parametrize(
    "text,evidence,expected",
    [
        ("Overnight shelling destroyed two houses.", "shelling", (date(2019, 5, 8), "day")),
        ("Militants overran the post last week.", "overran", (date(2019, 5, 2), "week")),
        ("Militants overran the post in early April.", "overran", (date(2019, 4, 5), "month")),
        ("Militants overran the post earlier this month.", "overran", (date(2019, 5, 5), "month")),
        ("Militants overran the post in April.", "overran", (date(2019, 4, 15), "month")),
        ("Militants overran the post between 4 and 9 April.", "overran", (date(2019, 4, 6), "week")),
        ("Militants overran the post on or before 3 May.", "overran", (date(2019, 5, 3), "week")),
        ("Militants overran the post in 2018.", "overran", (date(2018, 12, 31), "year")),
        ("Militants overran the post over three days (02/05 - 04/05).", "overran", (date(2019, 5, 3), "week")),
        # A count over a span of a week or less still dates its event (the span is a period).
        ("Mines killed three soldiers between 4 and 7 May.", "killed", (date(2019, 5, 5), "week")),
    ],
)
@pytest.mark.issue(14)
def test_intervals_become_one_event_date(nlp, text, evidence, expected):
    # ACLED's codebook: a range on its middle day (the earlier of two), a month on the 15th.
    assert event_date(nlp, text, evidence) == expected


def test_event_date_is_never_after_publication(nlp):
    # This week runs Monday 6 to publication on Thursday 9: its middle day.
    assert event_date(nlp, "Fighting flared again this week.", "Fighting") == (date(2019, 5, 7), "week")
    assert event_date(nlp, "Fighting flared again this month.", "Fighting") == (date(2019, 5, 5), "month")


def test_unknown_publication_gives_no_event_date_for_relative_dates(nlp):
    assert event_date(nlp, "Gunmen attacked a checkpoint on Friday.", "attacked", published=None) == (None, None)


def test_period_for_span_finds_the_span_of_a_count(nlp):
    text = "The monitor said 512 civilians were killed since the end of 2018, and a strike on Monday killed four."
    doc = nlp(text)
    dates = find_dates(doc, THURSDAY)
    start = text.index("512")
    assert period_for_span(dates, doc, start, start + 3) == (date(2018, 10, 1), date(2019, 5, 9))
    assert period_for_span(dates, doc, 0, 3) == (date(2018, 10, 1), date(2019, 5, 9))


def test_period_for_span_is_empty_without_a_period(nlp):
    text = "A strike on Monday killed four people."
    doc = nlp(text)
    assert period_for_span(find_dates(doc, THURSDAY), doc, 0, len(text)) == (None, None)


def test_acled_precision_codes():
    assert ACLED_TIME_PRECISION == {"day": 1, "week": 2, "month": 3, "year": 3}


@pytest.mark.issue(14)
@pytest.mark.parametrize("text,evidence,published,expected", [
    # A date heading the text dates the events of its sentences that name none.
    ("3 May 2019. Gunmen attacked a market. They burned two shops.", "burned", "2019-05-10", date(2019, 5, 3)),
    ("Around 3 May 2019, gunmen attacked a market. They burned two shops.", "burned", "2019-05-10", date(2019, 5, 3)),
    # An all-numeric date reads the way that puts it on or before publication, nearest to it.
    ("01/05/2012: A bomb exploded near a bus stop.", "exploded", "2012-01-12", date(2012, 1, 5)),
    ("01/05/2012: A bomb exploded near a bus stop.", "exploded", "2012-05-08", date(2012, 5, 1)),
    # The last event date before the evidence carries over to the next sentence.
    ("On 2 May, jets struck the bridge. Two people died in the raid.", "died", "2019-05-09", date(2019, 5, 2)),
])
def test_the_text_s_own_date_wins_over_publication(nlp, text, evidence, published, expected):
    assert event_date(nlp, text, evidence, published) == (expected, "day")


@pytest.mark.issue(14)
def test_as_of_is_a_reporting_date(nlp):
    text = "As of 5 December 2019, the clashes had killed 40 people."
    dates = find_dates(nlp(text), "2019-12-12")
    assert [m.role for m in dates] == ["other"]


@pytest.mark.issue(14)
def test_a_sources_date_bounds_an_event_the_note_gives_no_day_for(nlp):
    # The day the source was dated is when the news came out, not the day of the event (precision week).
    text = "Troops defused a mine left on a farm track. No day is given; source dated 06/05."
    assert event_date(nlp, text, "defused") == (date(2019, 5, 6), "week")


@pytest.mark.parametrize(
    "text,evidence,day",
    [
        ("Troops on Sunday [5 May] resumed shelling the hills.", "shelling", 5),
        ("Students marched on Thursday (May 2) in the capital.", "marched", 2),
        ("Police today (3/05) arrested 20 picketers in the port town.", "arrested", 3),
        ("Picketers torched a bus early this morning (4/05) near the depot.", "torched", 4),
        ("Assailants threw a bomb at the market around 8pm (1/05).", "threw", 1),
        ("Gunmen raided the village on Saturday, 4/05, killing three.", "raided", 4),
        ("Residents of the town yesterday (6) staged a protest at the office.", "protest", 6),
    ],
)
def test_a_day_word_with_its_date_beside_it_is_that_date(nlp, text, evidence, day):
    # Wire copy and coders' notes give the day twice: 'on Sunday [5 May]', 'today (21/03)'.
    assert event_date(nlp, text, evidence) == (date(2019, 5, day), "day")


def test_overnight_after_a_stated_day_is_the_night_of_that_day(nlp):
    text = "On 3 May 2019, overnight, gunmen attacked a farm near the river."
    assert event_date(nlp, text, "attacked") == (date(2019, 5, 3), "day")
    assert event_date(nlp, "Gunmen attacked a farm overnight.", "attacked") == (date(2019, 5, 8), "day")


@pytest.mark.issue(14)
def test_last_night_after_the_day_a_sentence_opens_with_is_that_day(nlp):
    # The writer gives the date and keeps the source's time of day.
    text = "On 3 May, gunmen fired a rocket at the camp last night, wounding a guard."
    assert event_date(nlp, text, "fired") == (date(2019, 5, 3), "day")
    assert event_date(nlp, "Gunmen fired a rocket at the camp last night.", "fired") == (date(2019, 5, 8), "day")
    # Nor a page's stamp the parser joins to the first sentence: 'today' is the day the page was written.
    text = "Posted: Thursday, 5/9/2019 - Updated: 1 day ago\n\nKARA - As police worked today to find who shot a guard."
    found = find_dates(nlp(text), "2019-05-09")
    assert [str(m.start_date) for m in found if m.mention == "today"] == ["2019-05-08"]
    # A day told later in the sentence is another happening's, not the time the sentence opens with.
    text = "Gunmen fired a rocket last night at the camp raided on 3 May."
    assert event_date(nlp, text, "fired") == (date(2019, 5, 8), "day")


@pytest.mark.issue(14)
def test_a_statement_day_heading_the_text_gives_way_to_the_day_the_next_sentence_gives(nlp):
    text = ("The army today claimed that a herder was killed by border guards near Kara. "
            "Officers said he was shot at his well this afternoon (5/05).")
    assert event_date(nlp, text, "killed") == (date(2019, 5, 5), "day")
    # With no such day, the statement's day stays the coded one.
    assert event_date(nlp, "As reported on 6 May 2019, guards beat two prisoners.", "beat") == (date(2019, 5, 6), "day")


@pytest.mark.issue(14)
def test_the_day_an_announcement_was_made_bounds_an_undated_event(nlp):
    text = "Forty fighters surrendered to the army near Kara. Date unknown - the announcement was made on 6/05."
    assert event_date(nlp, text, "surrendered") == (date(2019, 5, 6), "week")


@pytest.mark.parametrize("text", [
    "On 6 May, villagers staged a protest to seek justice for the killing of a boy on 2 March.",
    # A participle clause: the parser hangs 'for the killing' on 'staged'; the date is the killing's.
    "On 6 May, villagers staged a protest seeking justice for the killing of a boy on 2 March.",
])
def test_the_verb_governing_the_event_dates_it_before_a_clause_below_it(nlp, text):
    assert event_date(nlp, text, "protest") == (date(2019, 5, 6), "day")
    assert event_date(nlp, text, "killing") == (date(2019, 3, 2), "day")


#: 'The envoy pointed to the strike that targeted a school on May 2, as well as the strikes at a bakery on
#: May 4.' as the small English model parses such coordinations: word, head, dependency, part of speech.
#: Both dates hang on 'targeted', the second strikes on the first date.
_COORDINATION = [
    ("The", 1, "det", "DET"), ("envoy", 2, "nsubj", "NOUN"), ("pointed", 2, "ROOT", "VERB"), ("to", 2, "prep", "ADP"),
    ("the", 5, "det", "DET"), ("strike", 3, "pobj", "NOUN"), ("that", 7, "nsubj", "PRON"),
    ("targeted", 5, "relcl", "VERB"), ("a", 9, "det", "DET"), ("school", 7, "dobj", "NOUN"), ("on", 7, "prep", "ADP"),
    ("May", 10, "pobj", "PROPN"), ("2", 11, "nummod", "NUM"), (",", 11, "punct", "PUNCT"), ("as", 16, "advmod", "ADV"),
    ("well", 16, "advmod", "ADV"), ("as", 11, "cc", "ADP"), ("the", 18, "det", "DET"), ("strikes", 11, "conj", "NOUN"),
    ("at", 18, "prep", "ADP"), ("a", 21, "det", "DET"), ("bakery", 19, "pobj", "NOUN"), ("on", 7, "prep", "ADP"),
    ("May", 22, "pobj", "PROPN"), ("4", 23, "nummod", "NUM"), (".", 2, "punct", "PUNCT"),
]


@pytest.mark.parametrize("evidence, day", [("strike ", 2), ("strikes", 4)])
def test_a_tie_in_the_parse_goes_to_the_date_in_the_events_own_stretch(nlp, evidence, day):
    words = [word for word, *_ in _COORDINATION]
    doc = Doc(nlp.vocab, words=words, spaces=[following not in {",", "."} for following in [*words[1:], "."]],
              heads=[row[1] for row in _COORDINATION], deps=[row[2] for row in _COORDINATION],
              pos=[row[3] for row in _COORDINATION], sent_starts=[True] + [False] * (len(words) - 1))
    dates = [DateMention(doc.text.index(text), doc.text.index(text) + len(text), text, date(2019, 5, n),
                         date(2019, 5, n), "day", "event") for text, n in (("May 2", 2), ("May 4", 4))]
    start = doc.text.index(evidence)
    assert date_for_span(dates, doc, start, start + len(evidence.strip()), THURSDAY) == (date(2019, 5, day), "day")


def test_a_lede_without_a_date_takes_the_day_the_next_sentence_gives(nlp):
    text = "A trader was killed by gunmen in the north. His body was found near the market on 4 May."
    assert event_date(nlp, text, "killed") == (date(2019, 5, 4), "day")
    # A lede that is a paragraph of its own takes the day the next paragraph opens with; a sentence in
    # a longer paragraph does not reach past it.
    own = "A trader was killed by gunmen in the north.\n\nHis body was found near the market on 4 May."
    assert event_date(nlp, own, "killed") == (date(2019, 5, 4), "day")
    longer = "A trader was killed by gunmen in the north. Police are searching.\n\nHis body was found on 4 May."
    assert event_date(nlp, longer, "killed") == (date(2019, 5, 9), "week")


def test_precision_rank_orders_precisions_finest_first():
    assert [precision_rank(p) for p in (*PRECISIONS, None, "range")] == [0, 1, 2, 3, 4, 4]


@pytest.mark.issue(15)
@pytest.mark.parametrize("text,evidence,follow_up", [
    ("A second teenager sought in the shooting death of a taxi driver was arrested at a motel on Wednesday night.", "shooting",
     "arrested"),
    ("A man was charged on Wednesday in the death of a girl he shot in a park.", "shot", "charged"),
])
def test_an_arrests_day_only_bounds_the_incident_below_it(nlp, text, evidence, follow_up):
    assert event_date(nlp, text, evidence) == (date(2019, 5, 8), "week")
    assert event_date(nlp, text, follow_up) == (date(2019, 5, 8), "day")


@pytest.mark.issue(15)
def test_a_date_on_the_incident_a_follow_up_names_dates_the_incident(nlp):
    """A month told after the shooting that an arrest follows is the shooting's, though the parser hangs it
    on the arrest through the shooting's noun: the follow-up article recalls when it happened."""
    text = "Deputies have arrested a Dorset farmhand and charged him with attempted murder over the shooting of a neighbour in March."
    assert event_date(nlp, text, "shooting") == (date(2019, 3, 15), "month")


def test_a_date_the_parser_cuts_in_two_still_dates_the_next_sentence(nlp):
    text = ("One guest died when rival wedding parties fought in the town on Saturday [4 May] near the market. "
            "Rioters then set fire to a row of parked vans.")
    assert event_date(nlp, text, "set fire") == (date(2019, 5, 4), "day")


@pytest.mark.issue(15)
def test_a_pages_stamp_heading_the_text_only_bounds_its_events(nlp):
    # The page's date, not the day of what it tells: an undated event takes it as a bound (precision week).
    text = "Updated: May 7, 2019 - 6:19 PM\n\nA girl was shot at a party in a barn.\n\nNobody has been charged yet."
    assert event_date(nlp, text, "shot") == (date(2019, 5, 7), "week")


@pytest.mark.issue(15)
def test_an_event_read_from_two_sentences_takes_the_day_either_gives(nlp):
    text = "A farm hand was found shot dead in his truck in Fargo on Tuesday. Deputies were called to the depot at 2 a.m."
    doc = nlp(text)
    start = text.index("called")
    dates = find_dates(doc, THURSDAY)
    assert dated_span(dates, doc, start, start + 6, THURSDAY)[2] != "sentence"
    assert dated_span(dates, doc, start, start + 6, THURSDAY, told_in=(0, len(text))) == (
        date(2019, 5, 7), "day", "sentence")
    # An arrest's day in the other sentence only bounds the event.
    text = "A farm hand was found shot dead in his truck in Fargo. Two men were arrested on Tuesday."
    doc = nlp(text)
    found = dated_span(find_dates(doc, THURSDAY), doc, 0, 11, THURSDAY, told_in=(0, len(text)))
    assert found[2] != "sentence"


@pytest.mark.issue(15)
@pytest.mark.parametrize("text", [
    "A roofer from Dorset faces charges over the shooting of a taxi driver at a bus stop, county police said. "
    "Officers arrested him without incident on Tuesday.",
    "Deputies arrested a teenager on Tuesday. A 17-year-old girl was hurt in that shooting outside a store.",
    "A man from Dorset is wanted for the shooting of two people at a bus stop. Deputies took him into custody on Tuesday.",
])
def test_the_day_of_an_arrest_told_next_to_it_is_no_lead_date_of_the_shooting(nlp, text):
    """The day the sentence before or after gives an arrest or a charge only bounds the shooting it follows."""
    assert event_date(nlp, text, "shooting") == (date(2019, 5, 9), "week")
    lede = "A man from Dorset shot two people on Pine Road. They were taken to hospital on Tuesday."
    assert event_date(nlp, lede, "shot") == (date(2019, 5, 7), "day")  # a day of the event itself is still lent
    arrest = "Two men from Dorset were arrested, county police said. Officers detained them on Tuesday at a farm."
    assert event_date(nlp, arrest, "arrested") == (date(2019, 5, 7), "day")  # and an arrest's to the arrest


@pytest.mark.issue(14)
@pytest.mark.parametrize("text,evidence,day", [
    # The date hangs on a participle describing another noun: it is that noun's date.
    ("On 3 May 2019, shops were looted in Kandi during protests against the vote held on 28 April.",
     "protests", date(2019, 5, 3)),
    # ... unless the evidence lies in that clause, the noun is a happening, or no other date is there.
    ("Police found the body of a herder killed on Tuesday near the river.", "killed", date(2019, 5, 7)),
    ("The ambush carried out on Monday killed five guards.", "killed", date(2019, 5, 6)),
    ("Gunmen threw a grenade at a bus parked near the market on 2 May 2019.", "threw", date(2019, 5, 2)),
])
def test_a_date_on_a_participle_describing_another_noun_yields_to_the_sentences_other_date(nlp, text, evidence, day):
    assert event_date(nlp, text, evidence)[0] == day


@pytest.mark.issue(15)
@pytest.mark.parametrize("text,evidence", [
    ("A man was killed on Elm Street. The footage, obtained Wednesday by the county prosecutor, also shows "
     "the seconds before the shooting.", "shooting"),
    ("A man was killed on Elm Street. Video obtained Wednesday by a local station shows the gunman firing at "
     "the car.", "firing"),
])
def test_a_day_on_a_participle_describing_a_record_dates_the_record_not_what_it_shows(nlp, text, evidence):
    # The day the video came out only bounds the shooting it shows.
    assert event_date(nlp, text, evidence) == (date(2019, 5, 8), "week")


def test_a_day_on_a_participle_describing_a_person_still_dates_the_event(nlp):
    text = "A man was killed on Elm Street. The victim, found Wednesday in a parked car, had been shot in the head."
    assert event_date(nlp, text, "shot") == (date(2019, 5, 8), "day")


@pytest.mark.issue(15)
@pytest.mark.parametrize("text,evidence,day", [
    # The clause after 'N days after' happened that long before the day the sentence names first.
    ("A cyclist from Dorset died Wednesday, two days after he was shot in a robbery on Elm Street.", "shot",
     date(2019, 5, 6)),
    ("A nurse died Wednesday, a week after she was hurt when gunfire from a passing car hit a Halden bus stop.", "gunfire",
     date(2019, 5, 1)),
    # The death keeps its own day.
    ("A nurse died Wednesday, a week after she was hurt when gunfire from a passing car hit a Halden bus stop.", "died",
     date(2019, 5, 8)),
])
def test_n_days_after_counts_back_from_the_day_its_sentence_names(nlp, text, evidence, day):
    lede = "Police in Halden named a victim. "
    assert event_date(nlp, lede + text, evidence) == (day, "day")


def test_n_days_after_a_statements_day_dates_nothing(nlp):
    text = "Police in Halden named a victim. Officers said Wednesday, two days after the shooting, that no one was held."
    assert [m.mention for m in find_dates(nlp(text), THURSDAY)] == ["Wednesday"]


@pytest.mark.issue(15)
@pytest.mark.parametrize("text,dated", [
    # A charge dated to a month long gone: the assault it follows is no later, an old case recalled.
    ("In June 2017, the man was charged with assault over a fight in Halden.", (date(2017, 6, 15), "month")),
    ("The man was charged last month with assault over a fight in Halden.", (date(2019, 4, 15), "month")),
    # A charge dated to a day still only bounds the event, at the precision of a bound.
    ("The man was charged on Monday with assault over a fight in Halden.", (date(2019, 5, 6), "week")),
])
def test_a_follow_up_dated_to_a_past_month_bounds_its_event_by_that_month(nlp, text, dated):
    lede = "A court in Halden heard two cases. "
    assert event_date(nlp, lede + text, "assault") == dated


@pytest.mark.issue(14)
@pytest.mark.parametrize("text,evidence", [
    # The day heading the note dates what it tells; the day before it, what that followed.
    ("13 May: traders marched through Tamale over the robbery of a stall the previous day.", "marched"),
    ("13 May. Nurses picketed the district hospital in Tamale over a colleague assaulted there the day before.",
     "picketed"),
    ("On 13 May, two clans traded gunfire near Bole over cattle stolen a day earlier.", "gunfire"),
])
def test_a_day_counted_back_from_the_sentences_own_day_is_not_its_event(nlp, text, evidence):
    assert event_date(nlp, text, evidence, published="2019-05-20") == (date(2019, 5, 13), "day")


@pytest.mark.issue(14)
def test_a_day_counted_back_from_an_earlier_sentence_dates_its_own(nlp):
    text = "On 3 May, gunmen attacked the market in Kaya. A day earlier, they had burned a school near the town."
    assert event_date(nlp, text, "burned", published="2019-05-10") == (date(2019, 5, 2), "day")


@pytest.mark.issue(14)
@pytest.mark.parametrize("text,evidence", [
    ("On 11 August 2019, the family of a farmer shot on 9 March 2018 held a sit-in outside the town hall in Rivas.",
     "sit-in"),
    ("On 20 October 2016, some 200 students held a rally in Kupang in memory of 20 October 1990.", "rally"),
])
def test_a_date_long_before_the_day_a_sentence_opens_with_is_recalled(nlp, text, evidence):
    published = "2019-08-18" if "2019" in text else "2016-10-27"
    assert event_date(nlp, text, evidence, published=published)[0] == date.fromisoformat(published) - timedelta(days=7)


@pytest.mark.issue(14)
def test_a_recalled_date_is_no_lead_date_of_the_next_sentence(nlp):
    """The next sentence goes on telling the sit-in of the day the first opens with, not the old shooting."""
    text = ("Around 4 July 2019 (as reported), in Rivas, relatives of a student killed on 1 June 2018, during a visit "
            "to the dead student, staged a picket at the cemetery, singing hymns. Party supporters shouted at them, "
            "and a man from the crowd punched a protester.")
    assert event_date(nlp, text, "punched", published="2019-07-11") == (date(2019, 7, 4), "day")


@pytest.mark.issue(14)
def test_an_old_date_on_the_evidence_itself_stays_its_date(nlp):
    text = "On 3 May 2019, the court heard the case of the January 2018 murder of a trader."
    assert event_date(nlp, text, "murder", published="2019-05-10") == (date(2018, 1, 15), "month")


@pytest.mark.issue(14)
def test_a_day_counted_back_from_a_statements_day_dates_what_was_said(nlp):
    text = "On 13 May, police said a trader was shot dead in Tamale the previous day."
    assert event_date(nlp, text, "shot", published="2019-05-20") == (date(2019, 5, 12), "day")


@pytest.mark.issue(14)
@pytest.mark.parametrize("text", [
    "In the week of 6 May, gunmen burned two granaries near Tamale.",
    "During the week beginning May 6th, gunmen burned two granaries near Tamale.",
])
def test_the_week_named_by_its_first_day_is_coded_on_its_middle_day(nlp, text):
    assert event_date(nlp, text, "burned", published="2019-05-16") == (date(2019, 5, 9), "week")


@pytest.mark.issue(14)
def test_a_bracketed_day_closing_the_text_is_the_day_it_was_written(nlp):
    # 2019-05-02 is a Thursday: 'today' and 'on Monday' are read from it, not from publication.
    text = "Nurses in Kara today marched to the clinic over unpaid wages. Leaders of the union spoke.(02/05)"
    assert event_date(nlp, text, "marched") == (date(2019, 5, 2), "day")
    text = "A trader was wounded in a clash in Kara on Monday. He is in hospital. (02/05)"
    assert event_date(nlp, text, "wounded") == (date(2019, 4, 29), "day")
    # With no day of its own, the event is bounded by it.
    text = "A trader was wounded in a clash in Kara. He is in hospital. (02/05)"
    assert event_date(nlp, text, "wounded") == (date(2019, 5, 2), "week")
    # Inside the last sentence it is the event's own date.
    assert event_date(nlp, "A trader was wounded in a clash in Kara (02/05).", "wounded") == (date(2019, 5, 2), "day")


@pytest.mark.issue(14)
def test_a_day_counted_back_that_the_parse_hangs_on_the_dated_verb_is_not_its_day(nlp):
    text = ("On July 25, herders from the village of Dano clashed with farmers from Sira in reaction to the "
            "burning of a granary the day before.")
    assert event_date(nlp, text, "clashed", published="2019-08-01") == (date(2019, 7, 25), "day")


@pytest.mark.issue(14)
def test_a_day_counted_back_on_its_own_verb_still_dates_it(nlp):
    text = "On 25 July, a trader died in hospital in Tamale; he was shot by gunmen the day before."
    assert event_date(nlp, text, "shot", published="2019-08-01") == (date(2019, 7, 24), "day")


@pytest.mark.issue(14)
def test_a_bare_weekday_in_a_sentence_opening_with_a_date_is_read_back_from_that_date(nlp):
    # 27 February 2019 was a Wednesday; publication a week later is one too.
    text = "On 27 February 2019, rebels and soldiers fought a long gun battle on Wednesday morning near Yigi."
    assert event_date(nlp, text, "battle", published="2019-03-06") == (date(2019, 2, 27), "day")


@pytest.mark.issue(14)
@pytest.mark.parametrize("text,evidence", [
    ("Around 12 May 2021, during the second week of the month, two farmers stepped on a mine near Bole.", "mine"),
    ("Around 12 May 2021 (between 11 - 12 May), a family attacked the huts of another family in Nodi.", "attacked"),
])
def test_a_day_named_with_the_span_it_stands_in_is_the_date(nlp, text, evidence):
    assert event_date(nlp, text, evidence, published="2021-05-19") == (date(2021, 5, 12), "day")


@pytest.mark.issue(14)
def test_a_date_on_another_happening_gives_way_to_the_day_heading_the_note(nlp):
    text = ("24 October 2019: a grenade was thrown into a mosque in Wa where families had sheltered in the "
            "unrest of the 23rd.")
    assert event_date(nlp, text, "grenade", published="2019-10-31") == (date(2019, 10, 24), "day")


@pytest.mark.issue(14)
def test_people_protesting_a_death_days_before_protest_on_the_day_the_sentence_opens_with(nlp):
    text = ("On 9 June 2020, at the square in Sabi, soldiers beat men protesting over the death of a "
            "driver at a checkpoint on 7 June 2020.")
    assert event_date(nlp, text, "protesting", published="2020-06-16") == (date(2020, 6, 9), "day")


@pytest.mark.issue(14)
def test_a_span_in_brackets_after_a_day_is_the_margin_of_that_day(nlp):
    # The parser takes 'alleged' for the main verb, a verb of speech; the writer dated the raid, and the span is
    # the day's margin.
    text = "Around 14 March 2021 (between 10 - 18 March), alleged herders raided cattle pens outside Tando."
    assert event_date(nlp, text, "raided", published="2021-03-21") == (date(2021, 3, 14), "day")


@pytest.mark.issue(14)
def test_a_range_running_months_past_publication_is_a_plan_not_the_event(nlp):
    text = "On 3 August 2021, the council renewed a ban on night markets from 5 August 2021 to 31 January 2022."
    doc = nlp(text)
    ranges = [m for m in find_dates(doc, "2021-08-10") if m.mention.startswith("from")]
    assert [m.role for m in ranges] == ["other"]
    assert event_date(nlp, text, "renewed", published="2021-08-10") == (date(2021, 8, 3), "day")


@pytest.mark.issue(14)
def test_a_day_another_sentence_gives_after_the_statement_day_does_not_date_what_was_said(nlp):
    text = ("Gunmen torched a grain store near Kolo, a district official said on 14 March. Traders today reopened "
            "the market.")
    assert event_date(nlp, text, "torched", published="2016-03-21") == (date(2016, 3, 14), "week")


@pytest.mark.issue(14)
@pytest.mark.parametrize("text,evidence,published,dated", [
    # ACLED codes a month on its 15th, also when the news comes out later in that month.
    ("Militants overran the post in May.", "overran", "2019-05-22", (date(2019, 5, 15), "month")),
    # Before the 15th, the days gone by: the event is not dated after its news.
    ("Militants overran the post in May.", "overran", "2019-05-09", (date(2019, 5, 5), "month")),
    # A count told over a month dates the events it counts by that month, not by the news.
    ("In April 2019, 14 traders were robbed on the road to Kesa.", "robbed", "2019-05-09",
     (date(2019, 4, 15), "month")),
])
def test_a_month_is_coded_on_its_fifteenth(nlp, text, evidence, published, dated):
    assert event_date(nlp, text, evidence, published=published) == dated
