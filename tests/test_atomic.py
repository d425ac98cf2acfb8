"""Outputs are never half-written (issues 7, 16): SIGKILL at any moment leaves the previous set
of output files or the new set, each file whole, never a mix.

Each file goes to a hidden temp file and is renamed into place, and the set is written into a
staging directory that takes the output directory's place in one exchange (kg/atomic.py). Kills
are tested in the middle of parsing a large ``kg build`` (the real CLI; Ctrl-C there too), before
every rename, exchange and removal of one export, while a large export runs, and in the middle of
writing one large file; leftovers of killed runs are removed by the next run.
"""

from __future__ import annotations

import errno
import json
import os
import random
import re
import shutil
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


ARTICLES = 64


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_while_parsing_leaves_the_previous_output_intact(tmp_path: Path, sig: signal.Signals) -> None:
    """Build once, then start a 64-article build into the same --out and kill it once the parse
    cache shows it has parsed its first batch (it is mid-parse: more batches are left). SIGKILL
    allows no cleanup at all; SIGINT (Ctrl-C) must also end in one line and exit 130."""
    (tmp_path / "small.txt").write_text("米グーグルは新しい人工知能を開発した。\n", encoding="utf-8")
    big = tmp_path / "big"
    big.mkdir()
    for i in range(ARTICLES):
        (big / f"{i:03d}.txt").write_text(article(i), encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "kg.cli", "build", "--out", str(out), "--quiet"]
    first = subprocess.run([*cmd, "--cache-dir", str(tmp_path / "c1"), str(tmp_path / "small.txt")],
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    before, names_before = files(out), entries(out)
    assert set(before) == FINAL_NAMES - {"neo4j"}

    cache = tmp_path / "c2"
    # Ctrl-C reaches a foreground command whose SIGINT is not ignored; a test run started in the
    # background (``pytest &``) ignores it, and children inherit that, so the default is restored
    proc = subprocess.Popen([*cmd, "--cache-dir", str(cache), str(big)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    wait_for(lambda: any(cache.rglob("*.spacy")), proc, 300, "the first parsed batch")
    if sig == signal.SIGKILL:
        sigkill(proc)
    else:
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
        assert (proc.returncode, err) == (130, "kg: interrupted\n")
    parsed = len(list(cache.rglob("*.spacy")))
    assert 0 < parsed < ARTICLES, parsed

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


def test_sigkill_during_a_large_export_leaves_the_old_set_or_the_new_set(
    tmp_path: Path, old_and_new: tuple[dict[str, bytes], dict[str, bytes]]
) -> None:
    """Kill -9 as soon as the first output file of a large export changes: the output directory
    holds the whole new set, never some new files beside old ones."""
    old, new = old_and_new
    out = tmp_path / "out"
    for name, data in old.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    target = out / "graph.ttl"
    inode = target.stat().st_ino
    proc = subprocess.Popen([sys.executable, "-c", EXPORT_SCRIPT, str(TESTS), str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for(lambda: target.stat().st_ino != inode, proc, 120, "graph.ttl to be replaced")
    sigkill(proc)
    now = {k: v for k, v in files(out).items() if not TEMP_NAME.fullmatch(Path(k).name)}
    assert now == new, "the output directory mixes old and new files"
    assert_readable(out)


#: Writes graph ``argv[2]`` into ``argv[1]`` and kills itself with SIGKILL just before the
#: ``argv[3]``-th call that changes files on disk: a rename, a replace, the directory exchange or a
#: tree removal. It prints how many such calls a whole run makes.
STEP_KILLER = textwrap.dedent(
    """
    import os, shutil, signal, sys
    sys.path.insert(0, sys.argv[4])
    import kg.atomic
    from kg.graph import KnowledgeGraph
    from test_atomic import big_graph

    stop_at, seen = int(sys.argv[3]), [0]

    def killing(fn):
        def call(*args, **kwargs):
            seen[0] += 1
            if seen[0] == stop_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return fn(*args, **kwargs)
        return call

    os.replace, os.rename = killing(os.replace), killing(os.rename)
    kg.atomic._exchange = killing(kg.atomic._exchange)
    shutil.rmtree = killing(shutil.rmtree)
    KnowledgeGraph(big_graph(sys.argv[2], 30, 60)).write_all(sys.argv[1])
    print(seen[0])
    """
)


def _export_steps(out: Path, tag: str, stop_at: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", STEP_KILLER, str(out), tag, str(stop_at), str(TESTS)],
                          capture_output=True, text=True, timeout=300)


def _leftovers(out: Path) -> list[str]:
    staging = [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.kg-")]
    temps = [p.relative_to(out).as_posix() for p in out.rglob("*") if TEMP_NAME.fullmatch(p.name)]
    return staging + temps


def test_sigkill_before_any_rename_leaves_the_old_set_or_the_new_set(tmp_path: Path) -> None:
    """Kill before each file-changing step of an export in turn: every time, the output directory
    holds exactly the old set or exactly the new set, and a file of the user's there stays. The next
    run removes what the killed ones left (staging directories, hidden temp files)."""
    ref = tmp_path / "ref"
    KnowledgeGraph(big_graph("old", 30, 60)).write_all(ref / "old")
    KnowledgeGraph(big_graph("new", 30, 60)).write_all(ref / "new")
    old, new = files(ref / "old"), files(ref / "new")
    assert set(old) == set(new) and all(old[k] != new[k] for k in old)
    out = tmp_path / "out"
    done = _export_steps(out, "new", 0)
    assert done.returncode == 0, done.stderr
    steps = int(done.stdout)
    assert steps >= 7  # six files renamed into the staging directory, then the exchange
    outcomes = []
    for stop_at in range(1, steps + 1):
        for stale in tmp_path.glob(".out.kg-*"):  # the previous kill's staging: removing it would be a step
            shutil.rmtree(stale)
        shutil.rmtree(out)
        shutil.copytree(ref / "old", out)
        (out / "notes.md").write_text("my notes\n", encoding="utf-8")
        run = _export_steps(out, "new", stop_at)
        assert run.returncode == -signal.SIGKILL, (stop_at, run.stderr)
        mine = files(out)
        assert mine.pop("notes.md") == b"my notes\n", stop_at
        now = {k: v for k, v in mine.items() if not TEMP_NAME.fullmatch(Path(k).name)}
        assert now in (old, new), f"killed before step {stop_at} of {steps}: a mix of old and new files"
        outcomes.append("new" if now == new else "old")
        assert_readable(out)
    assert "old" in outcomes and "new" in outcomes, outcomes
    # leftovers of a killed run: its staging directory (here from the kill before the last
    # rename into it), and a temp file as an interrupted single-file write leaves one
    assert _export_steps(out, "new", steps - 2).returncode == -signal.SIGKILL
    (out / "neo4j" / ".nodes.csv.abc123.tmp").write_text("half", encoding="utf-8")
    assert len(_leftovers(out)) == 2
    finished = _export_steps(out, "new", 0)
    assert finished.returncode == 0, finished.stderr
    assert {k: v for k, v in files(out).items() if k != "notes.md"} == new
    assert _leftovers(out) == []


def test_other_files_in_the_output_directory_stay(tmp_path: Path) -> None:
    out = tmp_path / "out"
    KnowledgeGraph(big_graph("old", 10, 10)).write_all(out)
    (out / "README.md").write_text("mine", encoding="utf-8")
    (out / "neo4j" / "extra.cypher").write_text("RETURN 1;", encoding="utf-8")
    (out / "sub").mkdir()
    (out / "sub" / "deep.txt").write_text("deep", encoding="utf-8")
    (out / "link").symlink_to("README.md")
    inode = out.stat().st_ino
    written = KnowledgeGraph(big_graph("new", 10, 10)).write_all(out)
    assert written == [out / "graph.ttl", out / "graph.json", out / "graph.html", out / "neo4j"]
    assert out.stat().st_ino != inode  # the directory was exchanged as a whole
    assert (out / "README.md").read_text(encoding="utf-8") == "mine"
    assert (out / "neo4j" / "extra.cypher").read_text(encoding="utf-8") == "RETURN 1;"
    assert (out / "sub" / "deep.txt").read_text(encoding="utf-8") == "deep"
    assert os.readlink(out / "link") == "README.md"
    assert "new" in (out / "graph.json").read_text(encoding="utf-8")
    assert _leftovers(out) == []


def test_without_an_exchange_files_are_replaced_one_by_one(tmp_path: Path, monkeypatch) -> None:
    import kg.atomic

    monkeypatch.setattr(kg.atomic, "_exchange", lambda a, b: False)  # another OS or file system
    out = tmp_path / "out"
    KnowledgeGraph(big_graph("old", 10, 10)).write_all(out)
    inode = out.stat().st_ino
    KnowledgeGraph(big_graph("new", 10, 10)).write_all(out)
    assert out.stat().st_ino == inode and "new" in (out / "graph.ttl").read_text(encoding="utf-8")
    assert _leftovers(out) == []


def test_the_working_directory_is_never_swapped_away(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    KnowledgeGraph(big_graph("old", 10, 10)).write_all(out)
    monkeypatch.chdir(out)
    inode = out.stat().st_ino
    KnowledgeGraph(big_graph("new", 10, 10)).write_all(".")
    assert out.stat().st_ino == inode and Path.cwd().samefile(out)
    assert "new" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_a_symlinked_output_directory_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real"
    KnowledgeGraph(big_graph("old", 10, 10)).write_all(real)
    (tmp_path / "link").symlink_to("real")
    KnowledgeGraph(big_graph("new", 10, 10)).write_all(tmp_path / "link")
    assert (tmp_path / "link").is_symlink() and "new" in (real / "graph.ttl").read_text(encoding="utf-8")


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
