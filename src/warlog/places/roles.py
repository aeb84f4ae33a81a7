"""Role of each place mention: where a conflict event happened ('event') or anything else ('other').

In news prose most place names in a sentence that reports an attack, a capture or a displacement are
where it happened, so 'event' is the default and the rules name the exceptions, read off the parse:

* countries (often actors: 'Russia withdrew'), the dateline ('ERBIL, Iraq -');
* places where something was said or met ('said in Geneva', 'talks in Astana', 'a statement issued
  in Washington', 'Moscow said', 'urged Moscow'); a place in the speaker's noun phrase ('medics in
  Raqqa said ...') unless the sentence has no other event place;
* origins and destinations ('advancing from Misrata', 'fled towards Hasakah', 'left Fort Bragg',
  'heading for ...'), except the origin of a withdrawal or a flight ('pulled back from X');
* locators, which only say where another place is: 'X, a town west of Y', 'Khan Sheikhoun in Idlib
  province', 'Anaheim, California', '... which lies 55 km upstream of Y', 'within a few km of Y'.
  A city holding a named site or district takes the site's role ('Azovstal steelworks in Mariupol');
* coordinated names share a role ('Tal Abyad and Ras al-Ain');
* a place naming a person's office ('an Ifugao mayor') or a people ('ethnic Amhara', 'Samburu herders'),
  unless the sentence has no other event place.

A place with an event participle of its own ('Qaraqosh, retaken from the militants') is 'event'.
The cue words are in ``data/places/role_cues.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from warlog.places.lexicon import role_cues, type_words
from warlog.places.records import SETTLEMENTS

EVENT, OTHER = "event", "other"
#: Words allowed between a place and the locator that describes it: no finite verb.
_LOCATOR_GAP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADV", "ADP", "NUM", "PART", "PUNCT"})
_LOCATOR_GAP_TAGS = frozenset({"VBN", "VBG"})
_COORDINATION = frozenset({"and", "or", ","})


@dataclass
class RoleInput:
    """What the role rules need about one mention: its tokens (with any relative cue), its feature,
    and whether the relative-phrase step found it to be a locator."""

    start: int
    end: int
    feature: str
    locator: bool = False
    role: str | None = None


@dataclass
class Path:
    """What a mention hangs from: each preposition above it with the word it attaches to, the content
    words passed on the way up, and the verb or noun where the climb stopped."""

    preps: list[tuple[str, Token]]
    words: list[Token]
    governor: Token


def _climb(token: Token, triggers: set[int]) -> Path:
    """Climb from a mention through prepositions, appositions and reduced relative clauses:
    'in a statement issued in X' reaches 'said'; an event verb ('killed near X') stops the climb."""
    preps: list[tuple[str, Token]] = []
    words: list[Token] = []
    node = token
    for _ in range(16):
        head = node.head
        if head is node:
            break
        if node.dep_ == "appos" or (node.dep_ in {"pobj", "pcomp"} and head.pos_ == "ADP"):
            node = head
            continue
        if node.pos_ == "ADP" and node.dep_ in {"prep", "agent"}:
            preps.append((node.lower_, head))
        elif not (node.dep_ in {"advmod", "npadvmod"} or (node.dep_ == "acl" and node.i not in triggers)):
            break
        node = head
        words.append(node)
    return Path(preps, words, node)


def _root(doc: Doc, mention: RoleInput) -> Token:
    return doc[mention.start:mention.end].root


def _active(verb: Token) -> bool:
    """'protests were reported in X' says where the protests were, not where someone spoke."""
    return not any(child.dep_ in {"auxpass", "nsubjpass"} for child in verb.children)


def _said_or_met(word: Token) -> bool:
    cues = role_cues()
    return (word.lemma_ in cues["statement"] or word.lemma_ in cues["meeting"]) and _active(word)


def _office_place(root: Token) -> bool:
    """'an Ifugao mayor', 'the Migori governor': the place names the office of a person, who may be
    anywhere when the event happens."""
    return root.dep_ in {"compound", "nmod", "amod"} and root.head.lemma_ in role_cues()["office"]


def _home_place(root: Token) -> bool:
    """'The Boulder student who was killed': a town naming where a person lives, not where what is told
    happened; the event's place comes from elsewhere in the text."""
    return root.dep_ == "compound" and root.head.lemma_.lower() in role_cues()["resident"]


def _people_place(doc: Doc, mention: RoleInput, root: Token) -> bool:
    """'ethnic Amhara', 'Samburu herders', 'Pokot raiders': the name of a people that is also a region's
    says who, not where."""
    people = role_cues()["people"]
    before = doc[mention.start - 1] if mention.start > 0 else None
    return ((before is not None and before.lower_ in people)
            or (root.dep_ in {"compound", "nmod", "amod"} and root.head.lemma_ in people))


def _metonymy(root: Token) -> bool:
    """'Moscow said', 'Kyiv insisted', 'urged Moscow to halt': a place standing for its government."""
    return root.dep_ in {"nsubj", "nsubjpass", "dobj"} and root.head.lemma_ in role_cues()["statement"]


def _statement_place(path: Path) -> bool:
    """'said in Geneva', 'talks in Astana', 'a statement issued in Washington', 'told reporters in X'."""
    if any(_said_or_met(word) for word in path.words):
        return True
    governor = path.governor
    return (bool(path.preps) and path.preps[0][0] in role_cues()["locative"]
            and governor.dep_ in {"dobj", "dative"} and _said_or_met(governor.head))


def _speaker_place(governor: Token) -> bool:
    """'Medics in X said': the place is in the subject of a statement verb."""
    return governor.dep_ in {"nsubj", "nsubjpass"} and governor.head.lemma_ in role_cues()["statement"]


def _moving_away_or_towards(root: Token, path: Path, triggers: set[int]) -> bool:
    """Origins and destinations of movements, distances and locator verbs ('lies 55 km upstream of X')."""
    cues = role_cues()
    if root.dep_ == "dobj" and root.head.lemma_ in cues["origin"] | cues["destination"]:
        return True
    if any(word.lemma_ in cues["locator"] and word.dep_ in {"relcl", "acl"} for word in path.words):
        return True
    for prep, head in path.preps:
        if prep in cues["distance"]:
            return True
        if head.i in triggers and head.lemma_ not in cues["escape"]:
            continue  # 'shelling towards X' hits X; 'fled towards X' happened where they fled from
        if prep in cues["destination"] - {"for"} or (prep == "for" and head.lemma_ in cues["motion"]):
            return True
        if prep == "into" and head.lemma_ in cues["escape"] - cues["movement"]:  # "fled into Somalia", not "drove into"
            return True
        moving = head.pos_ == "VERB" or head.lemma_ in cues["movement"]
        if prep in cues["origin"] and moving and head.lemma_ not in cues["escape"]:
            return True
    return False


def _own_event_participle(root: Token, triggers: set[int]) -> bool:
    """'Qaraqosh, retaken from the militants': an event trigger hanging from the place itself."""
    return any(child.i in triggers and child.dep_ in {"acl", "relcl", "appos"} for child in root.children)


def _gap_is_locator(doc: Doc, first: RoleInput, second: RoleInput) -> bool:
    gap = doc[first.end:second.start]
    if any(t.pos_ not in _LOCATOR_GAP_POS and t.tag_ not in _LOCATOR_GAP_TAGS for t in gap):
        return False
    words = {t.lower_ for t in gap}
    descriptors = {phrase[0] for phrase in type_words("descriptor")}
    apposition = bool(gap) and gap[0].text == ","
    contained = [t.lower_ for t in gap if not t.is_punct] in (["in"], ["of"], ["in", "the"], ["'s"], [])
    if second.feature in {"admin1", "country"}:
        return apposition or contained or bool(words & descriptors)
    return apposition and bool(words & (descriptors | {"between"}))


def _coordinated(doc: Doc, first: RoleInput, second: RoleInput) -> bool:
    gap = doc[first.end:second.start]
    return 0 < len(gap) <= 2 and all(t.lower_ in _COORDINATION for t in gap)


def _relation_to_previous(doc: Doc, mentions: list[RoleInput], index: int) -> str | None:
    """The role the previous mention in the sentence imposes: shared by coordination, 'other' for a
    locator, or the site's role for the city holding it."""
    mention = mentions[index]
    sentence = doc[mention.start].sent
    previous = next((m for m in reversed(mentions[:index]) if m.end <= mention.start and m.start >= sentence.start), None)
    if previous is None:
        return None
    if _coordinated(doc, previous, mention):
        return previous.role
    if not _gap_is_locator(doc, previous, mention):
        return None
    holds_site = previous.feature in {"landmark", "district", "admin2"} and mention.feature in SETTLEMENTS
    return previous.role if holds_site else OTHER


#: What follows the city of a dateline: 'ERBIL, Iraq -', 'BEIRUT (Levant Wire) —'.
DATELINE_FOLLOWERS = frozenset({",", "(", "-", "\u2014", "\u2013", ":"})


def _is_dateline(doc: Doc, mention: RoleInput) -> bool:
    span = doc[mention.start:mention.end]
    return (span.start <= 2 and span.text.isupper() and mention.end < len(doc)
            and doc[mention.end].text in DATELINE_FOLLOWERS)


def _role(doc: Doc, mentions: list[RoleInput], index: int, triggers: set[int]) -> tuple[str, bool]:
    """The role of one mention, and whether it is a speaker's place (see ``assign_roles``)."""
    mention = mentions[index]
    if mention.feature == "country" or mention.locator or _is_dateline(doc, mention):
        return OTHER, False
    inherited = _relation_to_previous(doc, mentions, index)
    if inherited:
        return inherited, False
    root = _root(doc, mention)
    if _own_event_participle(root, triggers):
        return EVENT, False
    if _office_place(root) or _people_place(doc, mention, root):
        return OTHER, True
    if _home_place(root):
        return OTHER, False
    path = _climb(root, triggers)
    if _metonymy(root) or _statement_place(path) or _moving_away_or_towards(root, path, triggers):
        return OTHER, False
    if _speaker_place(path.governor):
        return OTHER, True
    return EVENT, False


def assign_roles(doc: Doc, mentions: list[RoleInput]) -> None:
    """Set ``role`` on every mention (sorted by position). A speaker's place ('residents of X said')
    becomes 'event' when its sentence reports an event and names no other event place."""
    triggers = {token.i for span in doc.spans.get("triggers", []) for token in span}
    speakers = []
    for index, mention in enumerate(mentions):
        mention.role, speaker = _role(doc, mentions, index, triggers)
        if speaker:
            speakers.append(mention)
    for mention in speakers:
        sentence = doc[mention.start].sent
        has_event_place = any(m.role == EVENT and m.start >= sentence.start and m.end <= sentence.end for m in mentions)
        has_trigger = any(sentence.start <= i < sentence.end for i in triggers)
        if has_trigger and not has_event_place:
            mention.role = EVENT
