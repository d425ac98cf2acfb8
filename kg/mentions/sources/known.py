"""Document source: names a cue found once in a document, found again everywhere in it.

The first pass over a document gives names found with a cue (a suffix, a title, a prefix,
NER); :func:`known_names` turns them and their short forms (中外製薬 → 中外, ダリオ・アモデイ →
アモデイ) into a table, and :class:`KnownNameSource` finds those names in the second pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.mentions.candidate import PRIORITY, Candidate
from kg.mentions.ruledata import droppable_endings, title_regex
from kg.model import Mention, ParsedSentence
from kg.rules import rules

#: A team's name: a place or a sponsor, then a katakana nickname (阪神タイガース → 阪神).
TEAM_NAME = re.compile(r"([一-龥々]{2,4})[ァ-ヴー]{3,}")
TEAM_RULES = frozenset({"org.sports_team", "ner.Pro_Sports_Organization"})


#: A person's name in kanji, surname and given name together (宮下功, 佐々木一郎).
KANJI_FULL_NAME = re.compile(r"[一-龥々]{3,5}")

#: A prefecture or city written in full (宮城県, 上越市): in its document the name without 県/府/市
#: (two kanji or more) is that area too. (都, 道: 東京 and 北海 are no such short forms.)
AREA_STEM = re.compile(r"([一-龥々]{2,})[県府市]")


#: Two capitals declared in parentheses (WD, GE): short, but the text's own name for it.
LATIN_ABBREVIATION = re.compile(r"[A-Z]{2}")

#: The rule of a mention of an alias its document declared (beats the lexicon's entry of that name).
DECLARED_ALIAS = "document.declared_alias"
#: The rule of a mention of a company's short form (大和ハウス of 大和ハウス工業, also in a headline
#: before the full name): beats a reading of the same span as a company of its own.
SHORT_FORM = "document.short_form"
#: The endings of a holding company's or a group's name.
HOLDING_ENDINGS = ("ホールディングス", "ホールディング", "HD", "グループ")


@dataclass(frozen=True)
class KnownName:
    """A name found earlier in the document: its canonical name and type."""

    name: str
    type: str
    team: bool = False  # a team's short form (阪神 for 阪神タイガース): in that document it is the team
    area: bool = False  # an area's short form (上越 for 上越市): not inside a word (上越新幹線)
    declared: bool = False  # an alias the document declared beside the name (…(FDA、静岡市))
    latin_prefix: bool = False  # SK for SKハイニックス: the Latin letters a name begins with
    surname: bool = False  # 宮下 of 宮下功: a person's surname, found only before a title or 氏
    short_form: bool = False  # 中外 of 中外製薬: a company's name without its line of business


@lru_cache(maxsize=1)
def _shortenable() -> re.Pattern[str]:
    endings = sorted(rules("generic").droppable_endings, key=lambda x: (-len(x), x))
    alt = "|".join(re.escape(e) for e in endings if e != "銀行")
    return re.compile(rf"^(?P<stem>.{{2,}}?)(?:{alt}|(?P<bank>銀行))$")


def short_forms(name: str) -> list[str]:
    """中外製薬 → [中外], コメルツ銀行 → [コメルツ銀, コメルツ], さくら銀行 → [さくら銀] (a hiragana stem
    alone is a word, not the bank)."""
    m = _shortenable().match(name)
    if not m:
        return []
    stem = m.group("stem").rstrip("・")
    if not re.search(r"[一-龥ァ-ヴ]", stem):
        return [stem + "銀"] if m.group("bank") and re.fullmatch(r"[ぁ-ゖー]{2,}", stem) else []
    return [stem + "銀", stem] if m.group("bank") else [stem]


def _cue_types(mentions: list[Mention]) -> dict[str, str]:
    """Each name's type as the strongest cue in the document found it (lexicon, a company's form or
    description; NER is no cue): a name NER took for a person that a cue found as a company elsewhere
    (ゼネラル・ミルズでは… beside 米食品大手のゼネラル・ミルズ) is known as the company."""
    best: dict[str, Mention] = {}
    for m in mentions:
        if m.anaphor or m.confidence < 0.5 or m.source not in ("lexicon", "pattern"):
            continue
        if m.name not in best or PRIORITY[m.source] > PRIORITY[best[m.name].source]:
            best[m.name] = m
    return {name: m.type for name, m in best.items()}


def known_names(mentions: list[Mention]) -> dict[str, KnownName]:
    """Names a rule found with a cue somewhere in the document, plus their short forms."""
    known: dict[str, KnownName] = {}
    typed = _cue_types(mentions)
    shortened: dict[str, KnownName] = {}
    for m in mentions:
        if m.type == "Place" and not m.anaphor and (area := AREA_STEM.fullmatch(m.text)):
            shortened.setdefault(area.group(1), KnownName(m.name, m.type, area=True))  # 宮城県 → 宮城
        if m.anaphor or m.confidence < 0.5:
            continue
        if m.type in ("Company", "Organization", "Government"):
            for a in m.aliases:  # 天草エアライン(AMX、…) → AMX, ウエスタン・デジタル(WD) → WD, later
                if a != m.name and (_long_enough(a, m.type) or LATIN_ABBREVIATION.fullmatch(a)):
                    # over a reading of the bare name (a headline's)
                    if a not in known or not known[a].declared:
                        known[a] = KnownName(m.name, m.type, declared=True)
        if not (m.refind or m.type == "Government"):
            continue
        if m.source == "ner" and (etype := typed.get(m.name, m.type)) != m.type:
            if _long_enough(m.name, etype):  # its whole name only: no person's surname of a company
                known.setdefault(m.name, KnownName(m.name, etype))
            continue
        forms = [] if m.source == "lexicon" else [m.name]
        if "・" in m.name and m.type in ("Company", "Organization"):
            forms.append(m.name.split("・", 1)[0])  # ノースウィンド・バンコープ → ノースウィンド
        if "・" in m.name and m.type == "Person":
            forms.append(m.name.rsplit("・", 1)[1])  # ダリオ・アモデイ → アモデイ
        if m.type == "Person" and KANJI_FULL_NAME.fullmatch(m.name):
            for cut in (2, 3):  # 宮下功 → 宮下, 佐々木一郎 → 佐々木: then 宮下社長 is the same person
                if len(m.name) - cut >= 1:
                    shortened.setdefault(m.name[:cut], KnownName(m.name, m.type, surname=True))
        if m.rule in TEAM_RULES and (team := TEAM_NAME.fullmatch(m.name)):
            shortened.setdefault(team.group(1), KnownName(m.name, m.type, team=True))  # 阪神タイガース → 阪神
        if m.type == "Government" and len(m.name) >= 5 and m.name.endswith("庁"):
            shortened.setdefault(m.name[2:], KnownName(m.name, m.type))  # 防衛装備庁 → 装備庁
        if m.type == "Company":
            # 中外製薬 → 中外, コメルツ銀行 → コメルツ銀: the short form names the longer company, even
            # where it was found on its own first (トヨタ, then トヨタ自動車)
            # (the short form of a holding company may name its operating company, マツモトキヨシ of
            # マツモトキヨシホールディングス: found as a company of its own, it stays one)
            held = m.name.endswith(HOLDING_ENDINGS)
            for f in short_forms(m.name):
                if _long_enough(f, m.type):
                    shortened.setdefault(f, KnownName(m.name, m.type, short_form=not held))
        for f in forms:
            if _long_enough(f, m.type):
                known.setdefault(f, KnownName(m.name, m.type))
    companies = {m.name for m in mentions if m.type == "Company" and not m.anaphor}
    for f, k in shortened.items():
        if k.type == "Company" and (holding := _holding_named(f, companies)) is not None:
            k = KnownName(holding, "Company")  # 東海東京 beside 東海東京証券 and 東海東京FH: the holding
        elif k.type == "Company" and _shared_stem(f, k.name, companies):
            continue  # 三菱 when 三菱商事 and 三菱自動車工業 are both named: the short form is no one's
        if k.short_form and any(n not in (f, k.name) and n.startswith(f) for n in companies):
            k = replace(k, short_form=False)  # 東海東京 beside 東海東京証券 and 東海東京FH: found as it is
        if f not in known or known[f].name == f:
            known[f] = k
    for f, k in latin_prefixes(mentions).items():
        known.setdefault(f, k)
    return known


#: What a holding company's name adds to its group's stem (東海東京 + フィナンシャル・ホールディングス).
HOLDING_FORM = re.compile(
    r"・?(?:フィナンシャル|ファイナンシャル)?・?(?:ホールディングス|ホールディング|グループ|HD|FG|FH)"
)


def _holding_named(form: str, companies: set[str]) -> str | None:
    """The one holding company of the document named ``form`` and a holding's ending: the company a
    bare stem stands for where its units are named too (東海東京 of 東海東京フィナンシャル・ホールディングス,
    not of 東海東京証券)."""
    holdings = [n for n in companies if n.startswith(form) and HOLDING_FORM.fullmatch(n[len(form) :])]
    return holdings[0] if len(holdings) == 1 else None


def _shared_stem(form: str, owner: str, companies: set[str]) -> bool:
    """Whether another company of the document is ``form`` plus a line of business (三菱 of 三菱商事
    when 三菱自動車工業 is named too; not ソニー of ソニーグループ beside ソニー・ホンダモビリティ)."""
    endings = droppable_endings()
    # a unit named after the owner (トヨタ自動車研究開発センター) leaves トヨタ to トヨタ自動車
    return any(
        not n.startswith(owner) and n.startswith(form) and n[len(form) :].startswith(endings)
        for n in companies
    )


#: SKハイニックス, LG電子: a company name that begins with Latin capitals, then Japanese.
LATIN_PREFIX = re.compile(r"([A-Z]{2,4})(?=[ァ-ヴ一-龥])")


def latin_prefixes(mentions: list[Mention]) -> dict[str, KnownName]:
    """SK for SKハイニックス: the capitals a company's name begins with, when one company of the
    document begins with them (the finder drops those the lexicon gives to another entry: NTT)."""
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "Company" and not m.anaphor and (p := LATIN_PREFIX.match(m.name)):
            names.setdefault(p.group(1), set()).add(m.name)
    return {
        p: KnownName(next(iter(ns)), "Company", latin_prefix=True) for p, ns in names.items() if len(ns) == 1
    }


#: What may follow a company's short form and still leave it that company (三菱社長, 三菱株, 三菱側).
AFTER_SHORT_FORM = re.compile(r"[株側系]|傘下|幹部|首脳|グループ")


def _front_of_another_name(k: KnownName, form: str, text: str, end: int) -> bool:
    """Whether ``form``, a company's shortened name (三菱 of 三菱グループ), runs on into more kanji of a
    name (三菱鉛筆): then it is the front of another company's name, not that company."""
    if k.type != "Company" or form == k.name or not re.match(r"[一-龥々]", text[end : end + 1]):
        return False
    return not (title_regex().match(text, end) or AFTER_SHORT_FORM.match(text, end))


def _long_enough(form: str, etype: str) -> bool:
    kanji = bool(re.fullmatch(r"[一-龥々]+", form))
    return len(form) >= 3 or (len(form) >= 2 and kanji and etype != "Person")


class KnownNameSource:
    """Every occurrence of a known name that is not inside a longer katakana or Latin word."""

    def __init__(
        self, known: Mapping[str, KnownName], kept: frozenset[tuple[int, int]] = frozenset()
    ) -> None:
        """``kept``: document offsets (start, end) of first-pass mentions that stay as they were found
        (a deal party's own mention keeps its rule; the name is found again elsewhere)."""
        self.known = known
        self.kept = kept
        self.regex = re.compile("|".join(re.escape(k) for k in sorted(known, key=lambda k: (-len(k), k))))

    def candidates(self, sent: ParsedSentence) -> Iterator[Candidate]:
        text = sent.text
        for m in self.regex.finditer(text):
            s, e = m.start(), m.end()
            if (sent.start + s, sent.start + e) in self.kept:
                continue
            before = text[s - 1] if s else ""
            after = text[e] if e < len(text) else ""
            # (a middle dot before a kanji name ends what came before: 山田一郎・北斗銀頭取)
            inside_dotted = before == "・" and not re.match(r"[一-龥々]", m.group(0))
            if (before and re.match(r"[ァ-ヴーA-Za-z]", before)) or inside_dotted or (
                after and re.match(r"[ァ-ヴーA-Za-z]|・[ァ-ヴA-Za-z]", text[e : e + 2])
            ):
                continue
            k = self.known[m.group(0)]
            if k.area and re.match(r"[一-龥々]", after):
                continue
            if _front_of_another_name(k, m.group(0), text, e):
                continue  # 三菱 of 三菱グループ inside 三菱鉛筆: the front of another company's name
            if k.surname and not (title_regex().match(text, e) or text.startswith(("氏", "さん"), e)):
                continue  # 宮下 alone may be a place or a word; 宮下社長, 宮下氏 is the person
            rule = "document.team_short_form" if k.team else "document.known_name"
            if k.short_form:
                rule = SHORT_FORM
            if k.declared:
                rule = DECLARED_ALIAS
            yield Candidate(s, e, k.name, k.type, rule, "document", 0.7)
