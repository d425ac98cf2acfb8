"""Compiled rule data of the mention stage: character classes, pattern rules, titles, generic words.

Everything here is read from ``kg/data/rules`` (``mentions.yaml``, ``titles.yaml``,
``generic.yaml``) once per process; the regexes below are the few shapes that are code
rather than data (descriptors before a name, the form of a katakana name, tickers).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import norm
from kg.rules import ListRule, MentionRule, rule_error, rules

#: Company forms that end a name before a middle dot and another name (北斗商事・南海化学: two listed);
#: all two characters long, so that a look-behind can read them.
FORMS_BEFORE_DOT = (
    "商事", "物産", "工業", "電機", "電工", "電気", "電線", "化学",
    "建設", "重工", "精機", "精工", "製薬", "証券", "銀行",
)


@lru_cache(maxsize=1)
def char_classes() -> dict[str, str]:
    """Character classes of ``mentions.yaml`` plus NAME (any name character), BOUND, OFFICER
    (a company post, ``titles.yaml`` ``corporate``), COMPANY_PART (a katakana word only companies'
    names have, ``generic.yaml``) and STEM (a kanji stem before katakana)."""
    c: dict[str, str] = dict(rules("mentions").classes)
    c["NAME"] = c["KATA"] + c["KANJI"] + c["LATIN"]
    forms = "".join(f"|(?<={form})" for form in PUBLIC_BODY_FORMS)
    # a name may also open right after the 兼 of another post (副社長(兼南海銀行副頭取), 北斗電機常務執行
    # 役員兼南海化学CEO: a post's last character before 兼), or the 現 of the one held now (前田氏(現南海
    # 電機会長))
    # (not after a Latin letter and a dash newspapers write for a hyphen: LINE in F―LINE); or right
    # after a company's form and a middle dot (北斗商事・南海化学の2社: the second of two listed)
    c["BOUND"] = (
        f"(?:(?<![{c['NAME']}])(?<![A-Za-zＡ-Ｚａ-ｚ][{c['DASH']}]){forms}|(?<=[(（][兼現])|(?<=[員長役務者表OR]兼)"
        f"|(?<=(?:{'|'.join(FORMS_BEFORE_DOT)})・))"
    )
    posts = sorted(rules("titles").corporate, key=lambda t: (-len(t), t))
    c["OFFICER"] = "(?:" + "|".join(map(re.escape, posts)) + ")"  # titles.yaml corporate posts
    c["LEGAL_FORM"] = f"(?:{LEGAL_FORMS})"
    parts = sorted(rules("generic").company_name_parts, key=lambda t: (-len(t), t))
    c["COMPANY_PART"] = "(?:" + "|".join(map(re.escape, parts)) + ")"  # generic.yaml company_name_parts
    # a short kanji stem of a name (白樺ケア), not a word that describes one (新, 同, 地元, 大手:
    # generic.yaml descriptive_stems)
    stems = "|".join(map(re.escape, sorted(rules("generic").descriptive_stems, key=lambda s: (-len(s), s))))
    c["STEM"] = f"(?![{NOT_NAME_START}]|{stems})[{c['KANJI']}]{{1,3}}"
    return c


#: One kanji that opens no name when written before katakana (新ファンド, 同ファンド, 現オーナー).
NOT_NAME_START = "新同当両各本旧元前現全"


#: The legal forms of public and non-profit bodies written before their names
#: (独立行政法人石油天然ガス・金属鉱物資源機構): a name may begin right after one.
#: Time words a sentence may open with, written right before a name (今回北斗電機は, 昨年南海化学が):
#: never part of it.
TIME_WORDS = (
    "今回", "今年", "昨年", "来年", "今月", "先月", "来月", "同日", "当日", "今後", "当時", "同年",
    "現在", "現時点",
)  # fmt: skip
#: Adverbs of manner written in kanji alone, right before a name (8月に突然北斗HDとの提携を打ち出した):
#: never part of it.
KANJI_ADVERBS = ("突然", "急遽", "順次", "別途", "再度", "唐突")
PUBLIC_BODY_FORMS = (
    "独立行政法人", "国立研究開発法人", "国立大学法人", "一般社団法人", "公益社団法人", "一般財団法人",
    "公益財団法人", "社会福祉法人", "学校法人", "特殊法人", "認可法人", "地方独立行政法人",
    # a company's legal form written first (株式会社なごみコーポレーション): the name begins after it
    "株式会社", "有限会社", "合同会社",
)  # fmt: skip
#: Every legal form written before a body's name (社会医療法人北斗会, NPO法人ソラの会, 株式会社ミナト): the
#: public bodies' and companies' forms above and those of medical and non-profit bodies.
FORMS_BEFORE_NAME = (
    "(?:"
    + "|".join((*PUBLIC_BODY_FORMS, "社会医療法人", "医療法人", "特定非営利活動法人", "NPO法人", "NGO法人"))
    + ")"
)


#: The classes a rule's regex may name as {KEY} (see :func:`char_classes`).
CLASS_KEYS = (
    "BOUND", "STEM", "NAME", "KATA", "KANJI", "LATIN", "DASH", "OFFICER", "LEGAL_FORM", "COMPANY_PART",
)  # fmt: skip


def expand_classes(regex: str) -> str:
    """Replace ``{NAME}``, ``{KATA}``… in a rule's regex by their character classes."""
    c = char_classes()
    for key in CLASS_KEYS:
        regex = regex.replace("{" + key + "}", c[key])
    return regex


def _compile(where: str, regex: str, groups: tuple[str, ...]) -> re.Pattern[str]:
    """A rule's regex, compiled, with the named ``groups`` it must have (else one error naming it)."""
    try:
        rx = re.compile(expand_classes(regex))
    except re.error as exc:
        raise rule_error("mentions", where, f"bad regex: {exc}") from None
    for group in groups:
        if group not in rx.groupindex:
            raise rule_error("mentions", where, f"the regex has no group '{group}'")
    return rx


@lru_cache(maxsize=1)
def pattern_rules() -> list[tuple[MentionRule, re.Pattern[str]]]:
    """The pattern rules of ``mentions.yaml``, each with its compiled regex (checked here)."""
    seen: set[str] = set()
    for i, rule in enumerate(rules("mentions").rules):
        if rule.id in seen:
            raise rule_error("mentions", f"rules[{i}] ({rule.id}).id", f"rule id {rule.id!r} is used twice")
        seen.add(rule.id)
    out = []
    for i, rule in enumerate(rules("mentions").rules):
        where = f"rules[{i}] ({rule.id}).regex"
        rx = _compile(where, rule.regex, ("name",))
        if rule.place and "place" not in rx.groupindex:
            raise rule_error("mentions", where, "place: true but the regex has no group 'place'")
        out.append((rule, rx))
    return out


@lru_cache(maxsize=1)
def list_rules() -> list[tuple[ListRule, re.Pattern[str]]]:
    """The list rules of ``mentions.yaml``, each with its compiled regex (checked here)."""
    rule_list = rules("mentions").lists
    return [(rule, _compile(f"lists[{i}] ({rule.id}).regex", rule.regex, ("items",)))
            for i, rule in enumerate(rule_list)]


@lru_cache(maxsize=1)
def title_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(leading titles, working titles, heads of state, honorifics) of ``titles.yaml``."""
    t = rules("titles")
    return frozenset(t.leads), frozenset(t.works_for), frozenset(t.state), frozenset(t.honorifics)


@lru_cache(maxsize=1)
def corporate_titles() -> frozenset[str]:
    """Posts held in a company (``titles.yaml`` ``corporate``)."""
    return frozenset(rules("titles").corporate)


@lru_cache(maxsize=1)
def title_regex() -> re.Pattern[str]:
    """Any title or honorific, longest first; ministers (外相, 財務相, 商務長官) by their shape."""
    leads, works, _state, hon = title_sets()
    words = sorted(leads | works | hon | {"国家主席"}, key=lambda s: (-len(s), s))
    # "(CEO)" may follow a spelled-out title: 最高経営責任者(CEO)
    minister = (
        r"(?:外務|外|財務|経済産業|経産|防衛|厚生労働|厚労|文部科学|文科|農林水産|農水|国土交通|国交|環境|法務|総務"
        r"|経済再生|経済財政|経済安全保障|官房|国務|商務|エネルギー|内務|国防|司法|運輸|通商|労働|保健|教育"
        r"|産業|貿易|経済|内閣|デジタル)(?:相|長官|大臣)"
    )
    # 国防次官, 外務副大臣: a ministry's deputy, by the same shape
    deputy = minister.replace("(?:相|長官|大臣)", "(?:事務次官|次官|副大臣|副長官|報道官|政務官)")
    alts = "|".join(re.escape(w) for w in words)
    # 第一副首相, 第1副社長: an ordinal before a deputy's title is part of it
    ordinal = "(?:第[一二三四1-4１-４](?=副))?"
    return re.compile(f"{ordinal}(?:{alts}|{deputy}|{minister})(?:[(（][A-Z]{{2,4}}[)）])?")


@lru_cache(maxsize=1)
def title_chain_regex() -> re.Pattern[str]:
    """A title (兼) at the end of a text: 奥田修社長CEO, 三木谷浩史会長兼社長."""
    return re.compile("(?:" + title_regex().pattern + ")兼?$")


#: Words of leaving a post, between it and the one who held it (社長の座を退く山田太郎氏).
LEAVING_POST = "の座を(?:退く|降りる|去る)"


def title_before(text: str, start: int) -> str | None:
    """A title right before a name: 科学者ヤン・ルカン, 最高経営責任者(CEO)、梁文鋒, 代表取締役・松田洋祐,
    社長の座を退く加藤明美."""
    leads, works, _state, _hon = title_sets()
    head = re.sub(f"(?:{LEAVING_POST}|[、,・]|である|の)$", "", text[max(0, start - 30) : start])
    head = re.sub(r"[(（][A-Z]{2,4}[)）]$", "", head)
    for t in sorted(leads | works, key=lambda s: (-len(s), s)):
        if head.endswith(t):
            return t
    return None


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    return frozenset(norm(w) for w in rules("generic").never_entities)


@lru_cache(maxsize=1)
def droppable_endings() -> tuple[str, ...]:
    """Lines of business a company name may end with (``generic.yaml``: 製薬, 自動車, 商事…)."""
    return tuple(rules("generic").droppable_endings)


@lru_cache(maxsize=1)
def not_person_endings() -> tuple[str, ...]:
    """How a business's name ends and a person's never does (``generic.yaml`` ``not_person_endings``
    and the droppable endings: 今泉商店, 武田紙器, 北斗電機)."""
    data = rules("generic")
    return tuple(data.not_person_endings) + tuple(data.droppable_endings)


@lru_cache(maxsize=1)
def descriptor_prefixes() -> tuple[str, ...]:
    return tuple(rules("generic").descriptor_prefixes)


@lru_cache(maxsize=1)
def descriptor_endings() -> tuple[str, ...]:
    return tuple(rules("generic").descriptor_endings)


@lru_cache(maxsize=1)
def descriptive_kinds() -> re.Pattern[str]:
    """地域航空, 外資系証券, 中核企業: a descriptive stem right before a line of business or a word for a
    company; 繊維商社, 鉄鋼会社: an industry before a word for a company (``generic.yaml``)."""
    g = rules("generic")
    alt = "|".join(sorted(map(re.escape, g.descriptive_stems), key=lambda x: (-len(x), x)))
    ends = "|".join(sorted(map(re.escape, g.droppable_endings), key=lambda x: (-len(x), x)))
    trades = "|".join(sorted(map(re.escape, g.industry_nouns), key=lambda x: (-len(x), x)))
    return re.compile(f"(?:{alt or '(?!)'})(?:{ends}|企業|会社)|(?:{trades or '(?!)'})(?:商社|企業|会社)")


#: One-kanji nationalities and 同, written before a common noun of a company's kind (米子会社).
NATION_OR_SAME = frozenset("米英独仏中韓露伊豪加印台欧日同")
COMPANY_NOUNS = ("会社", "企業", "ファンド", "メーカー", "ベンチャー")


#: A group's ending: a kind of company before it names no group (電機グループ).
GROUP = "グループ"


#: 2大銀行, 3大メガバンク: a count of the biggest of a kind.
RANKED_COUNT = re.compile(r"[0-9０-９一二三四五六七八九]大(?=[^学])")


#: A unit named by the country it is in (…のタイ法人であるX, 米国法人, 現地法人): the owner says whose.
COUNTRY_UNIT = re.compile(
    r"(?:[ァ-ヴー]{2,8}|[一-龥]{1,2}国|台湾|香港|欧州|北米|南米|中南米|現地|海外)(?:現地)?法人"
)


def is_generic(name: str) -> bool:
    """A common noun or description (``generic.yaml``), never an entity name."""
    n = norm(name)
    if not n or n in generic_words():
        return True
    if n[:1] in NATION_OR_SAME and n[1:] in generic_words() and n.endswith(COMPANY_NOUNS):
        return True  # 米子会社, 独メーカー, 同ファンド: a nationality or 同 before a kind of company
    if title_regex().fullmatch(name):
        return True  # 社長, コミッショナー: a title is never an entity
    if COUNTED.fullmatch(n):
        return True  # 2社, 3行, 5団体: a count of the names listed, not a name
    if SHARE_COUNT.fullmatch(n):
        return True  # 1株, 3・67株: a number of shares (持ち株会社1株を割り当てる)
    if COUNT_AT_END.search(n):
        return True  # 北斗グループ3社: the names listed, counted, with what they have in common
    if n.endswith(tuple(rules("generic").election_words)):
        return True  # 北斗町長選, 知事選挙: an election, not who runs in it
    if n.endswith(tuple(rules("generic").incident_words)):
        return True  # 産地偽装事件: an incident, not who caused it
    if descriptive_kinds().fullmatch(n):
        return True  # 地域航空, 大手証券: a kind of company
    if n.endswith(descriptor_endings()):
        return True  # 電子部品大手, 建設機械メーカー: a kind of company
    if n.endswith(tuple(rules("generic").region_words)):
        return True  # 九州・沖縄地域, 関東地方: a region named by the places it spans, no body
    if COUNTRY_UNIT.fullmatch(n):
        return True  # タイ法人, 米国法人, 現地法人: a company's unit named by its country, not a name
    if re.fullmatch(r"[ァ-ヴー・]+(?:企業|会社)", n):
        return True  # エネルギー企業, ファンド会社: a kind of company in a common katakana word
    if re.fullmatch(r"[ァ-ヴー・]+", name) and name.rsplit("・", 1)[-1] in rules("generic").job_words:
        return True  # チーフ・コンペティティブ・オフィサー: a post written in katakana
    if RANKED_COUNT.search(n):
        return True  # 県内2大銀行, 3大メガバンク: the biggest few of a kind, no name
    if "・" in name and all(p in droppable_endings() or is_generic(p) for p in name.split("・")):
        return True  # 食品・化学: lines of business listed with a middle dot
    stem = n[: -len(GROUP)] if n.endswith(GROUP) else ""
    if stem and (stem in droppable_endings() or is_generic(stem)):
        return True  # 電機グループ, 大手銀行グループ: a kind of company's group, no name
    return name.startswith(descriptor_prefixes())


#: Japanese legal forms written with a company's name (ミナト株式会社, 株式会社ミナト, ミナト(株), and
#: the one-character forms of trade papers: ミナト㈱, ㈲ソラ).
#: The mark of a current, an old or a former post or name before an organisation's name, which is no
#: part of it: 現北斗電機CEO, 旧北斗電機, 元北斗電機社長 (not 現代自動車, 旧来, 元気寿司).
TENURE_BEFORE_NAME = (
    "現(?![代地在行状場金物実])・?(?=[一-龥ァ-ヴA-Z])|旧(?![来式型姓制約])(?=[一-龥ァ-ヴA-Z]{2})"
    "|元(?![気来素年号禄祖本値手首町利])(?=[一-龥ァ-ヴA-Z]{2})"
)
#: The mark of a current, an old or a former name at the start of a name (現・北斗HD, 旧北斗電機).
TENURE_MARK = re.compile(f"^(?:{TENURE_BEFORE_NAME})")
LEGAL_FORMS = r"株式会社|有限会社|合同会社|[(（][株有][)）]|[㈱㈲]"
#: A reading in kana after a person's name, which is no part of it: 安達健祐(けんゆう)社長.
READING_GLOSS = re.compile(r"[(（][ぁ-ゖー・ 　]{2,16}[)）]")
#: A legal form at the end of a name.
LEGAL_FORM_AT_END = re.compile(f"(?:{LEGAL_FORMS})$")
#: A legal form at the start of a name (有限会社ソラ・ビー・ファイン, a list's item as written).
LEGAL_FORM_AT_START = re.compile(f"^(?:{LEGAL_FORMS})")


#: A number and a counter: what sums up a list (大手2社, 3行, 計161団体).
COUNTED = re.compile(r"[0-9一二三四五六七八九十両]+(?:社|行|者|団体|機関|カ国|か国|ヶ国|グループ|陣営)")

#: A number of shares (1株, 3・67株, 1.5株).
SHARE_COUNT = re.compile(r"[0-9０-９][0-9０-９.,・]*株")
#: A count in digits closing a longer phrase (伊藤忠グループ3社, 国内16社).
COUNT_AT_END = re.compile(r"(?<=[^0-9０-９])[0-9０-９]+(?:社|行|団体)$")


#: Descriptions cut off the front of a pattern match: 英半導体設計会社アーム → アーム
LEADING_DESCRIPTOR = re.compile(
    r"^.*?(?:会社|企業|事業者|大手銀|大手|メーカー|新興|スタートアップ|ベンチャー|シンクタンク|傘下の?|子会社の?|系列の?"
    r"|投資銀行|銀行|地銀|(?:中堅|地方|国有|国営|商業|有力)銀|証券会社|商社|ファンド|財閥)"
    r"(?:グループ(?=[ァ-ヴA-Za-z一-龥])|(?=[ァ-ヴA-Za-z]))"  # 生命保険会社グループ北斗ライフ: the group too
    r"|^.*?(?:会社|企業|大手|中堅|老舗|メーカー|新興|スタートアップ|ベンチャー|シンクタンク|傘下の?|子会社の?"
    r"|系列の?)(?=.)"
)
KANJI = re.compile(r"[一-龥々〆ヶ]")
#: Single kanji that are not surnames before a title (兼, 副, 元…).
NOT_SURNAMES = frozenset("兼副元前新現同各両総大小中次旧故主筆首社会当本")
#: A technology word followed by this describes a company (EV大手, 半導体設計会社), it is no mention.
DESCRIBES_COMPANY = re.compile(
    r"[一-龥ァ-ヴー]{0,4}(?:大手|企業|会社|メーカー|専業|各社|業界|銘柄|部門|事業部|新興|スタートアップ)"
)
KATA_NAME = re.compile(r"(?:[ァ-ヴー]+|[A-Z]\.?)(?:[・=＝](?:[ァ-ヴー]+|[A-Z]\.?))*$")
TICKERISH = re.compile(r"^[0-9A-Za-z]{1,6}\.[A-Za-z]{1,3}$")
PAREN_ALIAS = re.compile(r"^[(（]([^()（）、。]{1,40})[)）]")
#: Hiragana in parentheses after a kanji name spell out how it is read.
READING = re.compile(r"[ぁ-ゖー・ 　]+")


def is_reading(alias: str, name: str) -> bool:
    """村上光太郎(むらかみ・こうたろう): the parentheses hold the name's reading, no other name."""
    return bool(READING.fullmatch(alias)) and bool(KANJI.search(name))


#: A person's other name in parentheses is written in katakana or Latin letters (蔡崇信(ジョー・ツァイ)).
PERSON_ALIAS = re.compile(r"[ァ-ヴー・=＝ 　A-Za-z.\-']+")


def is_person_alias(alias: str) -> bool:
    """Whether ``alias`` can be a person's other name; 北浜山(南岡部屋), 北浜山(南岡) name a wrestler's
    stable, (54) an age, (東京) a place."""
    return bool(PERSON_ALIAS.fullmatch(alias))


#: Where a company is listed, written in a gloss after its name: 東証:4999, 東証プライム, NASDAQ:MNTS.
LISTING = "(?:東証|名証|福証|札証|JASDAQ|ジャスダック|マザーズ|ナスダック|NASDAQ|Nasdaq|NYSE|証券コード)"
#: The whole gloss: 南海化学(東証:4999) — the exchange inside it is no mention.
LISTING_GLOSS = re.compile(rf"[(（]{LISTING}[^()（）]{{0,24}}[)）]")
NOT_ALIAS = re.compile(
    r"^(?:CEO|COO|CFO|CTO|仮称|同|株|有|合|[0-9０-９]+.*|(?:本社|本部|本店|拠点).*"
    # (2019年設立), (54歳), (資本金1億円), (同日): a date, an age or an amount (not 日本テレビ, 三井住友)
    r"|.*[0-9０-９〇一二三四五六七八九十百千万億](?:年|か月|カ月|ヶ月|月|日|歳|億|万|円).*|.*[%％].*"
    r"|[同昨今前翌本当毎先](?:年|月|日).*"
    # 明治産業(長野県須坂市), (オハイオ州アクロン), (札幌市中央区本社): a place (its head office), not
    # another name
    r"|.*[都道府県市区町村州](?:本社|本部|本店)?|[ァ-ヴー]{2,8}州[ァ-ヴー]+"
    # ティアック(多摩市落合): a city, then a town of it without a suffix
    r"|(?:[一-龥]{2,3}[都道府県])?[一-龥]{1,4}[市区](?:[一-龥]{1,3}区)?[一-龥ヶ々]{1,4}"
    # 南海化学(北斗電機傘下), ミナト(北斗電機出資): the parent or an investor, not another name
    r"|.*(?:傘下|子会社|系列|出資)"
    # 南海化学(東証:4999), (東証プライム), (NYSE:MNT): a listing or a ticker, not another name
    rf"|{LISTING}.*"
    r"|.*[:：][ 　]?[0-9０-９]{4}"
    # KORKS(千代田区神田須田町2): a street address
    r"|.*[都道府県市区町村][^、]*[0-9０-９]+(?:丁目|番地?|号|[-−ー－][0-9０-９]+)*)$"
)


def company_parts(name: str) -> bool:
    """Whether a dotted katakana name has a part only companies' names have (エナジー, カンパニー;
    ``generic.yaml`` ``company_name_parts``), or an undotted katakana one ends in such a part of three
    letters or more after two of its own (ソラフォージユーエスエイ, ミナトジャパン)."""
    parts = set(name.split("・"))
    if len(parts) > 1:
        return bool(parts & _company_parts())
    return bool(UNDOTTED_KATAKANA.fullmatch(name)) and any(
        len(part) >= 3 and len(name) >= len(part) + 2 and name.endswith(part) for part in _company_parts()
    )


UNDOTTED_KATAKANA = re.compile(r"[ァ-ヴー]+")


def letters_in_order(short: str, name: str) -> bool:
    """Every letter of ``short`` stands in ``name``, in the same order (量研機構 in
    量子科学技術研究開発機構, 日テレ in 日本テレビ放送網): how news shortens a name."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def is_company_name_part(word: str) -> bool:
    """パートナーズ, キャピタル: a word that ends companies' names and is none on its own."""
    return word in _company_parts()


@lru_cache(maxsize=1)
def _company_parts() -> frozenset[str]:
    return frozenset(rules("generic").company_name_parts)
