"""Parse profiles: which GiNZA components run where.  The fast profile keeps the dependency parse,
runs NER only on sentences with an unknown proper noun, and caches apart from the default."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.analysis import Caches
from kg.errors import KgUsageError
from kg.lexicon import load_lexicon
from kg.parse import DEFAULT_PROFILE, PROFILES, Profile, needs_ner, parse_batch, profile_named
from kg.read import make_document

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "dev"


def _words(sentence):
    return [(t.start, t.end, t.text, t.tag) for t in sentence.tokens]


@pytest.fixture(scope="module")
def parses():
    docs = [make_document(p.name, p.name, p.read_text(encoding="utf-8"))
            for p in sorted(DEV.glob("*.txt"))[:6]]
    return {name: parse_batch(docs, None, profile_named(name)) for name in ("full", "fast")}


def test_fast_profile_keeps_the_parse_and_runs_ner_only_where_needed(parses) -> None:
    known = load_lexicon().regex
    full, fast = parses["full"], parses["fast"]
    chosen = skipped = 0
    for a, b in zip(full, fast, strict=True):
        assert [s.text for s in a.sentences] == [s.text for s in b.sentences]
        for sa, sb in zip(a.sentences, b.sentences, strict=True):
            # same words, tags, heads and labels: the relation stage reads the same tree
            assert [(t.text, t.tag, t.pos, t.head, t.dep) for t in sa.tokens] == \
                   [(t.text, t.tag, t.pos, t.head, t.dep) for t in sb.tokens]
            if needs_ner(_words(sb), sb.text, known):
                chosen += 1
                assert sb.ents == sa.ents  # NER on the sentence alone finds what it found in the document
            else:
                skipped += 1
                assert sb.ents == ()
    assert chosen and skipped  # both kinds of sentence occur in these texts


def test_a_sentence_needs_ner_only_for_a_proper_noun_outside_the_lexicon() -> None:
    known = load_lexicon().regex
    (parsed,) = parse_batch([make_document("d", "d", "トヨタ自動車は新型車を発表した。\n\n"
                                                     "鈴木一郎は新型車を説明した。\n\n新型車は好調だ。")],
                            None, PROFILES["fast"])
    verdicts = [needs_ner(_words(s), s.text, known) for s in parsed.sentences]
    assert verdicts == [False, True, False]


def test_profiles_are_named_and_cached_apart(tmp_path: Path) -> None:
    assert profile_named(None) is DEFAULT_PROFILE is PROFILES["fast"]
    with pytest.raises(KgUsageError, match="unknown profile 'turbo'"):
        profile_named("turbo")
    with pytest.raises(ValueError):
        Profile("x", ner="sometimes")
    full = Caches.open(tmp_path, profile=PROFILES["full"])
    fast = Caches.open(tmp_path, profile=PROFILES["fast"])
    assert full.parse.root != fast.parse.root and full.analysis.root != fast.analysis.root
    # full parses as every build did before profiles: it keeps their cache
    assert PROFILES["full"].environment() == {} != DEFAULT_PROFILE.environment()


def test_unknown_profile_is_one_line_before_anything_is_read(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "kg.cli", "build", str(ROOT / "seeds"), "--out", str(tmp_path / "o"),
           "--profile", "turbo"]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 2 and r.stderr.startswith("kg: error: unknown profile 'turbo'")
    assert not (tmp_path / "o").exists()
