"""Coordination: names listed together are of one kind.

- 「ヨーグレット」や「ハイレモン」, 「A」「B」を製造: when a rule typed one quoted item of a
  list, the other quoted items of the same list get its type (``list.quoted_coordination``).
- ベコやグルンディッヒなど12のブランド: katakana and Latin names of a list said to be products,
  brands or services are technologies (``list.product_kind``).
- 北斗電機の「ソラ」: a quoted katakana or Latin name right after a company and の is its product
  (``tech.quoted_of_company``).
- 日本郵船と商船三井も: a proper noun listed with a company (と, や, 、, および) is a company
  too (``list.company_coordination``); Sudachi must see it as an organisation's name, unless the
  list makes a deal (北斗電機とソラシドは経営統合で合意: a katakana word it does not know), the list
  is said to be companies, after it or before it (北斗電機、KUBOTA、IHIなど数多くの企業; 子会社である
  ミナトテック及びソラネクスト: a Latin or katakana name), the item shares a listed company's stem
  (伊藤忠商事、伊藤忠エネクス: a group company) or the item is a stem and an industry word
  (北斗電機、南洋海運などが: 南洋 is a common word to Sudachi).
- アメリカのエピックゲームズや、韓国のクラフトン: names listed each with its country or place before it
  are companies (``list.placed_members``).

It runs after the overlap choice, on the characters no chosen candidate took.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import lru_cache

from kg.mentions.candidate import Candidate
from kg.mentions.ruledata import is_generic
from kg.mentions.sources.deals import industry_compound
from kg.mentions.sources.patterns import TRAILING_GLOSS, organisation_words
from kg.mentions.words import on_boundaries, words_in
from kg.model import Token
from kg.rules import rules

#: Quoted items joined by nothing, a comma, や, と, および or a middle dot.
QUOTED_LIST = re.compile(
    r"「[^「」『』、。]{1,20}」(?:(?:、|や|と|・|および|及び)?「[^「」『』、。]{1,20}」)+"
)
ITEM = re.compile(r"「([^「」『』、。]{1,20})」")
TYPES = frozenset({"Technology", "Company", "Organization"})


#: Plain items (names without quotes, each perhaps with a gloss) joined by と, や (や、), 、 or および,
#: then a particle (or と before a word of doing something together: A、Bと共同で).
_GLOSS = r"(?:[(（][^()（）]{1,20}[)）])?"
PLAIN_LIST = re.compile(
    r"(?<![ァ-ヴー・A-Za-z0-9&一-龥々])[ァ-ヴー・A-Za-z0-9&一-龥々]{2,20}"
    + _GLOSS
    + r"(?:(?:と|や、?|、|および|及び)[ァ-ヴー・A-Za-z0-9&一-龥々]{2,20}"
    + _GLOSS
    + r")+(?=も|は|が|を|に|の|など|ら|、|。|といった|と(?:共同|ともに|組|提携|協力|協業|連携))"
)
PLAIN_ITEM = re.compile(
    r"(?<![(（])[ァ-ヴー・A-Za-z0-9&一-龥々]{2,20}?(?=及び|並びに|[^ァ-ヴー・A-Za-z0-9&一-龥々]|$)(?![)）])"
)
#: What an address has and a name does not: a block number (天神5丁目, 1番地) or a ward or town
#: after its city or prefecture (福岡市中央区, 東京都港区).
ADDRESS = re.compile(
    r"[0-9０-９一二三四五六七八九十]+(?:丁目|番地?|号)|(?:[都道府県]|[市郡])[一-龥]{1,4}[区町村]"
)
#: A date (昭和59年4月、北斗電機に入社: the date before the comma is no item of a list).
DATE = re.compile(r"[0-9０-９一二三四五六七八九十元]+(?:年|月|日)")
#: A deal a list of companies makes: an unknown katakana word in the list is a company too.
DEAL = re.compile(r"提携|経営統合|事業統合|合併|出資|買収|協業|合弁|資本参加")
#: A kind of company the list is said to be, right after it (A、B、Cなど数多くの企業, A、Bの2社, A、B
#: といった大手各社): every item is a company, Latin and katakana names Sudachi does not know too.
COMPANY_KIND = re.compile(
    r"(?:など|といった|の)[^、。「」]{0,8}?(?:企業|各社|会社|メーカー|[0-9０-９一二三四五六七八九十]+社)(?![長員])"
)
#: A kind of company the list is said to be, right before it (子会社であるA及びB, グループ会社のA、B,
#: 傘下にAとBを持つ): every Latin and katakana item is a company.
COMPANY_KIND_BEFORE = re.compile(
    r"(?:(?:子会社|孫会社|グループ会社|関連会社|傘下|大手|メーカー|企業)(?:の|である|として)"
    r"|(?:子会社|傘下)(?:に|には)、?)$"
)
#: A Latin name, or a katakana one of three characters or more.
LATIN_OR_KATAKANA = re.compile(r"[A-Za-z][A-Za-z0-9&\.\-・ ]+|[ァ-ヴ][ァ-ヴー・]{2,}")
#: Two kanji opening a name: a stem two names of one group share (三菱商事, 三菱電機).
KANJI_PAIR = re.compile(r"[一-龥々]{2}")
KATAKANA_WORD = re.compile(r"[ァ-ヴ][ァ-ヴー]{2,}")
#: 広州汽車集団と三菱側は: a side of a deal, named after a group, is no company's name.
SIDE = ("側", "陣営")


@lru_cache(maxsize=1)
def _industry_words() -> tuple[str, ...]:
    """The industry words that end a company's name (``mentions.yaml`` ``deal_parties``)."""
    data = rules("mentions").deal_parties
    return tuple(data.industry_words) if data else ()


def coordinated(text: str, chosen: list[Candidate], tokens: Sequence[Token] = ()) -> list[Candidate]:
    """``chosen`` plus the untyped items listed with a typed one, in text order."""
    owned = _owned_products(text, chosen)
    companies = _companies(text, chosen, tokens)
    # 近鉄 of 近鉄損保サービス, listed with 近鉄北斗HD: the group's name a listed company's name opens with
    chosen = [c for c in chosen if not any(_lexicon_stem(c, a.start, a.end) for a in companies)]
    added = (
        owned
        + _quoted(text, chosen + owned)
        + companies
        + _products(text, chosen, tokens)
        + _placed_members(text, chosen, tokens)
    )
    return sorted(chosen + added, key=lambda c: c.start) if added else chosen


#: A quoted name right after a company and の (北斗電機の「ソラ」, ホンダの「TACT(タクト)」): the group
#: ``name`` (its reading in parentheses inside the quotes is left out).
OWNED_QUOTED = re.compile(
    r"の[「『](?P<name>[^「」『』、。()（）]{1,20})(?:[(（][^()（）「」]{1,20}[)）])?[」』]"
)
#: What the quoted name needs to be a product's: a katakana or Latin word in it.
FOREIGN_LETTERS = re.compile(r"[ァ-ヴA-Za-zＡ-Ｚａ-ｚ]")
#: A quoted name that is no product: a statement (ends like a verb or a sentence), or one the words
#: after its quotes call a company, a site, a plan or an event (「ソラ」社, 「ソラ」店, 「ソラ」計画).
NOT_A_PRODUCT = re.compile(r"[るたいすだねよかう]$|[!?！？]")
NOT_A_PRODUCT_AFTER = re.compile(
    r"社|株式会社|グループ|ホールディングス|[(（]本社|店|工場|ホテル|計画|構想|事業|プロジェクト|作戦|戦略|"
    r"キャンペーン|フェア|大会|賞|会議|法|制度"
)


def _owned_products(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """北斗電機の「ソラ」, ホンダの「TACT(タクト)」: a quoted name of katakana or Latin letters right after a
    company and の is one of its products (``tech.quoted_of_company``); the quotes make it a name
    whatever Sudachi tags its words, the company before says whose."""
    added: list[Candidate] = []
    for c in chosen:
        m = OWNED_QUOTED.match(text, c.end) if c.type == "Company" else None
        if m is None:
            continue
        s, e, name = m.start("name"), m.end("name"), m.group("name")
        if (
            any(o.start < e and s < o.end for o in chosen)
            or is_generic(name)
            or not FOREIGN_LETTERS.search(name)
        ):
            continue
        if NOT_A_PRODUCT.search(name) or NOT_A_PRODUCT_AFTER.match(text, m.end()):
            continue
        added.append(
            Candidate(s, e, name, "Technology", "tech.quoted_of_company", "pattern", 0.55, refind=True)
        )
    return added


#: A kind of product the list is said to be, right after it (ベコやグルンディッヒなど12のブランド,
#: メマリーやリクシアナといった新薬, PayPayや楽天ペイなどのスマホ決済サービス).
PRODUCT_KIND = re.compile(
    r"(?:など|といった)[^、。「」]{0,10}?(?:ブランド|製品|商品|サービス|アプリ|新薬|治療薬|医薬品|車種|ゲーム)(?![会社店])"
)

#: A Latin spelling in parentheses right after a name (ベコ(Beko)).
LATIN_GLOSS = re.compile(r"[(（][A-Za-z]")
#: A katakana name of two characters: a name only with its Latin spelling after it.
KATAKANA_WORD_2 = re.compile(r"[ァ-ヴ][ァ-ヴー]")


def _products(text: str, chosen: list[Candidate], tokens: Sequence[Token]) -> list[Candidate]:
    """Katakana and Latin names of a list said to be products or brands (its kind after it):
    technologies, whether or not a rule typed one of them."""
    added: list[Candidate] = []
    for run in PLAIN_LIST.finditer(text):
        if not PRODUCT_KIND.match(text, run.end()):
            continue
        for m in PLAIN_ITEM.finditer(text, run.start(), run.end()):
            s, e = m.start(), m.end()
            name = text[s:e]
            taken = any(c.start < e and s < c.end for c in chosen + added)
            # a short katakana name needs its Latin spelling after it: ベコ(Beko), not ガス
            spelled = LATIN_GLOSS.match(text, e) and KATAKANA_WORD_2.fullmatch(name)
            if taken or is_generic(name) or not (LATIN_OR_KATAKANA.fullmatch(name) or spelled):
                continue
            if tokens and on_boundaries(tokens, s, e):
                added.append(Candidate(s, e, name, "Technology", "list.product_kind", "pattern", 0.5))
    return added


#: One letter written right after a listed name that is no part of it: its shares (ソラ商事株) or 系 for a
#: unit of it (東邦精機系が出資).
AFTER_NAME = ("株", "系")
#: A deal noun a headline writes right after a name (ソラライフ取得、北斗HDは…): no part of it.
DEAL_NOUN_AT_END = re.compile(r"(?:完全子会社化|子会社化|取得|買収|承継|統合|提携|出資|売却|譲渡|参入|撤退)$")


def _companies(text: str, chosen: list[Candidate], tokens: Sequence[Token]) -> list[Candidate]:
    added: list[Candidate] = []
    for run in PLAIN_LIST.finditer(text):
        items = [(m.start(), m.end()) for m in PLAIN_ITEM.finditer(text, run.start(), run.end())]
        companies = [c for c in chosen if (c.start, c.end) in items and c.type == "Company"]
        if not companies:
            continue
        for s, e in items:
            if (deal := DEAL_NOUN_AT_END.search(text, s, e)) and deal.start() - s >= 2:
                e = deal.start()  # Xの東宝ソラ取得、東邦HDは…: a headline's deal noun after the name
            name = text[s:e]
            inside = [c for c in chosen if c.start < e and s < c.end]
            stem_only = inside and all(_lexicon_stem(c, s, e) for c in inside)
            if (inside and not stem_only) or is_generic(name) or name.endswith(SIDE):
                continue
            if ADDRESS.search(name) or DATE.search(name):
                continue  # 北斗電機(=北斗、福岡市中央区天神5丁目、…): a gloss lists its address
            if not tokens or not on_boundaries(tokens, s, e):
                continue
            dealt = KATAKANA_WORD.fullmatch(name) and DEAL.search(text, run.end())
            industrial = industry_compound(words_in(tokens, s, e), name, _industry_words())
            kinded = LATIN_OR_KATAKANA.fullmatch(name) and (
                COMPANY_KIND.match(text, run.end()) or COMPANY_KIND_BEFORE.search(text, 0, run.start())
            )
            sibling = any(_shared_stem(name, text[c.start : c.end]) for c in companies)
            if stem_only and not sibling:
                continue  # 近鉄 in 近鉄損保サービス: only a sibling of a listed company says it is one name
            if not organisation_words(tokens, s, e) and not (dealt or industrial or kinded or sibling):
                continue  # 北斗電機とソラシドは経営統合で合意: a katakana word Sudachi does not know
            if name.endswith(AFTER_NAME) and len(name) > 2:
                e -= 1  # 北斗電機、ソラ商事株を買い増し: the company, then its shares
                name = name[:-1]
            added.append(
                Candidate(s, e, name, "Company", "list.company_coordination", "pattern", 0.5, refind=True)
            )
    return added


#: An item of a list written with its place before it: «place»の then a name, up to the list's next
#: joint (アメリカのエピックゲームズや、韓国のクラフトンに / ドイツのハパックロイド、台湾の陽明海運とともに).
PLACED_ITEM = re.compile(
    r"の([ァ-ヴーA-Za-z0-9&一-龥々・]{2,20}?)(?=[(（]|、|や|と|など|および|及び|に|を|が|は|も)"
)
#: What may join two such items.
PLACED_JOINT = re.compile(r"(?:[(（][^()（）]{1,20}[)）])?(?:、|や、?|と、?|および|及び)")
#: What the sentence must say after such a list for its items to be companies: a deal, money, a group,
#: a partnership, or a kind of company (not 米国のインフレや、中国のデフレが進んだ).
PLACED_BUSINESS = re.compile(
    r"提携|統合|合併|出資|買収|協業|合弁|資本|資金|投資|傘下|子会社|ともに|と組|企業|会社|各社|メーカー|大手|株"
)


def _placed_members(text: str, chosen: list[Candidate], tokens: Sequence[Token]) -> list[Candidate]:
    """A list of two or more names each written with its country or place before it (アメリカのエピック
    ゲームズや、韓国のクラフトン; 兵庫県の創造学園、仙台のあすなろ学院): every item no rule took is a
    company, when it is a Latin or katakana name, or Sudachi sees an organisation's name in it.
    (One such item alone, 米国のインフレ, says nothing: the list makes them names of one kind.)"""
    places = sorted((c for c in chosen if c.type in ("Place", "Country")), key=lambda c: c.start)
    items = []  # (place, name start, name end)
    for c in places:
        m = PLACED_ITEM.match(text, c.end)
        if m is not None:
            items.append((c, m.start(1), m.end(1)))
    runs: list[list[tuple[int, int]]] = []
    for k, (_place, s, e) in enumerate(items):
        joined = k > 0 and PLACED_JOINT.fullmatch(text[items[k - 1][2] : items[k][0].start]) is not None
        if joined:
            runs[-1].append((s, e))
        else:
            runs.append([(s, e)])
    added: list[Candidate] = []
    for run in (r for r in runs if len(r) >= 2):
        end = text.find("。", run[-1][1])
        if not PLACED_BUSINESS.search(text, run[-1][1], len(text) if end < 0 else end):
            continue
        for s, e in run:
            name = text[s:e]
            if any(c.start < e and s < c.end for c in chosen) or is_generic(name) or ADDRESS.search(name):
                continue
            if not tokens or not on_boundaries(tokens, s, e):
                continue
            words = words_in(tokens, s, e)
            industrial = industry_compound(words, name, _industry_words())
            if not (LATIN_OR_KATAKANA.fullmatch(name) or industrial or organisation_words(tokens, s, e)):
                continue
            added.append(Candidate(s, e, name, "Company", "list.placed_members", "pattern", 0.5, refind=True))
    return added


def _lexicon_stem(c: Candidate, s: int, e: int) -> bool:
    """Whether ``c`` is a lexicon company name opening the list item ``[s, e)`` and shorter than it."""
    return c.source == "lexicon" and c.type == "Company" and c.start == s and c.end < e


def _shared_stem(name: str, company: str) -> bool:
    """Whether ``name`` opens with the stem of a company listed with it (伊藤忠商事、伊藤忠エネクス: a
    group company): two kanji, or three other characters, in common."""
    common = len(os.path.commonprefix([name, company]))
    return common < len(name) and (common >= 3 or (common == 2 and bool(KANJI_PAIR.match(name))))


def _whole_item(text: str, c: Candidate, s: int, e: int) -> bool:
    """Whether ``c`` is the quoted item ``[s, e)``, perhaps without a gloss at its end."""
    return c.start == s and c.end <= e and TRAILING_GLOSS.sub("", text[c.end : e]) == ""


def _quoted(text: str, chosen: list[Candidate]) -> list[Candidate]:
    added: list[Candidate] = []
    for run in QUOTED_LIST.finditer(text):
        items = [(m.start(1), m.end(1)) for m in ITEM.finditer(text, run.start(), run.end())]
        # a typed item may have lost a gloss at its end: 「ゆうメール(仮称)」 is ゆうメール (not a name that
        # only opens the item: 「シャープの技術の保持」 is no company, nor are the items listed with it)
        typed = [c for c in chosen if any(_whole_item(text, c, s, e) for s, e in items) and c.type in TYPES]
        if len({c.type for c in typed}) != 1:
            continue
        etype, conf = typed[0].type, min(c.confidence for c in typed)
        for s, e in items:
            if any(c.start < e and s < c.end for c in chosen) or is_generic(text[s:e]):
                continue
            name = TRAILING_GLOSS.sub("", text[s:e]) or text[s:e]
            added.append(
                Candidate(
                    s, s + len(name), name, etype, "list.quoted_coordination", "pattern", conf, refind=True
                )
            )
    return added
