"""Context around chosen mentions: an alias in parentheses, a person's title, a nationality before."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.mentions.candidate import ORG_TYPES, Candidate
from kg.mentions.nationality import HOME_COUNTRY, Nationality
from kg.mentions.ruledata import (
    LEGAL_FORMS,
    NOT_ALIAS,
    PAREN_ALIAS,
    char_classes,
    is_generic,
    is_person_alias,
    is_reading,
    letters_in_order,
    title_before,
    title_regex,
    title_sets,
)
from kg.rules import rules


@lru_cache(maxsize=1)
def home_state_titles() -> frozenset[str]:
    return frozenset(rules("titles").home_state)

#: An address in parentheses after a name: 長野県須坂市, 東京都港区, 大阪市, and the newspapers'
#: short city・ward form 東京・港, 大阪・北 (the ward's 区 left out); a district may follow a town or a
#: ward (岡山県里庄町里見, 大阪市北区梅田).
ADDRESS_WITH_SUFFIX = re.compile(
    r"(?:本社[=＝:：・]?)?(?:[一-龥々ヶ]{1,4}(?:都|道|府|県)?(?:[一-龥々ヶ]{1,5}(?:市|郡|区|町|村))+"
    r"(?:(?<=[町区])[一-龥々ヶ]{1,3})?"
    r"|[一-龥々ヶ]{2,4}・[一-龥々ヶ]{1,4})"
)


#: A gloss after a name up to its 以下 (本社:東京都江東区、以下、…): what the two alias patterns share.
_ALIAS_OPENS = rf"(?:{LEGAL_FORMS}|社)?[(（](?:[^()（）]{{0,60}}[、,])?(?P<mark>以下)[、,:：　 ]?"
#: (本社:東京都江東区、以下、NDAP社), (以下「北斗」), X社(JASDAQ上場、以下KM社): the short name the
#: text will use from here on, announced at the end of the gloss after a name.
ALIAS_FROM_HERE = re.compile(
    _ALIAS_OPENS + r"[「『“]?"
    r"(?P<alias>[^()（）「」『』“”、。]{1,20}?)[」』”]?(?:という|といいます|と呼ぶ|と総称します)?。?[)）]"
)

#: (以下北斗・山田一郎代表取締役社長): the short name, then ・ and the company's chief with a post (the
#: post is checked in code: title_regex).
ALIAS_THEN_CHIEF = re.compile(
    _ALIAS_OPENS + r"(?P<alias>[^()（）「」『』“”、。・]{1,20}?)・(?P<chief>[^()（）「」・、。]{2,30})[)）]"
)

#: A legal form written between a name and its gloss (北斗クライアント株式会社(HCC)).
LEGAL_FORM_HERE = re.compile(LEGAL_FORMS)

#: 社 after a Latin or katakana short name: KM社 is written KM too.
COMPANY_WORD_AFTER_NAME = re.compile(r"(?<=[A-Za-zァ-ヴー])社$")

#: What follows the first name of a list written with ・ or 、 (米核融合企業、A・Bらが出資; not
#: 米投資ファンド、KKRらは: the fund is KKR).
LISTED_AFTER = re.compile(r"[・、]")

#: (JAC、鹿児島県霧島市), (SCB、大阪市): an abbreviation, then the gloss.
ALIAS_BEFORE_GLOSS = re.compile(
    r"[(（]([A-Z][A-Za-z0-9&\.\-]{1,11}|[ァ-ヴー・]{2,12}|[一-龥]{1,6}[ァ-ヴー]{2,8})、[^()（）]{1,40}[)）]"
)
#: (平林朗社長、HHH), (大阪市、NTM): an abbreviation in capitals that ends the gloss.
ALIAS_ENDS_GLOSS = re.compile(r"[(（][^()（）]{1,40}、([A-Z][A-Z0-9&]{1,7})[)）]")
#: 量子科学技術研究開発機構(量研機構、千葉市): a kanji short form before the gloss's comma (an alias only
#: when it is the name's short form, :func:`is_kanji_short_form`).
KANJI_ALIAS_BEFORE_GLOSS = re.compile(r"[(（]([一-龥]{2,6})、[^()（）]{1,40}[)）]")
#: What stands between the first of two people and the second when one post follows both (A氏、B両代表).
SHARED_POST_BETWEEN = re.compile(r"(?:氏|さん)?[、・]")
#: A post of the person's own after a middle dot (呉公太・北斗会中央本部団長): what the name is followed by in
#: a list of people each with a post, where the post before the name is the previous person's.
OWN_POST_AFTER_DOT = re.compile(r"・[一-龥ァ-ヴー]{2,}")
#: A formal name with its legal form first in the gloss: ソラ進学グループ(株式会社北斗進学/宮城県仙台市).
FORMAL_IN_GLOSS = re.compile(
    r"[(（](?:株式会社|㈱|[(（]株[)）]|有限会社)([^()（）、/／]{2,20})(?:[、/／][^()（）]{1,40})?[)）]"
)
#: A former name before the gloss's comma: 北斗トラックス(旧南海ディーゼル工業、埼玉県上尾市).
FORMER_BEFORE_GLOSS = re.compile(
    r"[(（](?:旧社名|旧称|旧名|旧)[・:：、 ]?([^()（）、]{2,20})、[^()（）]{1,40}[)）]"
)


def is_kanji_short_form(short: str, name: str) -> bool:
    """量研機構 of 量子科学技術研究開発機構, 東北大 of 東北大学: the short form opens like the name and
    keeps some of its characters, in order (大阪市 in 北斗電機(大阪市、…) is no short form of it)."""
    return len(short) < len(name) and short[0] == name[0] and letters_in_order(short, name)


def abbreviated_name(name: str, inner: str) -> str:
    """北斗ホールディングス(HD) → 北斗HD: the short form in parentheses stands for the name with its
    corporate form shortened, the way the text goes on to write it; any other alias is itself."""
    for short, long in rules("generic").abbreviated_forms:
        if inner == short and name.endswith(long) and len(name) > len(long):
            return name[: -len(long)] + short
    return inner


#: What says the name in parentheses is a former one (北斗HD(旧ミナト電機), (旧社名・東都電力)): the
#: name after it is still an alias.
FORMER_NAME = re.compile(r"^(?:旧社名|旧称|旧名|旧)[・:：、 ]?")
#: A label before another name in parentheses (南海ファイナンス(ブランド名・ソラ), (通称ジョコウィ)): the
#: name after it is the alias.
ALIAS_LABEL = re.compile(r"^(?:ブランド名|通称|愛称|略称|英語名|英文名|英名|屋号|店名)[・:：、 ]?")
#: What says the name in parentheses is the one it has now (北斗電鉄(現・北斗HD)): the present
#: company is another entity (the old name now goes to a new unit as often as not).
PRESENT_NAME = re.compile(r"^現(?:社名)?[・:：、]")
#: 現 fused before a name in parentheses (北斗銀行(現南海銀行)): the present name, read as an alias
#: with the mark dropped (not 現在, 現地 and the like).
PRESENT_MARK = re.compile(r"^現(?![在地代行状場時点役職])(?=[一-龥ァ-ヴA-Za-zＡ-Ｚぁ-ん])")


#: A division's name and a post after a person, up to a list's comma (コンサルティング営業部長、).
POST_AFTER_DIVISION = re.compile(
    r"[ァ-ヴー一-龥・]{1,14}?(?:部長|室長|本部長|支店長|局長|課長|所長|センター長)(?=[、。とらがはも]|$)"
)


#: A company's ending written after an alias in parentheses (チャロン・ポカパン(CP)グループ).
NAME_AFTER_ALIAS = re.compile(
    r"(?:グループ|ホールディングス|ホールディング|リテイリング|コーポレーション|インターナショナル|HD"
    r"|[一-龥]{0,3}(?:工業|産業|製作所|電機|化学|商事|物産|自動車|製薬))"
    r"(?=[はがをにのともへや、。」』(（]|$)"
)


class ContextReader:
    """Completes chosen candidates from the text around them (in place)."""

    def __init__(self, nationality: Nationality) -> None:
        self.nationality = nationality
        self.lex = nationality.lex

    def attach(self, text: str, chosen: list[Candidate]) -> list[Candidate]:
        """Aliases, titles and countries attached; a name swallowed as an alias is dropped."""
        swallowed: set[int] = set()
        for i, c in enumerate(chosen):
            if c.anaphor:
                continue
            if c.type in ORG_TYPES and (span := self._alias_from_here(text, c)):
                swallowed.update(id(o) for o in chosen if span[0] <= o.start and o.end <= span[1])
            elif c.type != "Person" or not c.aliases:
                nxt = chosen[i + 1] if i + 1 < len(chosen) else None
                end = c.end
                if self._paren_alias(text, c, nxt) and nxt is not None:
                    swallowed.add(id(nxt))
                if c.type in ORG_TYPES and c.end > end:  # 鴻海(ホンハイ)精密工業: the span grew over
                    swallowed.update(  # the alias and the ending after it; what lies inside is the name's
                        id(o) for o in chosen if o is not c and o.type in ORG_TYPES and c.start <= o.start
                        and o.end <= c.end
                    )
            if c.type == "Person" and c.title is None:
                c.title = self._title(text, c) or self._shared_title(text, c, chosen[i + 1 : i + 2])
            if c.type in ("Company", "Organization", "Person") and c.country is None:
                listed = bool(LISTED_AFTER.match(text, c.end))
                c.country = self.country_before(text, c.start, [o for o in chosen if o is not c], listed)
            if c.type == "Person" and c.country is None and c.title in home_state_titles():
                c.country = HOME_COUNTRY  # 高市総理大臣: only Japan's head of government is 総理
        return [c for c in chosen if id(c) not in swallowed]

    def _paren_alias(self, text: str, c: Candidate, nxt: Candidate | None) -> bool:
        """騰訊控股(テンセント・ホールディングス), 戦略国際問題研究所(CSIS): the name in parentheses
        becomes an alias and the span grows over it. True when ``nxt`` was inside the parentheses."""
        skip = 1 if text[c.end : c.end + 1] in ("」", "』") else 0  # 「読売中京FSホールディングス」(FYCS)
        if not skip and (legal := LEGAL_FORM_HERE.match(text, c.end)) and c.type in ORG_TYPES:
            skip = legal.end() - c.end  # 北斗クライアント株式会社(HCC): the gloss after the legal form
        pm = PAREN_ALIAS.match(text[c.end + skip :])
        if c.type in ("Company", "Organization") and (not pm or FORMAL_IN_GLOSS.match(text, c.end + skip)):
            return self._alias_before_gloss(text, c, nxt, skip)
        if not pm:
            return False
        if PRESENT_NAME.match(pm.group(1)):
            return False  # 北斗電鉄(現・北斗HD): the company it became is named apart
        said = ALIAS_LABEL.sub("", FORMER_NAME.sub("", pm.group(1).strip()))
        inner = abbreviated_name(c.name, PRESENT_MARK.sub("", said))
        if inner == pm.group(1).strip() and (NOT_ALIAS.match(inner) or is_generic(inner)):
            return False
        if c.type != "Person" and ("=" in inner or "＝" in inner or title_regex().search(inner)):
            return False  # 北斗テック(山田一郎社長), (社長=山田一郎氏): a person with a title, no alias
        if c.type == "Person" and re.search(f"(?:{title_regex().pattern})$", inner):
            return False  # 菊地逸夫(キクチ社長): the person's post at a company, no other name
        if c.type != "Place" and ADDRESS_WITH_SUFFIX.fullmatch(inner):
            return False  # 明治産業(長野県須坂市): the head office, not another name
        inner_entry = self.lex.lookup(inner)
        if inner_entry is not None and self.lex.lookup(c.name) is None and len(inner) > len(c.name):
            return False  # ユニクロ(ファーストリテイリング): a brand, then the known company behind it
        same_kind = inner_entry is None or inner_entry.type == c.type
        if not same_kind or not (nxt is None or nxt.start >= c.end + skip + pm.end() or nxt.start > c.end):
            return False
        if not is_reading(inner, c.name) and (c.type != "Person" or is_person_alias(inner)):
            c.aliases.append(inner)
        inside = nxt is not None and nxt.start > c.end and nxt.end <= c.end + skip + pm.end()
        if text[c.end : c.end + 1] not in ("」", "』"):
            c.end += skip + pm.end()  # the span grows over the parentheses (not past a closing quote)
            if c.type in ORG_TYPES and (rest := NAME_AFTER_ALIAS.match(text, c.end)):
                # エイチ・ツー・オー(H2O)リテイリング: the name's ending follows the alias; both take it
                tail = rest.group(0)
                # 鴻海(ホンハイ)精密工業: the lexicon's name (鴻海精密工業) already ends with it
                c.name = c.name if c.name.endswith(tail) else c.name + tail
                c.end += len(tail)
                c.aliases = [a + tail if a == inner else a for a in c.aliases]
                return inside or (nxt is not None and nxt.start >= c.end - len(tail) and nxt.end <= c.end)
        return inside

    @staticmethod
    def _alias_from_here(text: str, c: Candidate) -> tuple[int, int] | None:
        """北斗電機ホールディングス(本社:大阪市、以下、北斗HD): the name after 以下 is an alias the
        text goes on to use, so it is found again (the span stays: the gloss holds mentions of its
        own). Returns the span of 以下 and the alias, where nothing else is a mention."""
        m = ALIAS_THEN_CHIEF.match(text, c.end)
        if not m or not _ends_with_post(m.group("chief")):
            m = ALIAS_FROM_HERE.match(text, c.end)
        if not m:
            return None
        alias = m.group("alias").strip()
        alias = COMPANY_WORD_AFTER_NAME.sub("", alias)  # 以下KM社: the text goes on with KM
        if NOT_ALIAS.match(alias) or is_generic(alias):
            return None
        c.aliases.append(alias)
        c.refind = True
        return m.start("mark"), m.end("alias")  # 以下北斗HD: no name of its own either

    @staticmethod
    def _alias_before_gloss(text: str, c: Candidate, nxt: Candidate | None, quote: int = 0) -> bool:
        """日本エアコミューター(JAC、鹿児島県霧島市), 「ミナト・セミコンダクター」(MSC、熊本市),
        会津乗合自動車(会津バス、福島県会津若松市): a short Latin or katakana name (kanji may open it), a
        kanji short form of the name (量研機構), a former name (旧…) or its formal name with its legal form
        (ソラ進学グループ(株式会社北斗進学/宮城県仙台市)), before the gloss's comma is an
        alias (the span stays: the place after it is a mention of its own); so is an abbreviation in
        capitals that ends the gloss (北斗HD(平林朗社長、HHH)). True when ``nxt`` is that alias, found on
        its own."""
        m = (
            ALIAS_BEFORE_GLOSS.match(text, c.end + quote)
            or FORMER_BEFORE_GLOSS.match(text, c.end + quote)
            or ALIAS_ENDS_GLOSS.match(text, c.end + quote)
            or FORMAL_IN_GLOSS.match(text, c.end + quote)
        )
        if not m and (k := KANJI_ALIAS_BEFORE_GLOSS.match(text, c.end + quote)):
            m = k if is_kanji_short_form(k.group(1), c.name) else None
        if not m:
            return False
        # 北斗ホールディングス(HD、東京) → 北斗HD; ソラネット(現北斗アイズ、三田市): the present name
        alias = abbreviated_name(c.name, PRESENT_MARK.sub("", m.group(1)))
        if alias == m.group(1) and (NOT_ALIAS.match(alias) or is_generic(alias)):
            return False
        c.aliases.append(alias)
        return nxt is not None and (nxt.start, nxt.end) == (m.start(1), m.end(1))

    def _shared_title(self, text: str, c: Candidate, after: list[Candidate]) -> str | None:
        """北島正裕、安田瑞希両代表: the post written once after 両 for the two people listed before it."""
        nxt = after[0] if after else None
        if nxt is None or nxt.type != "Person" or not SHARED_POST_BETWEEN.fullmatch(text[c.end : nxt.start]):
            return None
        # the span may hold the 両 (山田次郎両|副社長): it follows the name either way
        shared = text[nxt.start + len(nxt.name) : nxt.end + 1].startswith("両")
        return (nxt.title or self._title(text, nxt)) if shared else None

    @staticmethod
    def _title(text: str, c: Candidate) -> str | None:
        # 山田一郎・社長(54): a middle dot may stand between the name and the title
        after = title_regex().match(text, c.end + (text[c.end : c.end + 1] == "・"))
        title = re.sub(r"[(（].*$", "", after.group(0)) if after else None
        if title in title_sets()[3]:
            title = None
        if title is None and (post := POST_AFTER_DIVISION.match(text, c.end)):
            # 堀江明彦コンサルティング営業部長、: the post closes a division's name after the person
            title = title_regex().search(post.group(0)).group(0)
        if title is None and OWN_POST_AFTER_DOT.match(text, c.end):
            return None  # 京丹後市長、呉公太・北斗会団長: the post after the dot is theirs (not 市長)
        return title or title_before(text, c.start)

    def country_before(
        self, text: str, start: int, others: list[Candidate] = (), listed: bool = False
    ) -> str | None:
        """米エヌビディア, 英半導体設計会社アーム, 中国新興AI(人工知能)企業ディープシーク.

        Not across another name: in 日本銀行の植田和男 the 日本 belongs to the bank; not across a
        comma to the first of a list (米核融合企業、北斗物産・南海化学らが出資: the investors are
        no description's).
        """
        offset = max(0, start - 30)
        head = text[offset:start]
        m = self.nationality.tail.search(head)
        if m:
            before = head[: m.start("c")]
            span = (offset + m.start("c"), start)
            inside = any(
                o.start < span[1] and o.end > span[0] and o.type != "Country" and o.type != "Technology"
                for o in others
            )
            if listed and m.group(0).endswith("、"):
                return None
            if len(m.group("c")) == 1 and head.startswith("の", m.end("c")):
                # 手続き中の株式会社X, 米の輸出: a one-kanji prefix is written right before its noun
                return None
            if not inside and (not before or not re.match(f"[{char_classes()['NAME']}]", before[-1])):
                return self.nationality.country_for(m.group("c"))
        return None


def _ends_with_post(words: str) -> bool:
    """山田一郎代表取締役社長: words that end with a post (a title of titles.yaml)."""
    return any(m.end() == len(words) and m.start() > 0 for m in title_regex().finditer(words))
