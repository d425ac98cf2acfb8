"""Command-line conventions: ``--version``, ``python -m kg``, ``-`` for standard input, closed pipes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parents[1]
GRAPH = ROOT / "output" / "graph.ttl"
PERSONS = "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name"
ARTICLE = "トヨタ自動車の佐藤恒治社長は会見した。\n"


def run(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd, timeout=600)


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout == f"kg {kg.__version__}\n" and r.stderr == ""
    assert "--version" in run("--help").stdout


def test_build_help_names_the_default_profile_and_the_dask_extra() -> None:
    # the help is rich text: a bracketed extra must be escaped or it vanishes as markup
    text = " ".join(subprocess.run([sys.executable, "-m", "kg", "build", "--help"], capture_output=True,
                                   text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "300"}).stdout.split())
    assert "kg[dask]" in text and "[default: fast]" in text


def test_python_dash_m_kg_is_the_kg_command() -> None:
    r = run()
    assert r.returncode == 2 and "build" in r.stdout + r.stderr  # no arguments: the help
    r = run("query", str(GRAPH), PERSONS, "--format", "csv")
    assert r.returncode == 0 and r.stdout.splitlines()[0] == "name"


def test_build_reads_standard_input(tmp_path: Path) -> None:
    r = run("build", "-", "--out", str(tmp_path / "a"), "--quiet", stdin=ARTICLE)
    assert r.returncode == 0, r.stderr
    graph = json.loads((tmp_path / "a" / "graph.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in graph["graph"]["documents"]] == ["stdin"]
    assert {"トヨタ自動車", "佐藤恒治"} <= {n["name"] for n in graph["nodes"]}
    jsonl = json.dumps({"id": "n1", "text": ARTICLE}, ensure_ascii=False) + "\n"
    r = run("build", "-", "--format", "jsonl", "--out", str(tmp_path / "b"), "--quiet", stdin=jsonl)
    assert r.returncode == 0, r.stderr
    graph = json.loads((tmp_path / "b" / "graph.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in graph["graph"]["documents"]] == ["n1"]


def test_query_reads_the_query_from_standard_input(tmp_path: Path) -> None:
    expected = run("query", str(GRAPH), PERSONS, "--format", "csv").stdout
    assert len(expected.splitlines()) > 3
    assert run("query", str(GRAPH), "-", "--format", "csv", stdin=PERSONS).stdout == expected
    assert run("query", str(GRAPH), "--file", "-", "--format", "csv", stdin=PERSONS).stdout == expected


@pytest.mark.parametrize("fmt", ["csv", "table", "json"])
@pytest.mark.parametrize("query", [PERSONS, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"], ids=["small", "large"])
def test_closed_pipe_ends_quietly(query: str, fmt: str) -> None:
    """``kg query … | head -1``: the reader goes away; no traceback, no "Exception ignored"."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # output buffered, as usual
    proc = subprocess.Popen([sys.executable, "-m", "kg", "query", str(GRAPH), query, "--format", fmt],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before anything is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=600) == 1
    assert err == ""


def test_closed_pipe_in_a_shell_pipeline() -> None:
    r = subprocess.run(
        f"{sys.executable} -m kg query {GRAPH} 'SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }}' --format csv | head -1",
        shell=True, capture_output=True, text=True, cwd=ROOT, timeout=600, executable="/bin/sh",
    )
    assert r.stdout.splitlines() == ["s,p,o"] and r.stderr == ""


PRIVATE_IMPORT = re.compile(
    r"""(?m)^\s*(?:from|import)\s+([A-Za-z]\w*)\.(_\w+)"""  # import x._y / from x._y import z
    r"""|["']([A-Za-z]\w*)\.(_[a-z]\w*)[."']"""  # importlib.import_module("x._y.z")
)


def test_no_private_module_of_a_dependency_is_imported() -> None:
    """kg once imported ``typer._click``; private modules move without notice."""
    offenders = []
    for path in (ROOT / "kg").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for m in PRIVATE_IMPORT.finditer(text):
            package = m.group(1) or m.group(3)
            if package != "kg":
                offenders.append(f"{path.relative_to(ROOT)}: {m.group(0).strip()}")
    assert offenders == []
