"""``kg neo4j push --sync`` deletes more than one transaction may hold, on a real Neo4j 5.26.

The test starts its own server (tools/neo4j-launcher) with a 16 MB cap per transaction
(``db.memory.transaction.max``), fills it with 100,000 relationships and 20,000 nodes that an
earlier push made, shows that deleting them in one transaction is refused, and then syncs: the
deletes go through in batches, on the server, and only kg's data is gone. The 1M-relationship run
is ``bench/neo4j_sync_bench.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from neo4j_graphs import corpus_graph, fill_with_stale_kg_data
from neo4j_server import Neo4jServer, ServerUnavailable, server_from_env, skip_or_fail, start_launcher

from kg.exporters.neo4j import graph_rows
from kg.neo4j_push import push_graph

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

TRANSACTION_LIMIT = "16m"
STALE_NODES = 20_000
STALE_RELATIONSHIPS = 100_000


@pytest.fixture(scope="module")
def limited_server() -> Iterator[Neo4jServer]:
    if server_from_env() is not None:
        pytest.skip("needs a server of its own with a transaction memory cap; NEO4J_URI is given")
    try:
        server = start_launcher(conf=(f"db.memory.transaction.max={TRANSACTION_LIMIT}",))
    except ServerUnavailable as exc:
        skip_or_fail(str(exc))
    try:
        yield server
    finally:
        server.stop()


def test_sync_deletes_in_batches_what_one_transaction_cannot(limited_server: Neo4jServer) -> None:
    from neo4j import GraphDatabase, exceptions

    a = corpus_graph(("a1", "a2"))
    server = limited_server
    with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        with driver.session() as session:
            fill_with_stale_kg_data(session, STALE_NODES, STALE_RELATIONSHIPS)
            session.run("CREATE (:Note {id: 'mine'})-[:SEE_ALSO]->(:Note {id: 'also-mine'})").consume()
            count = session.run("MATCH ()-[r {kgBuild: 'earlier'}]->() RETURN count(r) AS c").single()["c"]
            assert count == STALE_RELATIONSHIPS
            with pytest.raises(exceptions.TransientError, match="memory"):  # the cap is real
                session.run("MATCH ()-[r]->() WHERE r.kgBuild = 'earlier' DELETE r").consume()

        result = push_graph(a, server.uri, server.user, server.password, sync=True)
        assert result.sync is not None
        assert (result.sync.relationships_deleted, result.sync.nodes_deleted) == (
            STALE_RELATIONSHIPS,
            STALE_NODES,
        )

        rows = graph_rows(a)
        with driver.session() as session:
            nodes = session.run("MATCH (n) RETURN count(n) AS c").single()["c"]
            rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]
            left = session.run(
                "MATCH (n) WHERE n.kgBuild IS NOT NULL AND n.kgBuild <> $b RETURN count(n) AS c", b=rows.build
            ).single()["c"]
        assert left == 0
        assert nodes == len(rows.entities) + len(rows.documents) + 2  # and the user's two notes
        assert rels == len(rows.relationships) + len(rows.mentions) + 1
