"""``kg neo4j push``: load a built graph straight into a running Neo4j with the official driver.

Only parameters carry data (``UNWIND $rows``); labels and relationship types in the query
text come from the whitelists in :mod:`kg.exporters.neo4j`. Every statement MERGEs, so a
second push leaves the same graph. Works with the ``neo4j`` driver 5.x and 6.x.

``--sync`` (:func:`sync_database`) then deletes what an earlier push made and this build no
longer has. Everything kg writes carries ``kgBuild`` (:func:`kg.exporters.neo4j.build_stamp`),
and this push has just stamped every node and relationship of the build with its own value, so
the stale ones are exactly those with another ``kgBuild``. They are deleted on the server, by
``CALL { … } IN TRANSACTIONS`` of :data:`DELETE_BATCH` rows, relationships first, then the nodes
left without any relationship: nothing is fetched to this process, no transaction holds more
than one batch, and a node or relationship without ``kgBuild`` (the user's own) is never touched.
A stale kg node that one of the user's relationships still uses is kept, and counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.errors import KgError, KgUsageError
from kg.exporters.json import read_graph  # noqa: F401 (kg neo4j push reads OUT_DIR with it)
from kg.exporters.neo4j import (
    BUILD_PROPERTY,
    CONSTRAINTS,
    DOCUMENT_LABEL,
    ENTITY_LABEL,
    MENTIONS,
    REL_TYPES,
    TYPE_LABELS,
    Neo4jRows,
    graph_rows,
)

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"
DEFAULT_BATCH = 500
#: Nodes or relationships deleted per transaction by ``--sync``: small enough for a server that caps
#: a transaction at 16 MB (``db.memory.transaction.max``), and no slower than 10,000 per transaction.
DELETE_BATCH = 1_000
#: Bolt schemes only: driver 6 also accepts http(s):// (a preview needing aiohttp), which we don't use.
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def entity_query(label: str) -> str:
    if label not in TYPE_LABELS:
        raise ValueError(f"label {label!r} is not in the whitelist")
    return f"UNWIND $rows AS row MERGE (n:{ENTITY_LABEL} {{id: row.id}}) SET n:{label}, n += row.props"


DOCUMENT_QUERY = f"UNWIND $rows AS row MERGE (d:{DOCUMENT_LABEL} {{id: row.id}}) SET d += row.props"


def relationship_query(rtype: str) -> str:
    if rtype not in REL_TYPES.values():
        raise ValueError(f"relationship type {rtype!r} is not in the whitelist")
    return (
        f"UNWIND $rows AS row MATCH (s:{ENTITY_LABEL} {{id: row.s}}) MATCH (o:{ENTITY_LABEL} {{id: row.o}}) "
        f"MERGE (s)-[r:{rtype}]->(o) SET r += row.props"
    )


MENTIONS_QUERY = (
    f"UNWIND $rows AS row MATCH (d:{DOCUMENT_LABEL} {{id: row.doc}}) "
    f"MATCH (e:{ENTITY_LABEL} {{id: row.entity}}) MERGE (d)-[m:{MENTIONS}]->(e) "
    f"SET m.{BUILD_PROPERTY} = $build"
)


def stale_relationships_query(batch: int) -> str:
    """Delete, in transactions of ``batch``, every relationship kg made with another ``kgBuild``."""
    return (
        f"MATCH ()-[r]->() WHERE r.{BUILD_PROPERTY} IS NOT NULL AND r.{BUILD_PROPERTY} <> $build "
        f"CALL (r) {{ DELETE r }} IN TRANSACTIONS OF {int(batch)} ROWS"
    )


def stale_nodes_query(label: str, batch: int) -> str:
    """Delete, in transactions of ``batch``, the ``label`` nodes kg made with another ``kgBuild``
    that no relationship uses any more."""
    if label not in (ENTITY_LABEL, DOCUMENT_LABEL):
        raise ValueError(f"label {label!r} is not kg's")
    return (
        f"MATCH (n:{label}) WHERE n.{BUILD_PROPERTY} IS NOT NULL AND n.{BUILD_PROPERTY} <> $build "
        f"AND NOT EXISTS {{ (n)--() }} CALL (n) {{ DELETE n }} IN TRANSACTIONS OF {int(batch)} ROWS"
    )


KEPT_NODES_QUERY = (
    f"MATCH (n:{ENTITY_LABEL}|{DOCUMENT_LABEL}) WHERE n.{BUILD_PROPERTY} IS NOT NULL "
    f"AND n.{BUILD_PROPERTY} <> $build RETURN count(n) AS kept"
)


def push_plan(rows: Neo4jRows) -> list[tuple[str, list[dict[str, Any]]]]:
    """(query, rows) pairs in the order they must run: nodes before the edges that need them."""
    plan: list[tuple[str, list[dict[str, Any]]]] = []
    for label in TYPE_LABELS:
        batch = [{"id": e["id"], "props": e["props"]} for e in rows.entities if e["label"] == label]
        if batch:
            plan.append((entity_query(label), batch))
    if rows.documents:
        plan.append((DOCUMENT_QUERY, [{"id": d["id"], "props": d["props"]} for d in rows.documents]))
    for rtype in REL_TYPES.values():
        batch = [
            {"s": r["s"], "o": r["o"], "props": r["props"]} for r in rows.relationships if r["type"] == rtype
        ]
        if batch:
            plan.append((relationship_query(rtype), batch))
    if rows.mentions:
        plan.append((MENTIONS_QUERY, [dict(m) for m in rows.mentions]))
    return plan


@dataclass
class SyncResult:
    """What ``--sync`` deleted, and the stale kg nodes it kept because the user's relationships use them."""

    nodes_deleted: int
    relationships_deleted: int
    nodes_kept: int


@dataclass
class PushResult:
    entities: int
    documents: int
    relationships: int
    mentions: int
    nodes_created: int
    relationships_created: int
    sync: SyncResult | None = None


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


@contextmanager
def _neo4j_errors(uri: str, user: str, database: str | None) -> Iterator[None]:
    """Turn the driver's exceptions into one-line KgErrors that say what to fix."""
    from neo4j import exceptions as ne

    try:
        yield
    except ne.AuthError as exc:
        raise KgError(
            f"Neo4j at {uri} rejected user {user!r}: wrong user name or password ({_one_line(exc.message)})"
        ) from None
    except ne.ServiceUnavailable as exc:
        text = _one_line(exc)
        reason = re.search(r"\(reason ([^()]*(?:\([^()]*\))?[^()]*)\)", text)
        why = reason.group(1) if reason else text
        raise KgError(f"cannot reach Neo4j at {uri}: {why} (is the server running?)") from None
    except ne.ClientError as exc:
        code = getattr(exc, "code", "") or ""
        if code.endswith("DatabaseNotFound"):
            raise KgError(f"Neo4j at {uri} has no database {database!r}") from None
        if ".Security." in code:
            raise KgError(f"Neo4j at {uri} refused user {user!r}: {_one_line(exc.message)}") from None
        raise KgError(f"Neo4j error {code}: {_one_line(exc.message)}") from None
    except ne.Neo4jError as exc:
        raise KgError(f"Neo4j error {exc.code}: {_one_line(exc.message)}") from None
    except ne.DriverError as exc:
        raise KgError(f"Neo4j driver error talking to {uri}: {_one_line(exc)}") from None
    except ValueError as exc:  # the driver raises ValueError for a malformed URI
        raise KgError(f"bad Neo4j URI {uri!r}: {_one_line(exc)}") from None


def push_graph(
    g: nx.MultiDiGraph,
    uri: str,
    user: str,
    password: str,
    database: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_progress: Callable[[int, int], None] | None = None,
    sync: bool = False,
    delete_batch: int = DELETE_BATCH,
    on_sync: Callable[[], None] | None = None,
) -> PushResult:
    """Push ``g`` into Neo4j: constraints, then batched MERGEs. ``on_progress(done, total)``.

    With ``sync``, then delete what earlier pushes made and ``g`` no longer has
    (:func:`sync_database`, ``delete_batch`` per transaction; ``on_sync()`` is called first).
    """
    from neo4j import GraphDatabase

    if batch_size < 1:
        raise KgUsageError("--batch-size must be at least 1")
    if delete_batch < 1:
        raise KgUsageError("the delete batch size must be at least 1")
    scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
    if scheme not in URI_SCHEMES:
        raise KgUsageError(f"bad Neo4j URI {uri!r}: use one of {', '.join(s + '://' for s in URI_SCHEMES)}")
    rows = graph_rows(g)
    plan = push_plan(rows)
    total = sum(len(batch) for _, batch in plan)
    done = 0
    created_nodes = created_rels = 0
    synced: SyncResult | None = None
    with _neo4j_errors(uri, user, database):
        driver = GraphDatabase.driver(uri, auth=(user, password), connection_timeout=15.0)
        try:
            driver.verify_connectivity()
            with driver.session(database=database) as session:
                for stmt in CONSTRAINTS:
                    session.run(stmt).consume()
                if on_progress:
                    on_progress(0, total)
                for query, batch_rows in plan:
                    for i in range(0, len(batch_rows), batch_size):
                        chunk = batch_rows[i : i + batch_size]
                        counters = session.execute_write(_run_write, query, chunk, rows.build)
                        created_nodes += counters[0]
                        created_rels += counters[1]
                        done += len(chunk)
                        if on_progress:
                            on_progress(done, total)
                if sync:
                    if on_sync:
                        on_sync()
                    synced = sync_database(session, rows.build, delete_batch)
        finally:
            driver.close()
    return PushResult(
        entities=len(rows.entities),
        documents=len(rows.documents),
        relationships=len(rows.relationships),
        mentions=len(rows.mentions),
        nodes_created=created_nodes,
        relationships_created=created_rels,
        sync=synced,
    )


def _run_write(tx: Any, query: str, rows: list[dict[str, Any]], build: str) -> tuple[int, int]:
    counters = tx.run(query, rows=rows, build=build).consume().counters
    return counters.nodes_created, counters.relationships_created


def sync_database(session: Any, build: str, batch: int = DELETE_BATCH) -> SyncResult:
    """Delete the nodes and relationships kg made whose ``kgBuild`` is not ``build`` (see the module
    docstring). Each query runs as an auto-commit query (``IN TRANSACTIONS`` requires one)."""
    deleted_rels = session.run(stale_relationships_query(batch), build=build).consume().counters
    deleted_nodes = 0
    for label in (ENTITY_LABEL, DOCUMENT_LABEL):
        summary = session.run(stale_nodes_query(label, batch), build=build).consume()
        deleted_nodes += summary.counters.nodes_deleted
    kept = session.run(KEPT_NODES_QUERY, build=build).single()["kept"]
    return SyncResult(deleted_nodes, deleted_rels.relationships_deleted, int(kept))
