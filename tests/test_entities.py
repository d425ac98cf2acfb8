"""Entities without the lexicon, GiNZA's NER through Sudachi's words, and kg against GiNZA's NER.

The NER checks run on hand-made sentences (words and NER spans written here), so they test
the filter without depending on what the model happens to tag.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ner_coverage import CLASSES, coverage

import kg
from kg.analysis_cache import code_fingerprint
from kg.lexicon import load_lexicon
from kg.mentions.places import address_parts
from kg.mentions.sources.ner import NerSource
from kg.model import NamedSpan, ParsedSentence, Token

ROOT = Path(__file__).resolve().parents[1]
WITHOUT = ("Company", "Person", "Technology", "Organization")


def sentence(words: list[tuple[str, str]], ents: list[tuple[int, int, str]]) -> ParsedSentence:
    """A sentence from (word, Sudachi tag) pairs and NER spans given as (first word, last word, label)."""
    tokens, pos = [], 0
    for i, (text, tag) in enumerate(words):
        tokens.append(Token(i, pos, text, text, "NOUN", tag, "dep", i))
        pos += len(text)
    spans = tuple(
        NamedSpan(tokens[a].start, tokens[b - 1].end, label, a, b) for a, b, label in ents
    )
    return ParsedSentence(0, 0, "".join(w for w, _ in words), tuple(tokens), spans)


def ner_names(sent: ParsedSentence) -> dict[str, str]:
    return {c.name: c.type for c in NerSource(load_lexicon()).candidates(sent)}


COMMON = "名詞-普通名詞-一般"
ACTION = "名詞-普通名詞-サ変可能"
PROPER = "名詞-固有名詞-一般"
SURNAME, GIVEN = "名詞-固有名詞-人名-姓", "名詞-固有名詞-人名-名"
PLACE = "名詞-固有名詞-地名-一般"


def test_ner_person_needs_a_person_name_word() -> None:
    # 25日投開票の町長選: GiNZA may call the vote a person; Sudachi says it is an action
    words = [("25", "名詞-数詞"), ("日", COMMON), ("投開票", ACTION), ("の", "助詞-格助詞")]
    vote = sentence(words, [(2, 3, "Person")])
    assert ner_names(vote) == {}
    person = sentence([("山田", SURNAME), ("花子", GIVEN), ("氏", "接尾辞-名詞的-一般")], [(0, 2, "Person")])
    assert ner_names(person) == {"山田花子": "Person"}


def test_ner_person_does_not_start_inside_a_longer_name() -> None:
    # 海信達: a span that leaves out the first character of a kanji word is no person
    words = [("海", COMMON), ("信", COMMON), ("達", COMMON), ("は", "助詞-係助詞")]
    sent = sentence(words, [(1, 3, "Person")])
    assert ner_names(sent) == {}


def test_ner_organisation_needs_a_proper_noun() -> None:
    jet = sentence([("ビジネス", COMMON), ("ジェット", COMMON), ("の", "助詞-格助詞")], [(0, 2, "Company")])
    assert ner_names(jet) == {}
    maker = sentence([("ミツトヨ", PROPER), ("の", "助詞-格助詞")], [(0, 1, "Company")])
    assert ner_names(maker) == {"ミツトヨ": "Company"}


def test_ner_organisation_ends_before_a_word_for_the_whole_group() -> None:
    # 北斗グループ全体で: GiNZA's span ran on into 全体; the name is 北斗グループ
    words = [("北斗", PROPER), ("グループ", COMMON), ("全体", COMMON), ("で", "助詞-格助詞")]
    assert ner_names(sentence(words, [(0, 3, "Company")])) == {"北斗グループ": "Company"}


def test_ner_organisation_is_no_alias_announcement() -> None:
    # ミナトコイン(以下MC社): GiNZA may call 以下MC社 a company; the context reads the alias
    words = [("以下", COMMON), ("MC", PROPER), ("社", "接尾辞-名詞的-一般"), (")", "補助記号-括弧閉")]
    assert ner_names(sentence(words, [(0, 3, "Company")])) == {}


def test_ner_organisation_that_ran_into_an_action_is_no_name() -> None:
    # JASDAQ上場: a name and what it did, as one span
    listed = sentence([("JASDAQ", PROPER), ("上場", ACTION), ("、", "補助記号-読点")], [(0, 2, "Company")])
    assert ner_names(listed) == {}


def test_latin_name_under_a_catch_all_label_is_a_company() -> None:
    sent = sentence([("GXT", PROPER), ("は", "助詞-係助詞")], [(0, 1, "Political_Organization_Other")])
    assert ner_names(sent) == {"GXT": "Company"}


def test_dotted_company_name_is_no_person() -> None:
    # GiNZA calls a dotted katakana company name a person and stops before its last part
    words = [("ミナト", COMMON), ("・", "補助記号-一般"), ("エナジー", COMMON), ("・", "補助記号-一般"),
             ("カンパニー", COMMON), ("は", "助詞-係助詞")]
    sent = sentence(words, [(0, 3, "Person")])
    assert ner_names(sent) == {"ミナト・エナジー・カンパニー": "Company"}


def test_city_span_takes_the_suffix_it_stops_short_of() -> None:
    sent = sentence([("北浜", PLACE), ("市長選", COMMON)], [(0, 1, "City")])
    assert ner_names(sent) == {"北浜市": "Place"}
    market = sentence([("北浜", PLACE), ("市場", COMMON)], [(0, 1, "City")])
    assert "北浜市" not in ner_names(market)


def test_newly_mapped_labels() -> None:
    team = sentence([("北浜", PLACE), ("シーガルズ", PROPER)], [(0, 2, "Pro_Sports_Organization")])
    paper = sentence([("東海日報", PROPER)], [(0, 1, "Newspaper")])
    assert ner_names(team) == {"北浜シーガルズ": "Organization"}
    assert ner_names(paper) == {"東海日報": "Organization"}


def test_address_chains_split_into_levels() -> None:
    assert address_parts("長野県須坂市") == [(0, "長野県"), (3, "須坂市")]
    assert address_parts("北海道千歳市") == [(0, "北海道"), (3, "千歳市")]
    assert address_parts("茨城県つくば市") == [(0, "茨城県"), (3, "つくば市")]
    assert address_parts("千歳市") == []  # one level is no chain
    assert address_parts("県造成地") == []


# --- kg build --without-lexicon --------------------------------------------------------------------


def test_without_lexicon_switches_off_the_packaged_entries() -> None:
    text = "トヨタ自動車は新工場を建てる。"

    def companies(**kw) -> dict[str, dict]:
        g = kg.build(texts=[text], use_cache=False, **kw).graph
        return {d["name"]: d for _, d in g.nodes(data=True) if d["type"] == "Company"}

    assert "Toyota" in companies()["トヨタ自動車"]["aliases"]  # the lexicon's canonical entry
    found = companies(without_lexicon=["Company"])
    # still found, by its form (〜自動車), but with none of the lexicon's aliases
    assert "トヨタ自動車" in found and "Toyota" not in found["トヨタ自動車"]["aliases"]
    assert not any(e.type == "Company" for e in load_lexicon((), ["Company"]).entries)


def test_without_lexicon_keeps_countries_and_places() -> None:
    lex = load_lexicon((), WITHOUT)
    assert lex.lookup("米国") is not None and lex.lookup("大阪市") is not None
    assert lex.lookup("トヨタ") is None and lex.lookup("生成AI") is None


def test_without_lexicon_is_part_of_the_analysis_cache_key() -> None:
    assert code_fingerprint((), ["Company"]) != code_fingerprint()
    assert code_fingerprint((), ["Company", "Person"]) == code_fingerprint((), ["Person", "Company"])


def test_unknown_type_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("トヨタ自動車は新工場を建てる。", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"),
         "--without-lexicon", "Company,Compny"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "unknown entity type 'Compny'" in lines[0], r.stderr
    assert not (tmp_path / "o").exists()


def test_cli_builds_without_the_lexicon(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("菓子メーカーのカルビーは販売を休止した。", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"),
         "--quiet", "--no-cache", "--without-lexicon", ",".join(WITHOUT)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert r.returncode == 0, r.stderr
    assert "カルビー" in (tmp_path / "o" / "graph.ttl").read_text(encoding="utf-8")


# --- kg against GiNZA's own NER on politics, sports and society --------------------------------------


@pytest.fixture(scope="module")
def general_coverage():
    return coverage(), coverage(without_lexicon=WITHOUT)


@pytest.mark.parametrize("cls", CLASSES)
def test_kg_finds_what_ginza_finds(general_coverage, cls: str) -> None:
    for cov in general_coverage:
        assert cov.gold[cls] >= 30
        assert cov.recall("kg", cls) >= cov.recall("ner", cls), (cls, cov)
    assert general_coverage[0].recall("kg") >= 0.95


def test_ner_company_span_ends_before_its_shares() -> None:
    # GiNZA reads 北斗テクシード株式 (shares of the company) as one organisation: the name ends before 株式
    words = [("北斗", PROPER), ("テクシード", COMMON), ("株式", COMMON), ("の", "助詞-格助詞")]
    assert ner_names(sentence(words, [(0, 3, "Company")])) == {"北斗テクシード": "Company"}
