"""Integrity of the shipped entity lexicons (kg/data/lexicon/*.yaml).

The lexicons are data that every build trusts blindly, so a typo here (an alias shared by two
entities, a country that does not exist, a generic word listed as a name) silently corrupts
every graph. These tests report *all* offenders at once so a curator can fix a file in one pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

import kg
from kg.model import ENTITY_TYPES

LEXICON_DIR = Path(kg.__file__).parent / "data" / "lexicon"

#: file stem -> the one entity type its entries carry
FILE_TYPES: dict[str, str] = {
    "countries": "Country",
    "places": "Place",
    "companies": "Company",
    "governments": "Government",
    "organizations": "Organization",
    "technologies": "Technology",
    "persons": "Person",
}

#: lower bounds that catch a truncated or half-merged file (the files are meant to be broad)
MIN_ENTRIES: dict[str, int] = {
    "countries": 180,
    "places": 200,
    "companies": 400,
    "governments": 150,
    "organizations": 120,
    "technologies": 250,
    "persons": 130,
}

ALLOWED_KEYS = {"name", "type", "aliases", "tickers", "country", "prefixes"}
TICKER_RE = re.compile(r"^[0-9A-Za-z]{1,6}\.[A-Z]{1,3}$")

#: Generic words that must never be a name or alias: they occur in almost every article and
#: name no particular entity (the extraction rules deal with them in context).
STOP_WORDS = {
    "政府", "中央政府", "連邦政府", "地方政府", "当局", "規制当局", "政権", "議会",
    "会社", "企業", "新興企業", "大手", "子会社", "親会社", "本社", "当社", "同社", "同氏", "同国",
    "同省", "同行", "同庁", "同紙", "同大", "銀行", "証券", "大学", "研究所", "委員会", "機関", "団体",
    "組織", "技術", "モデル", "製品", "サービス", "システム", "データ", "チップ", "ソフト", "アプリ",
    "市場", "工場", "事業", "業界", "首相", "大統領", "社長", "会長", "国", "省", "庁", "州", "市",
    "ai モデル", "aiモデル", "スタートアップ", "メーカー", "半導体メーカー", "金融会社", "投資家",
}


def norm(text: str) -> str:
    """Matching key used by ../shared/eval/FORMAT.md: NFKC, lower-case, no spaces, no ・."""
    t = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in t if not ch.isspace() and ch != "・")


def load(stem: str) -> list[dict]:
    data = yaml.safe_load((LEXICON_DIR / f"{stem}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict) and isinstance(data.get("entries"), list), f"{stem}.yaml: no entries list"
    return data["entries"]


@pytest.fixture(scope="module")
def lexicon() -> dict[str, list[dict]]:
    return {stem: load(stem) for stem in FILE_TYPES}


def where(stem: str, entry: dict) -> str:
    return f"{stem}.yaml:{entry.get('name')!r}"


def test_every_yaml_file_is_a_known_kind() -> None:
    stems = {p.stem for p in LEXICON_DIR.glob("*.yaml")}
    assert stems == set(FILE_TYPES), f"unexpected or missing lexicon files: {stems ^ set(FILE_TYPES)}"


@pytest.mark.parametrize("stem", sorted(FILE_TYPES))
def test_file_loads_and_is_broad(stem: str) -> None:
    entries = load(stem)
    assert len(entries) >= MIN_ENTRIES[stem], f"{stem}.yaml has only {len(entries)} entries"


def test_entries_follow_the_schema(lexicon: dict[str, list[dict]]) -> None:
    bad: list[str] = []
    for stem, entries in lexicon.items():
        for e in entries:
            w = where(stem, e)
            if not isinstance(e, dict):
                bad.append(f"{stem}.yaml: entry is not a mapping: {e!r}")
                continue
            if set(e) - ALLOWED_KEYS:
                bad.append(f"{w}: unknown keys {sorted(set(e) - ALLOWED_KEYS)}")
            name = e.get("name")
            if not isinstance(name, str) or not name.strip() or name != name.strip():
                bad.append(f"{w}: name must be a non-empty trimmed string")
            if e.get("type") not in ENTITY_TYPES:
                bad.append(f"{w}: invalid type {e.get('type')!r}")
            elif e["type"] != FILE_TYPES[stem]:
                bad.append(f"{w}: type {e['type']} does not belong in {stem}.yaml")
            for key in ("aliases", "tickers", "prefixes"):
                vals = e.get(key, [])
                if not isinstance(vals, list) or not all(isinstance(v, str) and v.strip() for v in vals):
                    bad.append(f"{w}: {key} must be a list of non-empty strings, got {vals!r}")
                elif len(set(vals)) != len(vals):
                    bad.append(f"{w}: {key} repeats a value")
            if name in e.get("aliases", []):
                bad.append(f"{w}: alias repeats the name")
            if "country" in e and not isinstance(e["country"], str):
                bad.append(f"{w}: country must be a string")
    assert not bad, "\n".join(bad)


def test_no_duplicate_canonical_names_within_a_type(lexicon: dict[str, list[dict]]) -> None:
    seen: dict[tuple[str, str], str] = {}
    dups: list[str] = []
    for stem, entries in lexicon.items():
        for e in entries:
            key = (e["type"], norm(e["name"]))
            if key in seen:
                dups.append(f"{where(stem, e)} duplicates {seen[key]}")
            seen[key] = where(stem, e)
    assert not dups, "\n".join(dups)


def test_no_surface_form_names_two_entries(lexicon: dict[str, list[dict]]) -> None:
    """A name, alias or prefix must resolve to exactly one entry, across all files and types."""
    owners: dict[str, set[str]] = defaultdict(set)
    for stem, entries in lexicon.items():
        for e in entries:
            for form in [e["name"], *e.get("aliases", []), *e.get("prefixes", [])]:
                owners[norm(form)].add(where(stem, e))
    shared = {form: sorted(o) for form, o in owners.items() if len(o) > 1}
    assert not shared, "forms shared by several entries:\n" + "\n".join(
        f"  {form}: {', '.join(o)}" for form, o in sorted(shared.items())
    )


def test_countries_exist(lexicon: dict[str, list[dict]]) -> None:
    countries = {e["name"] for e in lexicon["countries"]}
    bad: list[str] = []
    for stem, entries in lexicon.items():
        for e in entries:
            c = e.get("country")
            if e["type"] in ("Person", "Country") and c is not None:
                bad.append(f"{where(stem, e)}: a {e['type']} takes no country")
            elif c is not None and c not in countries:
                bad.append(f"{where(stem, e)}: unknown country {c!r}")
    assert not bad, "\n".join(bad)


def test_no_generic_word_is_a_name_or_alias(lexicon: dict[str, list[dict]]) -> None:
    stop = {norm(w) for w in STOP_WORDS}
    bad = [
        f"{where(stem, e)}: {form!r}"
        for stem, entries in lexicon.items()
        for e in entries
        for form in [e["name"], *e.get("aliases", [])]
        if norm(form) in stop
    ]
    assert not bad, "generic words listed as names:\n" + "\n".join(bad)


def test_single_characters_are_only_prefixes(lexicon: dict[str, list[dict]]) -> None:
    """米 or 中 alone is rice or 'middle'; one-character forms may only be fused prefixes."""
    bad: list[str] = []
    for stem, entries in lexicon.items():
        for e in entries:
            for form in [e["name"], *e.get("aliases", [])]:
                if len(norm(form)) < 2:
                    bad.append(f"{where(stem, e)}: one-character form {form!r} (use prefixes)")
            for p in e.get("prefixes", []):
                if len(p) != 1 or e["type"] not in ("Country", "Place"):
                    bad.append(f"{where(stem, e)}: prefix {p!r} must be one character of a Country/Place")
    assert not bad, "\n".join(bad)


def test_tickers_are_exchange_suffixed_and_only_on_companies(lexicon: dict[str, list[dict]]) -> None:
    bad: list[str] = []
    owners: dict[str, str] = {}
    for stem, entries in lexicon.items():
        for e in entries:
            for t in e.get("tickers", []):
                if e["type"] != "Company":
                    bad.append(f"{where(stem, e)}: tickers only belong to companies")
                if not TICKER_RE.match(t):
                    bad.append(f"{where(stem, e)}: malformed ticker {t!r}")
                if t in owners:
                    bad.append(f"{where(stem, e)}: ticker {t} also on {owners[t]}")
                owners[t] = where(stem, e)
    assert not bad, "\n".join(bad)


def test_key_decisions_hold(lexicon: dict[str, list[dict]]) -> None:
    """Spot checks of documented choices that the extraction rules rely on."""
    by_name = {e["name"]: e for entries in lexicon.values() for e in entries}
    prefix_owner = {p: e["name"] for es in lexicon.values() for e in es for p in e.get("prefixes", [])}
    expected = {"米": "米国", "中": "中国", "英": "英国", "仏": "フランス", "独": "ドイツ", "日": "日本"}
    expected |= {"韓": "韓国", "台": "台湾", "露": "ロシア", "欧": "欧州"}
    for prefix, owner in expected.items():
        assert prefix_owner.get(prefix) == owner, prefix
    assert by_name["台湾"]["type"] == "Country"
    assert by_name["香港"]["type"] == "Place" and by_name["香港"]["country"] == "中国"
    assert "ソフトバンクグループ" in by_name and "ソフトバンク" in by_name
    assert "9984.T" in by_name["ソフトバンクグループ"]["tickers"]
    # bare ministry names belong to Japan; foreign ones carry their country prefix
    assert by_name["財務省"]["country"] == "日本"
    assert by_name["米財務省"]["country"] == "米国"
    assert "財務省" not in by_name["米財務省"].get("aliases", [])
    assert "RISC─V" in by_name["RISC-V"]["aliases"]
