"""`warlog serve`: a read-only web view of a warlog database (map, timeline, event, story and claims pages).

In the manner of Datasette: one app object over one database, Jinja templates with autoescape,
static files from installed packages (Leaflet and its cluster plugin from the ``xstatic-*``
packages, country outlines from Natural Earth, see :mod:`warlog.web.outlines`), and nothing that
writes. A request opens its own short-lived read-only connection, so a ``warlog run`` can write
between requests (an answer already read while the file has not changed since is served again
without opening it); while a writer holds the file, a page answers from the last copy it read (with
a note saying so) or with a clear "busy" message and status 503, never a server error.

Security: every string from an article reaches the page through Jinja's escaping or the DOM's
``textContent``; the Content-Security-Policy lets the page load nothing from outside the server
(a tile server the user configures is the one exception); the server listens on 127.0.0.1 unless
told otherwise; only GET and HEAD are routed.

DOCS: docs/web.md
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from warlog.errors import Errors, WarlogError
from warlog.store import Store
from warlog.store.filters import check_grade, country_code, parse_day
from warlog.store.pages import claims_series, event_page, story_page
from warlog.store.queries import EventFilter, event_json, event_points, facets
from warlog.web.charts import claims_chart
from warlog.web.outlines import outlines_bytes

#: Query parameters of the map page and /api/events, as the URL shows them.
FILTER_PARAMS = ("country", "admin1", "type", "sub_type", "actor", "outlet", "grade", "disputed", "since", "until")
#: gzip level of responses: 1 packs the map's 1 MB of points to a quarter in about 15 ms; Starlette's
#: default, 9, gains a fifth more and takes half a second, which a local page would wait for each time.
GZIP_LEVEL = 1
#: Pages kept to answer while the database is busy.
SNAPSHOTS = 256


class Busy(Exception):
    """The database is locked by a writer."""


@dataclass
class Settings:
    db: Path
    tiles: str | None = None
    tiles_attribution: str = ""


def content_security_policy(tiles: str | None) -> str:
    """Nothing from outside the server, except map tiles from a server the user named."""
    images = "'self' data:"
    if tiles:
        parts = urlsplit(tiles.replace("{s}", "a"))
        images += f" {parts.scheme}://{parts.netloc.replace('a.', '*.', 1) if '{s}' in tiles else parts.netloc}"
    return ("default-src 'none'; script-src 'self'; style-src 'self'; "
            f"img-src {images}; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'")


def filters_from(params) -> EventFilter:
    """An :class:`EventFilter` from the URL's query parameters; bad values raise WarlogError."""
    disputed = params.get("disputed")
    return EventFilter(
        country=country_code(params["country"]) if params.get("country") else None,
        since=parse_day(params.get("since") or None, "since"),
        until=parse_day(params.get("until") or None, "until"),
        event_type=params.get("type") or None,
        grade=check_grade(params.get("grade") or None),
        admin1=params.get("admin1") or None,
        sub_event_type=params.get("sub_type") or None,
        actor=params.get("actor") or None,
        outlet=params.get("outlet") or None,
        disputed={"true": True, "false": False}.get(disputed) if disputed else None,
    )


class WebView:
    """The app's state: settings, templates, and the last good answer to each URL."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.templates = Environment(loader=PackageLoader("warlog.web", "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True))
        self.templates.filters["number"] = _number
        self.snapshots: OrderedDict[str, tuple[float, Response, tuple]] = OrderedDict()

    def stamp(self) -> tuple:
        """What changes when the database does: size and modification time of the file and its WAL.
        An answer read at the same stamp is the answer now, so it is served without opening the file."""
        files = (self.settings.db, self.settings.db.with_name(self.settings.db.name + ".wal"))
        return tuple((s.st_size, s.st_mtime_ns) for s in (f.stat() for f in files if f.exists()))

    def store(self) -> Store:
        """A read-only connection for one request."""
        if not self.settings.db.exists():
            raise WarlogError(Errors.E006.format(path=self.settings.db))
        try:
            return Store(self.settings.db, read_only=True)
        except WarlogError as err:
            if "lock" in str(err).lower():
                raise Busy() from None
            raise

    def render(self, name: str, status: int = 200, **context) -> HTMLResponse:
        html = self.templates.get_template(name).render(tiles=self.settings.tiles, **context)
        return HTMLResponse(html, status_code=status)

    def answer(self, request: Request, build, *, json: bool = False) -> Response:
        """``build(store)``'s response; while the database is busy, the last one for this URL, or a 503."""
        key = str(request.url.path) + "?" + str(request.url.query)
        stamp = self.stamp()
        if key in self.snapshots and self.snapshots[key][2] == stamp:
            return _copy(self.snapshots[key][1])
        try:
            with self.store() as store:
                response = build(store)
        except Busy:
            return self._busy(key, json)
        except WarlogError as err:
            if json:
                return JSONResponse({"error": str(err)}, status_code=400)
            return self.render("message.html", status=400, title="Cannot show this", message=str(err))
        if response.status_code == 200:
            self.snapshots[key] = (time.time(), response, stamp)
            self.snapshots.move_to_end(key)
            while len(self.snapshots) > SNAPSHOTS:
                self.snapshots.popitem(last=False)
        return _copy(response)

    def _busy(self, key: str, json: bool) -> Response:
        message = Errors.E017.format(path=self.settings.db.name)
        if key in self.snapshots:
            when, response, _ = self.snapshots[key]
            read_at = time.strftime("%H:%M:%S", time.localtime(when))
            return _copy(response, {"X-Warlog-Snapshot": read_at})
        if json:
            return JSONResponse({"error": message, "busy": True}, status_code=503, headers={"Retry-After": "5"})
        return self.render("message.html", status=503, title="The database is busy", message=message,
                           retry=True)


def _copy(response: Response, headers: dict | None = None) -> Response:
    """A new response with ``response``'s body: the one kept is never sent, since sending it through the
    gzip middleware rewrites its headers in place."""
    return Response(response.body, status_code=response.status_code, media_type=response.media_type, headers=headers)


def _number(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def create_app(db: str | Path, *, tiles: str | None = None, tiles_attribution: str = "") -> Starlette:
    """The web view of ``db``. ``tiles``: an online tile URL template (``https://{s}.tile.../{z}/{x}/{y}.png``);
    without it the map draws country outlines only and makes no request outside the server.

    Example:
        >>> uvicorn.run(create_app("warlog.duckdb"), host="127.0.0.1", port=8000)
    """
    view = WebView(Settings(Path(db), tiles, tiles_attribution))
    policy = content_security_policy(tiles)

    async def index(request: Request) -> Response:
        return view.answer(request, lambda store: view.render(
            "index.html", tiles_attribution=tiles_attribution, db_name=view.settings.db.name))

    async def api_events(request: Request) -> Response:
        filters = filters_from(request.query_params)
        return view.answer(request, lambda store: Response(event_json(store, filters), media_type="application/json"),
                           json=True)

    async def api_points(request: Request) -> Response:
        filters = filters_from(request.query_params)
        return view.answer(request, lambda store: JSONResponse(event_points(store, filters)), json=True)

    async def api_facets(request: Request) -> Response:
        return view.answer(request, lambda store: JSONResponse(facets(store)), json=True)

    async def event(request: Request) -> Response:
        def build(store):
            page = event_page(store, request.path_params["event_id"])
            if page is None:
                return view.render("message.html", status=404, title="No such event",
                                   message=Errors.E011.format(event_id=request.path_params["event_id"]))
            return view.render("event.html", **page)
        return view.answer(request, build)

    async def story(request: Request) -> Response:
        def build(store):
            page = story_page(store, request.path_params["story_id"])
            if page is None:
                return view.render("message.html", status=404, title="No such story",
                                   message=f"No story {request.path_params['story_id']!r} in this database.")
            return view.render("story.html", **page)
        return view.answer(request, build)

    async def claims(request: Request) -> Response:
        def build(store):
            country = request.query_params.get("country")
            series = claims_series(store, country=country_code(country) if country else None)
            return view.render("claims.html", series=series, chart=claims_chart(series), country=country or "")
        return view.answer(request, build)

    async def outlines(request: Request) -> Response:
        return Response(outlines_bytes(), media_type="application/geo+json",
                        headers={"Cache-Control": "max-age=86400"})

    return Starlette(routes=[
        Route("/", index),
        Route("/api/events", api_events),
        Route("/api/points", api_points),
        Route("/api/facets", api_facets),
        Route("/event/{event_id}", event),
        Route("/story/{story_id}", story),
        Route("/claims", claims),
        Route("/outlines.geojson", outlines),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static/leaflet", StaticFiles(directory=xstatic.pkg.leaflet.BASE_DIR)),
        Mount("/static/markercluster", StaticFiles(directory=xstatic.pkg.leaflet_markercluster.BASE_DIR)),
        Mount("/static", StaticFiles(packages=[("warlog.web", "static")])),
    ], middleware=[Middleware(SecurityHeaders, policy=policy),
                   Middleware(GZipMiddleware, minimum_size=1000, compresslevel=GZIP_LEVEL)],
        exception_handlers={WarlogError: lambda request, err: _error(view, request, err)})


class SecurityHeaders:
    """Adds the Content-Security-Policy and its companions to every response, static files included."""

    def __init__(self, app, policy: str):
        self.app = app
        self.headers = [(b"content-security-policy", policy.encode()), (b"x-content-type-options", b"nosniff"),
                        (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]

    async def __call__(self, scope, receive, send):
        async def with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.headers]}
            await send(message)

        await self.app(scope, receive, with_headers)


def _error(view: WebView, request: Request, err: WarlogError) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": str(err)}, status_code=400)
    return view.render("message.html", status=400, title="Cannot show this", message=str(err))


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, tiles: str | None = None,
          tiles_attribution: str = "") -> None:
    """Run the web view until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db, tiles=tiles, tiles_attribution=tiles_attribution), host=host, port=port,
                log_level="warning")


