"""Names of the people an article names: a name word that recurs alone is the person, not a place.

News names a person in full once ('Tariq Hassan', 'Melissa Thorne', 'Officer John Davis') and by the
surname alone after ('Hassan was pronounced dead', 'Davis said'), sometimes by the first name ('Lia
said'). The gazetteer holds a town for most surnames (Hassan in India, Davis in California, Payne in
Ohio, Estrada in Mexico) and for many first names, and the tagger often reads a bare name as a place,
so local news about people came out placed in those towns (issue 15). A one-word name that is the
last word of a person named in full elsewhere in the same text is that person, unless a type word or
a locative says it is a place ('Hassan County', 'in Davis'); so is one that is the first word, unless
it is also a major place (the candidate rules read those cues, ``candidates``).

People are found twice: by the tagger (``PERSON`` entities of the parsed text), and by the way news
writes a person in the whole article, whose sentences without an event the parse never sees
(``nlp.prefilter``): a name with an age after it ('Dana Ortiz, 34,') and a name after a title or
rank ('Principal Ana Reyes', 'Sgt. Tom Gale', 'Mr. Pruitt').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

#: Words a person's name may carry last that are no surnames ('John Smith Jr.').
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_WORD = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?"
#: 'Dana Ortiz, 34,' / 'Dana L. Ortiz, 34, of': a first name, perhaps an initial, a surname, an age.
_WITH_AGE = re.compile(rf"\b({_WORD}) (?:[A-Z]\. )?({_WORD}), \d{{1,2}}(?=,| of\b| and\b| was\b| is\b)")
#: Titles and ranks written before a person's name in US and British news.
_TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Sgt.", "Lt.", "Det.", "Capt.", "Cpl.", "Officer", "Deputy", "Trooper",
           "Detective", "Sergeant", "Lieutenant", "Principal", "Judge", "Sheriff", "Coach", "Pastor", "Rev.",
           "Gov.", "Sen.", "Rep.", "Mayor", "Prosecutor", "Attorney")
_TITLED = re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(t) for t in _TITLES)}) (?:({_WORD}) (?:[A-Z]\. )?)?({_WORD})\b"
                     rf"(?! (?:County|Parish|City|Department|Office)\b)")


@dataclass(frozen=True)
class PersonNames:
    """The words of the people an article names in full, in title case."""

    surnames: frozenset[str] = frozenset()
    given: frozenset[str] = frozenset()

    def __or__(self, other: PersonNames) -> PersonNames:
        return PersonNames(self.surnames | other.surnames, self.given | other.given)


def _name_words(ent) -> list[str]:
    return [t.text for t in ent if t.text[:1].isupper() and t.is_alpha and t.lower_ not in _SUFFIXES]


def person_names(doc: Doc) -> PersonNames:
    """The first and last words of the people ``doc``'s tagger names with at least two name words."""
    surnames, given = set(), set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            words = _name_words(ent)
            if len(words) >= 2:
                surnames.add(words[-1].title())
                given.add(words[0].title())
    return PersonNames(frozenset(surnames), frozenset(given))


def person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the people ``doc`` names with at least two name words, in title case."""
    return person_names(doc).surnames


def written_people(text: str) -> PersonNames:
    """The people ``text`` writes with their age or after a title (see the module docstring)."""
    surnames, given = set(), set()
    for pattern in (_WITH_AGE, _TITLED):
        for match in pattern.finditer(text):
            first, last = match.group(1), match.group(2)
            surnames.add(last.title())
            if first:
                given.add(first.title())
    return PersonNames(frozenset(surnames), frozenset(given))
