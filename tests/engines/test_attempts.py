"""A shard's task notes what it works on, so that the attempt after its worker died works alone on the
items it died on, and skips the one its worker died on alone twice (engines/attempts.py)."""

from datetime import datetime, timezone

from warlog.engines.attempts import AttemptNotes
from warlog.engines.shards import InMemory
from warlog.engines.work import Attempt, process_shard
from warlog.extract import PIPE_BATCH
from warlog.models import RawDocument

NOW = datetime(2024, 3, 4, tzinfo=timezone.utc)
STORY = "Gunmen killed {n} herders near the wells of Tessit on Sunday, a local official said."


def _shard(count):
    return InMemory(tuple(RawDocument(f"story-{n}.txt", text=STORY.format(n=n + 2)) for n in range(count)))


def test_a_shard_without_notes_works_in_spacy_batches_and_tells_each_step():
    told = []
    output = process_shard(_shard(PIPE_BATCH + 3), now=NOW, attempt=Attempt(working_on=told.append))
    batch, rest = list(range(PIPE_BATCH)), list(range(PIPE_BATCH, PIPE_BATCH + 3))
    assert told == [batch, rest, batch, rest]  # cleaning, then extraction
    assert len(output.extractions) == PIPE_BATCH + 3 and not output.skips


def test_suspects_go_alone_and_the_culprit_is_skipped_with_its_reason():
    told = []
    attempt = Attempt(working_on=told.append, suspects=frozenset({1, 2}), culprit=2, died="its worker died")
    output = process_shard(_shard(4), now=NOW, attempt=attempt)
    assert told == [[1], [0, 3], [1], [0, 3]]
    assert [(s.source, s.reason) for s in output.skips] == [("story-2.txt", "extraction stopped: its worker died")]
    assert sorted(e.article.source for e in output.extractions) == ["story-0.txt", "story-1.txt", "story-3.txt"]


def test_an_item_is_the_culprit_only_after_its_worker_died_on_it_alone_twice(tmp_path):
    first = AttemptNotes(tmp_path, "shard")
    assert first.suspects == frozenset() and first.culprit is None
    first.working_on(list(range(16)))  # the worker dies in this step

    second = AttemptNotes(tmp_path, "shard")
    assert second.suspects == frozenset(range(16)) and second.culprit is None
    second.working_on([3])
    second.working_on([7])  # and dies here, alone

    third = AttemptNotes(tmp_path, "shard")
    assert third.suspects == {7} and third.culprit is None
    third.working_on([7])  # dies alone again

    fourth = AttemptNotes(tmp_path, "shard")
    assert fourth.culprit == 7
    fourth.finished()
    assert AttemptNotes(tmp_path, "shard").suspects == frozenset()


def test_a_note_that_cannot_be_read_is_no_note(tmp_path):
    notes = AttemptNotes(tmp_path, "shard")
    notes.path.parent.mkdir()
    notes.path.write_text("{half a note", encoding="utf-8")
    assert AttemptNotes(tmp_path, "shard").suspects == frozenset()
