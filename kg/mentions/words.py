"""What Sudachi's words say about a span: noun compounds, proper nouns, name tags.

The mention rules match characters; these helpers let them check a match against the
parse: that a span starts and ends on word boundaries, that it holds a proper noun
(名詞-固有名詞-…) rather than only common words, and which words of a noun compound
(藤本 昌義 双日 社長) are a person's name (人名 tags).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.model import Token

LATIN_NAME = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9&\.\-Ａ-Ｚａ-ｚ０-９]*")
KATAKANA = re.compile(r"[ァ-ヴー]+")


def is_proper(t: Token) -> bool:
    return "固有名詞" in t.tag


def is_person_word(t: Token) -> bool:
    return "人名" in t.tag


def is_place_word(t: Token) -> bool:
    return "地名" in t.tag


def is_name_word(t: Token) -> bool:
    """A proper noun that is neither a person nor a place (会社, 製品, 団体の名前: 丸紅, コクヨ)."""
    return is_proper(t) and not is_person_word(t) and not is_place_word(t)


def in_compound(t: Token) -> bool:
    """A word that can be part of a noun compound: nouns, prefixes, suffixes, the middle dot, a
    hyphen (J-STAR: Sudachi cuts a Latin name at it) and an ampersand (ソラオイル&ガス)."""
    return t.tag.startswith(("名詞", "接頭辞", "接尾辞")) or t.text in ("・", "-", "－", "&", "＆")


def token_at(tokens: Sequence[Token], pos: int) -> Token | None:
    """The word that covers character ``pos``."""
    for t in tokens:
        if t.start <= pos < t.end:
            return t
    return None


def on_boundaries(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether ``[start, end)`` starts and ends between two words (always true without words)."""
    if not tokens:
        return True
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    return start in starts and end in ends


def words_in(tokens: Sequence[Token], start: int, end: int) -> list[Token]:
    """The words that overlap ``[start, end)``."""
    return [t for t in tokens if t.start < end and t.end > start]


def has_proper_noun(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the span holds a proper noun (Sudachi tags IBM, OpenAI as proper nouns too, and
    technology acronyms such as DRAM, EUV, AI as common ones)."""
    return any(is_proper(t) for t in words_in(tokens, start, end))


def proper_compound(words: Sequence[Token]) -> bool:
    """Two or more proper nouns, all kanji, 3 to 5 characters: a name Sudachi reads as places
    (湯崎 / 英彦), not a single place name it knows whole (広島県)."""
    text = "".join(t.text for t in words)
    return (
        len(words) >= 2
        and all(is_proper(t) for t in words)
        and 3 <= len(text) <= 5
        and bool(re.fullmatch(r"[一-龥々]+", text))
    )


def compound_before(tokens: Sequence[Token], end: int) -> list[Token]:
    """The words of the noun compound that ends right at ``end`` (empty when ``end`` is inside a word)."""
    idx = next((i for i, t in enumerate(tokens) if t.end == end), None)
    if idx is None:
        return []
    out: list[Token] = []
    while idx >= 0 and in_compound(tokens[idx]):
        out.append(tokens[idx])
        idx -= 1
    out.reverse()
    return out


def only_actions(words: Sequence[Token]) -> bool:
    """Whether the words are all nominalised actions (合併・買収, 投開票, 共同開発): no name."""
    content = [t for t in words if t.text != "・"]
    return bool(content) and all("サ変" in t.tag and not is_proper(t) for t in content)


def case_particles(tokens: Sequence[Token]) -> dict[int, str]:
    """Word index → the last case particle attached to it (を, の, は…); read once per sentence."""
    return {t.head: t.text for t in tokens if t.dep == "case"}


def noun_compound(tokens: Sequence[Token], head: Token, dropped: frozenset[str] = frozenset()) -> list[Token]:
    """The noun compound ending at ``head`` (words joined to it with no particle of their own),
    without the leading words in ``dropped`` that only qualify it (新, 次世代) or a middle dot."""
    cased = {t.head for t in tokens if t.dep == "case"}
    i = head.i
    while i > 0:
        prev = tokens[i - 1]
        joined = prev.dep in ("compound", "nmod", "amod") and i - 1 < prev.head <= head.i
        if not (in_compound(prev) and joined) or prev.i in cased:
            break
        i -= 1
    words = list(tokens[i : head.i + 1])
    while words and (words[0].text in dropped or words[0].text == "・"):
        words = words[1:]
    return words
