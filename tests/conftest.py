from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", help="also run the slow tests")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    from warlog.nlp import load_nlp

    return load_nlp()


@pytest.fixture()
def db_path(tmp_path):
    return tmp_path / "test.duckdb"


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    """The example corpus run once into a database shared by read-only tests."""
    from warlog.pipeline import run

    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    summary = run([EXAMPLES], db=path, workers=1)
    return path, summary


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory):
    """The real seed articles (../shared/seeds, never copied here) run once into a database."""
    from warlog.pipeline import run

    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not here")
    path = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    summary = run([SEEDS], db=path, workers=1)
    return path, summary


def altered_copy(source, path, *statements):
    """A copy of the database at ``source`` written to ``path``, changed by ``statements`` (SQL, or SQL with
    its parameters as a pair): an older warlog's database, or one holding hostile text."""
    import shutil

    import duckdb

    shutil.copy(source, path)
    con = duckdb.connect(str(path))
    try:
        for statement in statements:
            sql, parameters = (statement, []) if isinstance(statement, str) else statement
            con.execute(sql, parameters)
    finally:
        con.close()
    return path


def query_db(path, sql):
    """Rows of ``sql`` on the database at ``path``, opened read-only."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture()
def places(nlp):
    """Place mentions found in a text, by their text: ``places("... in Homs.")["Homs"]``."""
    from warlog.places import find_places

    def find(text):
        return {mention.mention: mention for mention in find_places(nlp(text))}

    return find
