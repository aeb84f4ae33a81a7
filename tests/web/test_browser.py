"""The web view as a person uses it: a real `warlog serve`, a real headless Chromium, the example corpus.

One server and one browser serve the whole module, over a copy of the corpus database. The browser
is Debian's chromium (`.ci/run` installs it); Playwright drives it and never downloads one of its
own. Every request the pages make is recorded, so a test can assert that none leaves the machine.
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import duckdb
import pytest
from playwright.sync_api import expect

from conftest import altered_copy, query_db

CHROMIUM = os.environ.get("WARLOG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-default-apps",
                 "--disable-extensions", "--disable-domain-reliability", "--no-pings", "--metrics-recording-only"]
#: A place name with markup in it: the page must show it as text.
HOSTILE = '<img src=x onerror="document.title=1">Raqqa</b>'


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def web_db(corpus_db, tmp_path_factory):
    """A copy of the corpus database the server may be locked out of, with one hostile place name."""
    path = altered_copy(corpus_db[0], tmp_path_factory.mktemp("web") / "web.duckdb",
                        ("UPDATE events SET location = ? WHERE event_id = (SELECT min(event_id) FROM events "
                         "WHERE latitude IS NOT NULL)", [HOSTILE]))
    return path


@pytest.fixture(scope="module")
def server(web_db):
    """`warlog serve` on a free port; its base URL."""
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "warlog", "serve", "--db", str(web_db), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(f"{base}/api/facets", timeout=5).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"warlog serve did not start: {process.stdout.read().decode()[-2000:]}")
            time.sleep(0.3)
    # The first map load builds the country outlines; do it here, not inside a test's wait.
    urllib.request.urlopen(f"{base}/outlines.geojson", timeout=120).read()
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def requests_seen():
    """Every URL any page of the session asked for."""
    return []


@pytest.fixture()
def page(browser, server, requests_seen):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("request", lambda request: requests_seen.append(request.url))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, errors


def _events(web_db, where="true"):
    return query_db(web_db, f"SELECT count(*) FROM events WHERE {where}")[0][0]


def _open_map(page, server, query=""):
    page.goto(f"{server}/{query}")
    expect(page.locator("#status")).to_contain_text(" events (", timeout=60000)
    return page


def _rows(page):
    return page.locator("#events tbody tr").count()


def test_map_shows_the_databases_events(page, server, web_db):
    _open_map(page, server)
    total = _events(web_db)
    placed = _events(web_db, "latitude IS NOT NULL")
    assert page.locator("#status").inner_text().startswith(f"{total} events ({placed} on the map)")
    assert _rows(page) == total
    # Every placed event is on the map, as a circle or inside a cluster's count.
    circles = page.locator("path.event-marker").count()
    clustered = sum(int(t) for t in page.locator(".marker-cluster span").all_inner_texts())
    assert circles + clustered == placed
    assert page.locator("#map path.leaflet-interactive, #map svg path").count() > 0
    assert page.locator("#timeline rect").count() > 0


def test_filter_by_country_is_reflected_in_the_url(page, server, web_db):
    _open_map(page, server)
    page.select_option("select[name=country]", "IQ")
    expect(page).to_have_url(re.compile("country=IQ"))
    iraq = _events(web_db, "country = 'IQ'")
    expect(page.locator("#events tbody tr")).to_have_count(iraq)
    assert all("Iraq" in text for text in page.locator("#events tbody td:nth-child(2)").all_inner_texts())


def test_filter_by_date_from_the_form_and_from_the_url(page, server, web_db):
    _open_map(page, server)
    page.fill("input[name=since]", "2017-06-01")
    page.fill("input[name=until]", "2017-06-30")
    page.locator("input[name=until]").dispatch_event("change")
    june = _events(web_db, "event_date BETWEEN '2017-06-01' AND '2017-06-30'")
    expect(page.locator("#events tbody tr")).to_have_count(june)
    assert "since=2017-06-01" in page.url and "until=2017-06-30" in page.url
    dates = page.locator("#events tbody td:first-child").all_inner_texts()
    assert dates and all("2017-06-01" <= d <= "2017-06-30" for d in dates)
    _open_map(page, server, "?since=2017-06-01&until=2017-06-30&country=SY")
    assert _rows(page) == _events(web_db, "event_date BETWEEN '2017-06-01' AND '2017-06-30' AND country = 'SY'")
    assert page.locator("input[name=since]").input_value() == "2017-06-01"


def test_brushing_the_timeline_picks_a_period(page, server, web_db):
    _open_map(page, server)
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.8, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.99, y, steps=5)
    page.mouse.up()
    expect(page).to_have_url(re.compile("since="))
    since = page.locator("input[name=since]").input_value()
    until = page.locator("input[name=until]").input_value()
    assert since <= until
    assert _rows(page) == _events(web_db, f"event_date BETWEEN '{since}' AND '{until}'") < _events(web_db)


def test_event_page_shows_the_evidence_sentence(page, server, web_db):
    _open_map(page, server, "?grade=fair")
    link = page.locator("#events tbody tr a").first
    event_id = link.get_attribute("href").rsplit("/", 1)[1]
    link.click()
    page.wait_for_selector("q.evidence")
    sentences = [s for (s,) in query_db(web_db, f"SELECT r.sentence FROM reports r, events e WHERE e.event_id = "
                                                f"'{event_id}' AND list_contains(e.report_ids, r.report_id)")]
    shown = page.locator("q.evidence").all_inner_texts()
    assert sentences and any(s.strip() in shown for s in sentences)
    assert page.locator("q.evidence mark.trigger").count() >= 1
    assert "Grade: fair" in page.locator(".grade").inner_text()
    page.click("text=the whole story across outlets")
    page.wait_for_selector(".outlet")
    outlets = query_db(web_db, f"SELECT count(DISTINCT a.outlet) FROM stories s, events e, articles a "
                               f"WHERE e.event_id = '{event_id}' AND s.story_id = e.story_id "
                               "AND list_contains(s.article_ids, a.article_id)")[0][0]
    assert page.locator(".outlet").count() == outlets >= 2


def test_event_page_lists_the_words_behind_each_field(page, server, web_db):
    [(event_id, location)] = query_db(web_db, """
        SELECT e.event_id, e.location FROM events e WHERE e.fatalities_best > 0 AND EXISTS (
            SELECT 1 FROM reports r JOIN field_spans f ON f.record_id = r.report_id AND f.field = 'location'
            WHERE list_contains(e.report_ids, r.report_id) AND r.location = e.location AND f.derivation = 'stated')
        ORDER BY e.event_id LIMIT 1""")
    page.goto(f"{server}/event/{event_id}")
    page.wait_for_selector("table.sources")
    rows = {r.locator("td").first.inner_text(): r for r in page.locator("table.sources tbody tr").all()}
    assert {"location", "event_date", "fatalities_best"} <= set(rows)
    assert rows["location"].locator("td").nth(1).inner_text() == location
    words = set(rows["location"].locator("q.words").all_inner_texts())
    stored = {s for (s,) in query_db(web_db, "SELECT f.surface FROM field_spans f, events e WHERE e.event_id = "
                                             f"'{event_id}' AND list_contains(e.report_ids, f.record_id) "
                                             "AND f.field = 'location'")}
    assert words and words <= stored


def test_article_strings_are_shown_as_text_never_as_markup(page, server, web_db):
    _open_map(page, server)
    assert page.locator("#events tbody img").count() == 0
    assert any(HOSTILE in text for text in page.locator("#events tbody td").all_inner_texts())
    event_id = query_db(web_db, f"SELECT event_id FROM events WHERE location = '{HOSTILE.replace(chr(39), chr(39) * 2)}'")[0][0]
    page.goto(f"{server}/event/{event_id}")
    assert page.locator("article.event img").count() == 0 and HOSTILE in page.locator(".where").inner_text()
    assert page.title() != "1"


def test_claims_tracker_draws_each_claimant(page, server, web_db):
    page.goto(f"{server}/claims")
    claimants = page.locator(".chart-legend li").count()
    assert claimants >= 2 and page.locator(".claims-chart circle").count() >= claimants


def test_no_request_leaves_the_machine(page, server, requests_seen):
    _open_map(page, server)
    page.locator("path.event-marker, .marker-cluster").first.click()
    page.wait_for_timeout(300)
    page.goto(f"{server}/claims")
    outside = [url for url in requests_seen if not url.startswith(server) and not url.startswith("data:")]
    assert requests_seen and not outside


def test_the_map_pages_points_are_the_events_in_columns(server):
    full = json.loads(urllib.request.urlopen(f"{server}/api/events?country=SY").read())
    points = json.loads(urllib.request.urlopen(f"{server}/api/points?country=SY").read())
    assert points["count"] == len(full) > 0
    for i, event in enumerate(full):
        assert points["event_id"][i] == event["event_id"] and points["event_date"][i] == event["event_date"]
        assert points["country_name"]["values"][points["country_name"]["codes"][i]] == event["country_name"]
        assert [points["outlets"]["values"][c] for c in points["outlets"]["codes"][i]] == event["outlets"]
        assert event["latitude"] is None or abs(points["latitude"][i] - event["latitude"]) < 1e-5


def test_pages_forbid_outside_requests_and_writes(server):
    with urllib.request.urlopen(f"{server}/") as response:
        policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy and "http" not in policy
    with pytest.raises(urllib.error.HTTPError) as posted:
        urllib.request.urlopen(urllib.request.Request(f"{server}/api/events", data=b"{}", method="POST"))
    assert posted.value.code == 405


def test_a_busy_database_gets_a_message_not_a_server_error(server, web_db):
    urllib.request.urlopen(f"{server}/api/events?grade=weak").read()
    writer = duckdb.connect(str(web_db))
    writer.execute("CREATE TABLE IF NOT EXISTS busy_marker (x INTEGER)")  # a write: the file changes
    try:
        with urllib.request.urlopen(f"{server}/api/events?grade=weak") as cached:
            assert cached.headers["X-Warlog-Snapshot"] and json.loads(cached.read())
        with pytest.raises(urllib.error.HTTPError) as busy:
            urllib.request.urlopen(f"{server}/api/events?grade=fair&disputed=false")
        assert busy.value.code == 503 and "busy" in json.loads(busy.value.read())["error"]
        with pytest.raises(urllib.error.HTTPError) as page:
            urllib.request.urlopen(f"{server}/story/unknown-story")
        assert page.value.code == 503 and b"is busy" in page.value.read()
    finally:
        writer.close()
    assert urllib.request.urlopen(f"{server}/api/events?grade=fair&disputed=false").status == 200


@pytest.mark.skipif(not os.environ.get("WARLOG_SCREENSHOTS"), reason="writes docs/ screenshots: make screenshots")
def test_screenshots_for_the_readme(page, server, web_db):
    folder = Path(os.environ["WARLOG_SCREENSHOTS"])
    _open_map(page, server, "?country=SY")
    page.wait_for_timeout(500)
    page.screenshot(path=str(folder / "web-map.png"))
    event_id = query_db(web_db, "SELECT event_id FROM events ORDER BY n_sources DESC, event_id LIMIT 1")[0][0]
    page.goto(f"{server}/event/{event_id}")
    page.locator("h2", has_text="Reports behind it").scroll_into_view_if_needed()
    page.screenshot(path=str(folder / "web-event.png"))
