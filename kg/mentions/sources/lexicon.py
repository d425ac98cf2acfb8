"""Lexicon source: every surface form of a lexicon entry, matched on characters."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lexicon import Lexicon
from kg.mentions.candidate import ORG_TYPES, Candidate
from kg.mentions.nationality import Nationality
from kg.mentions.ruledata import KANJI, char_classes, title_regex
from kg.model import ParsedSentence


class LexiconSource:
    """Lexicon names where they stand alone, not inside a longer word (日立 in 日立エナジー)."""

    def __init__(self, lexicon: Lexicon, nationality: Nationality) -> None:
        self.lex = lexicon
        self.nationality = nationality

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        text = sent.text
        for m in self.lex.regex.finditer(text):
            s, e = m.start(), m.end()
            surface = m.group(0)
            entry = self.lex.lookup(surface)
            if entry is None or self._inside_longer_word(text, s, e, surface, entry.type):
                continue
            # a company's short forms (中外製薬 → 中外) are found again across the document
            cand = Candidate(
                s,
                e,
                entry.name,
                entry.type,
                f"lexicon.{entry.source}",
                "lexicon",
                0.95,
                refind=entry.type == "Company",
            )
            if entry.type in ORG_TYPES or entry.type == "Person":
                for p in self.nationality.prefix_alt:
                    # a lexicon alias written with its nationality (米メルク): keep the country
                    if surface.startswith(p) and self.lex.lookup(surface[len(p) :]) is entry:
                        cand.start, cand.country = s + len(p), self.nationality.country_for(p)
                        break
            yield cand

    @staticmethod
    def _inside_longer_word(text: str, s: int, e: int, surface: str, etype: str) -> bool:
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""
        if re.match(r"[A-Za-z0-9]", surface[0]) and re.match(r"[A-Za-z0-9]", before or " "):
            return True
        if re.search(r"[A-Za-z0-9]$", surface) and re.match(r"[A-Za-z0-9]", after or " "):
            return True
        if re.match(r"[ァ-ヴー]", surface[0]) and before and re.match(r"[ァ-ヴー・]", before):
            return True
        if re.search(r"[ァ-ヴー]$", surface) and after and re.match(r"[ァ-ヴー]", after):
            return True
        if etype == "Company" and after and re.match(r"[ァ-ヴーA-Za-z]", after):
            return True  # 日立 in 日立エナジー: a longer, different company name
        # 李強 inside a longer unknown word is not the person
        return (
            etype == "Person"
            and bool(after)
            and bool(re.match(f"[{char_classes()['NAME']}]", after))
            and not title_regex().match(text, e)
            and bool(KANJI.match(after))
        )
