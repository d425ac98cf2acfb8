"""Start and stop the real Neo4j used by the Neo4j tests (tools/neo4j-launcher), or use NEO4J_URI.

Kept free of pytest fixtures so that it can also be used by hand::

    python tests/neo4j_server.py     # starts a server, prints its URI, stops on Enter / EOF
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LAUNCHER = ROOT / "tools" / "neo4j-launcher"
START = LAUNCHER / "start.sh"
BUILT = LAUNCHER / "target" / ".built"
TEST_USER = "neo4j"
TEST_PASSWORD = "kg-test-password"
START_TIMEOUT = 180.0
#: LOAD CSV must read the CSVs as RFC 4180 (a backslash is an ordinary character); see the README.
SERVER_CONF = ("db.import.csv.legacy_quote_escaping=false",)
#: neo4j-admin options for kg's CSVs, as in the README's command.
ADMIN_IMPORT_OPTIONS = ("--array-delimiter=;", "--multiline-fields=true", "--overwrite-destination=true")

IN_CI = os.environ.get("CI", "").lower() == "true"


def skip_or_fail(reason: str) -> None:
    """Skip on a developer's machine; fail in CI, where a missing Neo4j is a broken setup."""
    import pytest

    if IN_CI:
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def wipe(driver: Any) -> None:
    """Empty the database: no nodes, no relationships, no constraints."""
    driver.execute_query("MATCH (n) DETACH DELETE n")
    for rec in driver.execute_query("SHOW CONSTRAINTS YIELD name").records:
        driver.execute_query(f"DROP CONSTRAINT `{rec['name']}` IF EXISTS")


Snapshot = tuple[dict[str, tuple[list[str], dict[str, Any]]], dict[tuple[str, str, str], dict[str, Any]]]


def snapshot(driver: Any) -> Snapshot:
    """Everything in the database: nodes by id (labels, properties), relationships by (s, type, o)."""
    nodes: dict[str, tuple[list[str], dict[str, Any]]] = {}
    query = "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p"
    for r in driver.execute_query(query).records:
        assert r["id"] not in nodes, f"duplicate node {r['id']!r}"
        nodes[r["id"]] = (sorted(r["labels"]), r["p"])
    rels: dict[tuple[str, str, str], dict[str, Any]] = {}
    query = "MATCH (s)-[r]->(o) RETURN s.id AS s, type(r) AS t, o.id AS o, properties(r) AS p"
    for r in driver.execute_query(query).records:
        key = (r["s"], r["t"], r["o"])
        assert key not in rels, f"duplicate relationship {key!r}"
        rels[key] = r["p"]
    return nodes, rels


class ServerUnavailable(RuntimeError):
    """No Neo4j can be had here; the message says why (used as the skip reason)."""


@dataclass
class AdminImport:
    """What ``neo4j-admin database import full`` did before the server started."""

    returncode: int
    output: str
    snapshot: Snapshot | None = None  # the database right after the server started


@dataclass
class Neo4jServer:
    """Where a running Neo4j is and how to log in; ``import_dir`` is its LOAD CSV file:/// root."""

    uri: str
    user: str
    password: str
    import_dir: Path | None
    home: Path | None = None  # a throw-away home: deleted on stop, so no clean shutdown is needed
    process: subprocess.Popen | None = None
    log: list[str] = field(default_factory=list)
    admin_import: AdminImport | None = None

    def stop(self) -> None:
        """Kill a throw-away server; otherwise close its stdin so that it shuts down cleanly."""
        proc = self.process
        if proc is None:
            return
        self.process = None
        try:
            if self.home is not None:
                proc.kill()
            elif proc.stdin:
                proc.stdin.close()
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
        if proc.stdin and not proc.stdin.closed:
            proc.stdin.close()
        if self.home is not None:
            shutil.rmtree(self.home, ignore_errors=True)


def launcher_problem() -> str | None:
    """Why the bundled launcher cannot run here, or None if it can."""
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "no Java runtime (JDK 17+) to run the embedded Neo4j; or set NEO4J_URI"
    if not BUILT.exists():
        return f"Neo4j launcher not built: run {LAUNCHER / 'build.sh'} (needs Maven), or set NEO4J_URI"
    return None


def admin_import(home: Path, csv_dir: Path, database: str = "neo4j") -> AdminImport:
    """Run the README's neo4j-admin import of csv_dir/{nodes,relationships}.csv into ``home``."""
    cmd = [str(START), "admin", "database", "import", "full"]
    cmd += ["--nodes=nodes.csv", "--relationships=relationships.csv", *ADMIN_IMPORT_OPTIONS]
    cmd += ["--max-off-heap-memory=256m", database]
    proc = subprocess.run(
        cmd,
        cwd=csv_dir,
        env={**os.environ, "NEO4J_HOME": str(home)},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return AdminImport(proc.returncode, proc.stdout + proc.stderr)


def start_launcher(
    password: str = TEST_PASSWORD, preload_csv: Path | None = None, conf: tuple[str, ...] = ()
) -> Neo4jServer:
    """Start tools/neo4j-launcher in a new temporary home on a free port; wait for its Bolt URI.

    With ``preload_csv``, first neo4j-admin-import the CSVs in that directory into the home
    (the result is in ``server.admin_import``; on failure the server starts empty). ``conf`` adds
    ``setting=value`` lines to :data:`SERVER_CONF`.
    """
    problem = launcher_problem()
    if problem:
        raise ServerUnavailable(problem)
    home = Path(tempfile.mkdtemp(prefix="kg-neo4j-"))
    imported = None
    if preload_csv is not None:
        imported = admin_import(home, preload_csv)
        if imported.returncode != 0:
            shutil.rmtree(home / "data", ignore_errors=True)
    import_dir = home / "import"
    import_dir.mkdir(parents=True, exist_ok=True)
    cmd = [str(START), "--home", str(home), "--import-dir", str(import_dir), "--password", password]
    for kv in (*SERVER_CONF, *conf):
        cmd += ["--conf", kv]
    proc = subprocess.Popen(
        [*cmd, "--stop-on-eof"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
    )
    log: list[str] = []
    found: list[str] = []
    ready = threading.Event()

    def pump() -> None:  # keeps draining output so the JVM never blocks on a full pipe
        assert proc.stdout is not None
        for line in proc.stdout:
            line = line.rstrip("\n")
            if not found and line.startswith("bolt://"):
                found.append(line)
                ready.set()
            else:
                log.append(line)
        ready.set()

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + START_TIMEOUT
    while not ready.wait(0.2) and time.monotonic() < deadline:
        pass
    server = Neo4jServer(
        found[0] if found else "", TEST_USER, password, import_dir, home, proc, log, imported
    )
    if not found:
        server.stop()
        tail = " | ".join(log[-5:])
        raise RuntimeError(f"Neo4j launcher did not print a Bolt URI (exit {proc.returncode}): {tail}")
    return server


def server_from_env() -> Neo4jServer | None:
    """A server given by NEO4J_URI (+ NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_IMPORT_DIR), if set."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    imp = os.environ.get("NEO4J_IMPORT_DIR")
    return Neo4jServer(
        uri,
        os.environ.get("NEO4J_USERNAME", TEST_USER),
        os.environ.get("NEO4J_PASSWORD", TEST_PASSWORD),
        Path(imp) if imp else None,
    )


if __name__ == "__main__":
    srv = start_launcher()
    print(srv.uri, flush=True)
    try:
        input()
    except EOFError:
        pass
    finally:
        srv.stop()
