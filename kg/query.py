"""``kg query``: SPARQL over a kg graph with Oxigraph (``pyoxigraph``), offline.

A *graph* is one of

- a Turtle file (``graph.ttl``): parsed into an in-memory Oxigraph store; from a big file
  (:data:`SELECTIVE_LOAD_BYTES` or more) only the triples whose predicates the query names, when
  every triple pattern names one (:func:`kg.sparql.predicates_read`);
- an Oxigraph store directory (``OUT/oxigraph``, written by ``kg build --with store`` or
  ``kg export OUT store``): opened read-only, nothing is parsed, so a 100,000-entity graph
  answers at once;
- a ``kg build`` output directory: its store when it has one, else its ``graph.ttl``.

Oxigraph rather than rdflib: rdflib's pure-Python SPARQL engine took 49.6 s for one COUNT over a
20,000-entity graph, Oxigraph 3.3 s including the parse (``bench/query_bench.py`` has today's
figures). The prefixes of :data:`kg.vocab.PREFIXES` are predeclared. Before Oxigraph sees a
query, :mod:`kg.sparql` refuses what kg does not offer: updates (the graph is read-only),
``SERVICE`` (Oxigraph would call the network) and ``FROM`` (there is one graph). Syntax errors are
Oxigraph's parser message with its ``line:column``, on one line.

Results: SELECT and ASK as a rich table or in the W3C SPARQL 1.1 results formats (JSON,
``application/sparql-results+json``; CSV; TSV), streamed by Oxigraph's own serializers;
CONSTRUCT and DESCRIBE as Turtle with the kg prefixes. Rows come in Oxigraph's order, which is
the same on every run over the same graph; write ``ORDER BY`` for a defined order.
The README's example queries ship as ``kg/data/queries/*.rq`` (see :func:`query_files`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rich.table import Table
from rich.text import Text

from kg.errors import KgError, KgUsageError
from kg.sparql import predicates_read, read_sparql
from kg.vocab import PREFIXES

#: Name of the store directory inside a ``kg build`` output directory.
STORE_DIR = "oxigraph"
#: The prefixes every query may use without declaring them, as Oxigraph takes them.
QUERY_PREFIXES: dict[str, str] = {name: str(ns) for name, ns in PREFIXES.items()}
#: From a Turtle file this big, ``kg query`` loads only the triples a query can read: filling
#: Oxigraph's in-memory store is most of the time a query on a big file takes (a 244 MB graph.ttl:
#: 35 s for all 6.5 million triples, 11 s parsing them all and keeping 40,000; bench/query_bench.py).
SELECTIVE_LOAD_BYTES = 16_000_000
#: A syntax error's list of expected tokens is cut after this many characters.
MAX_ERROR_CHARS = 200


class ResultFormat(str, Enum):
    """How ``kg query`` writes an answer."""

    table = "table"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    turtle = "turtle"


#: The W3C results format of each tabular output format.
RESULTS_FORMATS = {
    ResultFormat.json: ox.QueryResultsFormat.JSON,
    ResultFormat.csv: ox.QueryResultsFormat.CSV,
    ResultFormat.tsv: ox.QueryResultsFormat.TSV,
}

Results = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass
class QueryResult:
    """A SELECT or ASK answer in memory: column names and rows of terms (``None`` when unbound).

    CONSTRUCT and DESCRIBE give ``subject``, ``predicate``, ``object`` rows, one per triple.
    """

    columns: list[str]
    rows: list[list[Term | None]]


def query_files() -> dict[str, Path]:
    """The example queries shipped with kg, by name (file stem)."""
    folder = resources.files("kg") / "data" / "queries"
    return {
        Path(p.name).stem: Path(str(p))
        for p in sorted(folder.iterdir(), key=lambda p: p.name)
        if p.name.endswith(".rq")
    }


# -- opening a graph ------------------------------------------------------------------------------


def is_store(path: Path) -> bool:
    """Whether ``path`` is an Oxigraph (RocksDB) store directory."""
    return path.is_dir() and (path / "CURRENT").is_file()


def is_stale(store: Path, ttl: Path) -> bool:
    """Whether the store was written before graph.ttl (a later ``kg build`` without ``--with store``)."""
    return ttl.is_file() and os.lstat(store).st_mtime < ttl.stat().st_mtime


def resolve_graph(path: str | Path, note: Callable[[str], None] | None = None) -> Path:
    """The file or store a GRAPH argument names: for a build directory its store, unless graph.ttl
    is newer (then graph.ttl, and ``note`` says why), else its graph.ttl."""
    path = Path(path)
    if path.is_dir() and not is_store(path):
        store, ttl = path / STORE_DIR, path / "graph.ttl"
        if is_store(store) and not is_stale(store, ttl):
            return store
        if ttl.is_file():
            if is_store(store) and note is not None:
                note(f"{store} is older than graph.ttl; reading graph.ttl (refresh: kg export {path} store)")
            return ttl
        raise KgError("not a graph: a directory with neither an Oxigraph store nor graph.ttl", str(path))
    if not path.exists():
        raise KgError("graph file not found", str(path))
    return path


def open_store(
    path: str | Path, note: Callable[[str], None] | None = None, sparql: str | None = None
) -> ox.Store:
    """An Oxigraph store of the graph at ``path`` (see the module docstring); read-only on disk.

    Given the one query it is opened for, a big Turtle file is loaded only as far as that query reads.
    """
    path = resolve_graph(path, note)
    if is_store(path):
        return open_store_dir(path)
    predicates = None
    if sparql is not None and path.is_file() and path.stat().st_size >= SELECTIVE_LOAD_BYTES:
        predicates = predicates_read(sparql, QUERY_PREFIXES)
    return load_turtle(path, predicates=predicates)


def open_store_dir(path: Path) -> ox.Store:
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise KgError(f"cannot open the Oxigraph store: {_one_line(exc)}", str(path)) from exc


def load_turtle(
    path: str | Path, store: ox.Store | None = None, predicates: frozenset[str] | None = None
) -> ox.Store:
    """Parse a Turtle file into ``store`` (a new in-memory one by default); errors name file and line.

    With ``predicates``, only the triples whose predicate is one of those IRIs are kept.
    """
    path = Path(path)
    if not path.is_file():
        raise KgError("graph file not found", str(path))
    store = ox.Store() if store is None else store
    try:
        if predicates is None:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        else:
            wanted = {ox.NamedNode(iri) for iri in predicates}
            triples = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
            store.extend(t for t in triples if t.predicate in wanted)
    except SyntaxError as exc:
        raise turtle_error(exc, path) from exc
    except OSError as exc:
        raise KgError(f"cannot read the graph: {_one_line(exc)}", str(path)) from exc
    return store


def turtle_error(exc: SyntaxError, path: Path) -> KgError:
    """Oxigraph's Turtle syntax error as one line naming file and line (without the
    ``(file, line n)`` Oxigraph appends itself)."""
    message = re.sub(r"\s*\([^()]*, line \d+\)$", "", _one_line(exc))
    return KgError(f"not valid Turtle: {message}", str(path), exc.lineno)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


# -- running a query ------------------------------------------------------------------------------


def check_query(sparql: str) -> None:
    """Refuse updates, SERVICE and FROM (one :class:`KgUsageError` line) before anything runs."""
    text = read_sparql(sparql)
    if text.is_update:
        raise KgUsageError("invalid SPARQL: updates are not supported; the graph is read-only")
    if text.uses_service or text.uses_from:
        raise KgUsageError("invalid SPARQL: SERVICE and FROM are not supported; kg answers from one graph")


def syntax_message(exc: SyntaxError) -> str:
    """Oxigraph's parse error on one line, ``error at LINE:COLUMN: …``, its token list made readable.

    Oxigraph lists every token it would have accepted, character classes included; those are
    dropped, and an undeclared prefix is said in words.
    """
    text = _one_line(exc)
    where, sep, expected = text.partition(": expected one of ")
    if sep:
        items = expected.split(", ")
        if "Prefix not found" in items:
            predeclared = ", ".join(f"{p}:" for p in QUERY_PREFIXES)
            return f"{where}: undeclared prefix ({predeclared} are predeclared)"
        words = [item for item in items if not item.startswith("[")]
        text = f"{where}: expected one of {', '.join(words)}" if words else f"{where}: unexpected character"
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1].rstrip() + "…"


def execute(store: ox.Store, sparql: str) -> Results:
    """Run a checked query with the predeclared prefixes; a syntax error is a usage error."""
    check_query(sparql)
    try:
        return store.query(sparql, prefixes=QUERY_PREFIXES)
    except SyntaxError as exc:
        raise KgUsageError(f"invalid SPARQL: {syntax_message(exc)}") from exc
    except OSError as exc:  # evaluation errors (Oxigraph raises OSError for them)
        raise KgError(f"SPARQL evaluation failed: {_one_line(exc)}") from exc


def prepare_store(
    graph: ox.Store | str | Path, sparql: str, note: Callable[[str], None] | None = None
) -> ox.Store:
    """Check the query first (a typo should not wait for a big graph to parse), then open the graph.

    The query is parsed on an empty store, which costs nothing and touches no data.
    """
    if not isinstance(graph, ox.Store):
        execute(ox.Store(), sparql)
        return open_store(graph, note, sparql)
    return graph


def run_query(graph: ox.Store | str | Path, sparql: str) -> QueryResult:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query and return its answer in memory."""
    store = prepare_store(graph, sparql)
    return collect(execute(store, sparql))


def collect(results: Results) -> QueryResult:
    """Read a (lazy) Oxigraph answer into a :class:`QueryResult`."""
    try:
        if isinstance(results, ox.QueryBoolean):
            return QueryResult(["ask"], [[ox.Literal(str(bool(results)).lower(), datatype=_XSD_BOOLEAN)]])
        if isinstance(results, ox.QueryTriples):
            return QueryResult(["subject", "predicate", "object"], [list(t) for t in results])
        columns = [v.value for v in results.variables]
        return QueryResult(columns, [[s[c] for c in columns] for s in results])
    except OSError as exc:  # evaluation is lazy: errors surface while iterating
        raise KgError(f"SPARQL evaluation failed: {_one_line(exc)}") from exc


_XSD_BOOLEAN = ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")


def write_results(results: Results, fmt: ResultFormat, out: IO[bytes]) -> None:
    """Stream an answer in a W3C results format (SELECT/ASK) or as Turtle (CONSTRUCT/DESCRIBE)."""
    try:
        if isinstance(results, ox.QueryTriples):
            if fmt not in (ResultFormat.turtle, ResultFormat.table):
                raise KgUsageError(
                    f"a CONSTRUCT or DESCRIBE answer is a graph: use --format turtle, not {fmt.value}"
                )
            ox.serialize(results, out, ox.RdfFormat.TURTLE, prefixes=QUERY_PREFIXES)
            return
        if fmt is ResultFormat.turtle:
            raise KgUsageError("--format turtle is for CONSTRUCT and DESCRIBE queries")
        results.serialize(out, RESULTS_FORMATS[fmt])
    except BrokenPipeError:
        raise  # the reader went away (kg query … | head): the CLI ends quietly, not with an error
    except OSError as exc:
        raise KgError(f"SPARQL evaluation failed: {_one_line(exc)}") from exc


# -- rendering ----------------------------------------------------------------------------------


def plain(value: Any) -> str:
    """Full IRI or lexical form; empty for unbound."""
    if value is None:
        return ""
    return value.value if hasattr(value, "value") else str(value)


def short(value: Any) -> str:
    """An IRI in a predeclared namespace as ``prefix:local``; anything else as :func:`plain`."""
    if isinstance(value, ox.NamedNode):
        for prefix, ns in QUERY_PREFIXES.items():
            if value.value.startswith(ns) and re.fullmatch(r"[\w.-]*", value.value[len(ns) :]):
                return f"{prefix}:{value.value[len(ns):]}"
    return plain(value)


def to_table(res: QueryResult) -> Table:
    """A rich table; cells are Text objects so article text is never read as console markup."""
    table = Table(*res.columns, caption=f"{len(res.rows)} row{'s' if len(res.rows) != 1 else ''}")
    for row in res.rows:
        table.add_row(*(Text(short(v)) for v in row))
    return table


def rows_as_text(res: QueryResult) -> Iterator[list[str]]:
    """Every row as plain strings (full IRIs, lexical forms, ``""`` when unbound)."""
    for row in res.rows:
        yield [plain(v) for v in row]
