"""Outputs are never half-written (issue 7): SIGKILL at any moment leaves every output file whole.

Each output goes to a hidden temp file beside it and is renamed into place (kg/atomic.py), so
a run killed with SIGKILL (no handler, no cleanup) leaves under each final name either the
previous file or the new one, byte for byte, and never a partial file. Three kills are tested:
in the middle of parsing a large ``kg build`` (the real CLI; Ctrl-C there too), between the
exporters' renames, and in the middle of writing one large file.
"""

from __future__ import annotations

import errno
import json
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.atomic import OutputError, atomic_open, write_bytes, write_text
from kg.errors import KgError
from kg.graph import KnowledgeGraph, add_entity, add_relation, new_graph
from kg.model import ENTITY_TYPES, PREDICATES, Entity, Evidence, Relation, node_id

TESTS = Path(__file__).resolve().parent
FINAL_NAMES = {
    "graph.ttl",
    "graph.json",
    "graph.html",
    "neo4j",
    "neo4j/import.cypher",
    "neo4j/nodes.csv",
    "neo4j/relationships.csv",
}
#: What an interrupted atomic write may leave behind: a hidden temp file, never a final name.
TEMP_NAME = re.compile(r"\.(graph\.ttl|graph\.json|graph\.html|import\.cypher|nodes\.csv|relationships\.csv)"
                       r"\.[^/]+\.tmp")


def files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def entries(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*")}


def assert_readable(out: Path) -> None:
    """The outputs still parse in strict consumers."""
    assert list(ox.parse((out / "graph.ttl").read_bytes(), format=ox.RdfFormat.TURTLE))
    json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert (out / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def wait_for(predicate, proc: subprocess.Popen, timeout: float, what: str) -> None:
    """Poll fast until ``predicate()``; fail if the process ends first or time runs out."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"process ended (exit {proc.returncode}) before {what}: {err[-2000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.0005)


def sigkill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the process had already finished: nothing was interrupted"


# -- 1. killed while parsing a large build ---------------------------------------------------------

COMPANIES = ["トヨタ自動車", "ソニーグループ", "米グーグル", "米マイクロソフト", "日立製作所", "パナソニック",
             "任天堂", "ソフトバンクグループ", "米アップル", "米エヌビディア"]
THINGS = ["人工知能", "半導体", "電気自動車", "量子コンピューター", "蓄電池", "ロボット"]


def article(i: int) -> str:
    """About 500 characters of news-like text; every article differs (no parse is shared)."""
    rnd = random.Random(i)
    sentences = []
    while sum(map(len, sentences)) < 500:
        a, b = rnd.sample(COMPANIES, 2)
        sentences.append(
            rnd.choice(
                [
                    f"{a}は{2000 + rnd.randrange(30)}年に新しい{rnd.choice(THINGS)}を開発したと発表した。",
                    f"{a}と{b}は{rnd.choice(THINGS)}の分野で提携すると{rnd.randrange(1, 28)}日に述べた。",
                    f"{a}は{b}に{rnd.choice(THINGS)}を供給する契約を結んだ。",
                    f"関係者によると、{a}の売上高は前年比{rnd.randrange(1, 40)}％増えた。",
                ]
            )
        )
    return "\n".join(sentences) + "\n"


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_while_parsing_leaves_the_previous_output_intact(tmp_path: Path, sig: signal.Signals) -> None:
    """Build once, then start a 64-article build into the same --out and kill it once the parse
    cache shows it has parsed its first batch (it is mid-parse: more batches are left). SIGKILL
    allows no cleanup at all; SIGINT (Ctrl-C) must also end in one line and exit 130."""
    (tmp_path / "small.txt").write_text("米グーグルは新しい人工知能を開発した。\n", encoding="utf-8")
    big = tmp_path / "big"
    big.mkdir()
    for i in range(64):
        (big / f"{i:03d}.txt").write_text(article(i), encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "kg.cli", "build", "--out", str(out), "--quiet"]
    first = subprocess.run([*cmd, "--cache-dir", str(tmp_path / "c1"), str(tmp_path / "small.txt")],
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    before, names_before = files(out), entries(out)
    assert set(before) == FINAL_NAMES - {"neo4j"}

    cache = tmp_path / "c2"
    proc = subprocess.Popen([*cmd, "--cache-dir", str(cache), str(big)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    wait_for(lambda: any(cache.rglob("*.spacy")), proc, 300, "the first parsed batch")
    if sig == signal.SIGKILL:
        sigkill(proc)
    else:
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
        assert (proc.returncode, err) == (130, "kg: interrupted\n")
    parsed = len(list(cache.rglob("*.spacy")))
    assert 0 < parsed < 64, parsed

    assert files(out) == before
    assert entries(out) == names_before  # not even a temp file: export had not begun
    assert_readable(out)


# -- 2. killed between the exporters' renames ------------------------------------------------------


def big_graph(tag: str, n_nodes: int = 1500, n_edges: int = 3000) -> nx.MultiDiGraph:
    """A deterministic graph large enough that exporting it takes seconds (Turtle ~2 s)."""
    rnd = random.Random(7)
    g = new_graph()
    g.graph["documents"] = [
        {"id": f"d{k:02d}", "path": f"d{k:02d}.txt", "title": f"{tag}{k}", "chars": 1, "date": None,
         "url": None}
        for k in range(40)
    ]
    ids = []
    for i in range(n_nodes):
        etype = ENTITY_TYPES[i % len(ENTITY_TYPES)]
        name = f"{tag}エンティティ{i:05d}"
        ent = Entity(node_id(etype, name), etype, name, aliases={f"A{i}"}, mentions=1 + i % 5,
                     docs={f"d{i % 40:02d}"})
        add_entity(g, ent)
        ids.append(ent.id)
    preds = sorted(PREDICATES)
    for j in range(n_edges):
        a, b = rnd.sample(ids, 2)
        ev = Evidence(f"d{j % 40:02d}", f"{tag}の文{j}。" * 4, j, j + 10, "synthetic", 0.5)
        add_relation(g, Relation(a, rnd.choice(preds), b, ev))
    return g


EXPORT_SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from test_atomic import big_graph
    from kg.graph import KnowledgeGraph
    KnowledgeGraph(big_graph("new")).write_all(sys.argv[2])
    """
)


@pytest.fixture(scope="module")
def old_and_new(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The bytes of every output for the previous graph and for the one the killed run writes."""
    ref = tmp_path_factory.mktemp("ref")
    KnowledgeGraph(big_graph("old", 300, 600)).write_all(ref / "old")
    KnowledgeGraph(big_graph("new")).write_all(ref / "new")
    old, new = files(ref / "old"), files(ref / "new")
    assert set(old) == set(new) and all(old[k] != new[k] for k in old)
    return old, new


@pytest.mark.parametrize("after", ["graph.ttl", "graph.json", "graph.html", "neo4j/import.cypher"])
def test_sigkill_between_renames_leaves_each_file_old_or_new(
    tmp_path: Path, old_and_new: tuple[dict[str, bytes], dict[str, bytes]], after: str
) -> None:
    """Kill -9 right after ``after`` is renamed into place: the files already renamed are the
    new ones, the rest still the old ones, and each is whole."""
    old, new = old_and_new
    out = tmp_path / "out"
    for name, data in old.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    target = out / after
    inode = target.stat().st_ino
    proc = subprocess.Popen([sys.executable, "-c", EXPORT_SCRIPT, str(TESTS), str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for(lambda: target.stat().st_ino != inode, proc, 120, f"{after} to be replaced")
    sigkill(proc)
    now = files(out)
    assert now[after] == new[after]
    for name in set(old) | set(now):
        if TEMP_NAME.fullmatch(Path(name).name):
            continue  # a hidden temp file of the next output, which the kill interrupted
        assert name in old, f"unexpected file {name}"
        assert now[name] in (old[name], new[name]), f"{name} is neither the old nor the new file"
    assert_readable(out)


# -- 3. killed while one large file is being written -----------------------------------------------

SLOW_WRITER = textwrap.dedent(
    """
    import sys, time
    from kg.atomic import atomic_open
    with atomic_open(sys.argv[1]) as fh:
        for i in range(10_000):
            fh.write(f"line {i:05d} " + "x" * 1000 + "\\n")
            fh.flush()
            time.sleep(0.001)
    """
)


def test_sigkill_mid_write_leaves_the_old_file_and_only_a_hidden_temp(tmp_path: Path) -> None:
    target = tmp_path / "graph.json"
    target.write_text('{"previous": true}\n', encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, str(target)], stderr=subprocess.PIPE,
                            text=True)

    def half_written() -> bool:
        temps = [p for p in tmp_path.iterdir() if p.name != "graph.json"]
        return bool(temps) and temps[0].stat().st_size > 100_000

    wait_for(half_written, proc, 60, "the temp file to fill")
    sigkill(proc)
    assert target.read_text(encoding="utf-8") == '{"previous": true}\n'
    (temp,) = [p for p in tmp_path.iterdir() if p != target]
    assert TEMP_NAME.fullmatch(temp.name) and temp.name.startswith(".graph.json.")


# -- the writer itself ----------------------------------------------------------------------------


def test_os_error_names_the_output_keeps_the_old_file_and_cleans_up(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "graph.ttl"
    write_text(target, "old\n")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError) as err:
        write_bytes(target, b"new\n" * 1000)
    assert isinstance(err.value, KgError) and isinstance(err.value, OSError)
    assert err.value.errno == errno.ENOSPC and err.value.exit_code == 1
    assert str(err.value) == f"cannot write output file: No space left on device ({target})"
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_unwritable_place_is_an_output_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match=r"cannot write output file: .*\(.*file/sub/graph\.html\)"):
        write_text(tmp_path / "file" / "sub" / "graph.html", "<html>")


def test_other_errors_pass_unchanged_and_leave_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "nodes.csv"
    write_text(target, "old\n")
    with pytest.raises(ValueError, match="bad row"), atomic_open(target) as fh:
        fh.write("half a row")
        raise ValueError("bad row")
    # an OS error about some other file (here: reading an input) is not blamed on the output
    with pytest.raises(FileNotFoundError) as err, atomic_open(target) as fh:
        fh.write((tmp_path / "missing.txt").read_text())
    assert not isinstance(err.value, OutputError)
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["nodes.csv"]


def test_written_files_are_utf8_world_readable_and_keep_line_ends(tmp_path: Path) -> None:
    target = tmp_path / "new" / "import.cypher"
    write_text(target, "MERGE (n {name: '東京'});\r\nRETURN 1;\n")
    assert target.read_bytes() == "MERGE (n {name: '東京'});\r\nRETURN 1;\n".encode()
    assert target.stat().st_mode & 0o777 == 0o644
