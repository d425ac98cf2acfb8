"""Document source: names a cue found once in a document, found again everywhere in it.

The first pass over a document gives names found with a cue (a suffix, a title, a prefix,
NER); :func:`known_names` turns them and their short forms (中外製薬 → 中外, ダリオ・アモデイ →
アモデイ) into a table, and :class:`KnownNameSource` finds those names in the second pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from kg.mentions.candidate import Candidate
from kg.model import Mention, ParsedSentence
from kg.rules import rules


@dataclass(frozen=True)
class KnownName:
    """A name found earlier in the document: its canonical name and type."""

    name: str
    type: str


@lru_cache(maxsize=1)
def _shortenable() -> re.Pattern[str]:
    endings = sorted(rules("generic").droppable_endings, key=lambda x: (-len(x), x))
    alt = "|".join(re.escape(e) for e in endings if e != "銀行")
    return re.compile(rf"^(?P<stem>.{{2,}}?)(?:{alt}|(?P<bank>銀行))$")


def short_forms(name: str) -> list[str]:
    """中外製薬 → [中外], コメルツ銀行 → [コメルツ銀, コメルツ]."""
    m = _shortenable().match(name)
    if not m or not re.search(r"[一-龥ァ-ヴ]", m.group("stem")):
        return []
    stem = m.group("stem").rstrip("・")
    return [stem + "銀", stem] if m.group("bank") else [stem]


def known_names(mentions: list[Mention]) -> dict[str, KnownName]:
    """Names a rule found with a cue somewhere in the document, plus their short forms."""
    known: dict[str, KnownName] = {}
    for m in mentions:
        if m.anaphor or not m.refind or m.confidence < 0.5:
            continue
        forms = [] if m.source == "lexicon" else [m.name]
        if "・" in m.name and m.type in ("Company", "Organization"):
            forms.append(m.name.split("・", 1)[0])  # ノースウィンド・バンコープ → ノースウィンド
        if "・" in m.name and m.type == "Person":
            forms.append(m.name.rsplit("・", 1)[1])  # ダリオ・アモデイ → アモデイ
        if m.type == "Company":
            forms.extend(short_forms(m.name))  # 中外製薬 → 中外, コメルツ銀行 → コメルツ銀
        for f in forms:
            if len(f) >= 3 or (len(f) >= 2 and re.fullmatch(r"[一-龥々]+", f) and m.type != "Person"):
                known.setdefault(f, KnownName(m.name, m.type))
    return known


class KnownNameSource:
    """Every occurrence of a known name that is not inside a longer katakana or Latin word."""

    def __init__(self, known: Mapping[str, KnownName]) -> None:
        self.known = known
        self.regex = re.compile("|".join(re.escape(k) for k in sorted(known, key=lambda k: (-len(k), k))))

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        text = sent.text
        for m in self.regex.finditer(text):
            s, e = m.start(), m.end()
            before = text[s - 1] if s else ""
            after = text[e] if e < len(text) else ""
            if (before and re.match(r"[ァ-ヴー・A-Za-z]", before)) or (
                after and re.match(r"[ァ-ヴーA-Za-z]|・[ァ-ヴA-Za-z]", text[e : e + 2])
            ):
                continue
            k = self.known[m.group(0)]
            yield Candidate(s, e, k.name, k.type, "document.known_name", "document", 0.7)
