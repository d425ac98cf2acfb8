"""kg serve: a real server on a free loopback port, queried with real clients (SPARQLWrapper,
rdflib's SPARQLStore), compared with kg query; refusals (403, 400, 406, 503), graph.html, and a
clean stop.

Each server is ``python -m kg serve DIR --port 0`` in a subprocess; its first stdout line says the
URL. The served build is the seed plus examples/news.jsonl dated by examples/dates.csv (so the
time-fact queries have rows too), once with an Oxigraph store written by ``kg export`` and once
with graph.ttl only (the server then loads a temporary store and must remove it when it stops).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.query import query_files

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "output"
PREFIXES = (
    "PREFIX kg: <https://w3id.org/kg-news/ontology#>\nPREFIX schema: <https://schema.org/>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
)
#: The README's ad-hoc queries (its `kg query` line and its sparql blocks), prefixes left to kg.
README_QUERIES = [
    "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name",
    "SELECT ?who ?company WHERE { ?p kg:leads ?c . ?p rdfs:label ?who . ?c rdfs:label ?company }",
    "SELECT ?sentence ?rule WHERE { ?a rdf:subject ?s ; rdf:predicate kg:subsidiaryOf ; kg:evidence ?e . "
    "?e kg:sentence ?sentence ; kg:rule ?rule . }",
    "SELECT ?article (COUNT(?e) AS ?entities) WHERE { ?d a schema:NewsArticle ; "
    "schema:identifier ?article ; schema:mentions ?e } GROUP BY ?article",
]
COUNT_ALL = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
#: A join of every triple with every other twice over: ~10^9 rows on the seed graph.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=300)


@dataclass
class Server:
    proc: subprocess.Popen[str]
    url: str  # http://127.0.0.1:PORT/

    @property
    def endpoint(self) -> str:
        return self.url + "sparql"

    def stop(self, sig: int = signal.SIGINT) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        return self.proc.wait(timeout=30)

    def kill(self) -> None:
        """After a failed test: never leave a server running."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)


def start(out_dir: Path, *args: str) -> Server:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(out_dir), "--port", "0", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    line = proc.stdout.readline()  # blocks until the server says where it is, or exits
    m = re.search(r"graph (http://\S+/) ", line)
    if not m:
        proc.kill()
        pytest.fail(f"kg serve did not start: {line!r} {proc.stderr.read()}")
    server = Server(proc, m.group(1))
    deadline = time.monotonic() + 30
    while True:  # the socket listens before uvicorn's lifespan (the worker pool) is ready
        try:
            get(server.url)
            return server
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                server.stop(signal.SIGKILL)
                pytest.fail("kg serve did not answer within 30 s")
            time.sleep(0.1)


@pytest.fixture(scope="module")
def build_with_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serve") / "out"
    proc = kg("build", str(ROOT / "seeds"), str(ROOT / "examples" / "news.jsonl"),
              "--dates", str(ROOT / "examples" / "dates.csv"), "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    proc = kg("export", str(out), "store")
    assert proc.returncode == 0, proc.stderr
    assert (out / "oxigraph").is_symlink()
    return out


@pytest.fixture(scope="module")
def server(build_with_store: Path) -> Iterator[Server]:
    s = start(build_with_store, "--timeout", "2")
    try:
        yield s
        assert s.stop() == 0
    finally:
        s.kill()


@dataclass
class Reply:
    status: int
    content_type: str
    body: bytes


def get(url: str, headers: dict[str, str] | None = None) -> Reply:
    return request(urllib.request.Request(url, headers=headers or {}))


def request(req: urllib.request.Request) -> Reply:
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return Reply(r.status, r.headers.get("content-type", ""), r.read())
    except urllib.error.HTTPError as e:
        return Reply(e.code, e.headers.get("content-type", ""), e.read())


def query_url(server: Server, sparql: str, **extra: str) -> str:
    return server.endpoint + "?" + urllib.parse.urlencode({"query": sparql, **extra})


def triples_in(out_dir: Path) -> list[str]:
    """The row a COUNT(*) over the served graph must give: rdflib's count of graph.ttl."""
    return [str(len(Graph().parse(out_dir / "graph.ttl", format="turtle")))]


def kg_query_rows(graph: Path, sparql: str) -> list[list[str]]:
    proc = kg("query", str(graph), sparql, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return rows_of(json.loads(proc.stdout))


def rows_of(doc: dict) -> list[list[str]]:
    names = doc["head"]["vars"]
    return [[b.get(n, {}).get("value", "") for n in names] for b in doc["results"]["bindings"]]


def wrapper_rows(server: Server, sparql: str, method: str = "GET") -> list[list[str]]:
    client = SPARQLWrapper(server.endpoint)
    client.setMethod(method)
    client.setQuery(sparql)
    client.setReturnFormat(JSON)
    return rows_of(client.queryAndConvert())


def all_queries() -> list[tuple[str, str]]:
    files = [(name, path.read_text(encoding="utf-8")) for name, path in query_files().items()]
    return files + [(f"readme{i}", PREFIXES + q) for i, q in enumerate(README_QUERIES)]


# -- the same rows through kg query and through HTTP -----------------------------------------------


@pytest.mark.parametrize(("name", "sparql"), all_queries(), ids=[n for n, _ in all_queries()])
def test_readme_queries_give_the_same_rows_over_http(
    server: Server, build_with_store: Path, name: str, sparql: str
) -> None:
    expected = kg_query_rows(build_with_store / "graph.ttl", sparql)
    assert expected, f"{name} has no rows on the served build: the comparison would prove nothing"
    ordered = "ORDER BY" in sparql
    for method in ("GET", "POST"):
        got = wrapper_rows(server, sparql, method)
        assert (got if ordered else sorted(got)) == (expected if ordered else sorted(expected)), method


def test_predeclared_prefixes_work_over_http(server: Server, build_with_store: Path) -> None:
    """The README's one-liner, without PREFIX lines, as kg query takes it."""
    rows = wrapper_rows(server, README_QUERIES[0])
    assert rows == kg_query_rows(build_with_store, README_QUERIES[0])


def test_rdflib_sparqlstore_reads_the_endpoint(server: Server, build_with_store: Path) -> None:
    store = SPARQLStore(server.endpoint, returnFormat="json")
    g = Graph(store=store)
    sparql = query_files()["who_leads_what"].read_text(encoding="utf-8")
    got = [[str(v) for v in row] for row in g.query(sparql)]
    assert got == kg_query_rows(build_with_store, sparql)
    assert g.query("ASK { ?x <https://w3id.org/kg-news/ontology#leads> ?y }").askAnswer is True


def test_construct_is_turtle_and_negotiable(server: Server) -> None:
    sparql = "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a schema:Person ; rdfs:label ?n }"
    turtle = get(query_url(server, sparql))
    assert turtle.status == 200 and turtle.content_type.startswith("text/turtle")
    people = Graph().parse(data=turtle.body.decode("utf-8"), format="turtle")
    nt = get(query_url(server, sparql), {"Accept": "application/n-triples"})
    assert nt.content_type.startswith("application/n-triples")
    assert len(Graph().parse(data=nt.body.decode("utf-8"), format="nt")) == len(people) > 5


def test_result_formats_are_negotiated(server: Server) -> None:
    sparql = PREFIXES + "SELECT ?n WHERE { ?p a schema:Person ; rdfs:label ?n } ORDER BY ?n LIMIT 2"
    csv = get(query_url(server, sparql), {"Accept": "text/csv"})
    assert csv.content_type.startswith("text/csv") and csv.body.startswith(b"n\r\n")
    tsv = get(query_url(server, sparql), {"Accept": "text/tab-separated-values"})
    assert tsv.body.startswith(b'?n\n"') and b'"@ja' in tsv.body
    xml = get(query_url(server, sparql), {"Accept": "application/sparql-results+xml;q=1, */*;q=0.1"})
    assert xml.content_type.startswith("application/sparql-results+xml") and b"<sparql" in xml.body
    default = get(query_url(server, sparql), {"Accept": "*/*"})
    assert default.content_type.startswith("application/sparql-results+json")
    refused = get(query_url(server, sparql), {"Accept": "image/png"})
    assert refused.status == 406


def test_graph_html_at_the_root(server: Server, build_with_store: Path) -> None:
    page = get(server.url)
    assert page.status == 200 and page.content_type.startswith("text/html")
    assert page.body == (build_with_store / "graph.html").read_bytes()
    assert get(server.url + "graph.ttl").status == 404  # nothing else of the directory is served


# -- refusals ------------------------------------------------------------------------------------


def test_updates_are_refused_with_403(server: Server, build_with_store: Path) -> None:
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    client = SPARQLWrapper(server.endpoint)  # sends an update as update= in a POST
    client.setMethod("POST")
    client.setQuery(update)
    with pytest.raises(urllib.error.HTTPError) as err:
        client.query()
    assert err.value.code == 403
    body = update.encode()
    as_update = urllib.request.Request(server.endpoint, body, {"Content-Type": "application/sparql-update"})
    assert request(as_update).status == 403
    assert get(query_url(server, update)).status == 403  # an update sent as a query
    assert get(query_url(server, "DROP ALL")).status == 403
    assert wrapper_rows(server, COUNT_ALL)[0] == triples_in(build_with_store)


def test_a_bad_query_is_400_with_the_parsers_message(server: Server) -> None:
    client = SPARQLWrapper(server.endpoint)
    client.setQuery("SELECT ?x WHERE { ?x ?y }")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed) as err:
        client.query()
    assert "error at 1:" in str(err.value)
    reply = get(query_url(server, "SELECT ?x WHERE { ?x foo:bar ?y }"))
    assert reply.status == 400 and b"undeclared prefix" in reply.body


@pytest.mark.parametrize(
    "url_tail",
    [
        "sparql",  # no query
        "sparql?query=ASK%7B%7D&query=ASK%7B%7D",  # two
        "sparql?query=ASK%7B%7D&default-graph-uri=http%3A%2F%2Fexample.org%2Fg",
        "sparql?query=" + urllib.parse.quote("SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"),
        "sparql?query=" + urllib.parse.quote("SELECT * FROM <http://example.org/x> { ?s ?p ?o }"),
    ],
    ids=["missing", "twice", "default-graph-uri", "service", "from"],
)
def test_malformed_requests_are_400_with_a_message(server: Server, url_tail: str) -> None:
    reply = get(server.url + url_tail)
    assert reply.status == 400
    assert reply.content_type.startswith("text/plain") and reply.body.strip()


def test_other_methods_paths_bodies_and_hosts_are_refused(server: Server) -> None:
    put = urllib.request.Request(server.endpoint, b"x", method="PUT")
    assert request(put).status == 405
    assert get(server.url + "admin").status == 404
    form = urllib.request.Request(server.endpoint, b"query=ASK{}", {"Content-Type": "text/plain"})
    assert request(form).status == 415
    assert get(server.url, {"Host": "attacker.example"}).status == 400  # DNS rebinding


def test_a_slow_query_is_stopped_with_503(server: Server, build_with_store: Path) -> None:
    """The worker running the query is killed, not left burning a core after the 503."""
    assert get(query_url(server, "ASK {}")).status == 200  # the pool starts its workers with the first query
    before = descendants(server.proc.pid)
    started = time.monotonic()
    reply = get(query_url(server, ENDLESS))
    elapsed = time.monotonic() - started
    assert reply.status == 503 and b"timeout" in reply.body
    assert elapsed < 10, elapsed  # --timeout 2
    time.sleep(0.5)
    after = descendants(server.proc.pid)
    assert before - after, "no worker process was stopped"
    assert cpu_seconds(after, 1.0) < 0.5, "a process is still computing after the timeout"
    # and the server goes on answering
    assert wrapper_rows(server, COUNT_ALL)[0] == triples_in(build_with_store)


def descendants(pid: int) -> set[int]:
    found: set[int] = set()
    todo = [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                kids = (task / "children").read_text().split()
            except OSError:
                continue
            for kid in map(int, kids):
                if kid not in found:
                    found.add(kid)
                    todo.append(kid)
    return found


def survivors(pids: set[int], wait: float = 5.0) -> list[str]:
    """The processes still alive (not zombies) ``wait`` seconds after their server exited: the
    forkserver and the resource tracker notice the end of the server by a closed pipe, a moment later."""
    deadline = time.monotonic() + wait
    while True:
        alive = []
        for pid in pids:
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                continue
            if stat.rsplit(")", 1)[1].split()[0] != "Z":
                alive.append(stat[: stat.rindex(")") + 1])
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def _cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_seconds(pids: set[int], window: float) -> float:
    """CPU seconds the processes use over ``window`` seconds of wall time."""
    start = {p: _cpu(p) for p in pids}
    time.sleep(window)
    return sum(max(0.0, _cpu(p) - start[p]) for p in pids)


# -- start and stop ------------------------------------------------------------------------------


def test_loopback_by_default_and_a_clean_stop_without_a_store(tmp_path: Path) -> None:
    """graph.ttl only: a temporary store is loaded, and removed when Ctrl-C stops the server."""
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(OUTPUT / "graph.ttl", out / "graph.ttl")
    before = set(Path(os.environ.get("TMPDIR", "/tmp")).glob("kg-serve-*"))
    s = start(out)
    try:
        assert s.url.startswith("http://127.0.0.1:")
        created = set(Path(os.environ.get("TMPDIR", "/tmp")).glob("kg-serve-*")) - before
        assert len(created) == 1
        assert get(s.url).status == 404  # no graph.html in this directory
        assert wrapper_rows(s, COUNT_ALL)[0] == triples_in(out)
        children = descendants(s.proc.pid)
        assert children, "no worker processes"
        assert s.stop(signal.SIGINT) == 0
    finally:
        s.kill()
    assert not survivors(children), "worker processes outlived the server"
    assert not any(p.exists() for p in created), "the temporary store was left behind"


def test_sigterm_stops_cleanly_too(build_with_store: Path) -> None:
    s = start(build_with_store)
    try:
        children = descendants(s.proc.pid)
        assert s.stop(signal.SIGTERM) == 0
    finally:
        s.kill()
    assert not survivors(children)


def test_ipv6_loopback_with_its_host_header(build_with_store: Path) -> None:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError as exc:
        pytest.skip(f"no IPv6 loopback on this machine: {exc}")
    s = start(build_with_store, "--host", "::1")
    try:
        assert s.url.startswith("http://[::1]:")
        assert get(query_url(s, "ASK {}")).status == 200  # Host: [::1]:PORT is accepted
        assert get(s.url, {"Host": "attacker.example"}).status == 400
    finally:
        s.kill()


def test_a_taken_port_and_a_missing_directory_are_one_line_errors(server: Server, tmp_path: Path) -> None:
    port = server.url.rsplit(":", 1)[1].strip("/")
    proc = kg("serve", str(OUTPUT), "--port", port)
    assert proc.returncode == 1 and proc.stderr.startswith("kg: error: cannot serve on 127.0.0.1:")
    proc = kg("serve", str(tmp_path / "nope"), "--port", "0")
    assert proc.returncode == 1 and proc.stderr.startswith("kg: error: not a directory")
    assert proc.stderr.count("\n") == 1
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "graph.ttl").write_text('<http://a> <http://b> "unterminated .\n', encoding="utf-8")
    before = set(Path(os.environ.get("TMPDIR", "/tmp")).glob("kg-serve-*"))
    proc = kg("serve", str(bad), "--port", "0")
    assert proc.returncode == 1 and proc.stderr.startswith("kg: error: not valid Turtle: ")
    assert f"({bad / 'graph.ttl'}:1)" in proc.stderr and proc.stderr.count("\n") == 1
    assert set(Path(os.environ.get("TMPDIR", "/tmp")).glob("kg-serve-*")) == before
