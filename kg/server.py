"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a ``kg build`` output directory.

Routes: ``/`` serves the build's ``graph.html``; ``/sparql`` answers queries as the SPARQL 1.1
Protocol says (``GET ?query=…``, ``POST`` of a form with ``query=…``, ``POST`` of an
``application/sparql-query`` body), so YASGUI, SPARQLWrapper, rdflib's ``SPARQLStore`` and other
RDF tools can use it. Every other path is 404 and every other method 405.

What it refuses, with a one-line plain-text message:

- any update (``update=``, ``application/sparql-update``, or an update sent as a query): 403;
- a malformed request (no or several ``query``, a syntax error with Oxigraph's position,
  ``default-graph-uri``/``named-graph-uri``, ``SERVICE``, ``FROM``): 400;
- a query running past ``timeout`` seconds: 503, and the query is stopped, not just abandoned;
- an ``Accept`` header none of the formats below satisfies: 406;
- a ``Host`` header other than the bound host's names (DNS-rebinding defence): 400.

Content negotiation (``Accept``, with q-values, via python-mimeparse): SELECT and ASK as
``application/sparql-results+json`` (the default), ``+xml``, ``text/csv`` or
``text/tab-separated-values``; CONSTRUCT and DESCRIBE as ``text/turtle`` (the default),
``application/n-triples``, ``application/rdf+xml`` or ``application/ld+json``.

The library: Starlette on uvicorn. Starlette is a small, well-kept ASGI toolkit (Encode; the
base of FastAPI) with the request parsing, routing, file responses and host checking this needs;
being asynchronous, a request waiting for a long query holds no thread. uvicorn is the ASGI
server most used with it; it can be started on a socket we bind (so ``--port 0`` reports the
port it got) and stopped cleanly on Ctrl-C or from a test. The standard library's
``http.server`` has no routing, no request-body limits and no graceful shutdown.

Stopping a query for real: Oxigraph evaluates inside Rust, where nothing can interrupt it, so
queries run in worker processes (Pebble's ``ProcessPool``, whose ``schedule(timeout=…)``
terminates the worker of a task that overruns and starts a fresh one). The workers open the
store read-only (:mod:`kg.exporters.store`), so even an update that got this far could not
write. When the directory has no store, or an older one than its ``graph.ttl``, graph.ttl is
loaded once into a temporary store that is removed when the server stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import shutil
import signal
import socket
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

import mimeparse
import pyoxigraph as ox

from kg.errors import KgError, KgUsageError
from kg.sparql import read_sparql

if TYPE_CHECKING:  # Starlette is imported when the server starts, not by every `kg` command
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0
DEFAULT_WORKERS = 2
#: Largest request body accepted (a query, not data: the endpoint takes no uploads).
MAX_BODY = 1 << 20

#: Media types for SELECT/ASK answers, the first the default.
RESULTS_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
}
#: Media types for CONSTRUCT/DESCRIBE answers, the first the default.
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


# -- worker processes --------------------------------------------------------------------------

#: The store of this worker process, opened once by :func:`_open_worker_store` (the pool's
#: initializer); a worker answers one query at a time.
_WORKER_STORE: list[ox.Store] = []


def _open_worker_store(path: str) -> None:
    # Pebble's SIGTERM handler is Python code, which cannot run while Oxigraph is inside Rust:
    # the worker would be killed only after Pebble's grace period. It holds nothing to clean up
    # (a read-only store), so the default action, dying at once, is what a timeout needs.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER_STORE[:] = [ox.Store.read_only(path)]


@dataclass(frozen=True)
class Answer:
    """What a worker sends back: an HTTP status, a media type and the body."""

    status: int
    media_type: str
    body: bytes


def answer_query(sparql: str, results_type: str | None, graph_type: str | None) -> Answer:
    """Run ``sparql`` on this worker's store and serialize it in the negotiated media type.

    ``results_type``/``graph_type`` are the media types chosen for a SELECT/ASK and for a
    CONSTRUCT/DESCRIBE answer (None when the client accepts none).
    """
    from kg.query import execute

    try:
        results = execute(_WORKER_STORE[0], sparql)
        if isinstance(results, ox.QueryTriples):
            if graph_type is None:
                return _not_acceptable(GRAPH_TYPES)
            body = ox.serialize(results, None, GRAPH_TYPES[graph_type], prefixes=_prefixes(graph_type))
            return Answer(200, graph_type, body or b"")
        if results_type is None:
            return _not_acceptable(RESULTS_TYPES)
        return Answer(200, results_type, results.serialize(None, RESULTS_TYPES[results_type]) or b"")
    except KgUsageError as exc:
        return Answer(400, "text/plain", _line(exc.message))
    except KgError as exc:
        return Answer(500, "text/plain", _line(exc.message))
    except OSError as exc:  # evaluation errors surface while serializing
        return Answer(500, "text/plain", _line(f"SPARQL evaluation failed: {exc}"))


def _prefixes(media_type: str) -> dict[str, str] | None:
    from kg.query import QUERY_PREFIXES

    return QUERY_PREFIXES if media_type == "text/turtle" else None


def _not_acceptable(types: dict) -> Answer:
    return Answer(406, "text/plain", _line("not acceptable: this answer is one of " + ", ".join(types)))


def _line(message: str) -> bytes:
    return (" ".join(str(message).split()) + "\n").encode("utf-8")


# -- the graph being served ----------------------------------------------------------------------


@dataclass
class ServedGraph:
    """The build directory served, the store the workers open, and the temporary copy to remove."""

    out_dir: Path
    store: Path
    temporary: Path | None = None
    triples: int = 0

    @property
    def html(self) -> Path:
        return self.out_dir / "graph.html"

    def close(self) -> None:
        if self.temporary is not None:
            shutil.rmtree(self.temporary, ignore_errors=True)
            self.temporary = None


def serve_graph(out_dir: Path, note: Callable[[str], None] = lambda _m: None) -> ServedGraph:
    """The store of ``out_dir``, or a temporary one loaded from its graph.ttl (see the module doc)."""
    from kg.exporters.store import load_store
    from kg.query import is_store, resolve_graph, turtle_error

    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise KgError("not a directory: give the output directory of `kg build`", str(out_dir))
    source = resolve_graph(out_dir, note)
    if is_store(source):
        return ServedGraph(out_dir, source, triples=len(ox.Store.read_only(str(source))))
    started = time.monotonic()
    temporary = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    try:
        load_store(temporary / "store", source)
    except BaseException as exc:
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(exc, SyntaxError):
            raise turtle_error(exc, source) from exc
        raise
    served = ServedGraph(out_dir, temporary / "store", temporary,
                         triples=len(ox.Store.read_only(str(temporary / "store"))))
    note(f"loaded graph.ttl into a temporary store ({served.triples:,} triples, "
         f"{time.monotonic() - started:.1f} s)")
    return served


# -- the application -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    timeout: float = DEFAULT_TIMEOUT
    workers: int = DEFAULT_WORKERS


def create_app(served: ServedGraph, settings: Settings, allowed_hosts: list[str]) -> Starlette:
    """The Starlette application; its lifespan starts and stops the worker pool."""
    import pebble
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.responses import FileResponse, Response
    from starlette.routing import Route

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["kg.server", "kg.query"])
        pool = pebble.ProcessPool(
            max_workers=settings.workers,
            initializer=_open_worker_store,
            initargs=(str(served.store),),
            context=context,
        )
        app.state.pool = pool
        try:
            yield
        finally:
            pool.stop()
            pool.join(timeout=10)

    async def index(_request: Request) -> Response:
        if not served.html.is_file():
            return _plain(404, "no graph.html in this build")
        return FileResponse(served.html, media_type="text/html; charset=utf-8", headers=_SAFE_HEADERS)

    async def sparql(request: Request) -> Response:
        try:
            text = await _read_query(request)
        except _Refused as refused:
            return _plain(refused.status, refused.message)
        form = read_sparql(text)
        if form.is_update:
            return _plain(403, "updates are not allowed: this endpoint is read-only")
        accept = request.headers.get("accept") or "*/*"
        results_type = _negotiate(RESULTS_TYPES, accept)
        graph_type = _negotiate(GRAPH_TYPES, accept)
        wanted = graph_type if form.form in ("CONSTRUCT", "DESCRIBE") else results_type
        if wanted is None and form.form is not None:
            types = GRAPH_TYPES if form.form in ("CONSTRUCT", "DESCRIBE") else RESULTS_TYPES
            return _plain(406, "not acceptable: this answer is one of " + ", ".join(types))
        future = request.app.state.pool.schedule(
            answer_query, args=(text, results_type, graph_type), timeout=settings.timeout
        )
        try:
            answer = await asyncio.wrap_future(future)
        except (FutureTimeout, asyncio.TimeoutError, TimeoutError):
            # one class from Python 3.11; on 3.10 wrap_future turns Pebble's into asyncio's
            return _plain(503, f"query stopped: it ran longer than the {settings.timeout:g} s timeout")
        except Exception as exc:  # a worker that died (pebble's ProcessExpired) and the like
            return _plain(500, f"query failed: {type(exc).__name__}: {exc}")
        headers = dict(_SAFE_HEADERS)
        media_type = answer.media_type
        if media_type.startswith("text/"):
            media_type += "; charset=utf-8"
        return Response(answer.body, status_code=answer.status, media_type=media_type, headers=headers)

    return Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/sparql", sparql, methods=["GET", "POST"]),
        ],
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)],
        lifespan=lifespan,
    )


_SAFE_HEADERS = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _plain(status: int, message: str) -> Response:
    from starlette.responses import PlainTextResponse

    return PlainTextResponse(_line(message).decode("utf-8"), status_code=status, headers=_SAFE_HEADERS)


def _negotiate(types: dict, accept: str) -> str | None:
    try:
        best = mimeparse.best_match(list(reversed(types)), accept)  # ties go to the last: the default
    except (ValueError, IndexError):
        return None
    return best or None


async def _read_query(request: Request) -> str:
    """The query text of a SPARQL 1.1 Protocol request, or :class:`_Refused` (400/403/413/415)."""
    params = list(request.query_params.multi_items())
    content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if request.method == "POST":
        body = await _body(request)
        if content_type == "application/sparql-update":
            raise _Refused(403, "updates are not allowed: this endpoint is read-only")
        if content_type == "application/sparql-query":
            if any(k == "query" for k, _ in params):
                raise _Refused(400, "give the query in the body or in the URL, not both")
            params.append(("query", _utf8(body)))
        elif content_type == "application/x-www-form-urlencoded":
            params += parse_qsl(_utf8(body), keep_blank_values=True)
        else:
            raise _Refused(
                415,
                "POST a form (application/x-www-form-urlencoded) or application/sparql-query",
            )
    names = [k for k, _ in params]
    if "update" in names:
        raise _Refused(403, "updates are not allowed: this endpoint is read-only")
    if "default-graph-uri" in names or "named-graph-uri" in names:
        raise _Refused(400, "default-graph-uri and named-graph-uri are not supported: kg serves one graph")
    queries = [v for k, v in params if k == "query"]
    if len(queries) != 1:
        raise _Refused(400, "give exactly one query parameter (SPARQL 1.1 Protocol)"
                       if queries else "missing query: send ?query=… (SPARQL 1.1 Protocol)")
    return queries[0]


async def _body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise _Refused(413, f"request body over {MAX_BODY} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise _Refused(413, f"request body over {MAX_BODY} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise _Refused(400, "the request body is not UTF-8") from None


# -- running -------------------------------------------------------------------------------------

LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1"]


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host``:``port`` (0: any free port); a clear error if taken."""
    try:
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as exc:
        raise KgUsageError(f"cannot serve on host {host!r}: {exc.strerror}") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise KgError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def allowed_hosts(host: str) -> list[str]:
    """Host headers accepted: the loopback names, or any when bound to every interface."""
    if host in ("0.0.0.0", "::", ""):
        return ["*"]
    names = {*LOOPBACK_NAMES, host.strip("[]")}
    return sorted(names | {f"[{name}]" for name in names if ":" in name})  # IPv6 as Host writes it


def is_loopback(host: str) -> bool:
    import ipaddress

    try:
        return ipaddress.ip_address(socket.gethostbyname(host) if host != "::1" else host).is_loopback
    except (OSError, ValueError):
        return False


def run(
    served: ServedGraph,
    sock: socket.socket,
    settings: Settings,
    host: str,
    log_level: str = "warning",
) -> None:
    """Serve until Ctrl-C (or SIGTERM); the worker pool and any temporary store are gone after."""
    import uvicorn

    app = create_app(served, settings, allowed_hosts(host))
    config = uvicorn.Config(app, log_level=log_level, lifespan="on", access_log=log_level == "info")
    # uvicorn shuts down gracefully on SIGINT and SIGTERM, then raises the signal again with the
    # handler it found: make SIGTERM, like Ctrl-C, an exception, so the cleanup below runs.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        sock.close()
        served.close()


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt
