"""'The explosion' many paragraphs after the lede retells the lede's explosion; 'an explosion' tells a new one."""

from warlog import extract

LEDE = "A car bomb exploded outside an army barracks in Sorvek on Friday, killing six soldiers, officials said. "
MIDDLE = ("Troops with rifles manned extra checkpoints on every road into the city. "
          "Schools in the district will stay shut for the rest of the week, the governor's office said. "
          "Relatives gathered outside the main hospital waiting for news of the wounded. "
          "The barracks had housed a training unit for new recruits since the spring. "
          "Soldiers and armed police patrolled the old market, where shops stayed closed on Saturday. ")


def _modalities(text):
    return [(r.modality, r.trigger) for r in extract(text, published="2018-05-12", outlet="Test Wire").reports
            if r.event_type == "Explosions/Remote violence"]


def test_the_explosion_far_from_the_lede_is_retold():
    text = LEDE + MIDDLE + "Witnesses said the explosion shook windows across the river."
    assert _modalities(text) == [("reported", "car bomb"), ("retold", "explosion")]


def test_an_explosion_far_from_the_lede_is_news_of_its_own():
    text = LEDE + MIDDLE + "Late on Saturday an explosion hit a fuel depot near Sorvek, wounding two guards."
    assert [m for m, _ in _modalities(text)] == ["reported", "reported"]
