"""``kg neo4j push --sync`` against a real Neo4j 5.26: the database mirrors the build, and only kg's
part of it. Build A is two dated articles; build A+B adds a third dated one and an undated one
(tests/neo4j_graphs.py: CORPUS)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from neo4j_graphs import corpus_graph
from neo4j_server import Neo4jServer, snapshot, wipe

from kg.exporters.neo4j import graph_rows
from kg.model import node_id
from kg.neo4j_push import PushResult, SyncResult, push_graph, stale_nodes_query, stale_relationships_query

pytest_plugins = ["conftest_neo4j"]
pytestmark = pytest.mark.neo4j

A = ("a1", "a2")
AB = ("a1", "a2", "b1", "b2")

#: What a user made by hand in the same database: their own nodes, one with kg's labels, and their
#: own relationships, one of a type kg also writes (LEADS). None has kgBuild, so --sync leaves them.
HAND_MADE = """
CREATE (:Note {id: 'note-1', text: 'my own note'})-[:SEE_ALSO {since: 2020}]->(:Note {id: 'note-2'}),
       (:Entity:Person {id: 'user-person', name: '自分で登録した人物'})
           -[:LEADS {by: 'hand'}]->(:Entity:Company {id: 'user-company', name: '自分で登録した会社'})
"""


def push(server: Neo4jServer, g: nx.MultiDiGraph, **kw: Any) -> PushResult:
    return push_graph(g, server.uri, server.user, server.password, batch_size=3, **kw)


def kg_keys(g: nx.MultiDiGraph) -> tuple[set[str], set[tuple[str, str, str]]]:
    """The node ids and relationship keys a push of ``g`` writes."""
    rows = graph_rows(g)
    nodes = {e["id"] for e in rows.entities} | {d["id"] for d in rows.documents}
    rels = {(r["s"], r["type"], r["o"]) for r in rows.relationships}
    rels |= {(m["doc"], "MENTIONS", m["entity"]) for m in rows.mentions}
    return nodes, rels


def test_sync_after_removing_articles_equals_a_push_into_an_empty_database(
    neo4j_server: Neo4jServer, neo4j_driver: Any
) -> None:
    a, ab = corpus_graph(A), corpus_graph(AB)
    neo4j_driver.execute_query(HAND_MADE)
    hand_nodes, hand_rels = snapshot(neo4j_driver)
    push(neo4j_server, ab)
    assert set(snapshot(neo4j_driver)[0]) == set(hand_nodes) | kg_keys(ab)[0]

    result = push(neo4j_server, a, sync=True, delete_batch=2)  # many small delete transactions
    synced = snapshot(neo4j_driver)
    (a_nodes, a_rels), (ab_nodes, ab_rels) = kg_keys(a), kg_keys(ab)
    assert result.sync == SyncResult(
        nodes_deleted=len(ab_nodes - a_nodes), relationships_deleted=len(ab_rels - a_rels), nodes_kept=0
    )
    assert result.sync.nodes_deleted >= 4 and result.sync.relationships_deleted >= 5  # b1, b2 and theirs

    wipe(neo4j_driver)
    neo4j_driver.execute_query(HAND_MADE)
    push(neo4j_server, a)
    fresh = snapshot(neo4j_driver)
    assert synced == fresh  # nodes, labels, relationships and every property
    for key, value in hand_nodes.items():
        assert synced[0][key] == value
    for key, value in hand_rels.items():
        assert synced[1][key] == value
    assert set(synced[0]) == set(hand_nodes) | a_nodes and set(synced[1]) == set(hand_rels) | a_rels

    # the time facts are those of A alone: `uses` was last seen in b1 (2025-03-05), now in a2
    alibaba, r1 = node_id("Company", "アリババ"), node_id("Technology", "R1")
    uses = synced[1][(alibaba, "USES", r1)]
    assert (uses["firstSeen"], uses["lastSeen"], uses["articles"]) == (dt.date(2025, 2, 20),) * 2 + (1,)
    develops = synced[1][(node_id("Company", "ディープシーク"), "DEVELOPS", r1)]
    assert (develops["firstSeen"], develops["lastSeen"], develops["articles"]) == (
        dt.date(2025, 1, 10),
        dt.date(2025, 2, 20),
        2,
    )

    again = push(neo4j_server, a, sync=True)
    assert again.sync == SyncResult(0, 0, 0)
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert snapshot(neo4j_driver) == fresh


def test_sync_keeps_a_stale_node_the_users_relationship_still_uses(
    neo4j_server: Neo4jServer, neo4j_driver: Any
) -> None:
    a, ab = corpus_graph(A), corpus_graph(AB)
    push(neo4j_server, ab)
    nvidia = node_id("Company", "エヌビディア")  # only in b1
    neo4j_driver.execute_query(
        "MATCH (e:Entity {id: $id}) CREATE (:Note {id: 'note-nv', text: '注目'})-[:ABOUT]->(e)", id=nvidia
    )
    result = push(neo4j_server, a, sync=True)
    assert result.sync is not None and result.sync.nodes_kept == 1
    nodes, rels = snapshot(neo4j_driver)
    assert ("note-nv", "ABOUT", nvidia) in rels and nvidia in nodes
    assert not [k for k in rels if nvidia in (k[0], k[2]) and k[1] != "ABOUT"]  # kg's own edges are gone
    assert set(nodes) == kg_keys(a)[0] | {"note-nv", nvidia}


def test_sync_deletes_on_the_server_in_transactions_without_an_eager_step(
    neo4j_server: Neo4jServer, neo4j_driver: Any
) -> None:
    """The deletes stream: each batch is its own transaction (TransactionForeach) and the planner
    needs no Eager operator, which would first collect every matching row in memory."""

    def operators(plan: dict[str, Any]) -> list[str]:
        return [plan["operatorType"].split("@")[0]] + [
            op for c in plan.get("children", []) for op in operators(c)
        ]

    with neo4j_driver.session() as session:
        for query in (
            stale_relationships_query(1000),
            stale_nodes_query("Entity", 1000),
            stale_nodes_query("Document", 1000),
        ):
            ops = operators(session.run("EXPLAIN " + query, build="x").consume().plan)
            assert "TransactionForeach" in ops and not any(op.startswith("Eager") for op in ops), ops


def test_cli_sync_reports_what_it_deleted(
    neo4j_server: Neo4jServer, neo4j_driver: Any, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from kg.cli.neo4j import neo4j_app

    runner = CliRunner()
    args = ["--uri", neo4j_server.uri, "--user", neo4j_server.user, "--password", neo4j_server.password]
    for name, docs in (("ab", AB), ("a", A)):
        out = tmp_path / name
        out.mkdir()
        data = nx.node_link_data(corpus_graph(docs), edges="links")
        (out / "graph.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    res = runner.invoke(neo4j_app, ["push", str(tmp_path / "ab"), "--quiet", *args])
    assert res.exit_code == 0, res.output
    assert "sync:" not in res.output
    res = runner.invoke(neo4j_app, ["push", str(tmp_path / "a"), "--sync", "--quiet", *args])
    assert res.exit_code == 0, res.output
    (a_nodes, a_rels), (ab_nodes, ab_rels) = kg_keys(corpus_graph(A)), kg_keys(corpus_graph(AB))
    assert (
        f"sync: deleted {len(ab_nodes - a_nodes)} nodes and {len(ab_rels - a_rels)} relationships"
        in res.output
    )
    res = runner.invoke(neo4j_app, ["push", str(tmp_path / "a"), "--sync", "--quiet", *args])
    assert "sync: deleted 0 nodes and 0 relationships" in res.output
