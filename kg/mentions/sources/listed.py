"""Listed source: a name written right before a securities code is a listed company's.

Market news writes a company with its code (新日本科学 <2395>, そーせいグループ <4565>); reading
the text, :mod:`kg.read` lifts the code out and records where it stood (``Document.tickers``). The
name that ends there is a company, whatever its ending (科学, a hiragana name), and is found here
with the positions the document recorded (Japanese codes only: a foreign ticker's name comes with
a nationality the other sources read, 米エヌビディア(NVDA.O)).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.mentions.candidate import Candidate
from kg.mentions.ruledata import is_generic
from kg.model import ParsedSentence

RULE = "org.listed_code"
#: A Japanese securities code as :mod:`kg.read` records it (4755.T): written after Japanese names.
JP_CODE = re.compile(r"[0-9]{3}[0-9A-Z]\.T")
#: The name before a code: kanji, katakana or Latin words, maybe opening with hiragana (そーせい).
NAME_BEFORE = re.compile(r"(?:[ぁ-ゖー]+)?[一-龥々ァ-ヴーA-Za-z0-9&・]+$")
#: What may open a hiragana start of a name: nothing, a pause or a bracket.
NAME_OPENS = re.compile(r"(?:^|[\s、。「『(（・])$")
#: A one-character particle, which opens no name (明治HD <2269> とセントラルスポーツ <4801>).
PARTICLE = re.compile(r"[とやはがをにもへので]")


class ListedNameSource:
    """Companies before the securities codes a document's text had (positions in the document)."""

    def __init__(self, ticker_positions: Sequence[int]) -> None:
        self.positions = sorted(set(ticker_positions))

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        for pos in self.positions:
            at = pos - sent.start
            if not 0 < at <= len(sent.text):
                continue
            before = sent.text[:at].rstrip(" \u3000")
            m = NAME_BEFORE.search(before)
            if m is None:
                continue
            start = m.start()
            kana = re.match(r"[ぁ-ゖー]+", m.group(0))
            if kana and (not NAME_OPENS.search(before[:start]) or PARTICLE.fullmatch(kana.group(0))):
                start += kana.end()  # …はそーせい, <2269> とセントラル: the particle is no part of the name
            name = before[start:]
            if len(name) < 2 or is_generic(name) or name.isdigit():
                continue
            # found again everywhere in its document (a listed company is named without its code later)
            yield Candidate(start, len(before), name, "Company", RULE, "pattern", 0.8, refind=True)
