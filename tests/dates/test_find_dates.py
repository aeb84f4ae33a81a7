"""find_dates: spans, resolution against publication, roles. Sentences written for these tests."""

from datetime import date

import pytest

from warlog.dates import find_dates, writes_month_first

# 2019-05-09 is a Thursday.
THURSDAY = "2019-05-09"


def only(nlp, sentence, published):
    [mention] = find_dates(nlp(sentence), published)
    return mention


def iso(day):
    return str(day) if day else None


def interval(mention):
    return (iso(mention.start_date), iso(mention.end_date))


@pytest.mark.parametrize(
    "sentence,mention,day",
    [
        ("Mortars hit the clinic on Thursday.", "Thursday", "2019-05-09"),  # the publication day itself
        ("Mortars hit the clinic on Wednesday.", "Wednesday", "2019-05-08"),
        ("Mortars hit the clinic on Friday.", "Friday", "2019-05-03"),
        ("Mortars hit the clinic late on Sunday.", "late on Sunday", "2019-05-05"),
        ("Mortars hit the clinic on Monday night.", "Monday night", "2019-05-06"),
        ("Mortars hit the clinic in the early hours of Tuesday.", "the early hours of Tuesday", "2019-05-07"),
        # Named days (issue 15) read the same way.
        ("A girl was shot at a party on New Year's Eve.", "New Year's Eve", "2018-12-31"),
        ("A cousin of the mayor was hurt by gunfire at a barbecue on the Fourth of July.", "Fourth of July", "2018-07-04"),
        ("A teenager was shot on Halloween.", "Halloween", "2018-10-31"),
    ],
)
def test_a_day_word_is_the_latest_such_day_on_or_before_publication(nlp, sentence, mention, day):
    found = only(nlp, sentence, THURSDAY)
    assert (found.mention, str(found.start_date), found.precision, found.role) == (mention, day, "day", "event")


@pytest.mark.parametrize(
    "sentence,day",
    [
        ("Last Thursday gunmen burned the depot.", "2019-05-02"),  # strictly before a Thursday article
        ("Gunmen burned the depot last Wednesday.", "2019-05-08"),
        ("Gunmen burned the depot on Tuesday last week.", "2019-04-30"),
    ],
)
def test_last_weekday_is_strictly_before_publication(nlp, sentence, day):
    assert str(only(nlp, sentence, THURSDAY).start_date) == day


@pytest.mark.parametrize(
    "published,sentence,day",
    [
        ("2019-01-03", "The militia shelled the port on December 30.", "2018-12-30"),
        ("2019-01-03", "The militia shelled the port on January 2.", "2019-01-02"),
        ("2019-01-03", "The militia shelled the port on 28/12.", "2018-12-28"),
        ("2018-12-30", "The militia shelled the port on January 2.", "2018-01-02"),
        ("2019-01-03", "The militia shelled the port on 30 December 2017.", "2017-12-30"),
        # A two-digit year is the latest such year not after publication.
        ("2019-01-03", "The militia shelled the port on 12/30/18.", "2018-12-30"),
        ("2019-01-03", "The militia shelled the port on 12/30/98.", "1998-12-30"),
        # Within a week after publication: the same year (a page updated after its feed's date), then after
        # publication, so never an event (issue 15).
        ("2019-01-03", "The militia shelled the port on January 8.", "2019-01-08"),
        ("2019-01-03", "The militia shelled the port on January 12.", "2018-01-12"),
        # A weekday named with it picks the year in which the day is that weekday.
        ("2019-05-09", "The militia shelled the port on Saturday, May 11.", "2019-05-11"),
        ("2019-05-09", "The militia shelled the port on Wednesday, June 6.", "2018-06-06"),
        ("2019-05-09", "The militia shelled the port on Thursday, June 6.", "2019-06-06"),
    ],
)
def test_month_day_takes_the_year_on_or_before_publication(nlp, published, sentence, day):
    assert str(only(nlp, sentence, published).start_date) == day


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "published,sentence,day",
    [
        # Days that move with the calendar are computed by their rule for the right year.
        ("2019-06-20", "A boy was shot at a cookout on Memorial Day.", "2019-05-27"),  # last Monday of May
        ("2019-05-10", "A boy was shot at a cookout on Memorial Day.", "2018-05-28"),  # not yet this year
        ("2019-05-30", "Two men were wounded outside a bar on Presidents Day.", "2019-02-18"),
        ("2019-01-02", "A clerk was shot during a robbery on Black Friday.", "2018-11-23"),
        ("2019-01-02", "Her brother was killed on Thanksgiving Day.", "2018-11-22"),
        ("2019-05-01", "A deacon was shot outside the church on Easter Sunday.", "2019-04-21"),
        ("2019-05-01", "Gunmen opened fire on worshippers on Good Friday.", "2019-04-19"),
        ("2021-05-12", "A mother was shot while walking home on Mother's Day.", "2021-05-09"),
        ("2021-07-01", "A father was shot at a park on Father's Day.", "2021-06-20"),
        ("2021-07-01", "A man was shot on Memorial Day 2019.", "2019-05-27"),
    ],
)
def test_a_moving_holiday_is_computed_for_the_year_on_or_before_publication(nlp, published, sentence, day):
    found = only(nlp, sentence, published)
    assert (str(found.start_date), found.precision) == (day, "day")


@pytest.mark.issue(15)
def test_a_holiday_weekend_is_the_long_weekend_around_it(nlp):
    found = only(nlp, "Six people were shot over the Memorial Day weekend.", "2019-06-20")
    assert interval(found) == ("2019-05-25", "2019-05-27")
    found = only(nlp, "Six people were shot over Thanksgiving weekend.", "2019-12-05")
    assert interval(found) == ("2019-11-28", "2019-12-01")


@pytest.mark.issue(15)
def test_a_holiday_name_in_lower_case_is_no_date(nlp):
    assert find_dates(nlp("The village holds a memorial day for the victims every year."), "2019-06-20") == []


def test_since_the_end_of_a_year_runs_from_october_to_publication(nlp):
    found = only(nlp, "Monitors have counted 900 civilian deaths since the end of 2014.", "2017-12-01")
    assert (found.mention, interval(found), found.precision, found.role) == (
        "since the end of 2014", ("2014-10-01", "2017-12-01"), "range", "period")


@pytest.mark.parametrize(
    "published,expected",
    [("2017-07-03", ("2017-06-01", "2017-06-30")), ("2017-06-20", ("2017-06-01", "2017-06-20"))],
)
def test_month_alone_is_a_period_clipped_to_publication(nlp, published, expected):
    found = only(nlp, "In June alone, mines killed at least 80 people around the town.", published)
    assert (found.mention, interval(found), found.precision, found.role) == ("June", expected, "month", "period")


@pytest.mark.parametrize(
    "sentence,mention,expected",
    [
        ("Aid groups logged 300 strikes this year.", "this year", ("2019-01-01", "2019-05-09")),
        ("Government forces retook the valley in mid-2019.", "mid-2019", ("2019-05-01", "2019-05-09")),
        ("More than 40 people have died over the past 90 days.", "the past 90 days", ("2019-02-08", "2019-05-09")),
        ("Overnight shelling damaged the water station.", "Overnight", ("2019-05-08", "2019-05-09")),
    ],
)
def test_no_event_or_period_runs_past_publication(nlp, sentence, mention, expected):
    found = only(nlp, sentence, THURSDAY)
    assert (found.mention, interval(found)) == (mention, expected)
    assert found.end_date <= date(2019, 5, 9)


def test_unknown_publication_leaves_dependent_dates_null(nlp):
    text = ("Gunmen raided the village on Friday, two years after the first attack on 14 February 2017; "
            "the road has been closed since October 2016.")
    found = {m.mention: m for m in find_dates(nlp(text), None)}
    assert interval(found["Friday"]) == (None, None) and found["Friday"].precision == "day"
    assert interval(found["14 February 2017"]) == ("2017-02-14", "2017-02-14")
    assert interval(found["since October 2016"]) == ("2016-10-01", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The shelling began at 21:16 and stopped at 4 a.m.",
        "The generators run 24/7 but cover 1/3 of the demand.",
        "The home side won 3-1 in front of a small crowd.",
        "Delegates cited Resolution 2254 and Flight 1129.",
        "A 155mm shell costs $3,000 and the unit fired 1,366 of them.",
        "The siege has lasted six months and more than two years of talks have failed.",
    ],
)
def test_non_dates_are_left_alone(nlp, sentence):
    assert find_dates(nlp(sentence), THURSDAY) == []


@pytest.mark.parametrize(
    "sentence,mention,role",
    [
        ("Police said on Tuesday that the bridge had been mined.", "Tuesday", "other"),
        ("The two delegations met in Geneva on Tuesday.", "Tuesday", "other"),
        ("A drone struck the convoy on Tuesday.", "Tuesday", "event"),
        ("The shooting was reported at 10 p.m. on Tuesday.", "Tuesday", "event"),  # reported to the police
        ("The army said on Tuesday it had captured the airport.", "Tuesday", "event"),
        ("The blast's death toll climbed to 40 on Tuesday.", "Tuesday", "other"),
        ("At least 120 civilians were killed in April, the monitor said.", "April", "period"),
        ("The militants seized the town in April.", "April", "event"),
        ("Militia fighters overran the hilltop posts in the past 24 hours.", "the past 24 hours", "event"),
        ("Aircraft flew more than 80 sorties over the last 24 hours.", "the last 24 hours", "period"),
        ("Fighters overran two posts over the past ten days.", "the past ten days", "period"),
    ],
)
def test_role_comes_from_the_word_the_date_hangs_on(nlp, sentence, mention, role):
    found = only(nlp, sentence, THURSDAY)
    assert (found.mention, found.role) == (mention, role)


@pytest.mark.parametrize(
    "sentence,mention,day",
    [
        ("The truce was extended until Saturday.", "Saturday", "2019-05-11"),
        ("Talks are expected to resume on Monday.", "Monday", "2019-05-13"),
    ],
)
def test_forward_looking_dates_resolve_forward(nlp, sentence, mention, day):
    found = only(nlp, sentence, THURSDAY)
    assert (found.mention, str(found.start_date), found.role) == (mention, day, "other")


def test_anaphora_resolve_against_the_previous_date(nlp):
    text = "Rebels took the hill on 3 May, and the army shelled it the next morning."
    found = find_dates(nlp(text), THURSDAY)
    assert [(m.mention, str(m.start_date)) for m in found] == [
        ("3 May", "2019-05-03"), ("the next morning", "2019-05-04")]


def test_mentions_are_sorted_and_offsets_match_the_text(nlp):
    text = "On 2 May jets hit the market; on Monday they hit it again, residents said on Wednesday."
    found = find_dates(nlp(text), THURSDAY)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(text[m.start : m.end] == m.mention for m in found)
    assert [m.mention for m in found] == ["2 May", "Monday", "Wednesday"]


def test_dateline_is_other(nlp):
    text = "KIDAL, Mali, May 8 (Wire) - Gunmen ambushed a patrol on Wednesday."
    found = find_dates(nlp(text), THURSDAY)
    assert [(m.mention, m.role, str(m.start_date)) for m in found] == [
        ("May 8", "other", "2019-05-08"), ("Wednesday", "event", "2019-05-08")]


def test_day_words_are_read_against_the_pages_own_dateline(nlp):
    # The feed's date (here eleven days later) is not when the page was written.
    text = "KIDAL, Mali, May 8 (Wire) - Gunmen ambushed a patrol on Wednesday."
    found = find_dates(nlp(text), "2019-05-20")
    assert [(m.mention, str(m.start_date)) for m in found] == [("May 8", "2019-05-08"), ("Wednesday", "2019-05-08")]


def test_a_date_after_publication_is_never_an_event(nlp):
    found = only(nlp, "The government promised elections in 2021.", THURSDAY)
    assert (found.mention, interval(found), found.role) == ("2021", ("2021-01-01", "2021-12-31"), "other")


def test_a_date_beyond_the_calendar_is_no_date(nlp):
    found = find_dates(nlp("The crater formed 4.5 billion years ago, long before the valley was settled."), THURSDAY)
    assert all(mention.start_date is None for mention in found)


@pytest.mark.issue(15)
@pytest.mark.parametrize("text", [
    "Updated: Apr 24, 2019 - 12:07 AM\n\nA man was shot and killed outside a bar.",
    "Posted: Thursday, May 2, 2019 7:14 AM EDT Updated: Thursday, May 2, 2019 10:52 AM EDT A man was shot.",
    "Published on 3 May 2019 | A man was shot in the leg.",
])
def test_a_pages_posted_or_updated_stamp_is_a_dateline(nlp, text):
    assert {m.role for m in find_dates(nlp(text), THURSDAY)} == {"other"}


def test_a_date_ahead_of_which_something_happened_is_not_its_date(nlp):
    found = only(nlp, "Police fired tear gas at protesters ahead of the 12 May elections.", THURSDAY)
    assert found.role == "other"


@pytest.mark.issue(15)
@pytest.mark.parametrize("text,stamp", [
    ("(05/02/19) - A farmer from Lapeer faces charges after his nephew, 4, shot himself in the hand.", "05/02/19"),
    ("DAYTON, OH (May 2, 2019): Deputies are looking into a shooting that hurt a cyclist.", "May 2, 2019"),
    ("Newsroom  UPDATE 9:15 p.m. (May 2): The cyclist hurt in the shooting is home again.", "May 2"),
])
def test_a_date_in_brackets_heading_a_line_stamps_the_page(nlp, text, stamp):
    [found] = find_dates(nlp(text), THURSDAY)
    assert (found.mention, found.role) == (stamp, "other")


@pytest.mark.issue(15)
def test_a_page_updated_on_top_reads_each_part_against_its_own_stamp(nlp):
    # Feed date months later; the update was written on a Thursday, the first story on the Saturday before.
    text = ("Newsroom  UPDATE 9:15 p.m. (May 9): The boy hurt last week is home.\n\n"
            "(May 4): A boy was hit by a pellet on Friday evening outside his house.")
    found = find_dates(nlp(text), "2019-08-30")
    assert [(m.mention, str(m.start_date)) for m in found] == [
        ("May 9", "2019-05-09"), ("last week", "2019-04-29"), ("May 4", "2019-05-04"), ("Friday evening", "2019-05-03")]


def test_stamps_with_nothing_between_them_stamp_the_page_on_their_earliest_day(nlp):
    text = "Updated: May 8, 2019 4:26 PM  Created: May 4, 2019 5:14 AM\n\nA man was hurt early Saturday."
    found = find_dates(nlp(text), "2019-08-30")
    assert [(m.mention, str(m.start_date)) for m in found][-1] == ("early Saturday", "2019-05-04")


@pytest.mark.parametrize("published,the_weekend,last_weekend", [
    ("2019-05-13", "2019-05-11", "2019-05-11"),  # a Monday: the weekend just over
    ("2019-05-11", "2019-05-11", "2019-05-04"),  # a Saturday: the weekend under way, or the one before
    ("2019-05-12", "2019-05-11", "2019-05-04"),  # a Sunday
])
def test_the_weekend_is_the_latest_one_begun_and_last_weekend_the_latest_one_over(nlp, published, the_weekend,
                                                                                  last_weekend):
    assert str(only(nlp, "A woman was shot over the weekend.", published).start_date) == the_weekend
    assert str(only(nlp, "A woman was shot last weekend.", published).start_date) == last_weekend


@pytest.mark.issue(15)
def test_a_numeric_date_that_reads_both_ways_is_month_first_in_a_text_that_writes_so(nlp):
    # An archive's feed date years later: nearest before it, '07/11/2015' would be 7 November.
    text = "Updated: 07/11/2015 9:05 PM\n\nA man was hurt early Saturday outside a club in Fargo."
    found = find_dates(nlp(text), "2018-01-20", month_first=True)
    assert [(m.mention, str(m.start_date)) for m in found] == [("07/11/2015", "2015-07-11"), ("early Saturday", "2015-07-11")]
    assert str(find_dates(nlp(text), "2018-01-20")[0].start_date) == "2015-11-07"
    assert writes_month_first("US") and not writes_month_first("GB") and not writes_month_first(None)
    # A day and month with no year too: 'on 5/3' in US news is 3 May.
    [mention] = find_dates(nlp("A man was shot outside a bar in Fargo on 5/3."), THURSDAY, month_first=True)
    assert (mention.mention, iso(mention.start_date)) == ("5/3", "2019-05-03")


@pytest.mark.issue(14)
@pytest.mark.parametrize("sentence,mention,expected", [
    # A bracketed date right after a date that names no month restates it: the bracketed one is read.
    ("Troops fought rebels near the pass over the weekend (May 4-5).", "the weekend (May 4-5)", ("2019-05-04", "2019-05-05")),
    ("Troops fought rebels near the pass last week (1 May).", "last week (1 May)", ("2019-05-01", "2019-05-01")),
])
def test_a_bracketed_date_restating_a_relative_one_is_read(nlp, sentence, mention, expected):
    found = only(nlp, sentence, THURSDAY)
    assert (found.mention, interval(found)) == (mention, expected)


@pytest.mark.issue(14)
def test_a_month_day_keeps_its_day_beside_a_bracketed_weekday_and_may_head_a_note(nlp):
    first, _ = find_dates(nlp("Troops fought rebels near the pass on May 4 (Saturday)."), THURSDAY)
    assert (first.mention, str(first.start_date)) == ("May 4", "2019-05-04")
    heading = find_dates(nlp("May 4: Farmers blocked the road to the market."), THURSDAY)[0]
    assert (heading.mention, str(heading.start_date)) == ("May 4", "2019-05-04")
    assert find_dates(nlp("The curfew starts at 18:30 each night."), THURSDAY) == []


@pytest.mark.issue(15)
@pytest.mark.parametrize("text,day", [
    ("A third man was charged in last week's shooting. The gunfire broke out at 9 p.m. Thursday outside a bar.",
     "2019-05-02"),
    # Without such words a bare weekday of publication's own is that day, also beside 'last Thursday', and
    # so is the day of a statement.
    ("The bar reopened after last Thursday's shooting. Shots were fired there again about 9 p.m. Thursday.",
     "2019-05-09"),
    ("Police said Thursday that last week's shooting was a robbery.", "2019-05-09"),
    ("A third man was charged in the shooting. The gunfire broke out at 9 p.m. Thursday outside a bar.",
     "2019-05-09"),
])
def test_a_text_that_tells_of_last_week_reads_publications_own_weekday_a_week_back(nlp, text, day):
    thursday = [m for m in find_dates(nlp(text), THURSDAY) if m.mention == "Thursday"]
    assert [str(m.start_date) for m in thursday] == [day]


@pytest.mark.issue(15)
def test_a_happening_reported_to_the_police_last_week_moves_its_weekday_back(nlp):
    text = ("Two men were charged in last week's shooting of a cab driver. "
            "The shooting was reported at about 10 p.m. Thursday near the station.")
    [thursday] = [m for m in find_dates(nlp(text), THURSDAY) if m.mention == "Thursday"]
    assert (str(thursday.start_date), thursday.role) == ("2019-05-02", "event")


# 2019-05-11 is a Saturday.
@pytest.mark.issue(15)
@pytest.mark.parametrize("text,mention,day", [
    # Read against Saturday, 'last Friday' is 10 May, after Thursday's statement: the wound came a week earlier
    # (a page written on Friday and stamped just past midnight).
    ("A boy last Friday wounded himself in the hand with a rifle at a cabin, deputies said Thursday.",
     "last Friday", "2019-05-03"),
    ("A man was shot Friday outside a pharmacy, deputies said Wednesday.", "Friday", "2019-05-03"),
    # A statement on the day of the event, or before it in another sentence, moves nothing.
    ("A man was shot Wednesday outside a pharmacy, deputies said Wednesday.", "Wednesday", "2019-05-08"),
    ("Deputies said Wednesday they had no suspects. A man was shot Friday outside a pharmacy.", "Friday",
     "2019-05-10"),
])
def test_an_event_comes_before_the_statement_its_sentence_dates(nlp, text, mention, day):
    [found] = [m for m in find_dates(nlp(text), "2019-05-11") if m.mention == mention and m.role == "event"]
    assert str(found.start_date) == day


@pytest.mark.issue(14)
def test_the_previous_day_counts_back_from_the_day_told_before_it(nlp):
    text = "On 3 May, gunmen burned a school in Kaya. The previous day they had looted a shop."
    mentions = find_dates(nlp(text), THURSDAY)
    assert [(m.mention, interval(m), m.precision, m.counted_back) for m in mentions] == [
        ("3 May", ("2019-05-03", "2019-05-03"), "day", False),
        ("The previous day", ("2019-05-02", "2019-05-02"), "day", True),
    ]


@pytest.mark.issue(14)
def test_a_bracketed_date_typed_right_after_a_word_is_read(nlp):
    mention = only(nlp, "Raiders torched a granary near Kara(24/04) and fled.", THURSDAY)
    assert (mention.mention, interval(mention)) == ("(24/04)", ("2019-04-24", "2019-04-24"))


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    "sentence,mention,expected",
    [
        # Typed notes often leave out a month's leading zero.
        ("Raiders torched a granary near Kara (24/4) and fled.", "(24/4)", ("2019-04-24", "2019-04-24")),
        ("Herders raided a farm near Kara on 19/3, stealing cattle.", "19/3", ("2019-03-19", "2019-03-19")),
        ("Fighting went on near Kara from 15/3-19/3.", "from 15/3-19/3", ("2019-03-15", "2019-03-19")),
    ],
)
def test_a_day_and_month_of_one_digit_is_a_date(nlp, sentence, mention, expected):
    found = only(nlp, sentence, THURSDAY)
    assert (found.mention, interval(found)) == (mention, expected)


@pytest.mark.issue(14)
def test_a_proper_fraction_with_a_one_digit_denominator_is_no_date(nlp):
    assert find_dates(nlp("Rebels held control of 2/3 of the district, and (3/4) of its roads."), THURSDAY) == []


@pytest.mark.issue(13)
@pytest.mark.parametrize("sentence", [
    "Around 2000 farmers marched to the sugar estate on Thursday.",
    "About 1500 students gathered outside the ministry on Thursday.",
])
def test_a_count_of_people_after_around_is_no_year(nlp, sentence):
    assert only(nlp, sentence, THURSDAY).mention == "Thursday"


@pytest.mark.issue(13)
def test_a_year_after_around_is_still_a_year(nlp):
    assert only(nlp, "Around 2015 the militia split in two.", THURSDAY).mention == "2015"


@pytest.mark.issue(14)
def test_a_date_heading_the_text_before_an_agency_in_brackets_is_a_dateline(nlp):
    # 3 September 2018 was a Monday.
    text = "Sep 4 (NNA) A mob set fire to two buses at the depot in Tolpur on Monday (03/09) night."
    roles = {m.mention: m.role for m in find_dates(nlp(text), "2018-09-10")}
    assert roles["Sep 4"] == "other"
    assert [role for mention, role in roles.items() if mention != "Sep 4"] == ["event"]
