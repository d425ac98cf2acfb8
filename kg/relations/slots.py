"""Sentences with their mentions as slots: ``«CO#3»は«TECH#5»を開発``.

A slot rule reads like the Japanese it matches (``{CO:o}傘下の…{CO:s}``). Why not spaCy's
token Matcher here: Sudachi tokenises the words between two names differently from
sentence to sentence (百度(バイドゥ) comes out as 百 / 度(バイドゥ)), while the surface
string is stable, so character patterns over slots generalise better.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.mentions import LEGAL_FORMS, READING_GLOSS, title_regex
from kg.model import Mention
from kg.rules import rules
from kg.schema import active_schema


def slot_code(type_name: str) -> str:
    """The slot code of an entity type (``Company`` → ``CO``), from the schema."""
    return active_schema().slot_code(type_name)


def slot_class(name: str) -> tuple[str, ...]:
    """The slot codes a rule's ``{NAME:…}`` stands for (``LOC`` → ``CTRY``, ``PLACE``), from the schema."""
    return active_schema().slot_class(name)


#: What may stand between two members of a coordination: A、B / AやB / AとB / A、米企業B / 「A」や「B」 /
#: A 51%、B 49% (a stake after each, a space before it or not) / A、B、及びC /
#: 「A」「B」 (quoted names one after the other; the last one's quotes may be its slot's) /
#: Aと地銀中堅のB / 総合商社のAと、建設会社のB (a comma after と only before a descriptor: not
#: AはBと、CはDと).
SEPARATOR = re.compile(
    # 芳香剤「A」や防虫剤「B」: quoted members, each after its kind
    # AやBといった海外投資家、既存投資家であるC: kinds of the same list, each named after its members
    r"^(?:(?:といった|などの)[^«»。、はがをにで]{1,12}、(?:[^«»。、はがをにで]{1,10}である)?$"
    r"|[」』][「『]?$|[」』](?:、|や|と)[一-龥ァ-ヴー]{1,6}[「『]$"
    r"|[」』]?社?(?:が?[ 　]?[(（]?(?:各|それぞれ)?約?"
    r"(?:[0-9.]+[%％]|[0-9０-９一二三四五六七八九]割|[0-9０-９一二三四五]分の[0-9０-９一二三四])"
    r"(?:ずつ)?[)）]?)?(?:、(?:および|及び|並びに|ならびに)|、|,|・|や|と|および|及び|並びに|、そして|のほか、?|に加え(?:て)?、?"
    r"|と、(?=[^«»。、はがをにで]{1,12}?(?:大手|中堅|企業|(?<![子親連弁新株合])会社|メーカー|地銀|商社)(?:の|である)))"
    # Aと通信大手のB: a descriptor between; not Aとの合弁会社B or Aと合弁会社「B」 (with A, not A and
    # B; nor 新会社, 持ち株会社, 統合会社), nor a tie to someone (A、100%子会社のB: B alone is the
    # subsidiary); a rank (首位のAと2位のB、3位のC)
    r"(?:(?!の)[^«»。、はがをにで]{0,12}?(?:大手|中堅|企業|(?<![子親連弁新株合])会社|メーカー|地銀|商社|株主)(?:の|である)?"
    r"|(?:国内|業界|世界|同業)?(?:首位|[0-9０-９一二三四五六七八九十]+位)の)?[一-龥]?[「『]?$)"
)


#: A Japanese legal form written after a company's name.
LEGAL_FORM = re.compile(LEGAL_FORMS)
#: A legal form written right before a company's name (株式会社ミナト, ㈱ソラ).
LEGAL_FORM_BEFORE = re.compile(f"(?:{LEGAL_FORMS})$")
#: 社 after a company's name, then a particle (スペースX社の, アップル社は; not 社長, 社員).
COMPANY_WORD = re.compile(r"社(?=[のはがをとにもへやで、。」)）])")


#: Types that take sides in a deal or a talk (北斗電機側は, 政府側が).
SIDE_TAKING = frozenset({"Company", "Organization", "Government"})
#: 側 after a party's name, then a particle (北斗電機側は; not 側面, 側近); or 自身, the party itself
#: (南海化学自身も出資する); or のほう / の方 before は, が or も (ソラ物産のほうも買収している).
SIDE_WORD = re.compile(r"(?:側|自身|のほう|の方)(?=[はがも])|(?:側|自身)(?=[のにと、])")
#: Types whose name, quoted and then marked by a case particle (投資ファンド「ソラ」が), becomes one
#: slot with its quotes, so that a rule reads «CO#1»が whether the text quoted it or not.
QUOTE_ABSORBING = frozenset({"Company", "Organization"})
#: A closing quote right before a case particle (not before another quote: 「A」「B」 stay a list).
QUOTED_BEFORE_CASE = re.compile(r"[」』](?=は|が|を|に|と|も|の|へ|で|や|から|より)")


@dataclass
class Slotted:
    """A sentence with mentions replaced by «CODE#i» slots.

    Mentions from outside the sentence (the previous topic, a country named by a prefix)
    join as *virtual* slots at the end of the text: :meth:`add_virtual`.
    """

    text: str
    mentions: list[Mention]  # index i -> mention
    positions: list[tuple[int, int]]  # slot span in text

    def add_virtual(self, mention: Mention) -> int:
        """Add a mention that is not written in the sentence; returns its slot index."""
        self.mentions.append(mention)
        self.positions.append((len(self.text), len(self.text)))
        return len(self.mentions) - 1

    def written(self, i: int) -> bool:
        """Whether slot ``i`` is written in the sentence (not added by :meth:`add_virtual`)."""
        start, end = self.positions[i]
        return end > start

    def fits(self, i: int, classes: list[str]) -> bool:
        """Whether slot ``i`` is of one of the slot ``classes`` (CO, GOV…)."""
        return slot_code(self.mentions[i].type) in classes


def slot_sentence(text: str, sent_start: int, mentions: list[Mention]) -> Slotted:
    """Replace every resolved mention of a sentence by its slot; a person's title joins the slot."""
    out, pos, used = [], [], []
    cursor = 0
    for m in sorted(mentions, key=lambda m: m.start):
        if m.entity is None:
            continue
        s, e = m.start - sent_start, m.end - sent_start
        if s < cursor:
            continue
        if m.type == "Company" and (form := LEGAL_FORM_BEFORE.search(text, cursor, s)):
            s = form.start()  # 連結子会社の株式会社ミナトと株式会社ソラを: the legal form is the slot's
        if m.type == "Person":
            # 梁文鋒氏は / 李強首相と: the title belongs to the person's slot
            if reading := READING_GLOSS.match(text, e):
                e = reading.end()  # 安達健祐(けんゆう)社長: the reading belongs to the person's slot
            t = title_regex().match(text, e) or title_regex().match(text, e + 1)
            if t and (t.start() == e or re.match(r"[一-龥]", text[e])):
                e = t.end()  # トランプ米大統領と: the nationality and title belong to the slot
            elif posts := _posts_after_equals(text, e):
                e = posts  # 高橋修司=取締役・専務執行役員を: the posts written after = are the slot's
        elif m.type == "Company" and (form := LEGAL_FORM.match(text, e) or COMPANY_WORD.match(text, e)):
            e = form.end()  # 日商岩井株式会社と, スペースX社の: the legal form belongs to the company's slot
        if m.type in SIDE_TAKING and (side := SIDE_WORD.match(text, e)):
            e = side.end()  # 北斗電機側は, 南海化学自身も: the party's side is the party
        if _quoted_argument(text, s, e, cursor, m.type):
            s, e = s - 1, e + 1  # ファンド「ソラ」が: the quotes around the name are the slot's
        out.append(text[cursor:s])
        slot = f"«{slot_code(m.type)}#{len(used)}»"
        start = sum(len(x) for x in out)
        out.append(slot)
        pos.append((start, start + len(slot)))
        used.append(m)
        cursor = e
    out.append(text[cursor:])
    return Slotted("".join(out), used, pos)


def _posts_after_equals(text: str, end: int) -> int | None:
    """The end of the posts a personnel list writes after a name and = (高橋修司=取締役・専務執行役員),
    every one of them."""
    if not text.startswith(("=", "＝"), end):
        return None
    found = _posts_regex().match(text, end + 1)
    return found.end() if found else None


@lru_cache(maxsize=1)
def _posts_regex() -> re.Pattern[str]:
    """One or more titles, run together or joined by ・ (取締役・専務執行役員)."""
    return re.compile(f"(?:{title_regex().pattern})(?:・?(?:{title_regex().pattern}))*")


def _quoted_argument(text: str, s: int, e: int, cursor: int, etype: str) -> bool:
    """Whether the name at ``[s, e)`` is quoted and then marked by a case particle (「ソラ」が)."""
    quoted = s > cursor and text[s - 1] in "「『"
    return etype in QUOTE_ABSORBING and quoted and bool(QUOTED_BEFORE_CASE.match(text, e))


def coordination(sl: Slotted) -> dict[int, list[int]]:
    """Slot index → its coordination group (same-kind slots joined by 、/や/と/および).

    A、B、Cは → {A: [A, B, C], B: [A, B, C], C: [A, B, C]}.
    """
    prefixes = _prefix_countries(sl) | _places_of_members(sl)
    glossed = _inside_glosses(sl) | prefixes | _descriptor_countries(sl)
    group_of = {i: [i] for i in range(len(sl.mentions))}
    listed = [i for i in range(len(sl.mentions)) if i not in glossed]
    gaps = {}
    for previous, i in zip(listed, listed[1:], strict=False):
        before = sl.positions[i - 1][0] if i - 1 in prefixes else sl.positions[i][0]
        gaps[previous] = COUNTRY_SLOT.sub("国", GLOSS.sub("", sl.text[sl.positions[previous][1] : before]))
    for previous, i in zip(listed, listed[1:], strict=False):
        gap = gaps[previous]
        if gap == "と、" and LAST_JOINT.match(gaps.get(i, "")):
            gap = "と"  # 北斗電機と、南海化学、及びミナト商会の3社: the list goes on to its last joint
        same = _kind(sl.mentions[previous].type) == _kind(sl.mentions[i].type)
        joint = SEPARATOR.match(gap) or _dated_joint(sl, previous, gap)
        if (
            same
            and joint
            and not _describes_next(sl, i)
            and not _gapped(sl, previous, i)
            and not _headline_subject(sl, previous, i, gap)
        ):
            group_of[previous].append(i)
            group_of[i] = group_of[previous]
    return _people_with_their_organisations(group_of, sl)


#: What follows the company after a headline's subject: its object or partner (南海化学を買収).
OBJECT_AFTER = re.compile(r"(?:[(（][^()（）]*[)）])?(?:を|と|に)")


def _headline_subject(sl: Slotted, previous: int, i: int, gap: str) -> bool:
    """A headline phrase that opens with a company and a comma names its subject, not a list's first
    member (…を傘下に 北斗電機、南海化学を買収: 北斗電機 buys 南海化学): a line with no full stop, the
    company at its start or after a space, the next one an object or a partner."""
    start = sl.positions[previous][0]
    return (
        gap == "、"
        and "。" not in sl.text
        and (start == 0 or sl.text[start - 1] in " \u3000")
        and bool(OBJECT_AFTER.match(sl.text, sl.positions[i][1]))
    )


#: A date opening a list member, after the joint (22年2月にA、23年2月にはB): …年, …月 with に or には.
MEMBER_DATE = r"、(?=[0-9０-９])(?:[0-9０-９]{2,4}年)?(?:[0-9０-９]{1,2}月)?(?:には|に)、?"
DATED_JOINT = re.compile("^" + MEMBER_DATE + r"(?:国の)?[「『]?$")
#: The same date right before a list's first member.
DATED_BEFORE = re.compile(r"(?:[0-9０-９]年|[0-9０-９]月)(?:には|に)、?(?:«CTRY#\d+»の)?[「『]?$")


def _dated_joint(sl: Slotted, previous: int, gap: str) -> bool:
    """22年2月にA、23年2月にはイタリアのBを傘下に収めた: members each written after its own date (not
    北斗電機、24年に南海化学を買収: a subject, then the date of what it did)."""
    return bool(DATED_JOINT.match(gap)) and bool(DATED_BEFORE.search(sl.text, 0, sl.positions[previous][0]))


#: The joint before a list's last member (、及び, および): what makes an earlier と、 a list's too.
LAST_JOINT = re.compile(r"^、?(?:及び|および|並びに|ならびに)$")


#: A gloss in parentheses after a slot (its slots included), as text for the patterns below.
SLOT_GLOSS_TEXT = r"(?:[(（][^()（）«»]*(?:«[^«»]*»[^()（）«»]*)*[)）])?"
#: A topic written right before a slot (北斗電機は南海精機、…): the slot is its clause's object.
TOPIC_BEFORE = re.compile(r"«(?:CO|ORG|GOV)#\d+»" + SLOT_GLOSS_TEXT + r"は、?$")
#: は right after a slot, past its gloss.
TOPIC_AFTER = re.compile(SLOT_GLOSS_TEXT + r"は")


#: A country slot, read as a plain word inside the gap between two list members.
COUNTRY_SLOT = re.compile(r"«CTRY#\d+»")
#: After a country: the description of the company named next (中国の生産会社である«CO#2»).
DESCRIBES_NEXT_COMPANY = re.compile(
    r"(?:の|最大の)?[^«»。、はがをにで]{0,12}?(?:会社|企業|大手|メーカー|商社|銀行)(?:の|である)«(?:CO|ORG)#"
)


#: A list joint (a member's date too: 、23年2月には), then a place and の right before a company
#: (、福岡県の«CO»): the member's place.
PLACE_OF_MEMBER_BEFORE = re.compile(r"(?:、|と|や|および|及び)$|" + MEMBER_DATE + "$")
PLACE_OF_MEMBER_AFTER = re.compile(r"の«(?:CO|ORG)#")


def _places_of_members(sl: Slotted) -> set[int]:
    """Places written with の before a list member (A、福岡県のB、静岡県のC): each says where its member
    is, no member of the list itself, so A, B and C stay one list."""
    return {
        i
        for i in range(1, len(sl.mentions) - 1)
        if sl.mentions[i].type in ("Place", "Country")
        and PLACE_OF_MEMBER_AFTER.match(sl.text, sl.positions[i][1])
        and PLACE_OF_MEMBER_BEFORE.search(sl.text, 0, sl.positions[i][0])
        and _kind(sl.mentions[i - 1].type) == _kind(sl.mentions[i + 1].type)
    }


def _descriptor_countries(sl: Slotted) -> set[int]:
    """Countries inside the description of the next company (Aと、中国の生産会社であるBを): part of B's
    description, no list member that would cut A's list from B."""
    return {
        i
        for i in range(len(sl.mentions) - 1)
        if sl.mentions[i].type == "Country" and DESCRIBES_NEXT_COMPANY.match(sl.text, sl.positions[i][1])
    }


def _gapped(sl: Slotted, previous: int, i: int) -> bool:
    """AはB、CはDを子会社化する: B and C are no list; each pair shares the verb written once."""
    before = sl.text[: sl.positions[previous][0]]
    return bool(TOPIC_BEFORE.search(before)) and bool(TOPIC_AFTER.match(sl.text, sl.positions[i][1]))


def _prefix_countries(sl: Slotted) -> set[int]:
    """Countries written right before an organisation's name (ソフトバンクと韓国ネイバーが): a
    nationality prefix, not a list member of its own."""
    return {
        i
        for i in range(len(sl.mentions) - 1)
        if sl.mentions[i].type == "Country"
        and sl.written(i)
        and sl.positions[i][1] == sl.positions[i + 1][0]
        and _kind(sl.mentions[i + 1].type) == "org"
    }


#: A name that describes the next one (日本航空系のジェイエア, 北斗電機の子会社ミナト, 南海マートの親会社
#: である東西商事): the next is the list's member, not it.
DESCRIBES_NEXT = re.compile(r"^(?:系|傘下|グループ)?の(?:[^«»。、をにがはとで]{0,8}?(?:である)?)«(?:CO|ORG)#")


def _describes_next(sl: Slotted, i: int) -> bool:
    """Whether slot ``i`` describes the name after it (not a count that sums the list up: AとBの2行)."""
    described = DESCRIBES_NEXT.match(sl.text[sl.positions[i][1] :])
    if described is None or _kind(sl.mentions[i].type) != "org":
        return False
    return not (i + 1 < len(sl.mentions) and sl.mentions[i + 1].anaphor)


#: A gloss in parentheses right after a list member: 北斗電機(本社:«PLACE#1»)、南海工業(…)は.
GLOSS = re.compile(r"^[(（][^()（）]*[)）]")
#: A gloss in parentheses right after a slot, slots inside it included (北斗電機(«PLACE#1»)は).
SLOT_GLOSS = r"(?:[(（][^()（）«»]*(?:«[^«»]*»[^()（）«»]*)*[)）])?"
#: は or が after a slot, past its gloss: what the sentence is about.
MARKED_AFTER_SLOT = re.compile(SLOT_GLOSS + "(?:は|が)")
#: も after a slot, not a list's (AもBも): a company in focus, the subject a sentence adds to others.
FOCUS_AFTER_SLOT = re.compile(SLOT_GLOSS + r"も(?![^。]*?»も)")
#: にとって after a slot: the company whose view a sentence gives (買収は、北斗電機にとって初めてではない).
PERSPECTIVE_AFTER_SLOT = re.compile(SLOT_GLOSS + "にとって")
#: は after a slot: the sentence's theme (北斗電機は…; not 北斗電機が, a subject that may be any clause's).
THEME_AFTER_SLOT = re.compile(SLOT_GLOSS + "は")
#: には / では after a slot: the company a sentence that names its actors with が is about
#: (北斗電機には、A、B、Cが出資した: 北斗電機).
SCENE_AFTER_SLOT = re.compile(SLOT_GLOSS + "(?:には|では)(?!なく|ない)")
#: The company's stock as the theme (ソラ工業株は上場廃止となる): the company is what is spoken of.
STOCK_THEME_AFTER_SLOT = re.compile(SLOT_GLOSS + "の?株式?は")


def _inside_glosses(sl: Slotted) -> set[int]:
    """The slots written inside a parenthesised gloss that follows another slot directly."""
    return {i for j in range(len(sl.positions)) for i in gloss_slots(sl, j)}


#: A gloss that opens with it is about every member of the list it closes.
EVERY_MEMBER = re.compile(r"いずれも|ともに|共に")


def gloss_slots(sl: Slotted, j: int) -> list[int]:
    """The slots inside the gloss written right after slot ``j`` (北斗電機(本社:«PLACE#1»)): what
    they say is about ``j`` alone, not about the list ``j`` ends (unless it says so: AとB(いずれも
    高浜市))."""
    end = sl.positions[j][1]
    gloss = GLOSS.match(sl.text[end:])
    if not gloss or EVERY_MEMBER.match(sl.text, end + 1):
        return []
    return [i for i, (s, e) in enumerate(sl.positions) if end < s and e <= end + gloss.end()]


#: Between two people listed each with their organisation: 、南海化学の (Aの山田社長、Bの佐藤会長), past
#: the first one's title (北斗市の田中市長と南山町の…).
PERSON_WITH_ORG_GAP = re.compile(
    r"^(?:氏|[^«»。、はがをにでのも]{1,8})?(?:、|と)«(?:CO|ORG|GOV|PLACE|CTRY)#\d+»の$"
)


def _people_with_their_organisations(group_of: dict[int, list[int]], sl: Slotted) -> dict[int, list[int]]:
    """北斗電機の山田社長、南海化学の佐藤会長と面会 / 北斗市の田中市長と南山町の鈴木町長は: the two
    people form one list, though each has their organisation (or town) written before them."""
    people = [i for i, m in enumerate(sl.mentions) if m.type == "Person" and m.sent_index >= 0]
    for j, i in zip(people, people[1:], strict=False):
        gap = sl.text[sl.positions[j][1] : sl.positions[i][0]]
        if PERSON_WITH_ORG_GAP.match(gap) and group_of[j] is not group_of[i]:
            merged = group_of[j] + group_of[i]
            for k in merged:
                group_of[k] = merged
    return group_of


#: と (or に対し) right before a list: a partner named before it (Xと«A»、«B»が提携, Xに対し、28日、
#: «A»、«B»が資本業務提携), whom the list ties up with; not the と that closes a reported clause
#: (契約を交わしたと、«A»と«B»が発表した), nor a contrast (自前開発を貫くのに対し、«A»と«B»は協業).
PARTNER_BEFORE = re.compile(
    r"(?:(?<=[»一-龥々ァ-ヴーA-Za-z0-9])と|(?<=[»一-龥々ァ-ヴーA-Za-z0-9][」』])と"
    r"|[»)）」』]に対し(?:て)?、(?:[^«»。、]{1,8}、)?)、?$"
)


def partner_before_list(sl: Slotted, listed: list[int]) -> bool:
    """A partner is written with と (or after a name with に対し) right before the first written name
    of ``listed`` (「モネ」といすゞ、スズキ、マツダが資本業務提携: they each tie up with モネ, not with
    each other)."""
    written = [i for i in listed if sl.written(i)]
    if not written:
        return False
    first = min(written, key=lambda i: sl.positions[i][0])
    return bool(PARTNER_BEFORE.search(sl.text[: sl.positions[first][0]]))


#: The gaps of a list whose first member is joined by と and the rest by 、 (AとB、C、D).
AND_FIRST = re.compile(r"^[」』]?と[「『]?$")
COMMA_REST = re.compile(r"^[」』]?(?:、|・)[「『]?$")


def hub_of_list(sl: Slotted, group: list[int]) -> int | None:
    """The first member of a list written 「A」とB、C、D (と once, then commas) with three members
    or more: the partner each of the others ties up with, not one of a set of mutual partners
    (「モネ」といすゞ、スズキ、マツダが資本業務提携)."""
    written = sorted((i for i in group if sl.written(i)), key=lambda i: sl.positions[i][0])
    if len(written) < 3 or _counted_after().match(sl.text[sl.positions[written[-1]][1] :]):
        return None  # AとB、Cの3社が提携: a counted list is one set of parties
    pairs = zip(written, written[1:], strict=False)
    gaps = [sl.text[sl.positions[a][1] : sl.positions[b][0]] for a, b in pairs]
    if AND_FIRST.match(gaps[0]) and all(COMMA_REST.match(g) for g in gaps[1:]):
        return written[0]
    return None


@lru_cache(maxsize=1)
def counted_word() -> str:
    """A number and a noun that sums up a list (3社, 4金融機関, 2カ国): the one definition of a
    count the slot rules ({N社}), the case frames and the list readings share; the counters are
    data (relations.yaml grammar.counters)."""
    counters = sorted(rules("relations").grammar.counters, key=lambda w: (-len(w), w))
    return "[0-9０-９一二三四五六七八九十両]+(?:" + "|".join(map(re.escape, counters)) + ")"


@lru_cache(maxsize=1)
def _counted_after() -> re.Pattern[str]:
    """A count right after a list's last name (の3社, の4者)."""
    return re.compile(f"^[」』]?の{counted_word()}")


def mutual_parties(sl: Slotted, parties: list[int]) -> list[tuple[int, int]]:
    """The pairs of parties a symmetric act with no other party joins (AとBが提携: A and B): none
    when a partner is written before the list (正体不明の企業とA、Bが提携), the list's first member
    with each other one when the list is written 「X」とA、B、C (each with X), else every two."""
    if partner_before_list(sl, parties):
        return []
    hub = hub_of_list(sl, parties)
    if hub is not None:
        return [(hub, b) for b in parties if b != hub]
    paired = pairs_of_pairs(sl, parties)
    if paired:
        return paired
    return [(a, b) for a in parties for b in parties if a < b]


def pairs_of_pairs(sl: Slotted, listed: list[int]) -> list[tuple[int, int]]:
    """The pairs of a list written AとB、CとD (と inside each pair, a comma between pairs: 大丸と
    松坂屋、三越と伊勢丹の再編 joined 大丸 with 松坂屋, not with 三越); [] for any other list, and for one
    a count sums up (AとB、CとDの4社)."""
    written = sorted(i for i in listed if sl.written(i))
    if len(written) != len(listed) or len(written) < 4 or len(written) % 2:
        return []
    written.sort(key=lambda i: sl.positions[i][0])
    joints = [
        GLOSS.sub("", sl.text[sl.positions[a][1] : sl.positions[b][0]]).strip("「」『』")
        for a, b in zip(written, written[1:], strict=False)
    ]
    if any(joint != ("と" if k % 2 == 0 else "、") for k, joint in enumerate(joints)):
        return []
    if _counted_after().match(GLOSS.sub("", sl.text[sl.positions[written[-1]][1] :])):
        return []  # AとB、CとDの4社が提携: a count sums the four up as one list
    return [(min(a, b), max(a, b)) for a, b in zip(written[::2], written[1::2], strict=True)]


def members(group_of: dict[int, list[int]], i: int, first: bool = False) -> list[int]:
    """A slot bound to the last member of a coordination (A、B、Cは) stands for all of them, and
    so does, with ``first``, one bound to the first (北斗電機のA、B、C)."""
    group = group_of.get(i, [i])
    return group if i == group[-1] or (first and i == group[0]) else [i]


def _kind(t: str) -> str:
    return "org" if t in ("Company", "Organization") else t


#: A headline that opens with a name (perhaps described: 業界2位の北斗電機, or as another's unit:
#: 北斗電機の孫会社・南海化学) and a comma: 北斗電機、南海化学を買収; or a slash, as trade news write it
#: (北斗電機/南海化学傘下のソラを子会社に; not a pair of names: 北斗電機/南海化学、合弁を設立).
HEADLINE_TOPIC = re.compile(
    r"^((?:[^«»、。「」『』 　]{1,12}の)?[米英独仏中韓台蘭伊豪加露印]?«[A-Z]+#0»"
    r"|«[A-Z]+#0»の[^«»、。「」『』 　]{1,6}・«[A-Z]+#1»)"
    r"(?:、|[/／](?!«[A-Z]+#1»(?:、|と|が|・|[/／]|$)))"
)


def headline_topic(sl: Slotted) -> Slotted:
    """北斗電機、南海化学を買収 / 業界2位の北斗電機、南海化学を買収 / 米ソラ、南海化学を買収 (a nationality
    before the name): in a headline (a first line without 。)
    the comma after the opening name (and what describes it) marks it as the topic, as は would in a
    sentence; the slotted text reads it so."""
    if "。" in sl.text or not HEADLINE_TOPIC.match(sl.text):
        return sl
    return Slotted(HEADLINE_TOPIC.sub(r"\1は", sl.text, count=1), sl.mentions, sl.positions)
