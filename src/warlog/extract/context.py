"""Does a sentence speak of armed conflict? Sport, business, weather, crime and medicine borrow war's words.

'Kharkiv crushed Lviv', 'a storm killed three people', 'the legal battle', 'police seized the
cash': the words that name conflict events are everyday words too. A sentence speaks of armed
conflict when it names an armed actor (from ``data/actors``, the police apart: they deal with
crime and accidents every day), a word of ``data/triggers/conflict_context.csv`` of kind
``armed`` (a weapon, a ceasefire, troops), or a trigger that is about armed conflict in itself
('air strike', 'car bomb': its ``context`` column is empty). An article that does so in at least
two sentences (one, when it has fewer than six) is about armed conflict throughout ('Fighting
continued on Monday.').

Words of kind ``political`` (an activist, a mayor, the opposition) put a sentence in politics:
enough for an arrest, which ACLED codes only when it is political.

Violence against people that neither war nor politics explains (a shooting in a city, a stabbing,
a gun that went off) is not dropped: ACLED would not code it, but a reader filters it out with
``disorder_type`` (:func:`disorder_type`), and warlog never decides that for them. A sentence
speaks of such violence when it names a weapon or a violent act (kind ``violence``, or kind
``armed``); its article says whether it was an accident (kind ``accidental``) or a crime (kind
``criminal``: suspects, charges, homicide), else it is unclear. Storms, crashes and sport are not
violence and still make no event.

Written for warlog: no package on PyPI tells war reporting from its metaphors, and a trained
classifier would need labelled news we do not have; ``eval/offtopic`` measures what these rules
let through.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from warlog.data import grouped_column, read_table
from warlog.extract.actors import Actor, resolve
from warlog.nlp.per_doc import once_per_doc
from warlog.nlp.rulers import CASUALTY
from warlog.places.lexicon import doc_words

#: ACLED inter codes of armed actors: state forces, rebels, militias, external forces.
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
#: Armed, but about crime and accidents every day: no sign that a sentence is about armed conflict.
_EVERYDAY_FORCES = frozenset({"police"})
#: Sentences speaking of armed conflict that make the whole article about it.
CONFLICT_ARTICLE_SENTENCES = 2
#: Event types that need no arms: protests and riots.
PROTEST_FAMILY = frozenset({"Protests", "Riots"})
#: ACLED's disorder types.
POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC_DEVELOPMENTS = "Strategic developments"
#: ACLED codes force against protesters as both.
_FORCE_AT_PROTEST = "Political violence; Demonstrations"
#: Violence outside armed conflict and politics, kept for users to filter.
CRIMINAL_VIOLENCE = "Criminal violence"
ACCIDENTAL_VIOLENCE = "Accidental violence"
UNCLEAR_VIOLENCE = "Unclear violence"
#: Disorder types of armed conflict, politics and protest: what ACLED itself codes.
ACLED_DISORDERS = frozenset({POLITICAL_VIOLENCE, DEMONSTRATIONS, STRATEGIC_DEVELOPMENTS, _FORCE_AT_PROTEST})
#: Event types of violence against people, which are events whoever commits them.
_VIOLENCE_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@lru_cache(maxsize=1)
def _self_evident_triggers() -> frozenset[str]:
    """Trigger ids that are about armed conflict in themselves (protests apart: they need no arms)."""
    return frozenset(row["id"] for row in read_table("triggers/triggers.csv")
                     if row["sub_event_type"] and not row["context"] and row["event_type"] not in PROTEST_FAMILY)


def needs_context(trigger: Span) -> bool:
    """The trigger's words are everyday words too ('battle', 'killed', 'seized')."""
    return trigger.label_ == CASUALTY or trigger.id_ not in _self_evident_triggers()


def sentences_about(doc: Doc, kind: str) -> frozenset[int]:
    """Start tokens of the sentences that speak of armed conflict (``kind`` 'armed'), of politics, or of
    violence (weapons and violent acts, armed conflict's words included), or that say a shooting was an
    accident or a crime."""
    return once_per_doc(doc, f"warlog.context.{kind}", lambda: _sentences_saying(doc, kind))


def _sentences_saying(doc: Doc, kind: str) -> frozenset[int]:
    words = _context_words(kind)
    named = _armed_names(doc) if kind in ("armed", "violence") else frozenset()
    return frozenset(start for start, end, said in once_per_doc(doc, "warlog.context.words", lambda: _sentence_words(doc))
                     if not said.isdisjoint(words) or any(start <= i < end for i in named))


def _sentence_words(doc: Doc) -> list[tuple[int, int, frozenset[str]]]:
    """Each sentence's bounds and the words the context tables are matched against (each token's form,
    lemma, and form without a plural 's'), read once per document for all the kinds asked of it."""
    tokens = doc_words(doc).tokens
    return [(s.start, s.end, frozenset(word for t in tokens[s.start:s.end]
                                       for word in (t.lower_, t.lemma_.lower(), t.lower_.removesuffix("s"))))
            for s in doc.sents]


@lru_cache(maxsize=8)
def _context_words(kind: str) -> frozenset[str]:
    words = grouped_column("triggers/conflict_context.csv", "lemma", by="kind")
    if kind == "violence":
        return frozenset(words["violence"] | words["armed"])
    return frozenset(words[kind])


def is_armed(actor: Actor) -> bool:
    """An armed actor that is a sign of armed conflict: the police are about crime every day."""
    return actor.inter in ARMED_INTERS and actor.span.id_ not in _EVERYDAY_FORCES


#: ACLED's inter code of political militias, which includes parties whose members do violence.
_MILITIAS = 3
#: Words for a party's rank and file and its local leaders: 'BNP activists', 'supporters of the Awami League'.
_RANK_AND_FILE = frozenset("activist supporter worker cadre leader follower loyalist sympathiser sympathizer".split())


def rank_and_file(actor: Actor) -> bool:
    """A political militia named by its rank and file ('BNP activists', 'supporters of the Awami League'): people
    of a party, who are a crowd when they riot or fight unarmed, not its armed wing."""
    root = actor.span.root
    named_by = root if root.lemma_.lower() in _RANK_AND_FILE else root.head.head if root.head.lower_ == "of" else root.head
    return actor.inter == _MILITIAS and named_by.lemma_.lower() in _RANK_AND_FILE


def _armed_names(doc: Doc) -> frozenset[int]:
    """Where armed actors (the police apart) and self-evident triggers start."""
    actors = (a.start for a in doc.spans.get("actors", []) if is_armed(resolve(a)))
    triggers = (t.start for t in doc.spans.get("triggers", []) if not needs_context(t))
    return frozenset((*actors, *triggers))


def in_armed_conflict(sentence: Span) -> bool:
    """The sentence, or its article as a whole, speaks of armed conflict (a short text needs one
    sentence that does, a longer one two)."""
    return _about(sentence, "armed")


def _sentence_count(doc: Doc) -> int:
    """Sentences with words: blanked-out ones (:mod:`warlog.nlp.prefilter`) do not count."""
    return once_per_doc(doc, "warlog.context.sentences", lambda: sum(1 for s in doc.sents if not s.text.isspace()))


def in_politics(sentence: Span) -> bool:
    """The sentence itself speaks of armed conflict or of politics."""
    return sentence.start in sentences_about(sentence.doc, "armed") | sentences_about(sentence.doc, "political")


def political_disorder(types: tuple[str, str]) -> str:
    """ACLED's disorder type of an event of armed conflict, politics or protest, by its (type, sub-type)."""
    event_type, sub_event_type = types
    if event_type == STRATEGIC_DEVELOPMENTS:
        return STRATEGIC_DEVELOPMENTS
    if sub_event_type == "Excessive force against protesters":
        return _FORCE_AT_PROTEST
    if event_type == "Protests" or sub_event_type == "Violent demonstration":
        return DEMONSTRATIONS
    return POLITICAL_VIOLENCE


def other_violence(sentence: Span, types: tuple[str, str], *, violent_act: bool = False) -> str | None:
    """The disorder type of violence against people outside armed conflict and politics, or None when
    the sentence is not about violence at all ('a storm killed three people', 'the legal battle').

    Like :func:`in_armed_conflict`, a sentence counts when it or enough of its article speaks of
    violence, or when its event is itself a violent act done to people (``violent_act``: 'supporters
    attacked journalists'); the article as a whole says whether it was an accident or a crime."""
    if types[0] not in _VIOLENCE_TYPES or not (violent_act or _about(sentence, "violence")):
        return None
    if sentences_about(sentence.doc, "accidental"):
        return ACCIDENTAL_VIOLENCE
    return CRIMINAL_VIOLENCE if sentences_about(sentence.doc, "criminal") else UNCLEAR_VIOLENCE


def _about(sentence: Span, kind: str) -> bool:
    """The sentence, or enough of its article, speaks of ``kind`` (a short text needs one sentence, a longer one two)."""
    found = sentences_about(sentence.doc, kind)
    needed = min(CONFLICT_ARTICLE_SENTENCES, max(1, _sentence_count(sentence.doc) // 3))
    return sentence.start in found or len(found) >= needed
