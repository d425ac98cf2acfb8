"""Fixtures for the Neo4j tests, loaded as a plugin (``pytest_plugins = ["conftest_neo4j"]``).

``neo4j_server`` is session-scoped: one real Neo4j (tools/neo4j-launcher, or NEO4J_URI) serves
every Neo4j test. The launcher's database starts out as the neo4j-admin import of the hostile
test graph's CSVs (checked by test_admin_import, from a snapshot taken at start), which saves a
second server start. Without Java or the built launcher the tests skip with the reason, except
when CI=true, where they fail instead. The tests empty the database they use, so a server
given by NEO4J_URI is used only if its database is empty or KG_NEO4J_TEST_WIPE=1.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j_graphs import hostile_graph
from neo4j_server import (
    Neo4jServer,
    ServerUnavailable,
    server_from_env,
    skip_or_fail,
    snapshot,
    start_launcher,
    wipe,
)

from kg.exporters.neo4j import write_neo4j


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jServer]:
    env = server_from_env()
    if env is not None:
        if os.environ.get("KG_NEO4J_TEST_WIPE") != "1" and not _is_empty(env):
            skip_or_fail(
                f"the database at NEO4J_URI={env.uri} is not empty and the Neo4j tests wipe it; "
                "use a scratch database or set KG_NEO4J_TEST_WIPE=1"
            )
        yield env
        return
    try:
        with tempfile.TemporaryDirectory(prefix="kg-neo4j-csv-") as csv_dir:
            write_neo4j(hostile_graph(), Path(csv_dir))
            server = start_launcher(preload_csv=Path(csv_dir))
    except ServerUnavailable as exc:
        skip_or_fail(str(exc))
    try:
        if server.admin_import is not None and server.admin_import.returncode == 0:
            from neo4j import GraphDatabase

            with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
                server.admin_import.snapshot = snapshot(driver)
        yield server
    finally:
        server.stop()


@pytest.fixture()
def neo4j_driver(neo4j_server: Neo4jServer) -> Iterator[object]:
    """A driver on the test server whose default database starts empty (no data, no constraints)."""
    from neo4j import GraphDatabase

    with GraphDatabase.driver(neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password)) as driver:
        wipe(driver)
        yield driver


def _is_empty(server: Neo4jServer) -> bool:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        return driver.execute_query("MATCH (n) RETURN count(n) AS c").records[0]["c"] == 0
