"""Countries as a name's prefix or descriptor: 米エヌビディア, 英半導体設計会社アーム, 米国政府.

One object per lexicon holds the regexes built from its country names and one-kanji
prefixes (米 → 米国); the mention sources share it.
"""

from __future__ import annotations

import re

from kg.lexicon import Lexicon
from kg.rules import rules

#: The country of a Japanese news text (the lexicon's name for Japan).
HOME_COUNTRY = "日本"


class Nationality:
    """Country names and nationality prefixes of a lexicon, and the regexes made of them."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.prefixes = sorted(lexicon.prefixes, key=lambda s: (-len(s), s))
        self.country_forms = sorted(
            {s for e in lexicon.entries if e.type == "Country" for s in (e.name, *e.aliases)},
            key=lambda s: (-len(s), s),
        )
        # full country names before one-kanji prefixes: 韓国サムスン電子 is 韓国 + サムスン電子
        self.prefix_alt = sorted(set(self.prefixes) | set(self.country_forms), key=lambda x: (-len(x), x))
        # a nationality, then an optional description, right at the end of a text (not 中堅メーカー)
        words = sorted(rules("generic").not_nationalities, key=lambda s: (-len(s), s))
        not_one = f"(?!{'|'.join(re.escape(w) for w in words)})" if words else ""
        industries = "|".join(map(re.escape, sorted(rules("generic").industry_nouns, key=len, reverse=True)))
        self.tail = re.compile(
            not_one
            + "(?P<c>"
            + "|".join(re.escape(x) for x in self.prefix_alt)
            + ")"
            + r"(?:の?(?:新興|大手|中堅|老舗)?[一-龥ァ-ヴーA-Za-z0-9・()（）り]{0,12}?"
            + r"(?:会社|企業|大手|メーカー|新興|スタートアップ|ベンチャー|シンクタンク|銀行|地銀"
            + r"|ファンド|運用会社|商社|ベンチャーキャピタル|経済紙|新聞|通信社|委員会)"
            + r"の?、?[「『]?"
            # 韓国鉄鋼のX, 米半導体のY: an industry, then の
            + (rf"|[一-龥ァ-ヴーA-Za-z]{{0,4}}?(?:{industries})の" if industries else "")
            + r")?$"
        )

    def country_for(self, surface: str) -> str | None:
        """The canonical country a country name or prefix stands for (米 → 米国)."""
        e = self.lex.lookup(surface)
        if e is not None and e.type == "Country":
            return e.name
        return self.lex.country_of_prefix(surface)
