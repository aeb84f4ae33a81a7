"""The event coder's training data, written out from the project's own templates.

Why generate: a linear classifier needs thousands of labelled sentences per style, and hand-writing
each one would take weeks. The templates in ``data/training/templates.txt`` are hand-written
sentences about each ACLED sub-type, with slots for the actors, places, weapons and figures that
``regions.txt`` and ``slots.txt`` list; filling them many times with a seeded random generator
gives varied sentences whose label is known. Each is then dressed in one of the styles news comes
in (a coder's one-line summary, wire copy with a dateline, a statement, a lone sentence) and some
are joined with a sentence of commentary into a short paragraph. Lines without slots are free
sentences written by hand; they are kept once as written and once dressed.

``python -m warlog.extract.coder_data`` (or ``make train``) rewrites ``data/training/examples.jsonl``;
the same seed gives the same file.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

SEED = 20261206
#: Filled sentences per sub-type from the "[event ...]" sections, before the free sentences.
EVENTS_PER_SUB_TYPE = 400
#: Filled sentences per "[modality ...]" section and per "[none ...]" section.
PER_MODALITY = 250
PER_NONE_KIND = 150
#: Share of event sentences followed by a sentence of commentary (a short paragraph).
PARAGRAPH_SHARE = 0.12
NONE = "none"
REPORTED = "reported"
_SLOT = re.compile(r"\{(\w+)\}")
_REGION_SLOTS = frozenset("country town town2 admin state rebels militia communal civ police protesters officials".split())
#: First words that a dateline or 'On 3 May 2021,' may put in lower case.
_COMMON_FIRST_WORDS = frozenset("""the a an unidentified unknown armed suspected gunmen militants soldiers troops police
    several two three four five six seven eight nine ten hundreds thousands dozens angry residents villagers rioters
    rioting students demonstrators protesters security government heavy fierce fighting clashes shelling artillery
    airstrikes warplanes helicopter helicopters military bomb rockets rocket mortar air one fighter stray sarin toxic
    women armed assailants attackers bandits militia insurgents rebels mutinous engineers customs organisers authorities
    analysts observers survivors human members leaders negotiators both elders supporters motorcycle traders teachers
    our heroic investigators villagers insurgent resistance peacekeepers government bomb explosives landmine child
    mob crowd vigilante party""".split())
DATA = "training"


@dataclass(frozen=True)
class Example:
    text: str
    sub_event_type: str
    modality: str
    style: str
    region: str
    source: str
    #: Which template (its line among the templates, from 0) the example was filled from: cross-validation
    #: keeps all the examples of one template in one fold.
    template: int


@dataclass
class _Template:
    kind: str
    label: str
    text: str
    number: int

    @property
    def headline(self) -> bool:
        return self.text.startswith("H: ")

    @property
    def free(self) -> bool:
        return not _SLOT.search(self.text)


def _read(name: str) -> str:
    return resources.files("warlog.data").joinpath(DATA, name).read_text(encoding="utf-8")


def _sections(name: str) -> list[tuple[str, list[str]]]:
    """``[header]`` blocks of a training text file, comments and blank lines dropped."""
    blocks: list[tuple[str, list[str]]] = []
    for line in _read(name).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            blocks.append((line[1:-1], []))
        else:
            blocks[-1][1].append(line)
    return blocks


def load_templates() -> list[_Template]:
    templates = []
    for header, lines in _sections("templates.txt"):
        kind, label = header.split(" ", 1)
        templates += [_Template(kind, label, line, len(templates) + n) for n, line in enumerate(lines)]
    return templates


def load_slots() -> dict[str, list[str]]:
    return {header.removeprefix("slot "): lines for header, lines in _sections("slots.txt")}


def load_regions() -> dict[str, dict[str, list[str]]]:
    regions = {}
    for header, lines in _sections("regions.txt"):
        entries = {}
        for line in lines:
            key, values = line.split(":", 1)
            entries[key.strip()] = [v.strip() for v in values.split("|")]
        regions[header.removeprefix("region ")] = entries
    return regions


class _Filler:
    """Fills one sentence's slots: the region's slots stay fixed within it, the shared ones vary."""

    def __init__(self, rng: random.Random, slots: dict[str, list[str]], region: dict[str, list[str]]):
        self.rng, self.slots, self.region = rng, slots, region
        self.fixed: dict[str, str] = {}

    def _region_value(self, name: str) -> str:
        if name not in self.fixed:
            if name == "town2":
                towns = [t for t in self.region["town"] if t != self._region_value("town")]
                self.fixed[name] = self.rng.choice(towns)
            elif name == "armed":
                self.fixed[name] = self._region_value(self.rng.choice(("state", "rebels", "militia")))
            else:
                self.fixed[name] = self.rng.choice(self.region[name])
        return self.fixed[name]

    def value(self, name: str) -> str:
        if name in _REGION_SLOTS or name == "armed":
            return self._region_value(name)
        if name == "N":
            return _capitalise(self.fill("{n}"))
        return self.rng.choice(self.slots[name])

    def fill(self, text: str) -> str:
        for _ in range(6):  # values may hold slots of their own, a few levels deep
            if not _SLOT.search(text):
                break
            text = _SLOT.sub(lambda m: self.value(m.group(1)), text)
        return re.sub(r"\s+([,.;])", r"\1", re.sub(r" {2,}", " ", text))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0].lower()
    return text[:1].lower() + text[1:] if first in _COMMON_FIRST_WORDS else text


def _dress(rng: random.Random, filler: _Filler, sentence: str, headline: bool) -> tuple[str, str]:
    """One of the styles news comes in; returns (text, style)."""
    if headline:
        return sentence.removeprefix("H: "), "headline"
    sentence = _capitalise(sentence)
    roll = rng.random()
    if roll < 0.35:
        return f"{filler.fill('{date_on}')}, {_lower_first(sentence)}", "coder"
    if roll < 0.5:
        town = filler.value("town").upper()
        outlet = rng.choice(("(Reuters)", "(AFP)", "(AP)", "(Xinhua)", "-", "(Anadolu)"))
        said = filler.value("officials")
        body = sentence[:-1] + f", {said} said." if sentence.endswith(".") and rng.random() < 0.5 else sentence
        return f"{town}, {filler.value('country')} {outlet} - {body}", "wire"
    if roll < 0.6:
        opener = rng.choice(("According to {officials}, ", "{officials} said that ", "Local sources reported that ",
                             "In a statement, {officials} said ", "State television reported that ",
                             "A human rights group said that ", "Witnesses said "))
        return _capitalise(filler.fill(opener)) + _lower_first(sentence), "statement"
    if roll < 0.68:
        return f"{sentence.removesuffix('.')} {filler.fill('{when}')}.", "lone"
    return sentence, "lone"


def _label_of(template: _Template, event_np: str | None) -> tuple[str, str]:
    if template.kind == "event":
        return template.label, REPORTED
    if template.kind == "modality":
        return event_np or NONE, template.label
    return NONE, NONE


def generate(seed: int = SEED) -> list[Example]:
    """Every training example, in a fixed order for a given seed."""
    rng = random.Random(seed)
    templates, slots, regions = load_templates(), load_slots(), load_regions()
    region_names = sorted(regions)
    nps: dict[str, list[str]] = {}
    for t in templates:
        if t.kind == "np":
            nps.setdefault(t.label, []).append(t.text)
    commentary = [t for t in templates if t.kind == "none" and t.label == "commentary"]
    examples: list[Example] = []

    def emit(template: _Template, source: str, event_np: tuple[str, str] | None = None, dressed: bool = True) -> None:
        region = rng.choice(region_names)
        filler = _Filler(rng, slots, regions[region])
        text = template.text
        if event_np is not None:
            text = text.replace("{event}", event_np[1])
        sentence = filler.fill(text)
        if dressed:
            sentence, style = _dress(rng, filler, sentence, template.headline)
        else:
            sentence, style = _capitalise(sentence.removeprefix("H: ")), "headline" if template.headline else "lone"
        sub_type, modality = _label_of(template, event_np[0] if event_np else None)
        if template.kind == "event" and style != "headline" and rng.random() < PARAGRAPH_SHARE:
            sentence = f"{sentence} {_capitalise(filler.fill(rng.choice(commentary).text))}"
            style += "+commentary"
        examples.append(Example(sentence, sub_type, modality, style, region, source, template.number))

    by_label: dict[tuple[str, str], list[_Template]] = {}
    for t in templates:
        if t.kind != "np":
            by_label.setdefault((t.kind, t.label), []).append(t)
    for (kind, label), group in by_label.items():
        for template in group:
            if template.free:
                emit(template, "hand-written", dressed=False)
                emit(template, "hand-written, dressed")
        slotted = [t for t in group if not t.free]
        budget = {"event": EVENTS_PER_SUB_TYPE, "modality": PER_MODALITY, "none": PER_NONE_KIND}[kind]
        for n in range(budget if slotted else 0):
            template = slotted[n % len(slotted)]
            event_np = None
            if kind == "modality":
                sub_type = rng.choice(sorted(nps))
                event_np = (sub_type, rng.choice(nps[sub_type]))
            emit(template, "template", event_np)
    return _unique(examples)


def _unique(examples: list[Example]) -> list[Example]:
    seen, kept = set(), []
    for example in examples:
        if example.text not in seen:
            seen.add(example.text)
            kept.append(example)
    return kept


def examples_path() -> Path:
    return Path(str(resources.files("warlog.data").joinpath(DATA, "examples.jsonl")))


def read_examples() -> list[Example]:
    lines = examples_path().read_text(encoding="utf-8").splitlines()
    return [Example(**json.loads(line)) for line in lines if line]


def write_examples(examples: list[Example]) -> Path:
    path = examples_path()
    path.write_text("".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in examples), encoding="utf-8")
    return path


def counts(examples: list[Example]) -> dict[str, Counter]:
    """Label, modality, style and region counts, for the data card."""
    return {field: Counter(getattr(e, field) for e in examples)
            for field in ("sub_event_type", "modality", "style", "region", "source")}


if __name__ == "__main__":
    written = generate()
    print(f"{len(written)} examples -> {write_examples(written)}")
    for field, counter in counts(written).items():
        print(field, dict(sorted(counter.items())))
