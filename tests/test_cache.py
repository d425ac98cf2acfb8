"""The parse cache: hits restore Docs that give the same sentences, tokens, entities and mentions
as a fresh parse; misses on text or environment changes; damaged entries are re-parsed and
rewritten; a changed file among many re-parses only that file."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.model
import kg.parse
from kg.analysis_cache import AnalysisCache, code_fingerprint
from kg.cache import CACHE_ENV, ParseCache, default_cache_dir, environment, environment_hash
from kg.lexicon import load_lexicon
from kg.mentions import MentionFinder, find_mentions
from kg.pipeline import build
from kg.read import make_document

TEXT_A = (
    "トヨタ自動車は9日、全固体電池を搭載した電気自動車を2027年に発売すると発表した。\n\n"
    "佐藤恒治社長は記者会見で「EVの弱点を克服できる」と語った。"
)
TEXT_B = "米エヌビディアのジェンスン・フアンCEOは先月ソウルを訪れ、サムスン電子の李在鎔会長と会談した。"


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(load_lexicon(()))


def _no_model(*_args: object) -> None:
    raise AssertionError("the model was needed: the parse was not served from the cache")


def _fingerprint(parsed: kg.model.ParsedDocument) -> list[tuple]:
    """Everything the later stages read of a sentence: text, words with their parse, NER spans."""
    return [(s.index, s.start, s.end, s.text, s.tokens, s.ents) for s in parsed.sentences]


def test_hit_restores_identical_parse_without_the_model(tmp_path: Path, finder: MentionFinder,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = make_document("a", "<a>", TEXT_A)
    cache = ParseCache(tmp_path)
    full = kg.parse.PROFILES["full"]  # NER on every sentence: the entities are restored too
    fresh = kg.parse.parse_batch([doc], cache, full)[0]
    assert cache.stats.as_dict() == {"hits": 0, "misses": 1, "corrupt": 0, "writes": 1}
    assert len(list(cache.root.rglob("*.spacy"))) == 1

    monkeypatch.setattr(kg.parse, "load_model", _no_model)
    again = ParseCache(tmp_path)
    cached = kg.parse.parse_batch([doc], again, full)[0]
    assert again.stats.as_dict() == {"hits": 1, "misses": 0, "corrupt": 0, "writes": 0}
    assert len(fresh.sentences) >= 2 and all(s.tokens for s in fresh.sentences)
    assert any(t.dep == "nsubj" for s in fresh.sentences for t in s.tokens)
    assert any(s.ents for s in fresh.sentences)
    assert _fingerprint(cached) == _fingerprint(fresh)
    assert find_mentions(cached, finder) == find_mentions(fresh, finder)
    assert any(m.type == "Company" for m in find_mentions(cached, finder))


def test_text_change_misses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kg.parse.parse_batch([make_document("a", "<a>", TEXT_A)], ParseCache(tmp_path))
    cache = ParseCache(tmp_path)
    kg.parse.parse_batch([make_document("a", "<a>", TEXT_A + "\n\n以上。")], cache)
    assert (cache.stats.hits, cache.stats.misses, cache.stats.writes) == (0, 1, 1)
    # the id and path are not part of the key: the same text under another name hits
    monkeypatch.setattr(kg.parse, "load_model", _no_model)
    other = ParseCache(tmp_path)
    kg.parse.parse_batch([make_document("zzz", "elsewhere.txt", TEXT_A)], other)
    assert other.stats.hits == 1


@pytest.mark.parametrize("field,value", [("model_version", "9.9.9"), ("spacy", "3.0.0"), ("kg", "0.0.1"),
                                         ("sudachipy", "0.5.0"), ("model", "ja_ginza_electra")])
def test_environment_change_invalidates(tmp_path: Path, field: str, value: str) -> None:
    doc = make_document("a", "<a>", TEXT_B)
    base = ParseCache(tmp_path)
    kg.parse.parse_batch([doc], base)
    changed_env = {**environment(), field: value}
    assert changed_env != environment()
    changed = ParseCache(tmp_path, env=changed_env)
    assert changed.root != base.root
    assert changed.key(kg.parse.chunks(doc)) != base.key(kg.parse.chunks(doc))
    kg.parse.parse_batch([doc], changed)
    assert (changed.stats.hits, changed.stats.misses) == (0, 1)


def test_environment_names_the_parser_versions() -> None:
    env = environment()
    for key in ("model", "model_version", "spacy", "ginza", "ja-ginza", "sudachipy", "kg"):
        assert env[key] and env[key] != "not installed", key
    assert any(k.startswith("sudachidict") for k in env)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "other_text"])
def test_damaged_entry_is_reparsed_and_rewritten(tmp_path: Path, damage: str) -> None:
    doc = make_document("a", "<a>", TEXT_A)
    cache = ParseCache(tmp_path)
    reference = kg.parse.parse_batch([doc], cache)[0]
    entry = cache.path(cache.key(kg.parse.chunks(doc)))
    good = entry.read_bytes()
    if damage == "garbage":
        entry.write_bytes(b"\x00not a docbin\xff" * 10)
    elif damage == "truncated":
        entry.write_bytes(good[: len(good) // 2])
    elif damage == "empty":
        entry.write_bytes(b"")
    else:  # a well-formed entry for a different text
        other = make_document("b", "<b>", TEXT_B)
        kg.parse.parse_batch([other], cache)
        entry.write_bytes(cache.path(cache.key(kg.parse.chunks(other))).read_bytes())

    second = ParseCache(tmp_path)
    reparsed = kg.parse.parse_batch([doc], second)[0]
    assert second.stats.as_dict() == {"hits": 0, "misses": 1, "corrupt": 1, "writes": 1}
    assert _fingerprint(reparsed) == _fingerprint(reference)
    third = ParseCache(tmp_path)
    kg.parse.parse_batch([doc], third)
    assert third.stats.hits == 1 and third.stats.corrupt == 0


def test_no_temp_files_are_left(tmp_path: Path) -> None:
    kg.parse.parse_batch([make_document("a", "<a>", TEXT_A), make_document("b", "<b>", TEXT_B)],
                         ParseCache(tmp_path))
    names = [p.name for p in tmp_path.rglob("*") if p.is_file()]
    assert len(names) == 2 and all(n.endswith(".spacy") for n in names)


def test_unwritable_cache_dir_still_builds(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = ParseCache(blocker)
    parsed = kg.parse.parse_batch([make_document("a", "<a>", TEXT_B)], cache)[0]
    assert parsed.sentences and cache.stats.writes == 0 and cache.stats.misses == 1


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "kgcache"))
    assert default_cache_dir() == tmp_path / "kgcache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "kgcache"  # KG_CACHE_DIR wins
    monkeypatch.delenv(CACHE_ENV)
    assert default_cache_dir() == tmp_path / "xdg" / "kg"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / ".cache" / "kg"


def _corpus(root: Path, n: int = 6) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    sentences = TEXT_A.split("\n\n") + [TEXT_B]
    for i in range(n):
        text = f"記事{i}\n\n{sentences[i % 3]}\n\n番号{i}。\n"
        (corpus / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    return corpus


def test_changing_one_file_reparses_only_that_file(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    cache_dir = tmp_path / "cache"
    first = build([corpus], cache_dir=cache_dir)
    assert first.stats["parse_cache"] == {"hits": 0, "misses": 6, "corrupt": 0, "writes": 6}
    assert first.stats["analysis_cache"] == {"hits": 0, "misses": 6, "writes": 6}
    (corpus / "03.txt").write_text("記事3\n\n" + TEXT_B + "\n\n変更済み。\n", encoding="utf-8")
    second = build([corpus], cache_dir=cache_dir)
    assert second.stats["parse_cache"] == {"hits": 0, "misses": 1, "corrupt": 0, "writes": 1}
    assert second.stats["analysis_cache"] == {"hits": 5, "misses": 1, "writes": 1}
    off = build([corpus], use_cache=False)
    assert off.stats["parse_cache"] is None and off.stats["analysis_cache"] is None
    assert second.to_json(tmp_path / "a.json").read_bytes() == off.to_json(tmp_path / "b.json").read_bytes()


def test_code_or_lexicon_change_reuses_parses_but_not_mentions(tmp_path: Path) -> None:
    """The analysis layer is keyed by the package's files and the user's lexicons; full parses are not."""
    corpus = _corpus(tmp_path, 4)
    cache_dir = tmp_path / "cache"
    base = build([corpus], cache_dir=cache_dir, profile="full")
    extra = tmp_path / "extra.yaml"
    extra.write_text("entries:\n  - name: 佐藤恒治\n    type: Person\n", encoding="utf-8")
    with_lex = build([corpus], cache_dir=cache_dir, lexicons=[extra], profile="full")
    assert with_lex.stats["analysis_cache"] == {"hits": 0, "misses": 4, "writes": 4}
    assert with_lex.stats["parse_cache"]["hits"] == 4 and with_lex.stats["parse_cache"]["misses"] == 0
    fresh = build([corpus], use_cache=False, lexicons=[extra], profile="full")
    a, b = with_lex.to_json(tmp_path / "a.json"), fresh.to_json(tmp_path / "b.json")
    assert a.read_bytes() == b.read_bytes()
    assert base.stats["analysis_cache"]["writes"] == 4
    before = code_fingerprint([extra])
    assert before != code_fingerprint() and before == code_fingerprint([extra])
    extra.write_text(extra.read_text(encoding="utf-8") + "    aliases: [佐藤]\n", encoding="utf-8")
    assert code_fingerprint([extra]) != before


def test_fast_parses_are_kept_until_the_lexicons_names_change(tmp_path: Path) -> None:
    """The fast profile runs NER where the lexicon knows no name, so its parses are keyed by the
    names: a lexicon file that adds none keeps them, one that adds a name parses again."""
    corpus = _corpus(tmp_path, 4)
    cache_dir = tmp_path / "cache"
    build([corpus], cache_dir=cache_dir, profile="fast")
    empty = tmp_path / "empty.yaml"
    empty.write_text("entries: []\n", encoding="utf-8")
    same_names = build([corpus], cache_dir=cache_dir, lexicons=[empty], profile="fast")
    assert same_names.stats["parse_cache"]["hits"] == 4 and same_names.stats["analysis_cache"]["misses"] == 4
    extra = tmp_path / "extra.yaml"
    extra.write_text("entries:\n  - name: 川村健二\n    type: Person\n", encoding="utf-8")
    new_name = build([corpus], cache_dir=cache_dir, lexicons=[extra], profile="fast")
    assert new_name.stats["parse_cache"]["misses"] == 4 and new_name.stats["parse_cache"]["hits"] == 0
    fresh = build([corpus], use_cache=False, lexicons=[extra], profile="fast")
    a, b = new_name.to_json(tmp_path / "a.json"), fresh.to_json(tmp_path / "b.json")
    assert a.read_bytes() == b.read_bytes()


def test_analysis_entry_roundtrip_and_damage(tmp_path: Path, finder: MentionFinder) -> None:
    doc = make_document("a", "<a>", TEXT_A + "\n\n" + TEXT_B)
    env = environment_hash(environment())
    cache = AnalysisCache(tmp_path, env, "test-salt")
    parsed = kg.parse.parse_batch([doc], ParseCache(tmp_path))[0]
    mentions = find_mentions(parsed, finder)
    assert any(m.aliases or m.title for m in mentions)  # tuple and optional fields are exercised
    key = cache.key(doc)
    assert key != AnalysisCache(tmp_path, env, "other").key(doc)
    assert key != AnalysisCache(tmp_path, "other-environment", "test-salt").key(doc)
    cache.put(key, parsed.sentences, mentions)
    sentences, restored = cache.get(key)
    assert restored == mentions
    assert sentences == parsed.sentences  # words, parse and NER spans included
    entry = cache.path(key)
    good = entry.read_bytes()
    for bad in (b"", b"{not json", good[: len(good) // 2], good.replace(b'"format": 2', b'"format": 0'),
                good.replace(b'"doc_id"', b'"document_id"'), b"\xff\xfe"):
        entry.write_bytes(bad)
        assert cache.get(key) is None
    assert cache.stats.as_dict() == {"hits": 1, "misses": 6, "writes": 1}
