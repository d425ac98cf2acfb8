"""The resolve stage: mentions → one entity per real-world thing across the corpus.

Rules, each recorded on the merged entity as ``{"surface", "rule"}``:

- ``lexicon``: a surface that is a lexicon name or alias takes the entry's canonical name.
- ``same-name``: equal names after normalisation (NFKC, case, spaces, ・) are one entity.
- ``paren-alias``: ``騰訊控股(テンセント・ホールディングス)`` — the name in parentheses.
- ``ticker``: a stock ticker after a name (``(9988.HK)``) ties the name to the ticker, and
  to a lexicon entry with that ticker.
- ``short-form``: ``アリババ`` and ``アリババ・グループ`` (a corporate suffix less).
- ``surname``: ``ルカン氏`` / ``梁CEO`` and the one full name in the same document that
  ends / starts with it (a katakana name's first part when none ends with it: ``ソムチャイ首相``;
  a kanji given name when none starts with it: ``知裕氏`` of ``岡田知裕``).
- ``place-short-form``: a place written bare (``大阪``) in a document that writes exactly one
  administrative area of that name in full (``大阪市``) is that area, there.
- anaphora: ``同社``/``同行`` → the latest company before it, ``同氏`` → the latest person,
  bare ``政府``/``中央政府`` → the government of the document's main country (``日本``
  when the document names no country). Anaphors never create nodes of their own, except
  that a bare 政府 creates its country's government node.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.lexicon import Lexicon, norm
from kg.mentions.places import address_towns, ward_address_prefixes
from kg.mentions.ruledata import droppable_endings, letters_in_order
from kg.mentions.sources.known import HOLDING_ENDINGS
from kg.model import (
    ANAPHOR_MAIN_GOVERNMENT,
    Document,
    Entity,
    EntityKey,
    KeyedRelation,
    Mention,
    ParsedDocument,
    Relation,
    node_id,
)
from kg.rules import rules
from kg.schema import active_schema

#: A katakana letter (or the long-vowel mark).
KATAKANA_CHAR = re.compile(r"[ァ-ヴー]")
#: A kanji (or the repetition mark).
KANJI_CHAR = re.compile(r"[一-龥々]")


def names_another_entry(lex: Lexicon, alias: str, name: str) -> bool:
    """Whether the lexicon gives ``alias`` to an entry that is not the one ``name`` names."""
    entry = lex.lookup(alias)
    own = lex.lookup(name)
    return entry is not None and (own is None or own.name != entry.name)


def _full_names_of(short: str, full: set[str]) -> set[str]:
    """The full names among ``full`` that ``short`` is a part of: ルカン of ヤン・ルカン, 梁 of 梁文鋒;
    else the first part of a katakana name (ソムチャイ of ソムチャイ・ウォン: a leader called by it);
    else the given name of a kanji name (知裕 of 岡田知裕: one of a family called by it)."""
    cands = set()
    for f in full:
        if f == short or len(f) <= len(short):
            continue
        if "・" in f and f.rsplit("・", 1)[1] == short:
            cands.add(f)
        elif re.fullmatch(r"[一-龥々]{1,4}", short) and f.startswith(short) and "・" not in f:
            cands.add(f)
    if not cands:
        cands = {f for f in full if "・" in f and f.split("・", 1)[0] == short}
    if not cands and re.fullmatch(r"[一-龥々]{2,3}", short):
        cands = {f for f in full if re.fullmatch(r"[一-龥々]{4,6}", f) and f.endswith(short)}
    return cands


def _one_fuller(
    by_norm: dict[str, EntityKey], stem: str, ending: str, surfaces: dict[EntityKey, _Surface]
) -> EntityKey | None:
    """コスモHD → コスモエネルギーホールディングス: the one company named anywhere in the texts built
    together whose name opens with the short form's stem (two letters or more) and ends with the
    ending it abbreviates, a word between; None when there is none or more than one."""
    if len(stem) < 2:
        return None
    ending = norm(ending)
    found = [
        k
        for n, k in by_norm.items()
        if n.startswith(stem) and n.endswith(ending) and len(n) > len(stem + ending)
        if _mostly_company(surfaces[k])
    ]
    return found[0] if len(found) == 1 else None


#: A use written before a technology's name: 車載用, 産業用, 家庭用 (…用 of one to six letters).
FOR_USE = re.compile(r"^.{1,6}?用(?=.{2})")


def _general_technologies(
    surfaces: dict[EntityKey, _Surface], by_norm: dict[str, EntityKey], related: set[frozenset[EntityKey]]
) -> Iterator[tuple[EntityKey, EntityKey]]:
    """車載用リチウムイオン電池 → リチウムイオン電池: a technology named with its use before it is the
    technology named without it too (not two a relation joins)."""
    for key in sorted(surfaces):
        use = FOR_USE.match(key.norm)
        if use is None or not _mostly(surfaces[key], "Technology"):
            continue
        general = by_norm.get(key.norm[use.end() :])
        if general is None or frozenset((key, general)) in related:
            continue
        if _mostly(surfaces[general], "Technology"):
            yield key, general


def _mostly(surface: _Surface, etype: str) -> bool:
    """Whether a surface is read as ``etype`` more often than as anything else."""
    return bool(surface.types) and surface.types.most_common(1)[0][0] == etype


def surname_links(people: list[Mention]) -> Iterator[tuple[Mention, str]]:
    """Each person mention that is a part of exactly one full name in ``people`` (ルカン氏, 梁CEO),
    with that name."""
    full = {m.name for m in people if "・" in m.name or len(m.name) >= 2}
    titles: dict[str, set[str]] = defaultdict(set)
    for m in people:
        if m.title:
            titles[m.name].add(m.title)
    for m in people:
        cands = _full_names_of(m.name, full)
        if len(cands) > 1 and m.title:
            # 中江社長 beside 中江良一社長 and 中江理廣会長: the one full name with the same post
            cands = {c for c in cands if m.title in titles[c]} or cands
        # 後藤尚英 and 後藤 尚英 (a profile's spacing): one person's name written two ways
        cands = set({norm(c): c for c in sorted(cands)}.values())
        if len(cands) == 1:
            yield m, cands.pop()


def _a_person(surface: _Surface) -> bool:
    """Whether a surface is a person's name: read as one more often than as anything else, and with
    a title or an honorific at least once (石原会長; not 「大塚にしては」, the model's guess alone)."""
    return surface.titled and surface.types.most_common(1)[0][0] == "Person"


def _mostly_company(surface: _Surface) -> bool:
    return _mostly(surface, "Company")


def _listed_apart(short: _Surface, longer: _Surface) -> bool:
    """Whether the lexicon lists two names as two entries (ソフトバンク, ソフトバンクグループ)."""
    return bool(short.canonical and longer.canonical and short.canonical != longer.canonical)


def truncated_names(
    mentions: list[Mention], word_starts: frozenset[int] = frozenset()
) -> list[tuple[str, str]]:
    """北斗コーポ ~ 北斗コーポレーション, 三井不 ~ 三井不動産, 日テレ ~ 日本テレビ放送網: (short, longer)
    pairs of one document's company names, the short one cut inside a word of the longer one (or,
    where none is, contracted from it: :func:`_contracted`), when only one name begins so
    and what is cut off is no word of its own (ソフトバンク is not ソフトバンクグループ, NTT not NTTドコモ,
    北斗 not 北斗電機), and the short one is never written before the longer one in a sentence
    (ゼンリン(本社:北九州市)、ゼンリンデータコム(本社:東京都港区)は: two companies listed, not one name
    and its short form) nor a lexicon name (ソフトバンク is not cut from ソフトバンクロボティクスグループ).

    A cut inside the longer name's last katakana word is read off the letters; a cut between two
    kanji (JR東 of JR東日本) only where the parse put no word boundary there (``word_starts``, the
    document offsets where a word begins): 東急 and 東急不動産 are two words, two companies."""
    companies = [m for m in mentions if m.type == "Company" and m.entity and not m.anaphor]
    names = sorted({m.name for m in companies})
    listed = {m.name for m in companies if m.source == "lexicon"}  # ソフトバンク: a name, not a cut
    parts = tuple(rules("generic").company_name_parts)
    pairs = []
    for short in names:
        if len(short) < 3 or short in listed:
            continue
        if KATAKANA_CHAR.match(short[-1]):
            longer = [
                n
                for n in names
                if n != short
                and n.startswith(short)
                and KATAKANA_CHAR.match(n[len(short)])
                and not n[len(short) :].startswith(parts)
            ]
        elif KANJI_CHAR.match(short[-1]):
            longer = [n for n in names if _cut_inside_kanji_word(short, n, companies, word_starts)]
        else:
            longer = []
        if not longer:
            longer = [n for n in names if _contracted(short, n)]
        longer = [n for n in longer if not _holding_of_another(n, longer)]
        if len(longer) == 1 and not _written_before(short, longer[0], companies):
            pairs.append((short, longer[0]))
    return pairs


def _holding_of_another(name: str, names: list[str]) -> bool:
    """ココカラファイングループ beside ココカラファイン: the group of another name, no third company."""
    return any(
        name != n and name.startswith(n) and name[len(n) :].lstrip("・") in HOLDING_ENDINGS for n in names
    )


def _contracted(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` written with letters left out, the way news shortens a name
    (日テレ of 日本テレビ放送網): at most four letters, the same first letter, every letter of ``short``
    in order in ``name``, and no line of business at its end (三井住友銀行 is not 三井住友信託銀行
    shortened)."""
    if len(short) > 4 or len(name) < len(short) + 2 or name.startswith(short) or short[0] != name[0]:
        return False  # 菱重プロパティーズ: a word of 菱重ファシリティー&プロパティーズ left out
    if short.endswith(droppable_endings()) or not re.search(r"[一-龥々ァ-ヴー]", short):
        return False
    if name.endswith(HOLDING_ENDINGS):
        return False  # テレ東 is the broadcaster, not テレビ東京ホールディングス
    return letters_in_order(short, name)


def _cut_inside_kanji_word(
    short: str, name: str, companies: list[Mention], word_starts: frozenset[int]
) -> bool:
    """Whether ``name`` is ``short`` and more kanji of the word ``short`` ends inside (三井不|動産),
    not a line of business after it (北斗|電機, 東海東京|証券), nor a word after a complete name
    (トヨタ自動車|東日本: a regional unit, one word for Sudachi)."""
    if name == short or not name.startswith(short) or not KANJI_CHAR.match(name[len(short)]):
        return False
    if name[len(short) :].startswith(droppable_endings()) or short.endswith(droppable_endings()):
        return False
    written = [m for m in companies if m.name == name and m.text == name]
    return bool(written) and all(m.start + len(short) not in word_starts for m in written)


def _written_before(first: str, then: str, mentions: list[Mention]) -> bool:
    """Whether some sentence names ``first`` before it names ``then``."""
    return any(
        a.name == first and b.name == then and a.sent_index == b.sent_index and a.start < b.start
        for a in mentions
        for b in mentions
    )


#: How much a mention's source counts when the type of an entity is voted.
SOURCE_WEIGHT = {
    "lexicon": 3.0, "pattern": 2.0, "person": 2.0, "document": 2.0, "ner": 1.0, "made": 1.0, "deal": 1.0,
}
DEFAULT_COUNTRY = "日本"
#: The capitals a Latin name of several words begins with (PNB of PNB Consolidated Pty Ltd): its short form.
LATIN_HEAD = re.compile(r"([A-Z][A-Z0-9&]{2,7}) [A-Z][A-Za-z]")


#: The endings of Japanese administrative areas' names (大阪府, 大阪市, 北区, 大泉町).
ADMINISTRATIVE_SUFFIXES = tuple("都道府県市区町村")


def fuller_place_names(mentions: list[Mention]) -> dict[str, str]:
    """{mention name: area} for the places written bare in a document (大阪, which the lexicon
    names 大阪府) that are short for the one administrative area the same document writes in full
    (大阪市), when it writes no other area 大阪-something. Corpus-wide the lexicon reads 大阪 as the
    prefecture; a document that writes only 大阪市 means the city."""
    written = [m for m in mentions if m.type in ("Place", "Government") and not m.anaphor]
    areas = {m.text for m in written if m.text.endswith(ADMINISTRATIVE_SUFFIXES)}
    fuller = {}
    for m in written:
        if m.type == "Place" and not m.text.endswith(ADMINISTRATIVE_SUFFIXES):
            longer = {m.text + suffix for suffix in ADMINISTRATIVE_SUFFIXES} & areas
            if len(longer) == 1:
                fuller[m.name] = longer.pop()
    return fuller


def document_country(mentions: list[Mention]) -> str:
    """The country a document names most often (the first by name on a tie), else the default."""
    counts = Counter(m.name for m in mentions if m.type == "Country" and not m.anaphor)
    if not counts:
        return DEFAULT_COUNTRY
    best = max(counts.values())
    return min(n for n, c in counts.items() if c == best)


def entity_key(name: str) -> EntityKey:
    """The resolution key of a name (a canonical name gives its entity's key)."""
    return EntityKey(norm(name))


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[EntityKey, EntityKey] = {}

    def add(self, x: EntityKey) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: EntityKey) -> EntityKey:
        self.add(x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: EntityKey, b: EntityKey) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # deterministic: the smaller key becomes the root
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass
class _Surface:
    names: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    tickers: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    mentions: int = 0
    canonical: str | None = None  # from the lexicon
    lex_aliases: set[str] = field(default_factory=set)
    ctype: str | None = None
    titled: bool = False  # read as a person by a title or an honorific (石原会長), not by the model alone


def _antecedent(text: str, m: Mention, earlier: list[Mention], sentence: list[Mention]) -> Mention | None:
    """What the anaphor ``m`` (同社, 同行) stands for among the ``earlier`` mentions: in the latest
    sentence (up to three back) with a mention of its type, an anaphor of that type resolved
    there (北斗銀行は同行に出資する。同行の頭取は: the same bank again), else the topic, else the
    latest mention. What its own sentence (``sentence``: its mentions) is about is never it: a
    topic of that sentence or a name listed with one (北斗銀行は同行に出資; AやBも同社に出資;
    北斗電機は南海化学と提携した。北斗電機は同社に出資する), nor, when the sentence marks no topic
    and the anaphor is in no topic phrase, the previous topic its subject leaves unsaid (…。同社に
    30%を出資する: the partner). An anaphor before its unit repeats a parent named so in its sentence
    (:func:`_parent_of_unit`); an exchange named as a listing market is never it (:func:`_listing_market`)."""
    switched = _topic_before_another_subject(text, m, sentence)
    if switched is not None:
        return switched
    prev = [
        p
        for p in earlier
        if p.type == m.type
        and p.entity
        and m.sent_index - p.sent_index <= 3
        and not (p.sent_index == m.sent_index and _is_subject(text, p, sentence))
        and not _listing_market(text, p)
    ]
    if m.text == "同行":  # the same bank: a bank's name, where one is in reach (SBIは同行を子会社に)
        prev = [p for p in prev if BANK_NAME.search(p.name) or BANK_NAME.search(p.text)] or prev
    if m.text in ("同大", "同大学"):  # the same university, and only a university
        prev = [p for p in prev if p.name.endswith(UNIVERSITY_ENDINGS)]
    if not prev:
        return _only_one_before(m, earlier)
    parallel = [p for p in prev if p.sent_index == m.sent_index and _parent_of_unit(text, p)]
    if parallel and _parent_of_unit(text, m):
        return parallel[-1]  # Aの子会社のBと、やはり同社の子会社であるC: A again
    last = max(p.sent_index for p in prev)
    latest = [p for p in prev if p.sent_index == last]
    chained = [p for p in latest if p.anaphor]
    if chained:
        return chained[-1]
    named = [p for p in latest if not p.anaphor]
    said = [p for p in sentence if p is not m and not p.anaphor and _is_theme(text, p)]
    own = {p.entity for p in said if p.type == m.type}
    if not said and last < m.sent_index and not _in_topic_phrase(text, m) and _marked_argument(text, m):
        own = {p.entity for p in [q for q in named if _is_topic(text, q)][:1]}  # the unsaid subject
    candidates = [p for p in named if p.entity not in own] or named
    # a theme (は, には) before a subject (が): Xには、A、Bが出資した。同社は…: X
    themes = [p for p in candidates if _is_topic(text, p, "はも") or _is_scene(text, p)]
    topics = themes or [p for p in candidates if _is_topic(text, p)]
    return topics[0] if topics else candidates[-1]


def _only_one_before(m: Mention, earlier: list[Mention]) -> Mention | None:
    """Further back than the anaphor's reach, the one entity of its type the text named before it, when
    it named only one (サントリー食品は…。…。同社の山田社長は, five sentences on: nobody else it could be)."""
    named = [p for p in earlier if p.type == m.type and p.entity]
    return named[-1] if named and len({p.entity for p in named}) == 1 else None


def _anaphor_target(text: str, m: Mention, earlier: list[Mention], sentence: list[Mention]) -> Mention | None:
    """What the anaphor ``m`` stands for: a place of its kind (同市, 同国), else the entity of its type
    the text spoke of (同社, 同氏)."""
    if m.type in ("Place", "Country"):
        return _place_antecedent(m, earlier)
    return _antecedent(text, m, earlier, sentence)


#: How many sentences back 同市, 同県 or 同国 may find the place it repeats.
PLACE_ANAPHOR_REACH = 5


def _place_antecedent(m: Mention, earlier: list[Mention]) -> Mention | None:
    """The place 同市 / 同県 / 同町 / 同区 / 同州 (or the country 同国) repeats: the last one of its kind
    written before it, in its own sentence too (十和田市は7日、同市の不動産業「ミナト」と…), at most
    :data:`PLACE_ANAPHOR_REACH` sentences back; a bare 市 or 県 (市とミナトは協定を結んだ), anywhere
    before."""
    kind = m.text[-1] if m.type == "Place" else ""
    reach = PLACE_ANAPHOR_REACH if len(m.text) > 1 else m.sent_index  # a bare 市: the article's city
    return next(
        (
            p
            for p in reversed(earlier)
            if p.type == m.type
            and p.entity
            and p.name.endswith(kind)
            and m.sent_index - p.sent_index <= reach
        ),
        None,
    )


def _topic_before_another_subject(text: str, m: Mention, sentence: list[Mention]) -> Mention | None:
    """北斗生命は保険会社で、今回、南海電機が同社の全株式を取得する: the sentence's topic, when a clause
    after it (past a comma) has a subject of its own before the anaphor, is what the anaphor stands for."""
    named = [p for p in sentence if p is not m and not p.anaphor and p.entity and p.end <= m.start]
    theme = next((p for p in named if p.type == m.type and _is_theme(text, p)), None)
    if theme is None:
        return None
    subjects = [p for p in named if p.start > theme.end and _is_topic(text, p, "が")]
    if not subjects or "、" not in text[theme.end : subjects[0].start]:
        return None
    return theme if all(p.entity != theme.entity for p in subjects) else None


#: A bank's name (北斗銀行, 北斗銀, 北斗バンク, 北斗信金): what 同行 stands for, and what a 頭取 heads.
BANK_NAME = re.compile(r"銀行|銀$|バンク|Bank|信用金庫|信金", re.IGNORECASE)
#: The endings of a university's name, which 同大 repeats (北斗大学, 南海大, 北斗工業大学校).
UNIVERSITY_ENDINGS = ("大学", "大", "大学校")


#: What follows an exchange named as the market a company is listed on (東証第2部, 東証プライム,
#: 東証に上場): the company's gloss, never what a later 同社 repeats.
LISTING_AFTER = re.compile(
    r"(?:第?[12一二]部|プライム|スタンダード|グロース|マザーズ|ジャスダック|JASDAQ)|(?:市場)?(?:に|へ)?上場"
)


def _listing_market(text: str, m: Mention) -> bool:
    """The mention is an exchange named as where a company is listed (ミナト精機(東証第2部 コード
    番号:2588)と、同社の子会社である…: 同社 is ミナト精機's parent, not the exchange)."""
    return bool(LISTING_AFTER.match(text, m.end))


#: A parent named before its unit: 北斗電機の連結子会社, 同社の完全子会社.
UNIT_AFTER = re.compile(r"の(?:連結|完全|100[%％])?(?:子会社|孫会社|傘下|関連会社|持分法適用会社)")


def _parent_of_unit(text: str, m: Mention) -> bool:
    """The mention names a parent before its unit (北斗電機の連結子会社で…と、やはり同社の連結子会社):
    an anaphor written so repeats the parent named so before it in its sentence."""
    return bool(UNIT_AFTER.match(text, m.end))


def _is_subject(text: str, m: Mention, sentence: list[Mention]) -> bool:
    """The mention is its sentence's topic, or listed with it (南海化学(同5%)や東邦精機も同社に出資)."""
    if _is_topic(text, m):
        return True
    later = [q for q in sentence if q.start >= m.end]
    for q in later:
        if not LIST_GLUE.fullmatch(text[m.end : q.start]):
            return False
        if _is_topic(text, q):
            return True
        m = q
    return False


#: What joins the members of a list: a gloss, then や, と, 、 or および.
LIST_GLUE = re.compile(r"(?:\([^)]*\))?(?:や|と|、|および|及び)")


def _is_theme(text: str, m: Mention) -> bool:
    """The mention is marked with は or も (a が-subject may be a relative clause's: 南海化学が実施する
    増資を引き受け、同社に出資)."""
    return _is_topic(text, m, "はも")


def _marked_argument(text: str, m: Mention) -> bool:
    """The mention is what a verb acts on or with (同社に, 同社を, 同社全体を, 同社株を, 同社と), not
    the owner of a thing (同社株の売買, 同社の製品: the unsaid subject's own, as often as not)."""
    return bool(re.match(r"(?:全体|全株|株式|株)?(?:に|を|と|へ|から)", text[m.end : m.end + 5]))


def _is_scene(text: str, m: Mention) -> bool:
    """The mention is marked には / では (北斗電機には、A、Bが出資した)."""
    return bool(re.match(r"^(?:\([^)]*\))?(?:には|では)(?!なく|ない)", text[m.end : m.end + 12]))


def _in_topic_phrase(text: str, m: Mention) -> bool:
    """The mention is, or begins, the phrase its sentence is about (同社は, 同社の山田社長は)."""
    after = text[m.end : m.end + 16]
    return bool(re.match(r"^(?:\([^)]*\))?(?:は|も|が|の[^、。«»]{0,12}?(?:は|も|が))", after))


def _is_topic(text: str, m: Mention, markers: str = "はもが") -> bool:
    """The mention is marked as a topic or subject (one of ``markers``, past 社 or 側, a closing quote,
    a gloss and など: AやBなどが出資する同社は, 新会社「ミナト」は, ミナト社が)."""
    marked = rf"^(?:社|側)?[」』]?(?:\([^)]*\))?(?:など|ら)?[{markers}]"
    return bool(re.match(marked, text[m.end : m.end + 12]))


def only_fuller_company(
    surfaces: dict[EntityKey, _Surface], key: EntityKey, by_norm: dict[str, EntityKey]
) -> EntityKey | None:
    """The one company of the document whose name is ``key``'s and a line of business news drops
    (佐世保 in 佐世保の湯下社長 beside 佐世保重工業); none where another company's name begins with it
    too (三菱 beside 三菱商事 and 三菱重工業) or either is no company."""
    surf = surfaces[key]
    if not _mostly_company(surf) or surf.canonical:
        return None
    fuller = {
        by_norm[n]
        for e in rules("generic").droppable_endings
        if (n := key.norm + norm(e)) in by_norm and _mostly_company(surfaces[by_norm[n]])
    }
    if len(fuller) != 1:
        return None
    longer = fuller.pop()
    others = (  # 南海東西 beside 南海東西証券 and 南海東西フィナンシャル・ホールディングス: either's
        k for n, k in by_norm.items() if n.startswith(key.norm) and not longer.norm.startswith(n)
    )
    return None if any(_mostly_company(surfaces[k]) for k in others) else longer


def fuller_government_bodies(
    surfaces: dict[EntityKey, _Surface], key: EntityKey, by_norm: dict[str, EntityKey], bodies: list[str]
) -> list[EntityKey]:
    """装備庁 ~ 防衛装備庁: a government body and its name without the first word, in one document."""
    surf = surfaces[key]
    n = key.norm
    if len(n) < 3 or not n.endswith(("庁", "省")) or surf.types.most_common(1)[0][0] != "Government":
        return []
    out: list[EntityKey] = []
    for other_norm in (b for b in bodies if len(b) > len(n) and b.endswith(n)):
        other = by_norm[other_norm]
        o = surfaces[other]
        if o.types and o.types.most_common(1)[0][0] == "Government" and surf.docs & o.docs:
            out.append(other)
    return out


class Resolver:
    """Accumulates mentions document by document; :meth:`finish` gives the final nodes and edges.

    :meth:`add_document` gives each mention its resolution key (``Mention.entity``);
    the relation stage relates keys; :meth:`finish` merges keys into entities, maps the
    relations onto node ids and keeps those whose end types the predicate allows.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.uf = UnionFind()
        self.surfaces: dict[EntityKey, _Surface] = defaultdict(_Surface)
        self.merges: dict[EntityKey, set[tuple[str, str]]] = defaultdict(set)
        self.main_country = DEFAULT_COUNTRY

    # -- keys -------------------------------------------------------------------------------
    def _register(
        self, name: str, etype: str, rule: str, weight: float, doc: str | None = None, count: bool = True
    ) -> EntityKey:
        entry = self.lex.lookup(name)
        short_of_a_person = entry is not None and entry.type == "Person" and norm(name) != norm(entry.name)
        if short_of_a_person and etype != "Person":
            entry = None  # 製薬大手ナバロの傘下: a company a pattern found under a person's short name
        key = entity_key(entry.name if entry is not None else name)
        self.uf.add(key)
        s = self.surfaces[key]
        s.names[name] += 1
        if entry is not None:
            s.canonical, s.ctype = entry.name, entry.type
            s.tickers.update(entry.tickers)
            s.lex_aliases.update(entry.aliases)
            if norm(name) != norm(entry.name):
                self.merges[key].add((name, "lexicon"))
        s.types[etype] += weight
        s.titled = s.titled or (etype == "Person" and rule.startswith("person."))
        if doc is not None:
            s.docs.add(doc)
        if count:
            s.mentions += 1
        return key

    def _link(self, a: EntityKey, b: EntityKey, surface: str, rule: str) -> None:
        self.uf.union(a, b)
        self.merges[a].add((surface, rule))

    # -- per document -----------------------------------------------------------------------
    def add_document(self, parsed: ParsedDocument, mentions: list[Mention]) -> EntityKey | None:
        """Give every mention a resolution key; anaphors point at what they refer to.

        Returns the key of the document's main country when the corpus has seen it (the
        country a head of state with no country named in the sentence leads).
        """
        doc = parsed.document
        main_country = self.main_country = document_country(mentions)
        fuller = fuller_place_names(mentions)
        # 東京都 of 東京都港区, 馬場町 of 鶴岡市馬場町: no node of its own
        address_only = ward_address_prefixes(mentions) | address_towns(mentions)
        for i, m in enumerate(mentions):
            if m.anaphor:
                continue
            name = fuller.get(m.name, m.name)
            weight = SOURCE_WEIGHT[m.source] * m.confidence
            counted = i not in address_only
            in_doc = doc.id if counted else None
            m.entity = self._register(name, m.type, m.rule, weight, in_doc, count=counted)
            if name != m.name:  # the short form is one more name of the area
                self.surfaces[m.entity].names[m.text] += 1
                self.merges[m.entity].add((m.text, "place-short-form"))
            for alias in m.aliases:
                if names_another_entry(self.lex, alias, name):
                    continue  # フジドリームエアラインズ(FDA、…): not the lexicon's FDA, in this document only
                akey = self._register(alias, m.type, "paren-alias", 0.5, doc.id, count=False)
                self._link(akey, m.entity, alias, "paren-alias")
            if m.country and m.type in ("Company", "Organization", "Person"):
                self._register(m.country, "Country", "basedIn.prefix", 1.0, doc.id)
        self._attach_tickers(doc, mentions)
        self._link_surnames(mentions)
        for short, longer in truncated_names(mentions, parsed.word_starts()):
            self._link(entity_key(short), entity_key(longer), short, "short-form")
        self._resolve_anaphors(doc, mentions, main_country)
        key = entity_key(main_country)
        return key if key in self.surfaces else None

    def _attach_tickers(self, doc: Document, mentions: list[Mention]) -> None:
        ends = sorted((m.end, i) for i, m in enumerate(mentions) if not m.anaphor and m.entity)
        for pos, ticker in doc.tickers:
            best = None
            for end, i in ends:
                if end <= pos and not doc.text[end:pos].strip("()（） "):
                    best = i
            if best is None:
                continue
            m = mentions[best]
            assert m.entity is not None
            self.surfaces[m.entity].tickers.add(ticker)
            entry = self.lex.by_ticker.get(ticker.upper())
            if entry is not None and norm(entry.name) != m.entity.norm:
                other = self._register(entry.name, entry.type, "ticker", 1.0, doc.id, count=False)
                self._link(m.entity, other, ticker, "ticker")

    def _link_surnames(self, mentions: list[Mention]) -> None:
        people = [m for m in mentions if m.type == "Person" and m.entity and not m.anaphor]
        for m, full_name in surname_links(people):
            assert m.entity is not None
            self._link(m.entity, entity_key(full_name), m.name, "surname")

    def _resolve_anaphors(self, doc: Document, mentions: list[Mention], main_country: str) -> None:
        for i, m in enumerate(mentions):
            if not m.anaphor:
                continue
            if m.anaphor == ANAPHOR_MAIN_GOVERNMENT:
                name = f"{main_country}政府"
                key = self._register(name, "Government", m.rule, 1.0, doc.id)
                self.merges[key].add((m.text, "anaphor.government"))
                m.entity, m.name, m.confidence = key, name, 0.6
                continue
            sentence = [p for p in mentions if p.sent_index == m.sent_index]
            target = _anaphor_target(doc.text, m, mentions[:i], sentence)
            if target is None:
                continue
            m.entity, m.name = target.entity, target.name
            m.confidence = 0.65

    # -- corpus -----------------------------------------------------------------------------
    def _merge_short_forms(self, related: set[frozenset[EntityKey]]) -> None:
        """アリババ ~ アリババ・グループ, ANAHD ~ ANAホールディングス; not two names a relation joins
        (製菓大手ロッテを傘下に持つロッテホールディングス) or the lexicon lists apart. A name's head
        before ・ (北斗 of 北斗・ミナトHD) is linked after the other forms, so that a relation with any
        form of the longer name keeps them apart."""
        by_norm = {k.norm: k for k in self.surfaces}
        bodies = sorted(n for n in by_norm if n.endswith(("庁", "省")))  # few: compared pairwise
        org = ("Company", "Organization")
        headed: list[tuple[EntityKey, EntityKey, str]] = []  # 北斗・ミナトHD and its head 北斗: linked last
        for key in sorted(self.surfaces):
            n = key.norm
            for suf in rules("generic").corporate_forms:
                longer = by_norm.get(n + norm(suf)) or self._lexicon_key(n + norm(suf), by_norm)
                # 石原会長 and 石原ホールディングス: a person's surname is no short form of a company
                apart = longer and (
                    _listed_apart(self.surfaces[key], self.surfaces[longer]) or _a_person(self.surfaces[key])
                )
                if longer and longer != key and frozenset((key, longer)) not in related and not apart:
                    self._link(key, longer, max(self.surfaces[key].names, key=len), "short-form")
                # 日立グループ ~ 日立製作所 (lexicon alias 日立): an unlisted name on a known short form
                for alias in self.surfaces[key].lex_aliases:
                    grouped = by_norm.get(norm(alias) + norm(suf))
                    if grouped and grouped != key and self.surfaces[grouped].canonical is None:
                        self._link(grouped, key, alias + suf, "short-form")
            for short_suffix, long_suffix in rules("generic").abbreviated_forms:
                # ANAHD ~ ANAホールディングス, 北斗FG ~ 北斗フィナンシャルグループ, 新生銀 ~ 新生銀行 (alias)
                if n.endswith(norm(short_suffix)) and len(n) > len(norm(short_suffix)):
                    stem = n[: -len(norm(short_suffix))]
                    full = stem + norm(long_suffix)
                    longer = (
                        by_norm.get(full)
                        or self._lexicon_key(full, by_norm)
                        or _one_fuller(by_norm, stem, long_suffix, self.surfaces)
                    )
                    if longer and longer != key:
                        self._link(key, longer, max(self.surfaces[key].names, key=len), "short-form")
            surf = self.surfaces[key]
            longer = only_fuller_company(self.surfaces, key, by_norm)
            if longer is not None and frozenset((key, longer)) not in related:
                self._link(key, longer, max(surf.names, key=len), "short-form")
            for body in fuller_government_bodies(self.surfaces, key, by_norm, bodies):
                self._link(key, body, max(surf.names, key=len), "short-form")
            if not surf.types or surf.types.most_common(1)[0][0] not in org:
                continue
            for name in (*surf.names, *([surf.canonical] if surf.canonical else [])):  # ベイン・キャピタル
                if _regional_unit(name):
                    continue  # 北斗キャピタル・ジャパン: the unit there, a company of its own
                head = name.split("・", 1)[0]
                if "・" not in name and (acronym := LATIN_HEAD.match(name)):
                    head = acronym.group(1)  # PNB of PNB Consolidated Pty Ltd (PNB社)
                short = by_norm.get(norm(head))
                if head != name and len(head) >= 3 and short and short != key:
                    st = self.surfaces[short].types
                    if st and st.most_common(1)[0][0] in org:
                        headed.append((short, key, head))
        for key, general in _general_technologies(self.surfaces, by_norm, related):
            self._link(key, general, max(self.surfaces[key].names, key=len), "short-form")
        for group, holding, name in sibling_holding_names(self.surfaces, related):
            self._link(group, holding, name, "short-form")
        roots: set[frozenset[EntityKey]] | None = None
        for short, key, head in headed:
            if roots is None:
                roots = {frozenset(self.uf.find(k) for k in pair) for pair in related}
            # 北斗電機・ミナト holds 北斗電機; so does 北斗電機・ミナトHD, one with it
            if frozenset((self.uf.find(short), self.uf.find(key))) not in roots:
                self._link(short, key, head, "short-form")
                roots = None  # the groups changed

    def _lexicon_key(self, surface: str, by_norm: dict[str, EntityKey]) -> EntityKey | None:
        """The key of the entity a lexicon alias names (自民 + 党 → 自民党 → 自由民主党), if seen."""
        entry = self.lex.lookup(surface)
        return by_norm.get(norm(entry.name)) if entry is not None else None

    def finish(self, relations: Iterable[KeyedRelation]) -> tuple[list[Entity], list[Relation]]:
        """The final entities, and the relations between them whose end types their predicate allows."""
        relations = list(relations)
        entities, key_to_id = self._entities({frozenset((r.subject, r.object)) for r in relations})
        types = {e.id: e.type for e in entities}
        out = []
        for r in relations:
            s, o = key_to_id.get(r.subject), key_to_id.get(r.object)
            if s is not None and o is not None and allowed(r.predicate, types[s], types[o]):
                out.append(Relation(s, r.predicate, o, r.evidence))
        return entities, without_implied(out)

    def _entities(self, related: set[frozenset[EntityKey]]) -> tuple[list[Entity], dict[EntityKey, str]]:
        """Final entities and the map from resolution key to node id (``related``: pairs of keys a
        relation joins, which are never one entity)."""
        self._merge_short_forms(related)
        groups: dict[EntityKey, list[EntityKey]] = defaultdict(list)
        for key in sorted(self.surfaces):
            groups[self.uf.find(key)].append(key)
        out: list[Entity] = []
        key_to_id: dict[EntityKey, str] = {}
        for _root, keys in sorted(groups.items()):
            surf = [self.surfaces[k] for k in keys]
            lex = [s for s in surf if s.canonical]
            types: Counter = Counter()
            for s in surf:
                types.update(s.types)
            if lex:
                etype = lex[0].ctype or types.most_common(1)[0][0]
                name = lex[0].canonical or ""
            else:
                best = max(types.values())
                etype = min(t for t, v in types.items() if v == best)
                names: Counter = Counter()
                for s in surf:
                    names.update(s.names)
                name = max(names, key=lambda n: (not _group_of_another(n, names), len(n), names[n], n))
            mentions = sum(s.mentions for s in surf)
            if mentions == 0:
                continue  # only ever seen as an alias or a ticker target: no mention of its own
            ent = Entity(id=node_id(etype, name), type=etype, name=name)
            for s in surf:
                ent.aliases.update(n for n in s.names if n != name)
                ent.aliases.update(a for a in s.lex_aliases if a != name)
                ent.tickers.update(s.tickers)
                ent.docs.update(s.docs)
            ent.mentions = mentions
            merged = sorted({x for k in keys for x in self.merges.get(k, ())})
            ent.merges = [{"surface": sf, "rule": r} for sf, r in merged]
            out.append(ent)
            for k in keys:
                key_to_id[k] = ent.id
        return out, key_to_id


def _regional_unit(name: str) -> bool:
    """A company's name, a middle dot, and a region or country it works in (北斗キャピタル・ジャパン,
    北斗・アメリカ): its unit there, whose head before the dot is the parent, not a short form of it."""
    tail = name.split("・", 1)[1] if "・" in name else ""
    generic = rules("generic")
    return tail in generic.regional_unit_words or tail in generic.dotted_unit_regions


def sibling_holding_names(
    surfaces: dict[EntityKey, _Surface], related: set[frozenset[EntityKey]]
) -> list[tuple[EntityKey, EntityKey, str]]:
    """北斗グループ ~ 北斗ホールディングス: one stem with two holding endings (グループ, ホールディングス,
    HD) names one company where the stem alone is never written (with it, each is linked to the stem
    as a short form); not two names a relation joins, nor two the lexicon lists apart, nor two names
    of different documents. Pairs (name with グループ, the other, the group's name)."""
    org = ("Company", "Organization")
    by_stem: dict[str, list[EntityKey]] = defaultdict(list)
    for key in sorted(surfaces):
        types = surfaces[key].types
        if not types or types.most_common(1)[0][0] not in org:
            continue
        for ending in HOLDING_ENDINGS:
            if key.norm.endswith(norm(ending)) and len(key.norm) - len(norm(ending)) >= 2:
                by_stem[key.norm[: -len(norm(ending))]].append(key)
                break
    written = {k.norm for k in surfaces}
    pairs = []
    for stem, keys in sorted(by_stem.items()):
        groups = [k for k in keys if k.norm.endswith(norm("グループ"))]
        if stem in written or len(groups) != 1 or len(keys) < 2:
            continue
        for other in keys:
            a, b = surfaces[groups[0]], surfaces[other]
            if other == groups[0] or frozenset((groups[0], other)) in related or _listed_apart(a, b):
                continue
            if a.docs & b.docs:
                pairs.append((groups[0], other, max(a.names, key=len)))
    return pairs


#: What a group's name adds to its company's (京成グループ, アリババ・グループ).
GROUP_WORD = re.compile(r"・?グループ$")


def _group_of_another(name: str, names: Iterable[str]) -> bool:
    """京成グループ beside 京成 and 京成電鉄, 北斗電機グループ beside 北斗電機: the group's name, where the
    entity has the company's own name the group is named after (so 京成電鉄, 北斗電機 label it, not the
    group)."""
    stem = GROUP_WORD.sub("", name)
    return stem != name and stem in names


def without_implied(relations: list[Relation]) -> list[Relation]:
    """Drops a relation whose two nodes a predicate implying it also joins (山田氏 worksFor 北斗電機
    goes where 山田氏 leads 北斗電機: a director who became president is its president)."""
    implied = active_schema().implied
    present = {(r.subject, r.predicate, r.object) for r in relations}
    return [
        r
        for r in relations
        if r.predicate not in implied or (r.subject, implied[r.predicate], r.object) not in present
    ]


def allowed(predicate: str, subject_type: str, object_type: str) -> bool:
    """Whether the schema lets ``predicate`` connect these entity types."""
    return active_schema().predicate(predicate).allows(subject_type, object_type)
