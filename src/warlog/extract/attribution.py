"""Who says so: the in-text source of a statement or a figure.

Patterns: 'X said', 'said X', 'according to X', 'X told reporters', 'X estimates that', 'X put the
toll at N', 'X's figure of N', a quote whose speaker the next sentence names ('That was the
assessment of X'), and 'X, a monitor, says' where the small parser loses the subject.

The outlet is never the source: when nobody is named, there is no attribution and the outlet speaks
in its own voice. A figure in a background apposition or relative clause ('Hodeidah, a city of about
600,000') is the outlet's too, whoever speaks elsewhere in the sentence. A pronoun ('he said') takes
the last speaker named before it; a generic definite noun ('the group said', 'the statement said')
takes the last source mentioned before it.

The claimant is the phrase as the text gives it, title and name together ('Coalition spokesman Col.
Dale Hartley'), cut before appositions and relative clauses. Its type comes from the longest phrase
inside it found in the source dictionary (``data/actors/sources.csv``) or the claimant lexicon
(``data/claims/claimant_words.csv``); the speech verbs and their stances are in
``data/claims/speech_verbs.csv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from warlog.data import read_table
from warlog.nlp.per_doc import once_per_doc

_PERSONAL_PRONOUNS = frozenset("he she they it we i".split())
_RELATIVE_PRONOUNS = frozenset("who which that whom".split())
_ARTICLES = frozenset({"the", "a", "an"})
_SUBJECTS = {"nsubj", "nsubjpass"}
#: Children of a claimant's head that are not part of its name.
_CUT_DEPS = {"appos", "relcl", "acl", "punct", "advcl", "cc", "conj", "advmod", "npadvmod"}
_NAME_PREPOSITIONS = {"of", "for", "in", "at", "on"}
_NAMED_ENTITIES = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
#: Parts of speech of a title standing before a name ('Coalition spokesman Col.').
_TITLE_POS = {"PROPN", "NOUN", "ADJ", "PART"}
_QUOTE_MARKS = "\"\u201c\u201d"
_QUOTES_AND_SPACE = " ,\"'\u201c\u201d"
_NON_WORD = re.compile(r"[^\w&]+")
ASSERTED = "asserted"


@dataclass(frozen=True)
class Attribution:
    """A source named in the text, with the verb or phrase that names it, and its stance on the figure."""

    claimant: str
    claimant_type: str | None
    cue: Token
    span: Span
    stance: str = ASSERTED


def normalised_words(text: str) -> tuple[str, ...]:
    """Lower-case words without articles, possessive 's, dots and hyphens: 'the U.S.-led coalition' -> us led coalition."""
    text = text.lower().replace("\u2019", "'").replace("'s", "").replace(".", "")
    return tuple(word for word in _NON_WORD.split(text) if word and word not in _ARTICLES)


@lru_cache(maxsize=1)
def speech_stances() -> dict[str, str]:
    """Lemma of a speech verb -> asserted, denied, disputed or revises."""
    return {row["lemma"]: row["stance"] for row in read_table("claims/speech_verbs.csv")}


@lru_cache(maxsize=1)
def _finding_verbs() -> frozenset[str]:
    """Verbs that report a finding ('recorded', 'found', 'put the toll at'): a speaker above them is the source."""
    return frozenset(row["lemma"] for row in read_table("claims/speech_verbs.csv") if row["kind"] == "finding")


class PhraseTable(dict):
    """Phrases (tuples of normalised words) to values; knows its longest phrase, so a search stops there."""

    def __init__(self, phrases: dict[tuple[str, ...], str]):
        super().__init__(phrases)
        self.longest = max(map(len, self), default=0)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, PhraseTable]:
    by_role: dict[str, dict[tuple[str, ...], str]] = {}
    for row in read_table("claims/claimant_words.csv"):
        by_role.setdefault(row["role"], {})[normalised_words(row["pattern"])] = row["type"]
    return {role: PhraseTable(phrases) for role, phrases in by_role.items()}


@lru_cache(maxsize=1)
def _type_phrases() -> PhraseTable:
    """Every phrase that types a claimant: the lexicon's, then every name and alias of sources.csv."""
    phrases = dict(_lexicon()["type"])
    for row in read_table("actors/sources.csv"):
        for alias in (row["name"], *row["aliases"].split("|")):
            if words := normalised_words(alias):
                phrases[words] = row["type"]
    return PhraseTable(phrases)


def _find_phrase(words: tuple[str, ...], table: PhraseTable) -> tuple[int, int, str] | None:
    """The longest phrase of ``table`` inside ``words`` (the rightmost among equals): (length, end, value)."""
    best = None
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + table.longest) + 1):
            value = table.get(words[start:end])
            if value is not None and (best is None or (end - start, end) > best[:2]):
                best = (end - start, end, value)
    return best


def _is_named(span: Span) -> bool:
    """A proper name heads the phrase ('Airwars', 'Syria's news agency SANA'), not 'a London-based group'."""
    return span.root.pos_ == "PROPN" or span.root.ent_type_ in _NAMED_ENTITIES


def _name_tokens(head: Token) -> list[Token]:
    """The head's own name: its left modifiers and naming prepositions, without conjuncts or appositions."""
    tokens = [t for t in head.lefts for t in t.subtree] + [head]
    for child in head.rights:
        if child.dep_ in _CUT_DEPS or child.text == ",":
            break
        if child.dep_ == "prep" and not _names_place_or_body(child):
            break
        tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _names_place_or_body(preposition: Token) -> bool:
    """'for Syria', 'of Hatay province', 'in Douma', not 'on Tuesday' or 'in a statement'."""
    if preposition.lower_ not in _NAME_PREPOSITIONS:
        return False
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    documents = _lexicon().get("document", {})
    return bool(objects) and not any(
        o.ent_type_ in {"DATE", "TIME"} or (o.lemma_.lower(),) in documents for o in objects
    )


def claimant_phrase(head: Token) -> Span:
    """The claimant's phrase: name, title and naming prepositions, plus coordinated names and acronyms."""
    doc = head.doc
    person = next((c for c in head.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if person is not None and head.ent_type_ != "PERSON":
        return claimant_phrase(person)  # 'the UN's relief coordinator, Stephen O'Brien, said': the person speaks
    tokens = _name_tokens(head)
    for child in head.rights:
        if child.dep_ == "conj" and child.i > tokens[-1].i:
            tokens.extend(child.subtree)
        elif child.dep_ == "appos" and len(list(child.subtree)) == 1 and child.text.isupper():
            tokens.append(child)  # 'the UN mission in Afghanistan, UNAMA'
    start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    for name in _names_around(head):
        start, end = min(start, name.start), max(end, name.end)
    if any(t.ent_type_ == "PERSON" for t in doc[start:end]):
        start = _title_start(doc, start)
    span = _author_of_document(doc[start:end]) or doc[start:end]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def _title_start(doc: Doc, start: int) -> int:
    """Where the title before a name begins: 'Russian Defence Ministry spokesman Maj. Gen. Pavel Orlov'."""
    first = doc[start].sent.start
    while start > first and (doc[start - 1].pos_ in _TITLE_POS or doc[start - 1].text == "."):
        start -= 1
    return start


def _names_around(head: Token) -> list[Span]:
    """Source names and entities the head is part of ('the Committee to Protect Journalists')."""
    return [s for s in _names_of(head.doc) if s.start <= head.i < s.end]


def _names_of(doc: Doc) -> list[Span]:
    """The doc's source names and its organisations and people (not those holding a verb), found once."""
    def names() -> list[Span]:
        entities = [e for e in doc.ents if e.label_ in {"ORG", "PERSON"} and not any(t.pos_ == "VERB" for t in e)]
        return [*doc.spans.get("sources", []), *entities]

    return once_per_doc(doc, "warlog.names", names)


def _author_of_document(span: Span) -> Span | None:
    """'an Associated Press investigation', 'a study by the London School of ...': the organisation."""
    root = span.root
    if (root.lemma_.lower(),) not in _lexicon().get("document", {}):
        return None
    authors = [s for s in (*span.doc.spans.get("sources", []), *(e for e in span.ents if e.label_ == "ORG"))
               if span.start <= s.start and s.end <= root.i]
    if authors:
        return max(authors, key=len)
    by = [o for p in root.children if p.lower_ in {"by", "from"} for o in p.children if o.dep_ == "pobj"]
    return claimant_phrase(by[0]) if by else None


def claimant_text(span: Span) -> str:
    """The claimant as written, with a sentence-initial common word in lower case.

    'The', 'A' and a common noun or adjective opening the sentence are capitalised only because they
    open it: 'Local activists said' and 'according to local activists' name one source. A name keeps
    its capitals ('Syrian state media', 'Amnesty International').
    """
    text = span.text.strip(_QUOTES_AND_SPACE)
    first = span[0]
    if first.is_sent_start and (first.lower_ in _ARTICLES or _is_common_word(first)):
        text = first.lower_ + text[len(first.text):]
    return text


def _is_common_word(token: Token) -> bool:
    """A capitalised word that is no name: not a proper noun, not in a named entity, not an acronym."""
    return (token.pos_ in {"NOUN", "ADJ"} and not token.ent_type_ and token.text[:1].isupper()
            and not token.text.isupper())


def classify(span: Span) -> str | None:
    """The claimant type of a source phrase, or None when nothing in it says."""
    lexicon = _lexicon()
    head = span.root
    found = next((f[2] for words in (_own_words(span), *_background_words(head))
                  if (f := _find_phrase(words, _type_phrases())) is not None), None)
    # An official or unnamed source speaking anonymously is anonymous; the UN or a monitor is not.
    unnamed = not any(t.ent_type_ == "PERSON" for t in span) and found in {None, "government", "belligerent"}
    if unnamed and _find_phrase(normalised_words(span.sent.text), lexicon.get("anonymity", PhraseTable({}))):
        return "anonymous_official"
    if unnamed and span[0].lower_ in {"a", "an"} and (head.lemma_.lower(),) in lexicon.get("anonymous_head", {}):
        return "anonymous_official"
    if found is not None:
        return found
    if any(a.label_ == "ACTOR" and span.start <= a.start and a.end <= span.end for a in span.doc.spans.get("actors", [])):
        return "belligerent"
    if any(t.ent_type_ == "GPE" for t in span) and len(span) <= 3:
        return "government"
    return None


def _head_type(head: Token) -> str | None:
    """The type the head noun and its modifiers give ('Burkina Faso's army'), not 'a strike on the MSF hospital'."""
    found = _find_phrase(_words_of([*(t for left in head.lefts for t in left.subtree), head]), _type_phrases())
    return found[2] if found is not None else None


def _own_words(span: Span) -> tuple[str, ...]:
    """The words of a claimant phrase without its coordinated part ('Residents' of 'Residents and officials')."""
    conjoined = {t.i for c in span.root.children if c.dep_ in {"conj", "cc"} and c.i > span.root.i for t in c.subtree}
    return _words_of([t for t in span if t.i not in conjoined])


def _words_of(tokens: list[Token]) -> tuple[str, ...]:
    return normalised_words(" ".join(t.text for t in tokens))


def _background_words(head: Token) -> list[tuple[str, ...]]:
    """Words of the appositions and relative clauses that describe a claimant ('Airwars, a monitoring group')."""
    return [_words_of(list(c.subtree)) for c in head.children if c.dep_ in {"appos", "relcl", "acl"}]


def _typed(span: Span, cue: Token) -> Attribution:
    return Attribution(claimant_text(span), classify(span), cue, span)


class SourceFinder:
    """Finds who makes each statement of one doc, resolving pronouns and generic nouns to earlier sources.

    Example:
        >>> finder = SourceFinder(doc)
        >>> finder.sources_of(doc[12])   # the token of a figure
        [Attribution(claimant='the UN refugee agency', claimant_type='un', ...)]
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        self._speakers: list[tuple[int, Attribution]] = []
        self._subjects: list[Token] = []
        self._mentions: dict[int, Attribution | None] = {}
        self._sentence_sources: dict[int, Attribution] = {}
        self._resolved: dict[tuple[int, int], Attribution | None] = {}
        sentences = list(doc.sents)
        for sentence in sentences:
            self._note_mentions(sentence)
            found = self._sentence_source(sentence)
            if found is not None and not _in_dateline(found.span):
                self._sentence_sources[sentence.start] = found
        for current, following in zip(sentences, sentences[1:]):
            if current.start not in self._sentence_sources and _is_quote(current):
                quoted = self._sentence_sources.get(following.start) or _named_by_preposition(following)
                if quoted is not None:
                    self._sentence_sources[current.start] = quoted

    @classmethod
    def of(cls, doc: Doc) -> SourceFinder:
        """The doc's finder, built once: reports and claims both ask who speaks where."""
        return once_per_doc(doc, "warlog.sources", lambda: cls(doc))

    def by_sentence(self) -> dict[int, Attribution]:
        """The attribution of each sentence that has one, by sentence start."""
        return dict(self._sentence_sources)

    def sources_of(self, token: Token, *, zero: bool = False) -> list[Attribution]:
        """Who asserts, disputes or denies the figure at ``token``; empty in the outlet's own voice.

        The first entry is the figure's own claimant; a second one is the owner of a figure that
        the first one disputes ('dismissed the ministry's figure of 213'). A name in the dateline
        ('BEIRUT (Reuters) —') is the outlet or its wire, never a source.
        """
        return [found for found in self._sources_of(token, zero=zero) if not _in_dateline(found.span)]

    def _sources_of(self, token: Token, *, zero: bool = False) -> list[Attribution]:
        via_clause = via_from = False
        finding = None
        for node in [token, *token.ancestors]:
            if node.i != token.i and (owned := self._figure_source(node)):
                return owned
            found = self._speech_at(node) or self._according_to_at(node)
            if found is not None:
                found = replace(found, stance=_stance(found.stance, via_clause, via_from, zero))
                if not _defers_to_speaker(found, node):
                    return [found]
                finding = finding or found
            if node.i != token.i and _is_background(node):
                return [finding] if finding is not None else []
            via_clause = via_clause or node.dep_ in {"advcl", "xcomp"}
            via_from = via_from or node.lower_ == "from"
        return [finding] if finding is not None else self._root_level_source(token)

    def _figure_source(self, node: Token) -> list[Attribution]:
        """'the ministry's figure of 213', 'gave a toll of 83 dead', 'dismissed the ministry's figure'."""
        if not is_figure_noun(node):
            return []
        owner = _figure_owner(node)
        verb = node.head if node.dep_ == "dobj" else None
        speaker = (self._speech_at(verb) or self._subject_of(verb)) if verb is not None else None
        if owner is None:
            return [speaker] if speaker is not None and speaker.claimant else []
        if speaker is not None and speaker.stance != ASSERTED:
            return [speaker, _typed(owner, node)]
        return [_typed(owner, node)]

    def disputes(self, sentence: Span) -> list[tuple[int, Attribution]]:
        """'..., a figure Hamas disputes': who disputes or denies the figures stated before which token."""
        found = []
        for token in sentence:
            if not is_figure_noun(token):
                continue
            for clause in token.children:
                stance = speech_stances().get(clause.lemma_.lower())
                if clause.dep_ not in {"relcl", "acl"} or stance not in {"denied", "disputed"}:
                    continue
                subject = self._subject_of(clause) or self._compound_subject(clause)
                if subject is not None:
                    found.append((token.i, replace(subject, stance=stance)))
        return found

    @staticmethod
    def _compound_subject(clause: Token) -> Attribution | None:
        """'a figure Hamas disputes', where the tagger reads 'Hamas disputes' as one noun."""
        names = [c for c in clause.lefts if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
        return _typed(claimant_phrase(names[0]), clause) if names else None

    def _note_mentions(self, sentence: Span) -> None:
        """Remember the speakers this sentence names, for pronouns further on, and its other subjects,
        for generic nouns."""
        for token in sentence:
            if token.lower_ == "according" and (found := self._according_to_at(token.head)) is not None:
                self._speakers.append((token.i, found))
            if token.dep_ not in _SUBJECTS or token.lower_ in _PERSONAL_PRONOUNS | _RELATIVE_PRONOUNS:
                continue
            if token.head.lemma_.lower() not in speech_stances():
                self._subjects.append(token)
                continue
            span = claimant_phrase(token)
            if not _is_anaphor(span):
                # Even an untyped speaker ('our contacts on the ground say') is who a later 'they' is.
                found = self._resolve(token, token.head) or _typed(span, token.head)
                self._speakers.append((token.i, found))

    def _mention(self, subject: Token) -> Attribution | None:
        """The source a subject of any other verb names ('the ministry' may stand for it later).

        Worked out only when a generic noun asks for its antecedent, and once: few documents ever
        ask, and typing every subject of every document cost more than the rest of attribution.
        """
        if subject.i not in self._mentions:
            span = claimant_phrase(subject)
            named = not _is_anaphor(span) and (_is_named(span) or _head_type(subject) is not None)
            self._mentions[subject.i] = _typed(span, subject.head) if named else None
        return self._mentions[subject.i]

    def _sentence_source(self, sentence: Span) -> Attribution | None:
        for token in _according_heads(sentence):
            found = self._according_to_at(token)
            if found is not None:
                return found
        for token in sentence:
            found = self._speech_at(token)
            if found is not None:
                return found
        return None

    def _root_level_source(self, token: Token) -> list[Attribution]:
        """The source whose cue governs the whole sentence rather than a side clause; the nearest one
        when there are two ('300,000 fled, the IOM said, and 400 were killed, according to the UN')."""
        sentence = token.sent
        quoted = self._sentence_sources.get(sentence.start)
        if quoted is not None and not (sentence.start <= quoted.cue.i < sentence.end):
            return [quoted]  # a quote, attributed in the next sentence
        candidates = [found for t in sentence if (found := self._speech_at(t) or self._according_to_at(t))
                      and _governs_sentence(found.cue)]
        if not candidates:
            return []
        return [min(candidates, key=lambda found: abs(found.cue.i - token.i))]

    def _speech_at(self, token: Token) -> Attribution | None:
        stance = speech_stances().get(token.lemma_.lower())
        if stance is None or token.pos_ not in {"VERB", "AUX"} or _is_participle(token):
            return None
        found = self._subject_of(token)
        return replace(found, cue=token, stance=stance) if found is not None else None

    def _subject_of(self, verb: Token) -> Attribution | None:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        for head in subjects + agents:
            found = self._resolve(head, verb)
            if found is not None:
                return found
        if subjects or agents:
            return None
        if verb.dep_ == "conj":
            speaker = next((a for a in verb.ancestors if a.lemma_.lower() in speech_stances()), None)
            if speaker is not None:
                return self._subject_of(speaker)  # 'SANA said ... and denied that ...'
        if verb.dep_ in {"ROOT", "conj", "parataxis"}:
            return self._source_before(verb)
        return None

    def _source_before(self, verb: Token) -> Attribution | None:
        """The source right before a verb the parser left without a subject, or opening its sentence.

        The small parser often misses a subject followed by an apposition ('Airwars, a monitoring
        group, says') or after a long clause ('..., a U.S. military spokesman told reporters').
        """
        sentence = verb.sent
        before = verb.i - 1
        while before >= sentence.start and (verb.doc[before].is_punct or verb.doc[before].pos_ in {"ADV", "AUX"}):
            before -= 1
        first = _after_dateline(sentence)
        opening = next((t for t in sentence[first - sentence.start:] if t.pos_ not in {"CCONJ", "ADV", "PUNCT", "DET"}), None)
        if opening is not None and _phrase_head(opening).dep_ not in _SUBJECTS and opening.pos_ != "PROPN":
            opening = None
        right_before = verb.doc[before] if before >= first else None
        if right_before is not None and opening is not None and opening in right_before.ancestors:
            right_before = None  # 'Airwars, a group that tracks deaths in Iraq and Syria, says': Syria describes
        heads = [t for t in (right_before, opening) if t is not None and t.pos_ in {"NOUN", "PROPN"} and t.i < verb.i]
        spans = [claimant_phrase(_phrase_head(t)) for t in heads]
        spans = [s for s in spans if first <= s.start and s.end <= verb.i]
        named = [s for s in spans if _is_named(s)]
        typed = [s for s in spans if classify(s) is not None]
        return _typed((named or typed)[0], verb) if named or typed else None

    def _resolve(self, head: Token, cue: Token) -> Attribution | None:
        """The source a subject names, resolving pronouns, relative pronouns and generic nouns.

        Each subject is resolved once per cue: noting a speaker, finding a sentence's source and a
        figure's each ask again. Remembering is safe because every answer looks only at sources named
        before the subject, and those are all known by the time it is first asked.
        """
        key = (head.i, cue.i)
        if key not in self._resolved:
            self._resolved[key] = self._resolve_anew(head, cue)
        return self._resolved[key]

    def _resolve_anew(self, head: Token, cue: Token) -> Attribution | None:
        lower = head.lower_
        if lower in _PERSONAL_PRONOUNS:
            return self._latest(self._speakers, head.i, cue)
        if lower in _RELATIVE_PRONOUNS:
            antecedent = cue.head if cue.dep_ == "relcl" else None
            while antecedent is not None and antecedent.dep_ == "appos":
                antecedent = antecedent.head  # 'X, spokesman for Y, who said'
            return self._resolve(antecedent, cue) if antecedent is not None else None
        span = claimant_phrase(head)
        if _is_anaphor(span):
            earlier = self._antecedent(head, cue)
            if earlier is not None:
                return earlier
        if not _is_named(span) and _head_type(head) is None and (agent := _agent_of_description(head)) is not None:
            return _typed(agent, cue)  # 'satellite images analysed by X showed'
        kind = classify(span)
        if kind is None and not _is_named(span) and (head.lemma_.lower(),) not in _lexicon().get("speaker", {}):
            return None
        return Attribution(claimant_text(span), kind or self._possessor_type(head, cue), cue, span)

    def _possessor_type(self, head: Token, cue: Token) -> str | None:
        """'the group's own spokesman': the type of whoever the spokesman speaks for."""
        owners = [c for c in head.children if c.dep_ == "poss"]
        owner = self._resolve(owners[0], cue) if owners else None
        return owner.claimant_type if owner is not None else None

    def _antecedent(self, head: Token, cue: Token) -> Attribution | None:
        """What 'the ministry' or 'the group' stands for: the last source before it, preferring one
        named with the same noun ('Russia's Defence Ministry' for 'the ministry')."""
        mentions = [(s.i, found) for s in self._subjects if s.i < head.i and (found := self._mention(s)) is not None]
        earlier = [(i, a) for i, a in self._speakers if i < head.i] + mentions
        same_noun = [(i, a) for i, a in earlier if head.lemma_.lower() in normalised_words(a.claimant)]
        return self._latest(same_noun or earlier, head.i, cue) or self._named_before(head, cue)

    @staticmethod
    def _latest(candidates: list[tuple[int, Attribution]], before: int, cue: Token) -> Attribution | None:
        earlier = [(i, a) for i, a in candidates if i < before]
        if not earlier:
            return None
        return replace(max(earlier, key=lambda pair: pair[0])[1], cue=cue)

    def _named_before(self, head: Token, cue: Token) -> Attribution | None:
        """The last source or organisation named before ``head``: what 'the charity' stands for."""
        named = [s for s in (*self.doc.spans.get("sources", []), *self.doc.ents)
                 if s.end <= head.i and (s.label_ in {"SOURCE", "ORG"})]
        if not named:
            return None
        return _typed(max(named, key=lambda s: (s.start, len(s))), cue)

    def _according_to_at(self, token: Token) -> Attribution | None:
        for child in token.children:
            if child.lower_ != "according":
                continue
            objects = [o for to in child.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
            if objects:
                head = _behind_figures(objects[0])
                return self._resolve(head, child) or _typed(claimant_phrase(head), child)
        return None


def _according_heads(sentence: Span) -> list[Token]:
    """The words an 'according (to)' hangs from, in sentence order: the only ones that can hold one."""
    return sorted({token.head for token in sentence if token.lower_ == "according"}, key=lambda head: head.i)


def _after_dateline(sentence: Span) -> int:
    """Where a sentence starts after its dateline ('RAQQA, Syria (Levant Wire) — '): an outlet is no claimant."""
    for token in sentence[:12]:
        if token.text in {"\u2014", "--", "\u2013"}:
            return token.i + 1
    return sentence.start


def _in_dateline(span: Span) -> bool:
    """True when ``span`` lies before the dash that ends its sentence's dateline."""
    return span.end <= _after_dateline(span.sent) and _after_dateline(span.sent) > span.sent.start


def _phrase_head(token: Token) -> Token:
    """The head of the noun phrase ``token`` is in; an apposition's head when that is a name."""
    while token.dep_ in {"compound", "flat", "poss"} and token.head.i > token.i:
        token = token.head
    if token.dep_ == "appos" and token.head.pos_ == "PROPN":
        token = token.head
    return token


def _defers_to_speaker(found: Attribution, verb: Token) -> bool:
    """'MSF said hospitals it supports had recorded 355 deaths': a finding by an untyped subject, inside
    what someone says, is the speaker's claim."""
    return found.cue.lemma_.lower() in _finding_verbs() and verb.dep_ == "ccomp" and found.claimant_type is None


def _governs_sentence(cue: Token) -> bool:
    """'..., X said', 'according to X', '..., X told reporters': a cue about the whole sentence."""
    if any(_is_background(t) for t in [cue, *cue.ancestors]):
        return False
    if cue.lower_ == "according" or cue.dep_ == "ROOT":
        return True
    bare = not any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children)
    return cue.head.dep_ == "ROOT" and (cue.dep_ in {"parataxis", "ccomp", "prep", "advcl"} or cue.dep_ == "conj" and bare)


def _is_background(node: Token) -> bool:
    """A relative clause, or an apposition describing something ('Hodeidah, a city of about 600,000')."""
    if node.dep_ == "relcl":
        return True
    return node.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in node.children)


def _behind_figures(head: Token) -> Token:
    """'according to figures from Qatari mediators': the source behind a figure noun."""
    if not is_figure_noun(head) and head.lemma_.lower() != "datum":
        return head
    for preposition in head.children:
        if preposition.lower_ in {"from", "by", "of"}:
            objects = [o for o in preposition.children if o.dep_ == "pobj"]
            if objects:
                return objects[0]
    return head


def _is_participle(verb: Token) -> bool:
    """'fighters believed to be Russian', 'a figure cited in': a participle describing a noun, not a speech act."""
    if verb.tag_ not in {"VBN", "VBD"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    described = verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"} and not any(c.dep_ in _SUBJECTS for c in verb.children)
    return described or any(c.dep_ == "xcomp" and c.lemma_ in {"be", "have"} for c in verb.children)


def _is_anaphor(span: Span) -> bool:
    """'the group', 'the statement', 'its mission': a generic noun standing for a source named earlier."""
    anaphors = _lexicon().get("anaphor", {})
    first = span[0].lower_
    return (first in {"the", "its", "their"} and not _is_named(span)
            and (span.root.lemma_.lower(),) in anaphors and len(span) == 2)


def _agent_of_description(head: Token) -> Span | None:
    """'Satellite images analysed by X showed ...': X is the source."""
    for clause in head.children:
        if clause.dep_ != "acl":
            continue
        for agent in clause.children:
            objects = [o for o in agent.children if o.dep_ == "pobj"] if agent.dep_ == "agent" else []
            if objects:
                return claimant_phrase(objects[0])
    return None


def is_figure_noun(token: Token) -> bool:
    """'figure', 'toll', 'count', 'number': a noun that stands for a figure given earlier or by someone."""
    return token.pos_ == "NOUN" and (token.lemma_.lower(),) in _lexicon().get("figure", {})


def _figure_owner(token: Token) -> Span | None:
    """'the ministry's figure of 213', 'the UN's last count of 250,000': the owner of a figure noun."""
    if not is_figure_noun(token):
        return None
    owners = [c for c in token.children if c.dep_ == "poss" and c.lower_ not in {"its", "their", "his", "her"}]
    if not owners:
        return None
    owner = owners[0]
    span = owner.doc[owner.left_edge.i : owner.i + 1]
    return span


def _stance(verb_stance: str, via_clause: bool, via_from: bool, zero: bool) -> str:
    """The stance of a speech verb toward one figure below it.

    A revision ('revised the toll down to 157 from 160') disputes only the figure after 'from'.
    A denial or dispute reached through a side clause ('dismissed the figure, saying at least 300
    died') leaves that clause's figures asserted, except a zero ('denied an attack, saying no
    bodies were found'), which is the denial itself.
    """
    if verb_stance == "revises":
        return "disputed" if via_from else ASSERTED
    if verb_stance in {"denied", "disputed"} and via_clause and not zero:
        return ASSERTED
    return verb_stance


def _is_quote(sentence: Span) -> bool:
    text = sentence.text.strip()
    return len(text) > 2 and text[0] in _QUOTE_MARKS and text.rstrip(".")[-1] in _QUOTE_MARKS


def _named_by_preposition(sentence: Span) -> Attribution | None:
    """'That was the assessment of X', 'The figures were given by X': the named source of a quote."""
    for token in sentence:
        if token.lower_ not in {"by", "from", "of"}:
            continue
        for head in (c for c in token.children if c.dep_ == "pobj"):
            span = claimant_phrase(head)
            if _is_named(span):
                return _typed(span, token)
    return None


def attributions(doc: Doc) -> dict[int, Attribution]:
    """Attributions by sentence start, for every sentence of ``doc`` that names a source.

    'According to X' wins over a speech verb; a pronoun speaker takes the last named speaker
    before it; a quote takes the speaker named in the next sentence.
    """
    return SourceFinder.of(doc).by_sentence()
