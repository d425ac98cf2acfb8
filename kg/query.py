"""``kg query``: SPARQL over a Turtle file with rdflib, offline.

The prefixes of the RDF contract (``kg:``, ``schema:``, ``rdfs:``, ``skos:``, ``rdf:``, ``xsd:``)
are predeclared so ad-hoc queries stay short. Queries that would reach the network
(``SERVICE``, ``FROM``) are refused: kg runs offline and answers from one graph file.
The README's example queries ship as ``kg/data/queries/*.rq`` (see :func:`query_files`).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.algebra import traverse
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
from rich.table import Table
from rich.text import Text

from kg.errors import KgError, KgUsageError
from kg.vocab import PREFIXES


@dataclass
class QueryResult:
    """Column names and rows of RDF terms (``None`` for an unbound variable)."""

    columns: list[str]
    rows: list[list[Any]]
    graph: Graph  # the queried graph, whose prefixes shorten IRIs in tables


def query_files() -> dict[str, Path]:
    """The example queries shipped with kg, by name (file stem)."""
    folder = resources.files("kg") / "data" / "queries"
    return {
        Path(p.name).stem: Path(str(p))
        for p in sorted(folder.iterdir(), key=lambda p: p.name)
        if p.name.endswith(".rq")
    }


def load_graph(path: Path) -> Graph:
    """Parse a Turtle file, turning every failure into one clear :class:`KgError` line."""
    path = Path(path)
    if not path.is_file():
        raise KgError("graph file not found", str(path))
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except SyntaxError as exc:  # rdflib's BadSyntax
        why = getattr(exc, "_why", None) or str(exc).splitlines()[0]
        line = getattr(exc, "lines", None)
        raise KgError(f"not valid Turtle: {why}", str(path), line + 1 if line is not None else None) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise KgError(f"not valid Turtle: {_one_line(exc)}", str(path)) from exc
    return g


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def prepare(sparql: str) -> Query:
    """Parse SPARQL with the contract prefixes; refuse queries that would go to the network."""
    try:
        q = prepareQuery(sparql, initNs=dict(PREFIXES))
    except Exception as exc:  # pyparsing and rdflib raise many types for bad input
        raise KgUsageError(f"invalid SPARQL: {_one_line(exc)}") from exc
    if getattr(q.algebra, "datasetClause", None) or _contains(q, "ServiceGraphPattern"):
        raise KgUsageError(
            "invalid SPARQL: SERVICE and FROM are not supported; kg query runs on the graph file"
        )
    return q


def _contains(q: Query, name: str) -> bool:
    found = []

    def visit(node: Any) -> None:
        if isinstance(node, CompValue) and node.name == name:
            found.append(node)

    traverse(q.algebra, visitPre=visit)
    return bool(found)


def run_query(graph: Graph | Path, sparql: str) -> QueryResult:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query.

    Rows of a query without ORDER BY are sorted, so the output never depends on rdflib's set order.
    """
    q = prepare(sparql)  # before loading: a typo should not wait for a big graph to parse
    g = graph if isinstance(graph, Graph) else load_graph(graph)
    try:
        result = g.query(q)
    except Exception as exc:
        raise KgError(f"SPARQL evaluation failed: {_one_line(exc)}") from exc
    if result.type == "ASK":
        return QueryResult(["ask"], [[Literal(bool(result.askAnswer))]], g)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        rows = sorted([list(t) for t in result.graph], key=_row_key)
        return QueryResult(["subject", "predicate", "object"], rows, g)
    columns = [str(v) for v in result.vars or []]
    rows = [list(row) for row in result]
    if not _contains(q, "OrderBy"):
        rows.sort(key=_row_key)
    return QueryResult(columns, rows, g)


def _row_key(row: list[Any]) -> list[tuple[int, str]]:
    return [(0, "") if v is None else (1, v.n3()) for v in row]


# -- rendering ----------------------------------------------------------------------------------


def plain(value: Any) -> str:
    """Full IRI or lexical form; empty for unbound."""
    return "" if value is None else str(value)


def _short(value: Any, g: Graph) -> str:
    if isinstance(value, URIRef):
        try:
            return g.namespace_manager.normalizeUri(value)
        except Exception:
            return str(value)
    return plain(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, Literal):
        py = value.toPython()
        if isinstance(py, bool | int | float):
            return py
        if isinstance(py, Decimal):
            return float(py)
    return None if value is None else str(value)


def to_csv(res: QueryResult) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(res.columns)
    writer.writerows([plain(v) for v in row] for row in res.rows)
    return buf.getvalue()


def to_json(res: QueryResult) -> str:
    records = [dict(zip(res.columns, map(_json_value, row), strict=True)) for row in res.rows]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def to_table(res: QueryResult) -> Table:
    """A rich table; cells are Text objects so article text is never read as console markup."""
    table = Table(*res.columns, caption=f"{len(res.rows)} row{'s' if len(res.rows) != 1 else ''}")
    for row in res.rows:
        table.add_row(*(Text(_short(v, res.graph)) for v in row))
    return table
