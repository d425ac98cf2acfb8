"""Lexicon source: every surface form of a lexicon entry, matched on characters."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from kg.lexicon import Lexicon
from kg.mentions.candidate import ORG_TYPES, Candidate
from kg.mentions.nationality import Nationality
from kg.mentions.ruledata import (
    KANJI,
    char_classes,
    company_parts,
    droppable_endings,
    title_regex,
    title_sets,
)
from kg.mentions.words import is_person_word
from kg.model import ParsedSentence, Token
from kg.rules import rules

PLACE_TYPES = frozenset({"Country", "Place"})
#: A stock market's segment after its exchange (東証プライム市場, 東京証券取引所グロース市場).
MARKET_SEGMENT = re.compile(r"(?:プライム|スタンダード|グロース|マザーズ|ジャスダック|JASDAQ)(?:市場)?")
#: 大 right after a place's name, then a particle or a university word: the university (新潟大と,
#: 静岡大の学長; not 東京大会, 大阪大手).
#: Katakana and middle dots, as many as there are (the rest of a dotted run: ・ソニー・シャープ).
KATAKANA_RUN = re.compile(r"[ァ-ヴー・]*")
#: The dotted katakana parts right after a name (・エナジー・トレーディング).
DOTTED_RUN = re.compile(r"(?:・[ァ-ヴー]{2,})+")
UNIVERSITY_SHORT = re.compile(r"大(?=[とはがのをにもや、。]|学長|教授|准教授|大学院|病院|医学部|発)")
#: Words between a person's name and a title that say when the title is held: トランプ次期大統領.
TITLE_MODIFIER = re.compile(r"次期|前|元|現")


#: グループ right after a company's name, as a word of its own (not グループ会社, グループ内).
GROUP_AFTER = re.compile(r"・?グループ(?![ァ-ヴー一-龥A-Za-z0-9])")


def _group_after(lex: Lexicon, text: str, surface: str, end: int) -> str:
    """The グループ written right after a lexicon company's name that the lexicon does not list as a
    name of its own (サイバーエージェントグループ; not ソフトバンクグループ), else an empty string."""
    m = GROUP_AFTER.match(text, end)
    if m is None or lex.lookup(surface + m.group(0)) is not None:
        return ""
    return m.group(0)


def dotted_companies(lex: Lexicon, name: str) -> bool:
    """``name`` is the names of two or more of the lexicon's companies joined by ・ (パナソニック・
    ソニー・シャープ): a list, no name of its own."""
    parts = name.split("・")
    entries = [lex.lookup(p) for p in parts]
    return len(parts) > 1 and all(x is not None and x.type == "Company" for x in entries)


def _local_units(lex: Lexicon, text: str, found: list[Candidate]) -> list[Candidate]:
    """A country written fused before a company of another country names the company's local unit
    (ブラジル三井物産, 米国三菱重工業): one company of its own, based in that country; the country's
    own companies keep it as their nationality (米国アップル is Apple)."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        entry = lex.lookup(c.name) if c.type == "Company" and c.country is None else None
        if (
            prev is not None
            and entry is not None
            and prev.type == "Country"
            and prev.end == c.start
            and entry.country is not None
            and lex.lookup(entry.country) is not lex.lookup(prev.name)
        ):
            name = text[prev.start : c.end]
            out[-1] = Candidate(
                prev.start, c.end, name, "Company", "lexicon.local_unit", "lexicon", 0.8,
                country=prev.name, refind=True,
            )
            continue
        out.append(c)
    return out


class LexiconSource:
    """Lexicon names where they stand alone, not inside a longer word (日立 in 日立エナジー)."""

    def __init__(self, lexicon: Lexicon, nationality: Nationality) -> None:
        self.lex = lexicon
        self.nationality = nationality

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        return iter(_local_units(self.lex, sent.text, list(self._candidates(sent))))

    def _candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        text = sent.text
        for m in self.lex.regex.finditer(text):
            s, e = m.start(), m.end()
            surface = m.group(0)
            entry = self.lex.lookup(surface)
            if entry is None:
                continue
            if entry.type in PLACE_TYPES and UNIVERSITY_SHORT.match(text, e) and KANJI.match(surface):
                # 新潟大と長岡市は…, 静岡大の学長: a university named by its place, not the place
                full = self.lex.lookup(surface + "大学")  # 京都大: the lexicon's 京都大学, if it has it
                name = full.name if full is not None and full.type == "Organization" else surface + "大"
                yield Candidate(s, e + 1, name, "Organization", "lexicon.university_short", "lexicon", 0.8)
                continue
            if entry.type == "Company" and (region := _region_after(text, e)):
                # 日立ヨーロッパ: the company's unit in a region, a company of its own
                name = text[s : e + len(region)]
                yield Candidate(
                    s, e + len(region), name, "Company", "lexicon.regional_unit", "lexicon", 0.8, refind=True
                )
                continue
            if entry.type == "Company" and (group := _group_after(self.lex, text, surface, e)):
                # サイバーエージェントグループの傘下: the company's group, the company itself (a group the
                # lexicon lists apart, ソフトバンクグループ, is its own entry)
                cand = Candidate(
                    s, e + len(group), entry.name, "Company", "lexicon.group_of", "lexicon", 0.9, refind=True
                )
                cand.aliases.append(text[s : e + len(group)])  # 日立グループ stays one of 日立製作所's names
                yield cand
                continue
            if self._inside_longer_word(text, s, e, surface, entry.type):
                continue
            if _cuts_a_word(sent.tokens, s, e) and not _place_with_tail(sent.tokens, s, e, entry.type):
                continue  # 広島市 in 東広島市, 中国 in 中国語, 東京 in 東京エレクトロン
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

    def _dotted_list(self, text: str, s: int, e: int) -> bool:
        """The katakana run around ``[s, e)`` is names of the lexicon's companies joined by ・."""
        start = s
        while start > 0 and re.match(r"[ァ-ヴー・]", text[start - 1]):
            start -= 1
        end = KATAKANA_RUN.match(text, e).end()
        return dotted_companies(self.lex, text[start:end])

    def _inside_longer_word(self, text: str, s: int, e: int, surface: str, etype: str) -> bool:
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""
        if before == "・" and etype in PLACE_TYPES and self._place_before_dot(text, s - 1):
            before = ""  # イギリス・ロンドン, アメリカ・サンフランシスコ: a country, then its city
        if re.match(r"[A-Za-z0-9]", surface[0]) and re.match(r"[A-Za-z0-9]", before or " "):
            return True
        if re.search(r"[A-Za-z0-9]$", surface) and re.match(r"[A-Za-z0-9]", after or " "):
            return True
        hyphen = f"[-{char_classes()['DASH']}]"  # or a dash newspapers write for one (F―LINE)
        if re.match(r"[A-Za-z]", surface) and re.match(hyphen + "[A-Za-z0-9]", text[e : e + 2]):
            return True  # ISO in ISO-NE: a Latin name joined by a hyphen is one longer name
        if re.search(r"[A-Za-z]$", surface) and re.fullmatch("[A-Za-z0-9]" + hyphen, text[max(0, s - 2) : s]):
            return True  # LINE in F-LINE
        if re.match(r"[ァ-ヴー]", surface[0]) and before and re.match(r"[ァ-ヴー・]", before):
            return not self._dotted_list(text, s, e)  # パナソニック・ソニー・シャープの3社: a list
        latin_before = re.match(r"[A-Za-z]", before or " ")
        if etype in PLACE_TYPES and re.match(r"[ァ-ヴー]", surface[0]) and latin_before:
            return True  # ヨーロッパ in UCCヨーロッパ: a company's regional unit, no region
        if etype in PLACE_TYPES and re.search(r"[ァ-ヴー]$", surface) and _line_of_business_at(text, e):
            return True  # チューリッヒ in チューリッヒ保険: a company named after the city
        if re.search(r"[ァ-ヴー]$", surface) and after and re.match(r"[ァ-ヴー]", after):
            return True
        if (run := DOTTED_RUN.match(text, e)) and company_parts(surface + run.group(0)):
            return True  # アーム in アーム・エナジー・トレーディング: a longer company's first part
        if etype == "Government" and after == "系":
            return True  # シンガポール政府系ファンド: a fund, not the government
        if etype == "Company" and MARKET_SEGMENT.match(text, e):
            return False  # 東京証券取引所プライム市場: the exchange, then its market
        if etype == "Company" and after and re.match(r"[ァ-ヴーA-Za-z]", after):
            return True  # 日立 in 日立エナジー: a longer, different company name
        # 李強 inside a longer unknown word is not the person
        return (
            etype == "Person"
            and bool(after)
            and bool(re.match(f"[{char_classes()['NAME']}]", after))
            and not self._title_follows(text, e)
            and bool(KANJI.match(after))
        )

    def _title_follows(self, text: str, at: int) -> bool:
        """A title right after a name, maybe after 次期 / 前 / 元 and a nationality (トランプ次期米大統領)."""
        m = TITLE_MODIFIER.match(text, at)
        at = m.end() if m else at
        for p in self.nationality.prefix_alt:
            if text.startswith(p, at):
                at += len(p)
                break
        return bool(title_regex().match(text, at)) or text.startswith(tuple(title_sets()[2]), at)

    def _place_before_dot(self, text: str, dot: int) -> bool:
        """Whether a country or place name ends right before the middle dot at ``dot``."""
        m = re.search(r"[ァ-ヴー一-龥々]{2,12}$", text[max(0, dot - 12) : dot])
        if not m:
            return False
        run = m.group(0)
        for i in range(len(run) - 1):
            entry = self.lex.lookup(run[i:])
            if entry is not None and entry.type in PLACE_TYPES:
                return True
        return False


def _line_of_business_at(text: str, at: int) -> bool:
    """A line of business written at ``at`` (保険, 銀行, 証券…: ``generic.yaml`` droppable endings)."""
    return text.startswith(droppable_endings() + INSURANCE, at)


#: Insurers' endings, which name no region (チューリッヒ保険, ソラ生命).
INSURANCE = ("保険", "生命", "損保", "海上")


@lru_cache(maxsize=1)
def _regional_unit() -> re.Pattern[str]:
    words = sorted(rules("generic").regional_unit_words, key=lambda w: (-len(w), w))
    return re.compile(f"(?:{'|'.join(map(re.escape, words)) or '(?!)'})(?![ァ-ヴーA-Za-z一-龥々])")


def _region_after(text: str, end: int) -> str:
    """The region word written right after a company's name at ``end`` and ending a word, if any."""
    m = _regional_unit().match(text, end)
    return m.group(0) if m else ""


def _cuts_a_word(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a match starts or ends inside one of Sudachi's words (a person's name fused with
    its title, トランプ大統領, is one word and does not count)."""
    for t in tokens:
        if (t.start < start < t.end or t.start < end < t.end) and not is_person_word(t):
            # GiNZA glues a parenthesis to a word (度(バイドゥ)): its inside is not one word
            if not BRACKETS.search(t.text):
                return True
    return False


#: What Sudachi may glue after a place's name in one word without making it another place:
#: 新潟県沖 (off its coast), 千葉県北部.
PLACE_TAILS = frozenset(
    {"沖", "近海", "沿岸", "北部", "南部", "東部", "西部", "中部", "北西部", "北東部", "南西部", "南東部"}
)


def _place_with_tail(tokens: Sequence[Token], start: int, end: int, etype: str) -> bool:
    """A place that begins one of Sudachi's words whose rest is only a tail of :data:`PLACE_TAILS`."""
    if etype not in PLACE_TYPES:
        return False
    return any(t.start == start and t.end > end and t.text[end - t.start :] in PLACE_TAILS for t in tokens)


BRACKETS = re.compile(r"[()（）「」『』\[\]【】]")
