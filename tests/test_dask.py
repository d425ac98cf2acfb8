"""--dask: a build on a Dask cluster writes the same bytes as a local one, survives a killed worker,
and names the documents of a batch that fails twice (fatal under --strict).

The cluster tests need ``dask[distributed]`` (``pip install -e ".[dask]"``); without it they
skip, except under ``CI=true``, where they fail.  Reading units (how the client cuts the input
for the workers) are checked without Dask.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg.read
from kg.exporters import output_files
from kg.pipeline import build
from kg.read import JsonlLines, TextFiles, discover, read_documents, read_units

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "dev"
SEEDS = ROOT / "seeds"
IN_CI = os.environ.get("CI", "").lower() == "true"


def run_kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, capture_output=True, text=True)


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in output_files()}


def needs_distributed() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        if IN_CI:
            pytest.fail("CI=true but dask[distributed] is not installed: pip install -e '.[dask]'")
        pytest.skip("dask[distributed] is not installed (pip install -e '.[dask]')")


# --- read units: what the client hands the workers ----------------------------------------------


def _read_all(units, warn) -> list[tuple[str, str, str]]:
    ids = kg.read.UniqueIds()
    out = []
    for unit in units:
        for where, doc in unit.read(None, None, False, warn):
            unique = ids.admit(doc, where, warn)
            if unique is not None:
                out.append((where, unique.id, unique.text))
    return out


def test_read_units_give_the_documents_and_warnings_of_a_local_read(tmp_path: Path) -> None:
    records = [{"id": f"a{i}", "text": f"記事{i}の本文です。"} for i in range(9)]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines[3] = '{"id": "broken", "text": '  # a bad line in the middle of a unit
    lines[6] = ""  # a blank line
    lines.append(json.dumps({"id": "a1", "text": "別の本文。"}, ensure_ascii=False))  # a taken id
    (tmp_path / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("トヨタ自動車は発表した。", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "d.txt").write_text("ソニーグループも発表した。", encoding="utf-8")
    (tmp_path / "e.jsonl").write_bytes(b"\x00\x01\x02" * 50_000)  # a binary JSONL file, several units long

    local_warnings: list[str] = []
    local = [(d.path, d.id, d.text) for d in read_documents([tmp_path], warn=local_warnings.append)]
    files = discover([tmp_path])
    units = list(read_units(files, None, None, unit_docs=2, unit_bytes=40_000))
    assert sum(isinstance(u, JsonlLines) for u in units) > 3  # b.jsonl cut into line ranges
    assert any(isinstance(u, TextFiles) and len(u.files) == 2 for u in units)
    unit_warnings: list[str] = []
    read = _read_all(units, unit_warnings.append)
    assert [(i, t) for _, i, t in read] == [(i, t) for _, i, t in local]
    where = {i: w for w, i, _ in read}
    assert where["a8"] == f"{tmp_path.as_posix()}/b.jsonl:9"  # line numbers count from the file's start
    assert unit_warnings == local_warnings
    assert any(":4: skipped: invalid JSON" in w for w in unit_warnings)
    assert sum("e.jsonl" in w for w in unit_warnings) == 1  # the binary file is reported once
    assert any("renamed to 'a1~2'" in w for w in unit_warnings)


# --- on a cluster --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article and the 18 dev texts."""
    d = tmp_path_factory.mktemp("dask-corpus")
    shutil.copytree(SEEDS, d / "seeds")
    shutil.copytree(DEV, d / "dev", ignore=shutil.ignore_patterns("*.json"))
    return d


@pytest.fixture(scope="module")
def local_output(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("local") / "out"
    r = run_kg("build", str(corpus), "--out", str(out), "--quiet", "--no-cache")
    assert r.returncode == 0, r.stderr
    return outputs(out)


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    """A LocalCluster of two single-thread worker processes on loopback, shared by the tests below."""
    needs_distributed()
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as c, Client(c) as client:
        client.wait_for_workers(2, timeout=60)
        yield client


@pytest.mark.slow
def test_dask_local_2_is_byte_identical_to_a_local_build(corpus: Path, local_output: dict[str, bytes],
                                                         tmp_path: Path) -> None:
    needs_distributed()
    out = tmp_path / "out"
    r = run_kg("build", str(corpus), "--out", str(out), "--quiet", "--no-cache", "--dask", "local:2")
    assert r.returncode == 0, r.stderr
    assert b"kg:" not in r.stderr.encode()
    assert outputs(out) == local_output
    assert json.loads(local_output["graph.json"])["graph"]["documents"][0]["id"]  # a real graph


@pytest.mark.slow
def test_a_killed_worker_does_not_change_the_output(cluster, corpus: Path, local_output: dict[str, bytes],
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.read, "UNIT_DOCS", 2)  # ten batches: several are in flight at the kill
    pids = cluster.run(os.getpid)
    killed: list[int] = []

    def kill_one(_docs: int) -> None:
        if not killed:
            victim = sorted(pids.values())[-1]
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    warnings: list[str] = []
    result = build([corpus], dask=cluster.scheduler.address, use_cache=False, on_batch=kill_one,
                   warn=warnings.append)
    assert killed and killed[0] not in cluster.run(os.getpid).values()  # it really died (and was replaced)
    assert warnings == [] and result.stats["failed_documents"] == []
    result.write_all(tmp_path / "out")
    assert outputs(tmp_path / "out") == local_output


class FailOn:
    """A worker plugin that makes every batch holding a document with ``marker`` raise."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def setup(self, worker: object) -> None:
        import kg.cluster

        real = kg.cluster.counted_batch
        marker = self.marker

        def failing(batch, *args, **kwargs):
            if any(marker in d.text for d in batch):
                raise RuntimeError("this batch always fails")
            return real(batch, *args, **kwargs)

        kg.cluster.counted_batch = failing


@pytest.mark.slow
def test_a_batch_that_always_fails_is_named_and_fatal_under_strict(cluster, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import cloudpickle
    from distributed.diagnostics.plugin import WorkerPlugin

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import this test module
    plugin = type("FailOnPlugin", (FailOn, WorkerPlugin), {})("壊れた記事")
    cluster.register_plugin(plugin, name="fail-on-marker")
    try:
        corpus = tmp_path / "in"
        corpus.mkdir()
        for name in ["01_ai.txt", "05_autos.txt"]:
            shutil.copy(DEV / name, corpus / name)
        text = "壊れた記事。トヨタ自動車は新型車を発表した。"
        (corpus / "03_broken.txt").write_text(text, encoding="utf-8")
        address = cluster.scheduler.address
        # the three documents make one batch: the warning names all three
        r = run_kg("build", str(corpus), "--out", str(tmp_path / "strict"), "--quiet", "--no-cache",
               "--dask", address, "--strict")
        assert r.returncode == 1, r.stderr
        warning = [line for line in r.stderr.splitlines() if line.startswith("kg: warning:")]
        assert len(warning) == 1 and "failed twice" in warning[0] and "this batch always fails" in warning[0]
        assert all(name in warning[0] for name in ["01_ai.txt", "03_broken.txt", "05_autos.txt"])
        assert r.stderr.strip().splitlines()[-1].startswith("kg: error:")
        assert not (tmp_path / "strict").exists()

        # one document per batch, not strict: only the marked document is left out, with a warning
        monkeypatch.setattr(kg.read, "UNIT_DOCS", 1)
        warnings: list[str] = []
        result = build([corpus], dask=address, use_cache=False, warn=warnings.append)
        assert result.stats["failed_documents"] == ["03_broken.txt"]
        assert [d["id"] for d in result.graph.graph["documents"]] == ["01_ai.txt", "05_autos.txt"]
        assert len(warnings) == 1 and "03_broken.txt" in warnings[0]
    finally:
        cluster.unregister_worker_plugin("fail-on-marker")


def test_dask_address_is_checked_before_anything_runs(tmp_path: Path) -> None:
    needs_distributed()
    r = run_kg("build", str(SEEDS), "--out", str(tmp_path / "o"), "--dask", "bogus")
    assert r.returncode == 2 and r.stderr.startswith("kg: error: --dask expects tcp://HOST:PORT or local:N")
    r = run_kg("build", str(SEEDS), "--out", str(tmp_path / "o"), "--dask", "local:2", "--workers", "2")
    assert r.returncode == 2 and "give one of them" in r.stderr
    assert not (tmp_path / "o").exists()


def test_local_cluster_workers_keep_glibc_malloc_tuning() -> None:
    """Dask's nanny puts MALLOC_TRIM_THRESHOLD_ in a worker's environment, which turns off glibc's
    sliding mmap threshold (12% more worker CPU on the parser's arrays); ``local:N`` leaves it out.
    Checked in a fresh interpreter: a nanny started in this one would have set it here already."""
    needs_distributed()
    code = ("import os; from kg.cluster import connect\n"
            "def trim(): return repr(os.environ.get('MALLOC_TRIM_THRESHOLD_'))\n"
            "with connect('local:1') as client:\n"
            "    print(sorted(client.run(trim).values()))\n")
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "['None']"


def test_local_cluster_workers_are_forked_with_the_model_loaded() -> None:
    """``local:N`` loads the model in the client, then forks the workers: they start with it loaded
    (a spawned worker would have an empty ``load_model`` cache until the kg plugin loads it)."""
    needs_distributed()
    code = ("from kg.cluster import connect\n"
            "from kg.parse import DEFAULT_PROFILE\n"
            "def models(): from kg.parse import load_model; return load_model.cache_info().currsize\n"
            "with connect('local:1', DEFAULT_PROFILE) as client:\n"
            "    print(sorted(client.run(models).values()))\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[1]"


def test_readme_worker_config_is_what_local_clusters_use() -> None:
    """The YAML the README gives for workers you start yourself says what ``local:N`` sets for them."""
    needs_distributed()
    import re

    import yaml

    from kg.cluster import LOCAL_CLUSTER_CONFIG, WORKER_CONFIG

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(distributed:.*?)```", readme, re.S)
    assert block is not None, "README.md has no ```yaml block for Dask workers"

    def flat(tree: dict, prefix: str = "") -> dict:
        out: dict = {}
        for key, value in tree.items():
            name = f"{prefix}{key}"
            out.update(flat(value, name + ".") if isinstance(value, dict) else {name: value})
        return out

    assert flat(yaml.safe_load(block.group(1))) == WORKER_CONFIG
    assert LOCAL_CLUSTER_CONFIG.items() >= WORKER_CONFIG.items()
