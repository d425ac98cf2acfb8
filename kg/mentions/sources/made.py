"""Made-thing source: what a making verb makes is a technology or a product.

News names products by ordinary words: 「ビジネスジェットの販売を担う」, 「内装品の製造」,
「建設部材を製造する」. No lexicon lists them and no name pattern marks them; the parse does:
the noun compound a making verb (``mentions.yaml`` ``made_things.verbs``) governs with を, or
with の as a nominal's object, or the noun its relative clause describes (開発した画像センサー
技術). The compound must look like a thing made — a katakana or Latin word, or a product ending
(電池, 薬, 装置…) — and not the business, a place or a generic word.
Before の a proper noun or a lone katakana word may be the maker (トヨタの生産, ミナトの生産),
so only compounds of common nouns count there (ビジネス|ジェットの販売). A weak source: it only
fills characters no name pattern or lexicon entry took.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from kg.mentions.candidate import Candidate
from kg.mentions.ruledata import is_generic
from kg.mentions.words import (
    case_particles,
    is_person_word,
    is_place_word,
    is_proper,
    noun_compound,
    only_actions,
)
from kg.model import ParsedSentence, Token
from kg.rules import MadeThings, rules

RULE_ID = "tech.made_thing"
#: The source its candidates carry (``Candidate.source``, then ``Mention.source``).
SOURCE = "made"
#: A katakana or Latin word of two or more characters inside a name.
FOREIGN_WORD = re.compile(r"[ァ-ヴー]{2,}|[A-Za-zＡ-Ｚａ-ｚ]{2,}")
LONE_KATAKANA = re.compile(r"[ァ-ヴー]+")
NOT_IN_NAMES = re.compile(r"[0-9０-９ぁ-ゖ、。「」『』()（）]")


@lru_cache(maxsize=1)
def _data() -> MadeThings | None:
    return rules("mentions").made_things


class MadeThingSource:
    """Candidates for the things making verbs make (see the module docstring)."""

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        data = _data()
        if data is None:
            return
        verbs = frozenset(data.verbs)
        tokens = sent.tokens
        cases = case_particles(tokens)
        for verb in tokens:
            if verb.text not in verbs:
                continue
            for obj, particle in _made(tokens, verb, frozenset(data.particles), cases):
                words = _after_last_space(noun_compound(tokens, obj, frozenset(data.dropped_prefixes)))
                if words and _looks_made(words, particle, data):
                    start, end = words[0].start, words[-1].end
                    if sent.text[end : end + 1] in ("「", "『"):
                        continue  # ツール「ソラミミ」: the kind of the product named after it
                    name = sent.text[start:end]
                    yield Candidate(start, end, name, "Technology", RULE_ID, SOURCE, data.confidence)


def _after_last_space(words: list[Token]) -> list[Token]:
    """The words of a compound after the last space in it: a headline's space parts two phrases
    (新工場 フェンダーライナーを生産: フェンダーライナー)."""
    cut = 0
    for k, t in enumerate(words):
        if not t.text.strip():
            cut = k + 1  # a space the tokenizer kept as a word
        elif k and t.start > words[k - 1].start + len(words[k - 1].text):
            cut = k  # a space between two words
    return words[cut:]


def _made(
    tokens: Sequence[Token], verb: Token, particles: frozenset[str], cases: dict[int, str]
) -> Iterator[tuple[Token, str]]:
    """Nouns the verb governs as its object (を) or, for a nominal verb, with の, each with that
    particle; and the noun the verb's relative clause describes (独自に開発した画像センサー技術)."""
    for t in tokens:
        if t.head == verb.i and t.i != verb.i and t.pos in ("NOUN", "PROPN") and t.dep in ("obj", "nmod"):
            if (particle := cases.get(t.i, "")) in particles:
                yield t, particle
    if verb.dep == "acl" and verb.head > verb.i and tokens[verb.head].pos == "NOUN":
        if not any(t.head == verb.i and t.dep == "obj" for t in tokens):
            yield tokens[verb.head], "を"  # the clause has no object of its own: the noun is it
            for member in _listed_after(tokens, verb):
                if member.i != verb.head:
                    yield member, "を"  # 開発した液晶ディスプレイやプロジェクター、デジタルシネマ: each


#: What joins the members of a list of nouns (A や B、C と D).
LIST_JOINTS = frozenset({"や", "、", "と", "および", "及び"})


def _listed_after(tokens: Sequence[Token], verb: Token) -> list[Token]:
    """The last word of each noun compound listed right after a relative clause's verb (the parse
    hangs the clause on one of them, whichever): the things it describes, up to the first case
    particle that is no list's joint."""
    members: list[Token] = []
    i = verb.i + 1
    while i < len(tokens) and tokens[i].head == verb.i and tokens[i].pos in ("AUX", "VERB"):
        i += 1  # 開発 / し / た: the verb's endings
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j].pos in ("NOUN", "PROPN") and tokens[j].dep != "case":
            j += 1
        if j == i:
            break
        members.append(tokens[j - 1])
        if j < len(tokens) and tokens[j].text in LIST_JOINTS:
            i = j + 1
            continue
        break
    return members


def _looks_made(words: list[Token], particle: str, data: MadeThings) -> bool:
    name = "".join(t.text for t in words)
    if len(name) < 2 or NOT_IN_NAMES.search(name) or name in data.generic or is_generic(name):
        return False
    if name.endswith(tuple(data.not_endings)):
        return False  # コンビニ事業, 世界最大手: the business or the maker, not the thing
    if any(is_person_word(t) or is_place_word(t) for t in words) or only_actions(words):
        return False
    lone_katakana = len(words) == 1 and LONE_KATAKANA.fullmatch(name)
    if particle == "の" and (lone_katakana or any(is_proper(t) for t in words)):
        return False  # トヨタの生産, ミナトの生産: the maker, as likely as the thing
    return bool(FOREIGN_WORD.search(name)) or name.endswith(tuple(data.product_endings))
