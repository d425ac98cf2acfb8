"""Neo4j export: ``import.cypher`` for cypher-shell plus CSVs for neo4j-admin import / LOAD CSV.

Every import path (this script, the CSVs, ``kg neo4j push``) is built from the same rows
(:func:`graph_rows`), so all of them produce the same nodes, relationships and properties.
Labels and relationship types come only from the whitelists below, derived from the schema
(``kg/data/schema.yaml``, whose names are validated identifiers), never from article text;
every text value is either a driver parameter or an escaped string literal.

Model:
    ``(:Entity:<Type> {id, name, aliases, tickers, iri, mentions, articles, firstSeen, lastSeen})``
    for every graph node, ``(:Document {id, title, path, chars, date, url, iri})`` for every document,
    ``(:Entity)-[:LEADS|WORKS_FOR|… {evidence, docs, rules, confidence, articles, firstSeen,
    lastSeen}]->(:Entity)``, ``(:Document)-[:MENTIONS]->(:Entity)``. ``firstSeen``/``lastSeen``
    are Neo4j ``Date`` values (absent when no article behind the fact is dated), ``articles`` the
    number of articles behind it (:func:`kg.graph.add_seen_dates`).

Every node and relationship kg writes carries ``kgBuild``, a digest of the set of node ids,
relationship keys and mentions of the build (:func:`build_stamp`). It marks what kg made, so that
``kg neo4j push --sync`` can delete what an earlier push made and this build no longer has, and
nothing else: a user's own nodes and relationships, which have no ``kgBuild``, are never touched.

CSV caveat: neo4j-admin import has no escape for the array delimiter ``;`` inside an array
element, so in the CSVs only a ``;`` inside an array element (alias, evidence sentence…) is
written as the full-width ``；`` (U+FF1B). The Cypher script and the push keep it as is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import math
import re
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import write_lines
from kg.errors import KgError
from kg.schema import active_schema

ENTITY_LABEL = "Entity"
DOCUMENT_LABEL = "Document"
MENTIONS = "MENTIONS"
ARRAY_DELIMITER = ";"
ARRAY_DELIMITER_SUBSTITUTE = "\uff1b"  # full-width semicolon, see the module docstring
#: The property that marks kg's nodes and relationships (see the module docstring).
BUILD_PROPERTY = "kgBuild"


def rel_type(predicate: str) -> str:
    """``worksFor`` → ``WORKS_FOR``: the Neo4j relationship type of a core predicate."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", predicate).upper()


#: predicate → relationship type; the only relationship types ever written into a query.
REL_TYPES: dict[str, str] = {p.name: rel_type(p.name) for p in active_schema().predicates}
#: entity type → its node label (besides :Entity), from the schema.
LABEL_OF_TYPE: dict[str, str] = {t.name: t.neo4j_label for t in active_schema().entity_types}
#: the only node labels ever written into a query.
TYPE_LABELS: tuple[str, ...] = tuple(LABEL_OF_TYPE.values())

_IDENT = re.compile(r"[A-Z][A-Za-z_]*")
assert all(_IDENT.fullmatch(x) for x in (*REL_TYPES.values(), *TYPE_LABELS, MENTIONS, ENTITY_LABEL))

CONSTRAINTS: tuple[str, ...] = (
    f"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{ENTITY_LABEL}) REQUIRE n.id IS UNIQUE",
    f"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:{DOCUMENT_LABEL}) REQUIRE n.id IS UNIQUE",
)

NODE_HEADER: tuple[str, ...] = (
    "id:ID",
    ":LABEL",
    "name",
    "aliases:string[]",
    "tickers:string[]",
    "mentions:long",
    "title",
    "path",
    "chars:long",
    "date",
    "url",
    "iri",
    "articles:long",
    "firstSeen:date",
    "lastSeen:date",
    BUILD_PROPERTY,
)
REL_HEADER: tuple[str, ...] = (
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "evidence:string[]",
    "docs:string[]",
    "rules:string[]",
    "confidence:double",
    "articles:long",
    "firstSeen:date",
    "lastSeen:date",
    BUILD_PROPERTY,
)


@dataclass(frozen=True)
class Neo4jRows:
    """The graph as Neo4j rows; every list is sorted, so output built from it is deterministic."""

    entities: list[dict[str, Any]]  # {"id", "label", "props"}
    documents: list[dict[str, Any]]  # {"id", "props"}
    relationships: list[dict[str, Any]]  # {"type", "s", "o", "props"}
    mentions: list[dict[str, str]]  # {"doc", "entity"}; each MENTIONS gets the property kgBuild
    build: str = ""  # the kgBuild stamp every node and relationship carries (build_stamp)


def entity_iri(base: str, node: str) -> str:
    return f"{base}entity/{node}"


def document_iri(base: str, doc_id: str) -> str:
    return f"{base}doc/{urllib.parse.quote(doc_id, safe='')}"


def _str_list(value: Any) -> list[str]:
    return list(map(str, value)) if value else []


def _list_or_none(values: list[str]) -> list[str] | None:
    """Empty lists become None (no property): neo4j-admin import cannot store an empty array."""
    return values or None


def _evidence_sentences(evidence: Iterable[dict[str, Any]]) -> list[str]:
    """Evidence sentences in evidence order, each once (two rules on one sentence repeat it)."""
    return list(dict.fromkeys([str(ev.get("sentence", "")) for ev in evidence]))


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while rows are built (restored afterwards).

    Building a million small dicts and lists triggers full collections that walk the whole
    graph again and again (more than half the export time on a 100k-node graph). The rows hold
    no reference cycles, so reference counting still frees everything in the meantime.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _first(item: tuple[Any, ...]) -> Any:
    return item[0]


class _Dates:
    """ISO date strings of the graph → ``datetime.date`` (pushed as Neo4j ``Date``), each parsed once."""

    def __init__(self) -> None:
        self._cache: dict[str, dt.date] = {}

    def __call__(self, value: Any, what: str) -> dt.date | None:
        if value is None or value == "":
            return None
        text = str(value)
        found = self._cache.get(text)
        if found is None:
            try:
                found = self._cache[text] = dt.date.fromisoformat(text)
            except ValueError:
                raise KgError(f"{what} is not an ISO date (YYYY-MM-DD): {text!r}") from None
        return found


def _seen(data: dict[str, Any], dates: _Dates, what: str) -> dict[str, Any]:
    """The time-fact properties of a node or edge: articles, firstSeen, lastSeen (None: absent)."""
    articles = data.get("articles")
    return {
        "articles": None if articles is None else int(articles),
        "firstSeen": dates(data.get("first_seen"), f"{what} first_seen"),
        "lastSeen": dates(data.get("last_seen"), f"{what} last_seen"),
    }


def build_stamp(entities: list[dict[str, Any]], documents: list[dict[str, Any]],
                relationships: list[dict[str, Any]], mentions: list[dict[str, str]]) -> str:
    """The ``kgBuild`` value: a digest of what the build has (ids and keys, not properties).

    Two builds with the same nodes, relationships and mentions get the same stamp, so a push is
    idempotent and a push of A after A+B leaves exactly what a push of A into an empty database
    leaves; properties are overwritten by every push anyway.
    """
    h = hashlib.blake2b(digest_size=8)
    h.update("\x1e".join([e["id"] for e in entities]).encode("utf-8", "surrogatepass"))
    h.update(b"\x1d")
    h.update("\x1e".join([d["id"] for d in documents]).encode("utf-8", "surrogatepass"))
    h.update(b"\x1d")
    h.update("\x1e".join([f"{r['s']}\x1f{r['type']}\x1f{r['o']}" for r in relationships])
             .encode("utf-8", "surrogatepass"))
    h.update(b"\x1d")
    h.update("\x1e".join([f"{m['doc']}\x1f{m['entity']}" for m in mentions]).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _edge_sort_key(item: tuple[Any, ...]) -> tuple[str, str, str]:
    return str(item[0]), str(item[1]), str(item[2])


def graph_rows(g: nx.MultiDiGraph) -> Neo4jRows:
    """Turn the graph into the rows every Neo4j path writes; raise KgError on off-contract data.

    A property whose value is None is absent in Neo4j; the push and the script still send it
    (as null), so that re-importing an updated graph removes a stale value.
    """
    with _gc_paused():
        return _graph_rows(g)


def _graph_rows(g: nx.MultiDiGraph) -> Neo4jRows:
    base = str(g.graph.get("base_iri") or "")
    dates = _Dates()
    entities: list[dict[str, Any]] = []
    mentions: list[dict[str, str]] = []
    # sorting (node, data) pairs by node gives the order of sorted(g.nodes): node keys are unique
    for node, d in sorted(g.nodes(data=True), key=_first):
        etype = d.get("type")
        label = LABEL_OF_TYPE.get(etype) if isinstance(etype, str) else None
        if label is None:
            raise KgError(f"node {node!r} has unknown entity type {etype!r}")
        node = str(node)
        entities.append(
            {
                "id": node,
                "label": label,
                "props": {
                    "id": node,
                    "name": str(d.get("name", "")),
                    "aliases": _list_or_none(_str_list(d.get("aliases"))),
                    "tickers": _list_or_none(_str_list(d.get("tickers"))),
                    "mentions": int(d.get("mentions") or 0),
                    "iri": entity_iri(base, node),
                    **_seen(d, dates, f"node {node!r}"),
                },
            }
        )
        for doc in sorted(set(_str_list(d.get("docs")))):
            mentions.append({"doc": doc, "entity": node})
    mentions.sort(key=lambda m: (m["doc"], m["entity"]))

    docs: dict[str, dict[str, Any]] = {}
    for doc in g.graph.get("documents") or []:
        doc_id = str(doc["id"])
        props: dict[str, Any] = {"id": doc_id}
        for key in ("title", "path", "chars", "date", "url"):
            value = doc.get(key)
            props[key] = None if value is None else int(value) if key == "chars" else str(value)
        props["iri"] = document_iri(base, doc_id)
        docs[doc_id] = props
    for m in mentions:  # a document known only from a node's ``docs`` still gets its node
        if m["doc"] not in docs:
            docs[m["doc"]] = {"id": m["doc"], "title": None, "path": None, "chars": None, "date": None}
            docs[m["doc"]].update(url=None, iri=document_iri(base, m["doc"]))
    clash = sorted(set(docs) & {e["id"] for e in entities})
    if clash:
        raise KgError(f"document id {clash[0]!r} equals an entity id; Neo4j ids must be unique")
    documents = [{"id": k, "props": docs[k]} for k in sorted(docs)]

    relationships: list[dict[str, Any]] = []
    # a stable sort of the (s, o, key, data) tuples: the same order as sorting g.edges(keys=True)
    for s, o, key, d in sorted(g.edges(keys=True, data=True), key=_edge_sort_key):
        predicate = d.get("predicate", key)
        if predicate not in REL_TYPES:
            raise KgError(f"edge {s!r} -> {o!r} has unknown predicate {predicate!r}")
        confidence = float(d.get("confidence", 0.0))
        if not math.isfinite(confidence):
            raise KgError(f"edge {s!r} -> {o!r} has a non-finite confidence")
        evidence = d.get("evidence") or []
        if (
            type(evidence) is list and len(evidence) == 1
        ):  # most edges: one sentence, one document, nothing to dedupe or sort
            ev = evidence[0]
            sentences: list[str] | None = [str(ev.get("sentence", ""))]
            docs: list[str] | None = [str(ev.get("doc", ""))]
        else:
            sentences = _list_or_none(_evidence_sentences(evidence))
            docs = _list_or_none(sorted({str(ev.get("doc", "")) for ev in evidence}))
        rules = d.get("rules")
        relationships.append(
            {
                "type": REL_TYPES[predicate],
                "s": str(s),
                "o": str(o),
                "props": {
                    "evidence": sentences,
                    "docs": docs,
                    "rules": [str(rules[0])]
                    if type(rules) is list and len(rules) == 1
                    else _list_or_none(sorted(_str_list(rules))),
                    "confidence": confidence,
                    **_seen(d, dates, f"edge {s!r} -> {o!r}"),
                },
            }
        )
    build = build_stamp(entities, documents, relationships, mentions)
    for row in (*entities, *documents, *relationships):
        row["props"][BUILD_PROPERTY] = build
    return Neo4jRows(entities, documents, relationships, mentions, build)


def stored_properties(props: dict[str, Any]) -> dict[str, Any]:
    """The properties Neo4j ends up with for ``props`` (None means absent)."""
    return {k: v for k, v in props.items() if v is not None}


# -- Cypher literals ----------------------------------------------------------------------------

_CYPHER_ESCAPES = {
    "\\": "\\\\",  # every backslash of the text is doubled, so "\u0027" stays inert
    "'": "\\'",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
#: other control characters and Unicode line breaks, written as ``\uXXXX``
_CYPHER_UNICODE_ESCAPED = (*range(0x20), 0x7F, 0x85, 0x2028, 0x2029)
#: one str.translate table for all escapes: a single C pass per string instead of a Python loop
_CYPHER_TABLE: dict[int, str] = {i: f"\\u{i:04x}" for i in _CYPHER_UNICODE_ESCAPED}
_CYPHER_TABLE.update({ord(ch): esc for ch, esc in _CYPHER_ESCAPES.items()})
#: any character the table changes; most names and sentences have none and are copied as is
_CYPHER_SPECIAL = re.compile("[" + "".join(re.escape(chr(i)) for i in sorted(_CYPHER_TABLE)) + "]")


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal that reads back as exactly ``text``.

    Other control characters and Unicode line separators become ``\\uXXXX`` escapes so that
    every statement stays on one line of the script. Each character is replaced on its own
    (the table is applied once, never to its own output), so the order of escapes cannot matter.
    """
    if _CYPHER_SPECIAL.search(text) is None:
        return "'" + text + "'"
    return "'" + text.translate(_CYPHER_TABLE) + "'"


def _cypher_list(values: list[Any] | tuple[Any, ...]) -> str:
    """A Cypher list literal; a list of strings none of which needs an escape is joined at once."""
    try:
        flat = "".join(values)
    except TypeError:  # not all strings
        return "[" + ", ".join([cypher_value(v) for v in values]) + "]"
    if not values:
        return "[]"
    if _CYPHER_SPECIAL.search(flat) is None:
        return "['" + "', '".join(values) + "']"
    return "[" + ", ".join([cypher_string(v) for v in values]) + "]"


def cypher_value(value: Any) -> str:
    """A Cypher literal for None, a str, int, float, ``datetime.date`` or list of those."""
    kind = type(value)  # exact-type fast paths first; subclasses take the isinstance chain
    if kind is str:
        return cypher_string(value)
    if value is None:
        return "null"
    if kind is list or kind is tuple:
        return _cypher_list(value)
    if kind is int:
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"date('{value.isoformat()}')"
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("non-finite float")
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_value(v) for v in value) + "]"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def cypher_map(props: dict[str, Any], skip: str | None = None) -> str:
    """A Cypher map literal without the key ``skip``; keys are fixed property names, never text."""
    return "{" + ", ".join([f"{k}: {cypher_value(v)}" for k, v in props.items() if k != skip]) + "}"


def iter_cypher_statements(rows: Neo4jRows) -> Iterator[str]:
    """The statements of import.cypher one by one, without the trailing ``;``; each is idempotent."""
    yield from CONSTRAINTS
    literal: dict[str, str] = {}  # id → its literal: ids come back in every relationship and mention
    for e in rows.entities:
        literal[e["id"]] = lit = cypher_string(e["id"])
        props = cypher_map(e["props"], skip="id")
        yield f"MERGE (n:{ENTITY_LABEL} {{id: {lit}}}) SET n:{e['label']}, n += {props}"
    for d in rows.documents:
        literal[d["id"]] = lit = cypher_string(d["id"])
        yield f"MERGE (d:{DOCUMENT_LABEL} {{id: {lit}}}) SET d += {cypher_map(d['props'], skip='id')}"
    match_s = f"MATCH (s:{ENTITY_LABEL} {{id: "
    match_o = f"MATCH (o:{ENTITY_LABEL} {{id: "
    for r in rows.relationships:
        yield (
            f"{match_s}{literal.get(r['s']) or cypher_string(r['s'])}}}) "
            f"{match_o}{literal.get(r['o']) or cypher_string(r['o'])}}}) "
            f"MERGE (s)-[r:{r['type']}]->(o) SET r += {cypher_map(r['props'])}"
        )
    match_d = f"MATCH (d:{DOCUMENT_LABEL} {{id: "
    match_e = f"MATCH (e:{ENTITY_LABEL} {{id: "
    merge_m = f"MERGE (d)-[m:{MENTIONS}]->(e) SET m.{BUILD_PROPERTY} = {cypher_string(rows.build)}"
    for m in rows.mentions:
        doc = literal.get(m["doc"]) or cypher_string(m["doc"])
        entity = literal.get(m["entity"]) or cypher_string(m["entity"])
        yield f"{match_d}{doc}}}) {match_e}{entity}}}) {merge_m}"


def cypher_statements(rows: Neo4jRows) -> list[str]:
    """The statements of import.cypher, without the trailing ``;``; each is idempotent."""
    return list(iter_cypher_statements(rows))


# -- CSV ----------------------------------------------------------------------------------------


def _csv_field(value: Any) -> str:
    """Quote every present string (so ``""`` is an empty string), leave a missing value empty."""
    kind = type(value)  # exact-type fast paths first; subclasses take the isinstance chain
    if kind is str:
        return '"' + value.replace('"', '""') + '"'
    if value is None:
        return ""
    if kind is list or kind is tuple:
        return _csv_array(value)
    if kind is int:
        return str(value)
    if kind is float:
        return repr(value)
    if kind is dt.date:
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        value = ARRAY_DELIMITER.join(
            str(v).replace(ARRAY_DELIMITER, ARRAY_DELIMITER_SUBSTITUTE) for v in value
        )
    return '"' + str(value).replace('"', '""') + '"'


def _csv_array(values: list[Any] | tuple[Any, ...]) -> str:
    """An array field; strings without the delimiter (nearly all) are joined at once."""
    try:
        flat = "".join(values)
    except TypeError:  # not all strings
        flat = ARRAY_DELIMITER
    if ARRAY_DELIMITER in flat:
        joined = ARRAY_DELIMITER.join(
            [str(v).replace(ARRAY_DELIMITER, ARRAY_DELIMITER_SUBSTITUTE) for v in values]
        )
    else:
        joined = ARRAY_DELIMITER.join(values)
    return '"' + joined.replace('"', '""') + '"'


def _csv_line(values: Iterable[Any]) -> str:
    return ",".join([_csv_field(v) for v in values]) + "\n"


def iter_node_csv_lines(rows: Neo4jRows) -> Iterator[str]:
    """The lines of nodes.csv one by one, header first."""
    yield ",".join(NODE_HEADER) + "\n"
    no_document = ",,,,,"  # title, path, chars, date, url are empty on entity rows
    build = _csv_field(rows.build)
    for e in rows.entities:
        p = e["props"]
        label = _csv_field(f"{ENTITY_LABEL}{ARRAY_DELIMITER}{e['label']}")
        yield (
            f"{_csv_field(e['id'])},{label},{_csv_field(p['name'])},{_csv_field(p['aliases'])},"
            f"{_csv_field(p['tickers'])},{_csv_field(p['mentions'])}{no_document},{_csv_field(p['iri'])},"
            f"{_csv_field(p['articles'])},{_csv_field(p['firstSeen'])},{_csv_field(p['lastSeen'])},{build}\n"
        )
    doc_start = "," + _csv_field(DOCUMENT_LABEL) + ",,,,"  # name, aliases, tickers, mentions empty
    no_facts = ",,,"  # articles, firstSeen, lastSeen are empty on document rows
    for d in rows.documents:
        p = d["props"]
        rest = ",".join([_csv_field(p.get(k)) for k in ("title", "path", "chars", "date", "url", "iri")])
        yield f"{_csv_field(d['id'])}{doc_start},{rest}{no_facts},{build}\n"


def iter_relationship_csv_lines(rows: Neo4jRows) -> Iterator[str]:
    """The lines of relationships.csv one by one, header first."""
    yield ",".join(REL_HEADER) + "\n"
    build = _csv_field(rows.build)
    for r in rows.relationships:
        p = r["props"]
        yield (
            f"{_csv_field(r['s'])},{_csv_field(r['o'])},{_csv_field(r['type'])},{_csv_field(p['evidence'])},"
            f"{_csv_field(p['docs'])},{_csv_field(p['rules'])},{_csv_field(p['confidence'])},"
            f"{_csv_field(p['articles'])},{_csv_field(p['firstSeen'])},{_csv_field(p['lastSeen'])},{build}\n"
        )
    # evidence, docs, rules, confidence, articles, firstSeen, lastSeen are empty on MENTIONS rows
    mentions_end = "," + _csv_field(MENTIONS) + ",,,,,,,," + build + "\n"
    for m in rows.mentions:
        yield f"{_csv_field(m['doc'])},{_csv_field(m['entity'])}{mentions_end}"


def node_csv_lines(rows: Neo4jRows) -> list[str]:
    return list(iter_node_csv_lines(rows))


def relationship_csv_lines(rows: Neo4jRows) -> list[str]:
    return list(iter_relationship_csv_lines(rows))


def _array_expr(column: str) -> str:
    return f"CASE WHEN coalesce(row.`{column}`, '') = '' THEN null ELSE split(row.`{column}`, ';') END"


def _date_expr(column: str) -> str:
    return f"CASE WHEN coalesce(row.`{column}`, '') = '' THEN null ELSE date(row.`{column}`) END"


def load_csv_statements(url_prefix: str = "file:///", batch: int = 1000) -> list[str]:
    """``LOAD CSV`` statements (Neo4j 5.23+, ``CALL (row) { … } IN TRANSACTIONS``) for the two CSVs.

    Run the :data:`CONSTRAINTS` first, then these in order, each as an auto-commit query
    (cypher-shell does that; with a driver use ``session.run``). The server must parse CSV as
    RFC 4180 (``db.import.csv.legacy_quote_escaping=false``), otherwise text with a backslash
    before a quote breaks the file.
    """
    nodes = f"'{url_prefix}nodes.csv'"
    rels = f"'{url_prefix}relationships.csv'"
    set_labels = "\n".join(
        f"    FOREACH (_ IN CASE WHEN '{t}' IN labels THEN [1] ELSE [] END | SET n:{t})" for t in TYPE_LABELS
    )
    merge_rels = "\n".join(
        f"    FOREACH (_ IN CASE WHEN row.`:TYPE` = '{t}' THEN [1] ELSE [] END |"
        f" MERGE (s)-[r:{t}]->(o) SET r += props)"
        for t in REL_TYPES.values()
    )
    return [
        f"""LOAD CSV WITH HEADERS FROM {nodes} AS row
WITH row, split(row.`:LABEL`, ';') AS labels WHERE '{ENTITY_LABEL}' IN labels
CALL (row, labels) {{
    MERGE (n:{ENTITY_LABEL} {{id: row.`id:ID`}})
    SET n.name = row.name, n.aliases = {_array_expr("aliases:string[]")},
        n.tickers = {_array_expr("tickers:string[]")},
        n.mentions = toInteger(row.`mentions:long`), n.iri = row.iri,
        n.articles = toInteger(row.`articles:long`), n.firstSeen = {_date_expr("firstSeen:date")},
        n.lastSeen = {_date_expr("lastSeen:date")}, n.{BUILD_PROPERTY} = row.{BUILD_PROPERTY}
{set_labels}
}} IN TRANSACTIONS OF {batch} ROWS""",
        f"""LOAD CSV WITH HEADERS FROM {nodes} AS row
WITH row WHERE row.`:LABEL` = '{DOCUMENT_LABEL}'
CALL (row) {{
    MERGE (d:{DOCUMENT_LABEL} {{id: row.`id:ID`}})
    SET d.title = row.title, d.path = row.path, d.chars = toInteger(row.`chars:long`),
        d.date = row.date, d.url = row.url, d.iri = row.iri, d.{BUILD_PROPERTY} = row.{BUILD_PROPERTY}
}} IN TRANSACTIONS OF {batch} ROWS""",
        f"""LOAD CSV WITH HEADERS FROM {rels} AS row
WITH row WHERE row.`:TYPE` <> '{MENTIONS}'
CALL (row) {{
    MATCH (s:{ENTITY_LABEL} {{id: row.`:START_ID`}})
    MATCH (o:{ENTITY_LABEL} {{id: row.`:END_ID`}})
    WITH row, s, o, {{evidence: {_array_expr("evidence:string[]")},
        docs: {_array_expr("docs:string[]")}, rules: {_array_expr("rules:string[]")},
        confidence: toFloat(row.`confidence:double`), articles: toInteger(row.`articles:long`),
        firstSeen: {_date_expr("firstSeen:date")}, lastSeen: {_date_expr("lastSeen:date")},
        {BUILD_PROPERTY}: row.{BUILD_PROPERTY}}} AS props
{merge_rels}
}} IN TRANSACTIONS OF {batch} ROWS""",
        f"""LOAD CSV WITH HEADERS FROM {rels} AS row
WITH row WHERE row.`:TYPE` = '{MENTIONS}'
CALL (row) {{
    MATCH (d:{DOCUMENT_LABEL} {{id: row.`:START_ID`}})
    MATCH (e:{ENTITY_LABEL} {{id: row.`:END_ID`}})
    MERGE (d)-[m:{MENTIONS}]->(e) SET m.{BUILD_PROPERTY} = row.{BUILD_PROPERTY}
}} IN TRANSACTIONS OF {batch} ROWS""",
    ]


ADMIN_IMPORT_COMMAND = (
    "neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv"
    " --array-delimiter=';' --multiline-fields=true --overwrite-destination=true neo4j"
)

_SCRIPT_HEADER = """\
// kg knowledge graph for Neo4j 5: run with  cypher-shell -f import.cypher  (add -d <database>)
// Idempotent: constraints first, then MERGE, so running it twice leaves the same graph.
// Labels and relationship types come from kg's fixed vocabulary; all text is in escaped literals.
"""


def iter_cypher_script_lines(rows: Neo4jRows) -> Iterator[str]:
    """The lines of import.cypher one by one: the header comment, then one statement per line."""
    yield _SCRIPT_HEADER
    for statement in iter_cypher_statements(rows):
        yield statement + ";\n"


def generate_neo4j(g: nx.MultiDiGraph) -> dict[str, Iterator[str]]:
    """The lines of import.cypher, nodes.csv and relationships.csv, by file name.

    The rows are built once, here, and checked, so off-contract data raises before any line is
    produced; each file's lines are then streamed from them.
    """
    rows = graph_rows(g)
    return {
        "import.cypher": iter_cypher_script_lines(rows),
        "nodes.csv": iter_node_csv_lines(rows),
        "relationships.csv": iter_relationship_csv_lines(rows),
    }


def write_neo4j(g: nx.MultiDiGraph, directory: Path) -> Path:
    """Write the files of :func:`generate_neo4j` into ``directory``, each atomically; return it.

    Nothing is replaced when the graph is off-contract; no file's text is held in memory whole.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with _gc_paused():
        for name, lines in generate_neo4j(g).items():
            write_lines(directory / name, lines)
    return directory
