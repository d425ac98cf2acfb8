"""The cache directory: its place (XDG), ``kg cache info``, and pruning to a size limit, oldest first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.analysis_cache import AnalysisCache
from kg.cache import environment_key
from kg.cachedir import PruneResult, parse_size, prune, usage

ROOT = Path(__file__).resolve().parents[1]
NOW = time.time()
CURRENT, OTHER = "c" * 16, "o" * 16


def entry(root: Path, kind: str, env: str, name: str, size: int, age_days: float) -> Path:
    suffix = ".spacy" if kind == "parse" else ".json"
    path = root / kind / env / name[:2] / f"{name}{suffix}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    stamp = NOW - age_days * 86400
    os.utime(path, (stamp, stamp))
    return path


@pytest.fixture()
def cache(tmp_path: Path) -> dict[str, Path]:
    root = tmp_path / "cache"
    made = {
        "old_other": entry(root, "parse", OTHER, "aa01", 1000, 30),
        "new_other": entry(root, "analysis", OTHER, "aa02", 1000, 1),
        "oldest": entry(root, "parse", CURRENT, "bb01", 1000, 20),
        "older": entry(root, "analysis", CURRENT, "bb02", 1000, 10),
        "newest": entry(root, "analysis", CURRENT, "cc03", 1000, 0),
    }
    stale = root / "analysis" / CURRENT / "cc" / ".cc04.json.x1y2.tmp"
    stale.write_bytes(b"y" * 500)
    os.utime(stale, (NOW - 7200, NOW - 7200))  # left by a write killed two hours ago
    fresh = root / "analysis" / CURRENT / "cc" / ".cc05.json.z9.tmp"
    fresh.write_bytes(b"z" * 10)  # a write going on right now: never touched
    made["stale"], made["fresh"], made["root"] = stale, fresh, root
    return made


def test_usage_by_kind_and_environment(cache: dict[str, Path]) -> None:
    found = usage(cache["root"], current=CURRENT)
    assert [(a.kind, a.environment, a.current, a.entries, a.size) for a in found.areas] == [
        ("parse", CURRENT, True, 1, 1000), ("analysis", CURRENT, True, 2, 2000),
        ("parse", OTHER, False, 1, 1000), ("analysis", OTHER, False, 1, 1000),
    ]
    assert found.entries == 5 and found.stale_files == 1 and found.size == 5500


def test_prune_goes_oldest_first_other_versions_before_this_one(cache: dict[str, Path]) -> None:
    result = prune(cache["root"], max_bytes=2500, current=CURRENT)
    gone = {k for k, p in cache.items() if k != "root" and not p.exists()}
    assert gone == {"stale", "old_other", "new_other", "oldest"}
    assert (result.stale_files, result.other_environments, result.oldest_current) == (1, 2, 1)
    assert (result.before, result.after, result.freed) == (5500, 2000, 3500)
    assert not (cache["root"] / "parse" / OTHER).exists()  # emptied directories go too
    assert (cache["root"] / "parse").is_dir()


def test_prune_under_the_limit_only_removes_stale_temp_files(cache: dict[str, Path]) -> None:
    result = prune(cache["root"], max_bytes=10**9, current=CURRENT)
    assert result.entries == 0 and result.stale_files == 1 and not cache["stale"].exists()
    assert cache["fresh"].exists() and cache["oldest"].exists()


def test_dry_run_removes_nothing(cache: dict[str, Path]) -> None:
    result = prune(cache["root"], max_bytes=0, current=CURRENT, dry_run=True)
    assert result.entries == 5 and all(p.exists() for p in cache.values())


def test_a_used_entry_is_touched_so_pruning_keeps_it(tmp_path: Path) -> None:
    store = AnalysisCache(tmp_path, "e" * 64, "salt")
    store.put("ab" * 32, [], [])
    path = store.path("ab" * 32)
    os.utime(path, (NOW - 86400 * 30, NOW - 86400 * 30))
    assert store.get("ab" * 32) == ([], [])
    assert path.stat().st_mtime > NOW - 60


SIZES = [("500M", 500 * 10**6), ("2G", 2 * 10**9), ("1.5GB", 1_500_000_000), ("10GiB", 10 * 1024**3),
         ("12345", 12345), ("0", 0), ("64k", 64000)]


@pytest.mark.parametrize(("text", "size"), SIZES)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_parse_size_refuses_nonsense() -> None:
    for bad in ("", "5x", "-1G", "G"):
        with pytest.raises(ValueError):
            parse_size(bad)


def kg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=600)


def test_kg_cache_info_uses_xdg_cache_home(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KG_CACHE_DIR"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg")
    r = subprocess.run([sys.executable, "-m", "kg", "cache", "info", "--json"], capture_output=True,
                       text=True, cwd=ROOT, env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["directory"] == str(tmp_path / "xdg" / "kg")


def test_kg_cache_info_and_prune(cache: dict[str, Path]) -> None:
    root = str(cache["root"])
    r = kg("cache", "info", "--cache-dir", root)
    assert r.returncode == 0, r.stderr
    assert f"cache directory  {root}" in r.stdout and "5.5 kB in 5 entries" in r.stdout
    assert "another kg/parser version" in r.stdout and "1 temporary files" in r.stdout
    r = kg("cache", "prune", "--cache-dir", root, "--max-size", "3k")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("removed 2 entries of other kg/parser versions, 1 temporary files of")
    assert "2.5 kB freed, 3.0 kB left" in r.stdout
    assert kg("cache", "prune", "--cache-dir", root, "--all").returncode == 0
    assert json.loads(kg("cache", "info", "--cache-dir", root, "--json").stdout)["entries"] == 0
    r = kg("cache", "prune", "--cache-dir", root, "--max-size", "lots")
    assert r.returncode == 2 and r.stderr.startswith("kg: error: --max-size: not a size: 'lots'")


def test_build_keeps_the_cache_under_the_limit(tmp_path: Path) -> None:
    import kg as kg_api

    cache_dir = tmp_path / "cache"
    os.environ["KG_CACHE_MAX_SIZE"] = "1"
    try:
        result = kg_api.build(texts=["トヨタ自動車の佐藤恒治社長は会見した。"], cache_dir=cache_dir)
    finally:
        del os.environ["KG_CACHE_MAX_SIZE"]
    pruned = result.stats["cache_pruned"]
    assert isinstance(pruned, PruneResult) and pruned.entries == 2  # the parse and the analysis entry
    assert usage(cache_dir, environment_key()).entries == 0
    kept = kg_api.build(texts=["トヨタ自動車の佐藤恒治社長は会見した。"], cache_dir=cache_dir)
    assert kept.stats["cache_pruned"] is None and usage(cache_dir, environment_key()).entries == 2  # 2 GB
