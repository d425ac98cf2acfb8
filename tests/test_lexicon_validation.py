"""A lexicon file (``--lexicon``) is validated when it loads: one error naming file, entry and field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]


def lexicon(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "my.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(KgError) as info:
        load_lexicon([path])
    return str(info.value)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        # a string where a list belongs was split into characters: ア, リ, バ, バ
        ("{name: 阿里巴巴, type: Company, aliases: アリババ}",
         "a list is needed, not the string 'アリババ' (write [アリババ]) in entries[1] (阿里巴巴).aliases"),
        ("{name: アリババ集団, type: Company, tickers: 9988.HK}",
         "a list is needed, not the string '9988.HK' (write [9988.HK]) in entries[1] (アリババ集団).tickers"),
        ("{name: アリババ集団, type: Company, alias: [アリババ]}",
         "unknown key in entries[1] (アリババ集団).alias"),
        ("{name: アリババ・グループ, type: Compnay}",
         "unknown entity type 'Compnay' (one of: Company, Government, Person"),
        ("{name: 北斗, type: Company, aliases: [NO]}",  # YAML 1.1 reads NO as false
         "Input should be a valid string in entries[1] (北斗).aliases[0]"),
        ("{name: 北斗, type: Company, aliases: ['']}",
         "String should have at least 1 character in entries[1] (北斗).aliases[0]"),
        ("{type: Company, aliases: [北斗]}", "missing field in entries[1].name"),
        ("{name: 北斗, type: Company, country: [日本]}",
         "Input should be a valid string in entries[1] (北斗).country"),
    ],
)
def test_bad_entry_is_one_error_naming_file_entry_and_field(tmp_path: Path, entry: str, message: str) -> None:
    path = lexicon(tmp_path, f"entries:\n  - {{name: 正しい社名, type: Company}}\n  - {entry}\n")
    error = error_of(path)
    assert message in error
    assert error.endswith(f"({path})")


def test_file_shape_errors(tmp_path: Path) -> None:
    assert "missing field in entries" in error_of(lexicon(tmp_path, "{}\n"))
    assert "unknown key in items" in error_of(lexicon(tmp_path, "items: []\n"))  # a misspelt key first
    assert "valid dictionary" in error_of(lexicon(tmp_path, "- {name: 北斗, type: Company}\n"))
    assert "a list is needed" in error_of(lexicon(tmp_path, "entries: 北斗\n"))
    # YAML would keep the last of two equal keys without a word
    twice = lexicon(tmp_path, "entries:\n  - {name: 北斗, type: Company, name: 南海}\n")
    assert "duplicate key 'name' (line 2)" in error_of(twice)


def test_good_file_loads_with_lists_kept_whole(tmp_path: Path) -> None:
    path = lexicon(tmp_path, "entries:\n  - {name: 北斗精密電子, type: Company, aliases: [北斗電子], "
                             "tickers: ['6999.T'], country: 日本}\n")
    lex = load_lexicon([path])
    entry = lex.lookup("北斗電子")
    assert entry is not None and entry.name == "北斗精密電子"
    assert entry.aliases == ("北斗電子",) and entry.tickers == ("6999.T",) and entry.source == "my"
    assert lex.lookup("北") is None  # no alias was split into characters


def test_kg_build_stops_with_one_line(tmp_path: Path) -> None:
    path = lexicon(tmp_path, "entries:\n  - {name: アリババ・グループ, type: Company, aliases: アリババ}\n")
    r = subprocess.run([sys.executable, "-m", "kg", "build", "seeds", "--out", str(tmp_path / "out"),
                        "--lexicon", str(path)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        "kg: error: a list is needed, not the string 'アリババ' (write [アリババ]) in entries[0] "
        f"(アリババ・グループ).aliases ({path})"
    ]
    assert not (tmp_path / "out").exists()
