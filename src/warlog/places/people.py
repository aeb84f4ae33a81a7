"""Surnames of the people an article names: a surname that recurs alone is the person, not a place.

News names a person in full once ('Suhayb Hassan', 'Melissa Thacker', 'Officer John Davis') and by the
surname alone after ('Hassan was pronounced dead', 'Davis said'). The gazetteer holds a town for
most surnames (Hassan in India, Davis in California, Payne in Ohio, Estrada in Mexico), and the tagger
often reads a bare surname as a place, so local news about people came out placed in those towns
(issue 15). A one-word name that is the last word of a person the tagger found in full elsewhere in
the same text is that person, unless a type word or a locative says it is a place ('Hassan County',
'in Davis'): the candidate rules read those cues (``candidates``).
"""

from __future__ import annotations

from spacy.tokens import Doc

#: Words a person's name may carry last that are no surnames ('John Smith Jr.').
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _name_words(ent) -> list[str]:
    return [t.text for t in ent if t.text[:1].isupper() and t.is_alpha and t.lower_ not in _SUFFIXES]


def person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the people ``doc`` names with at least two name words, in title case."""
    surnames = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            words = _name_words(ent)
            if len(words) >= 2:
                surnames.add(words[-1].title())
    return frozenset(surnames)
