"""NER source: GiNZA's named entities, through the label map of ``ene.yaml`` and checks per type."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lexicon import Lexicon
from kg.mentions.candidate import ORG_TYPES, Candidate
from kg.mentions.ruledata import KATA_NAME, TICKERISH, is_generic, title_regex
from kg.model import ParsedSentence
from kg.rules import rules


class NerSource:
    """GiNZA's entities of the mapped labels that look like names of their type."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.ene = rules("ene")

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        mapping = self.ene.map
        conf = self.ene.confidence
        for ent in sent.ents:
            etype = mapping.get(ent.label)
            if not etype:
                continue
            s, e = ent.start, ent.end
            name = sent.text[s:e].strip()
            if etype == "Person":
                t = re.search("(?:" + title_regex().pattern + ")$", name)
                if t and t.start() > 0:
                    name, e = name[: t.start()], e - (len(name) - t.start())
            if not self.valid(name, etype):
                continue
            if etype in ORG_TYPES and self.lex.lookup(name) is None:
                # データ通信, 主任研究員: an organisation name has a proper noun in it (or is a
                # longer katakana / Latin word Sudachi does not know)
                proper = any("固有名詞" in t.tag for t in sent.tokens[ent.first : ent.last])
                if not proper and not re.fullmatch(r"[ァ-ヴー・A-Za-z0-9&]{5,}", name):
                    continue
            yield Candidate(
                s, e, name, etype, f"ner.{ent.label}", "ner", float(conf.get(etype, 0.5)), refind=True
            )

    def valid(self, name: str, etype: str) -> bool:
        """Whether ``name`` can be an entity of ``etype`` (not a description, a ticker, a byline)."""
        if is_generic(name) or TICKERISH.match(name) or re.search(r"[0-9０-９\[\]「」]", name):
            return False
        bare = re.sub(r"^(?:大手|国内|海外|地方|新興|中堅|主要|米|中|英|独|仏|日|韓)+", "", name)
        if bare != name and (not bare or is_generic(bare)):
            return False  # 大手銀行, 米企業: a description, not a name
        if len(name) < 2 or "\n" in name:
            return False
        entry = self.lex.lookup(name)
        if entry is not None and entry.type != etype:
            return False
        if etype == "Person":
            if re.search(r"AI|モデル|企業|会社|政府|技術", name):
                return False
            if re.match(r"[A-Za-z]", name):
                return False  # Latin-script people in Japanese text are mostly bylines
            return bool(KATA_NAME.fullmatch(name) and "・" in name) or bool(
                re.fullmatch(r"[一-龥]{2,4}", name)
            )
        if etype in ("Country",):
            return entry is not None or name.endswith("国")
        if etype == "Place":
            return entry is not None or bool(
                re.fullmatch(r"[一-龥]{2,5}(?:市|県|州|省|区|都|府)|[ァ-ヴー]{3,}", name)
            )
        if etype == "Technology":
            return entry is not None
        if (
            re.match(r"[A-Za-z]", name)
            and " " in name
            and not re.fullmatch(r"[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*)*", name)
        ):
            return False
        return not name.endswith(("大手", "企業", "会社"))
