"""Finding a cue's arguments in a slotted sentence: the slot marked by a particle, a relative
clause's head, the targets of a consequence clause."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.mentions import title_regex
from kg.relations.ruleset import grammar
from kg.relations.slots import SLOT_GLOSS, Slotted
from kg.rules import CueRule

#: A company's part or unit between it and the cue: 明治子会社を買収, 北斗電機のPC事業に出資 are not
#: 明治's or 北斗電機's; nor are the shares it holds in another (北斗HDの持ち株を買い取る).
PART_OF_A_COMPANY = re.compile(
    r"^の?(?:[^«»。、はがをにでと]{0,8}?)(?:子会社|傘下|部門|事業|工場|拠点|法人|日本法人|現地法人"
    r"|持ち株(?!会社)|持株(?!会社)|保有株)"
)
#: What a relative clause's head may not be described as: a time or a circumstance.
NOT_A_HEAD = re.compile(r"際|時|後|前|ため|とき|ところ|一方|中|場合")


#: Words after に that compare with what it marks instead of making it an object (Xに次ぐ投資).
COMPARED_WITH = re.compile(r"^(?:次ぐ|次いで|続く|続いて|並ぶ|匹敵)")


#: 電気自動車用電池 / EV向け電池: a technology the next word is for, not the object itself (a
#: company before 向け is a customer: «X»向けに出荷).
PURPOSE_AFTER = "(?!用|向け)"


#: A source case right before the cue (…の2者から譲り受ける): the names before it give, they are not taken.
FROM_BEFORE_CUE = re.compile(r"(?:から|より)、?$")
#: What follows を when it marks a means, not an object (子会社のXを通じてTOBを実施: X is the vehicle).
MEANS_AFTER_WO = re.compile(r"^(?:通じ|通し|介し|経由し)")
#: A case of another noun between a name and the cue's particle (Xへの投資を, Xに対する支援を).
NESTED_CASE = re.compile(r"への|に対する|向けの")
#: A verb's continuative form and a comma (売却し、, 取得して、; not に対し、 or について、): a clause
#: ends there.
CLAUSE_ENDS_BETWEEN = re.compile(r"(?![対関際])[一-龥](?:して|し|させて|させ|されて|され)、")
#: A clause quoted with と right before the cue (…を導入すると発表): its verb takes the object.
QUOTED_CLAUSE_BEFORE_CUE = re.compile(r"[一-龥ァ-ヴー][ぁ-ゖ]{0,4}?(?:る|う|く|す|つ|む|ぶ|ぐ|た|だ)と、?$")


#: What turns に into the agent's case: による / により / によって.
AGENT_OF_NI = re.compile(r"よる|より|よって")
#: A share of a company's stock bought for a price («X»の株式の51%を約15億ドルで取得): the stake, then
#: what was paid, between the company and the cue.
STAKE_FOR_A_PRICE = re.compile(r"[0-9０-９.．]+[%％](?:超|強)?を[^«»。、をはが]{0,24}?で$")
#: A stake and nothing else between a company's shares and the cue (南海化学の発行済み株式の100%を取得).
STAKE_ONLY = re.compile(r"^約?[0-9０-９.．]+[%％](?:超|強)?を$")


#: A space between Japanese words: a headline's segments (…をソラへ売却 取得から4年), where a name in
#: one segment is no object of a cue in the next, unless it is what the segment before acts on (を: X
#: を買収 連結子会社に).
SEGMENT_BREAK = re.compile(r"(?<![A-Za-z0-9])[ 　](?![A-Za-z0-9])|　")


def marked_object(sl: Slotted, cue_start: int, spec: CueRule) -> tuple[int, str] | None:
    """The mention marked as the cue's object, and its particle: «X»を開発, «X»化を支持,
    «X»処理技術の輸出を禁止 (not «X»用電池の量産: what the battery is for, :data:`PURPOSE_AFTER`)."""
    particles = sorted(spec.object_particles, key=lambda p: (-len(p), p))
    best = None
    for i, (_s, e) in enumerate(sl.positions):
        if e > cue_start or not sl.fits(i, spec.object):
            continue
        gap = sl.text[e:cue_start]
        if sl.mentions[i].type != "Technology":
            gap = re.sub(r"«TECH#\d+»", "技術", gap)  # a field (生成AI分野で) between object and cue
        if "«" in gap or "。" in gap or PART_OF_A_COMPANY.match(gap):
            continue
        purpose = PURPOSE_AFTER if sl.mentions[i].type == "Technology" else ""
        m = re.match(
            r"^[」』]?" + purpose + r"(?:化|[一-龥ァ-ヴー]{1,4}?)?(?:の(?:発行済み?)?[一-龥ァ-ヴー]{1,4})?"
            r"(?:(?:など|等|ら|といった)[^«»。、はがを]{0,20}?)?("
            + "|".join(map(re.escape, particles))
            + r")(?:は|も)?(.*)$",
            gap,
        )
        if not m or (m.group(1) != "を" and SEGMENT_BREAK.search(gap)):
            continue
        nested = NESTED_CASE.search(gap[: m.end(1)])
        if nested and nested.group() != m.group(1):
            continue  # «X»分野などへの投資を手掛ける: X is what is invested in, not what is made
        rest = m.group(2)
        adnominal = m.group(1) in ("への", "に対する", "との") and not spec.object_of_noun
        if adnominal and "の" in rest.split("を")[0] and "を" in rest:
            continue  # トルコなどへのIHHの進出を支援: への names what another's noun is for (not への輸出を)
        if m.group(1) == "を" and MEANS_AFTER_WO.match(rest):
            continue  # «X»を通じてTOBを実施: X is what the subject acts through
        if spec.agent_by_niyoru and m.group(1) == "に" and AGENT_OF_NI.match(rest):
            continue  # «X»によるTOB: who makes the cue's act, not its object
        if m.group(1) == "に" and COMPARED_WITH.match(rest):
            continue  # «X»に次ぐ大型投資: X is what the deal is measured against
        if m.group(1) == "の" and FROM_BEFORE_CUE.search(rest):
            continue  # 南海屋の会長と、«X»の2者から譲り受ける: X is who sells, not what is bought
        if m.group(1) in ("に", "へ") and rest.strip("、") and agent_noun_at(sl.text, cue_start, spec):
            continue  # «X»に、友好的な出資者として: the investor described, no verb (not Xに出資者として)
        of_noun = "の" in gap[: m.start(1)] and not spec.object_of_noun
        if (m.group(1) == "を" and "を" in rest) or (
            of_noun and m.group(1) not in ("に", "への", "へ", "の")
        ):
            continue  # «X»を訓練する技術を開発: X is not what was developed
        limit = 4 if m.group(1) in ("の", "も") else 16
        if m.group(1) == "の" and (STAKE_FOR_A_PRICE.match(rest) or STAKE_ONLY.match(rest)):
            limit = len(rest)
        if len(rest) > limit or re.search(r"[はが]", rest) and m.group(1) != "に":
            continue
        if CLAUSE_ENDS_BETWEEN.search(rest):
            continue  # «X»に売却し、出資比率を…: X is the object of the verb before the comma
        if QUOTED_CLAUSE_BEFORE_CUE.search(rest):
            continue  # «X»を導入すると発表: X is what the quoted clause's verb takes
        best = (i, m.group(1))
    if best is None:
        best = _object_further_back(sl, cue_start, spec, particles)
    return best


def agent_noun_at(text: str, cue_start: int, spec: CueRule) -> bool:
    """The cue word at ``cue_start`` makes a noun for the one who acts (出資者, 投資者), not a verb."""
    return any(text.startswith(w + "者", cue_start) for w in spec.words)


def _object_further_back(
    sl: Slotted, cue_start: int, spec: CueRule, particles: list[str]
) -> tuple[int, str] | None:
    """«O»には«S»が出資: the object may come before the subject (only に/と/を objects)."""
    strong = [p for p in particles if p in ("を", "に", "と", "へ")]
    if not strong:
        return None
    for i in range(len(sl.positions) - 1, -1, -1):
        _s, e = sl.positions[i]
        if e > cue_start or not sl.fits(i, spec.object):
            continue
        between = sl.text[e:cue_start]
        if "。" in between or len(between) > 40:
            return None
        m = re.match(r"^[」』]?(" + "|".join(map(re.escape, strong)) + r")(?:は|も)", between)
        if m:
            return i, m.group(1)
    return None


#: A te-form the clause goes on after (提携して«X»と), not one before an auxiliary (している, してきた).
TE_GOES_ON = re.compile(r"^[ぁ-ゖ]{0,7}?(?:て|で)(?![いおきしみあ])")


def relative_head(sl: Slotted, cue_end: int) -> int | None:
    """「X」を手がける米新興企業のオープンAI, Xの開発などを手がける南海化学: the noun the clause ending
    at the cue modifies (開発・販売するソラ: the cue one of verbs written with ・)."""
    after = sl.text[cue_end:]
    m = re.match(
        r"^(?:・[一-龥]{2,4})*(?:(?:など|等)?を[一-龥]{1,4})?(?:し|す|さ)?[ぁ-ゖ]{0,7}?(?:る|た|く|う|い)、?"
        r"(?P<desc>[^«»。、はをで]{0,14}?の?)?(?:«[A-Z]+#\d+»[^«»。、はがをにで]{0,4}?の)?"
        r"«[A-Z]+#(?P<i>\d+)»",
        after,
    )
    if not m:
        return None
    verb_part = after[: m.start("i")]
    # 提携して«X»と: a clause that goes on; 提携している«X» (ている, てきた, ておく: an auxiliary) ends here
    if TE_GOES_ON.match(verb_part) or verb_part[:1] in ("の", "は", "が"):
        return None
    if NOT_A_HEAD.search(m.group("desc") or ""):
        return None
    named = NAMED_AFTER_KIND.match(after, m.end())
    if named and sl.mentions[int(m.group("i"))].type == "Technology":
        return int(named.group("i"))  # 大規模言語モデル「Llama2」: the kind, then its name
    return int(m.group("i"))


#: A quoted name right after a kind of technology: モデル「X」, 基盤「X」, 電気自動車のセダン「X」.
NAMED_AFTER_KIND = re.compile(r"(?:の[^«»。、はがをにで「『]{1,8}?)?[「『]«TECH#(?P<i>\d+)»[」』]")


def marked_before(
    sl: Slotted,
    limit: int,
    particles: tuple[str, ...],
    classes: list[str],
    max_gap: int = 200,
    first: bool = False,
    after: int = 0,
) -> int | None:
    """The mention nearest before ``limit`` (or the first, with ``first``) marked by a particle (に
    not where it opens による)."""
    best = None
    parts = "|".join(map(re.escape, sorted(particles, key=lambda p: (-len(p), p))))
    for i, (_s, e) in enumerate(sl.positions):
        if e > limit or _s < after or not sl.fits(i, classes):
            continue
        # 北斗電機(本社デンマーク)が: a gloss may stand between the name and its particle
        marked = re.match(
            rf"^(?:[(（][^()（）]{{0,30}}[)）])?[」』]?(?:(?:など|等|ら)(?:の[^«»。、]{{1,6}})?)?(?:{parts})"
            rf"(?!(?<=に)(?:{AGENT_OF_NI.pattern}))",  # 北斗電機によるTOB: an agent, not に
            sl.text[e:limit],
        )
        if marked and limit - e <= max_gap:
            best = i
            if first:
                return i
    return best


#: What a consequence clause says when the measure hits its names: they cannot (できない), are
#: kept from something (困難になった, 阻まれた, 停止した).
BLOCKED = re.compile(r"でき(?:ない|なく|ず)|不可能|困難|阻まれ|妨げられ|停止|中断|禁じられ|制限され")


def objects_after(sl: Slotted, start: int, classes: list[str]) -> list[int]:
    """Targets named in a consequence clause that says they are kept from something: 米政府の輸出規制
    により、中国企業は«CO»の«TECH»にアクセスできない (not 政府の規制を受け、AはBと提携した)."""
    tail = sl.text[start:]
    m = re.match(r"^[^«»。]{0,6}?(?:により|によって|で|を受け)、?", tail)
    if not m or not BLOCKED.search(tail.split("。", 1)[0]):
        return []
    return [
        i
        for i, (s, _e) in enumerate(sl.positions)
        if s >= start + m.end()
        and s < len(sl.text)
        and sl.fits(i, classes)
        and sl.mentions[i].type != "Country"
    ]


#: A slot marked は or が, past a gloss in parentheses (北斗電機(名古屋市)は).
@lru_cache(maxsize=1)
def glossed_subject() -> re.Pattern[str]:
    """A slot marked は or が, past its gloss or a title after it (山田一郎北斗電機会長は, 方洪波 董事長は:
    the title's holder, not a name of the sentence, is its subject)."""
    return re.compile(r"#(\d+)»" + SLOT_GLOSS + f"(?:[ 　]?(?:{title_regex().pattern}))?(?:は|が)")


def has_marked_topic(sl: Slotted, limit: int, clause_subjects: frozenset[int] = frozenset()) -> bool:
    """Whether any slot before ``limit`` is marked は or が, or an agent named by no name is the topic
    (親会社は, 運営会社は: the subject is said, so no earlier topic stands in for it); not a slot in
    ``clause_subjects``, the subjects of relative clauses (南海化学が実施する増資を引き受け、)."""
    marked = (int(x.group(1)) for x in glossed_subject().finditer(sl.text[:limit]))
    agent = grammar().agent_topic.search(sl.text[:limit])
    scene = BODY_AS_SCENE.search(sl.text[:limit])
    return any(i not in clause_subjects for i in marked) or bool(agent) or bool(scene)


#: A company or a body as the scene of the sentence, its actor (ミライでは、…事業を進めている); not
#: には, which names a recipient (東西自動車には来年から供給する: the previous topic supplies).
BODY_AS_SCENE = re.compile(r"«(?:CO|ORG|GOV)#\d+»" + SLOT_GLOSS + "では(?!なく|ない)、?")


#: The end of a clause the next one follows: …しており、 …したが、 …を決め、 …を設け、 (not …をはじめ、
#: a list).
CLAUSE_END = re.compile(
    r"(?<!に対)(?<!に関)(?<!に際)(?:て|し|り|が|ため|(?<!はじ)(?<!初)(?<!た)め|け|せ|び)、"
)


def last_clause_boundary(text: str, limit: int) -> int:
    """Where the clause that ends at ``limit`` begins (after …しており、 …したが、)."""
    return max(
        (x.end() for x in CLAUSE_END.finditer(text[:limit])),
        default=0,
    )
