"""Retraction: removing or editing articles and re-running ``kg build`` with a warm cache gives exactly
what a cold build of the remaining articles gives, every output file byte for byte.

A property test over random subsets of a small dated corpus, with random edits, each rebuilt into
the same output directory as the full build before it (what a user does), against a cold build
(``use_cache=False``) into a fresh one; and the same once through the ``kg build`` command line.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.exporters import output_files

ROOT = Path(__file__).resolve().parents[1]

#: Six short articles: dated by front matter, a dateline or nothing, sharing entities and relations.
ARTICLES: dict[str, str] = {
    "hitachi.md": "---\ndate: 2024-11-14\n---\n日立、マイクロソフトと提携拡大\n\n"
    "日立製作所は14日、米マイクロソフトとの生成AI分野での提携を拡大すると発表した。\n"
    "日立の徳永俊昭社長は「現場の生産性を高める」と述べた。\n",
    "hitachi-eu.txt": "日立とマイクロソフト、提携を欧州に\n2025年3月5日\n"
    "日立製作所は5日、米マイクロソフトとの提携の対象を欧州の鉄道事業に広げると発表した。\n",
    "anthropic.txt": "アンソロピック、楽天と提携\n［東京 2025年1月21日 ロイター］ - "
    "米アンソロピックは21日、楽天グループと生成AI分野で戦略提携を結んだと発表した。\n"
    "楽天はアンソロピックの対話型AI「クロード」を導入する。\n",
    "softbank.md": "---\ndate: 2025-04-01\ntitle: ソフトバンクG、オープンAIに出資\n---\n"
    "ソフトバンクグループは1日、米オープンAIに出資すると発表した。\n"
    "ソフトバンクグループの孫正義社長は「AIの進化に賭ける」と語った。\n",
    "export.txt": "米、輸出規制を強化\n2025年5月2日\n"
    "米商務省は2日、中国への半導体製造装置の輸出規制を強化すると発表した。\n"
    "米マイクロソフトは影響を精査するとした。\n",
    "toyota.txt": "トヨタ、出光と提携\n"
    "トヨタ自動車は出光興産と全固体電池の量産で提携すると発表した。\n"
    "トヨタ自動車の佐藤恒治社長は会見で「2027年の実用化を目指す」と述べた。\n",
}
NAMES = sorted(ARTICLES)


def edited(text: str) -> str:
    """An edit: the article loses its last line (a retracted sentence)."""
    lines = text.rstrip("\n").split("\n")
    return "\n".join(lines[:-1]) + "\n"


def write_corpus(directory: Path, names: set[str], edits: set[str]) -> None:
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    for name in names:
        text = ARTICLES[name]
        (directory / name).write_text(edited(text) if name in edits else text, encoding="utf-8")


def assert_same_outputs(a: Path, b: Path) -> None:
    files = sorted(p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file())
    assert set(files) == set(output_files())
    for name in files:
        assert filecmp.cmp(a / name, b / name, shallow=False), name


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A cache and an output directory that have seen a build of every article."""
    root = tmp_path_factory.mktemp("retraction")
    paths = {"root": root, "cache": root / "cache", "in": root / "in", "out": root / "out"}
    write_corpus(paths["in"], set(NAMES), set())
    result = kg.build([paths["in"]], cache_dir=paths["cache"])
    assert {d["date"] for d in result.graph.graph["documents"]} >= {"2024-11-14", "2025-03-05", None}
    result.write_all(paths["out"])
    return paths


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    keep=st.sets(st.sampled_from(NAMES), min_size=1),
    edits=st.sets(st.sampled_from(NAMES), max_size=2),
)
def test_warm_rebuild_of_the_remaining_articles_equals_a_cold_build(
    warm: dict[str, Path], keep: set[str], edits: set[str]
) -> None:
    write_corpus(warm["in"], keep, edits & keep)
    rebuilt = kg.build([warm["in"]], cache_dir=warm["cache"])
    assert rebuilt.stats["analysis_cache"]["hits"] >= len(keep - edits)  # really warm
    rebuilt.write_all(warm["out"])  # over the previous build
    cold = warm["root"] / "cold"
    if cold.exists():
        shutil.rmtree(cold)
    kg.build([warm["in"]], use_cache=False).write_all(cold)
    assert_same_outputs(warm["out"], cold)


def test_kg_build_after_removing_and_editing_an_article(tmp_path: Path) -> None:
    def kg_build(*args: str) -> None:
        r = subprocess.run(
            [sys.executable, "-m", "kg", "build", *args, "--quiet"], capture_output=True, text=True, cwd=ROOT
        )
        assert r.returncode == 0, r.stderr

    corpus, out, cold = tmp_path / "in", tmp_path / "out", tmp_path / "cold"
    cache = ["--cache-dir", str(tmp_path / "cache")]
    write_corpus(corpus, set(NAMES), set())
    kg_build(str(corpus), "--out", str(out), *cache)
    full = (out / "graph.json").read_bytes()
    write_corpus(corpus, set(NAMES) - {"hitachi-eu.txt"}, {"export.txt"})
    kg_build(str(corpus), "--out", str(out), *cache)
    kg_build(str(corpus), "--out", str(cold), "--no-cache")
    assert_same_outputs(out, cold)
    assert (out / "graph.json").read_bytes() != full
    assert b"2025-03-05" not in (out / "graph.json").read_bytes()  # its only article is gone
