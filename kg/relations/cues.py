"""Cue rules (``relations.yaml`` ``cues``): a verbal or nominal predicate found by its cue word.

For every cue the engine looks for an object (a slot followed by one of the cue's
``object_particles`` shortly before it) and a subject: the head of a relative clause after
the cue, else a slot marked は/が/も before it, else the topic of the previous sentence. A
passive cue (〜された, 〜を受け) swaps the roles; a government before の owns the measure
(米政府の輸出規制). Rule ids say which way the subject was found: ``cue.<key>``,
``.relative``, ``.clause``, ``.carried``, ``.coordinated``, ``.owner``, ``.passive``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.relations.arguments import (
    has_marked_topic,
    last_clause_boundary,
    marked_before,
    marked_object,
    objects_after,
    relative_head,
)
from kg.relations.hits import Hit
from kg.relations.ruleset import CompiledCue, cue_rules
from kg.relations.slots import Slotted, mutual_parties, slot_code
from kg.relations.state import DocumentState

#: 〜を採用するよう奨励: the urged party is not the actor.
URGED = re.compile(r"^(?:を(?:委託|発注|依頼)|(?:する|させる|を進める|を求める)?よう)")
#: 買収防衛策, 規制回避: a word after the cue that makes it the opposite or a means against it.
AGAINST = re.compile(r"^(?:防衛|防止|回避|対抗策)")
#: The cue's clause describes an agent it does not name: 風力発電を手がける子会社を上場させる.
UNNAMED_AGENT = re.compile(
    r"^[ぁ-ゖ]{0,5}[^«»。、はがを]{0,8}?(?:会社|企業|法人|団体|メーカー|事業者|業者|機関|部門|ベンチャー)(?:を|が|は|に|の|と|も|である)"
)
NOMINALISED = re.compile(r"^[ぁ-ゖ]{0,4}(?:こと|ため)[をがはにも]")
#: The cue in a clause that describes a name kg did not find (…製品の受託生産を手がける深圳市長盈精密
#: 技術と提携): the clause's subject is that name, not the sentence's topic; not an intention or a
#: nominaliser after the clause (開発する方針を, 開発するためには).
UNFOUND_HEAD = re.compile(
    r"(?:を(?:手がけ|手掛け|担|行))?[ぁ-ゖ]{0,4}(?<=[るたう])(?:«PLACE#\d+»)?(?!方向|方針|考え|計画|予定|意向|見通し|構え|姿勢|可能性|ため|こと|もの|よう|など)"
    r"(?:[一-龥ァ-ヴーA-Za-z0-9]|[(（][^()（）«»]{0,20}[)）]){4,30}?(?:と(?:提携|組|協業|連携)|を(?:買収|子会社))"
)
#: A party written with と right before the cue that names nobody found (FPTと契約を結ぶ, 他社と提携).
UNNAMED_PARTY = re.compile(r"(?<!»)[^«»。、はがをでにも]{1,20}と(?:の間で|の)?、?$")
PASSIVE = re.compile(r"[ぁ-ゖ]{0,3}(?:され|させられ|を受け)")
#: A maker written right before a product (北斗製スマートフォン, 米国製の半導体): whose it is is said.
MAKER_SAID = re.compile(r"製の?$")
#: The cue noun received: 支援を受け, 出資を受け入れ, 補助金を活用, 助成金活用 (grammar ``receiving_verbs``).
RECEIVED = re.compile(r"^(?:金|策)?を?(?:受け|得|仰|活用|利用)")
SENTENCE_FINAL = re.compile(r"^[ぁ-ゖ]{0,10}(?:。|$)")
TOPIC_PARTICLES = ("は", "が", "も")
#: A passive cue that describes the name right after it (南海化学によって買収された«CO#2»と提携).
PASSIVE_DESCRIBES = re.compile(r"[ぁ-ゖ]{0,3}(?:され|させられ|を受け)(?:た|る|ている|ていた)«[A-Z]+#(\d+)»")
#: A gloss after a name (北斗電機(6999)が…).
_GLOSS = r"(?:[(（][^()（）«»]{0,20}[)）])?"
#: A list left open after a name (北斗商事などが持つ株式を取得).
_ETC = r"(?:など|等|ら)?"
#: What a relative clause's verb runs into: the name it describes, or a noun and its case (or a noun
#: and the name it describes: 南海水産が出資する子会社の«CO»).
_DESCRIBED = r"(?:[「『]?«|[一-龥ァ-ヴー]{1,10}(?:に|を|で|へ|から)、?|[一-龥ァ-ヴー]{1,10}の[「『]?«)"
#: が, then a verb that modifies the next name or noun: the が belongs to a relative clause
#: (メタが公開した«モデル», エヌビディアが建設した工場に, 北斗HDが持つ分を取得); or a noun and の
#: before the next name, a clause without its copula (中国地方が地盤の«ポプラ», 北斗電機が筆頭株主の
#: «南海化学»).
RELATIVE_CLAUSE = re.compile(
    rf"^{_GLOSS}{_ETC}が(?:[^«»。、]|«(?:PLACE|CTRY|TECH)#\d+»){{0,20}}?[ぁ-ゖ](?:た|る){_DESCRIBED}"
    # (a verb ending in one kana after its kanji only with no object of its own: 北斗HDが持つ分を取得; not
    # 北斗HDが«米国»に本社を置く«X»を買収, where the が is the sentence's)
    rf"|^{_GLOSS}{_ETC}が(?:[^«»。、を]|«(?:PLACE|CTRY|TECH)#\d+»){{0,20}}?[一-龥][うくぐすつぬぶむ]{_DESCRIBED}"
    # (not が精密大手の«X»: a descriptor of the next name, after the subject)
    rf"|^{_GLOSS}{_ETC}が(?![一-龥ァ-ヴー]{{0,4}}(?:大手|メーカー|企業|会社|商社|銀行|中堅)の)[一-龥ァ-ヴー]{{1,6}}の[「『]?(?:«|$)"
)
#: The shares of a company right before a cue word or its phrase's の (南海化学株式の公開買い付け): the
#: target's, not a bidder's.
SHARES_OF = re.compile(r"株(?:式)?の、?$")
#: A cue's verb in the past right before the name its clause describes (傘下に収めた«CO#1»).
PAST_BEFORE_NAME = re.compile(r"^[ぁ-ゖ]{0,6}(?<=[ただ])[「『]?«")
#: A survivor named either way, its slot: 北斗繊維を存続会社として / 北斗繊維が存続会社となって.
SURVIVOR_NAMED = re.compile(r"«CO#(\d+)»(?:を|が)、?存続会社(?:と|に)")
#: Confidence factors for the less direct readings.
OWNER_FACTOR = 0.9
COORDINATED_FACTOR = 0.9
CARRIED_FACTOR = 0.7


@dataclass(frozen=True)
class CueSite:
    """One occurrence of a cue word in a slotted sentence."""

    cue: CompiledCue
    start: int
    end: int
    passive: bool

    def hit(self, s: int, o: int, suffix: str = "", factor: float = 1.0, distribute: bool = True) -> Hit:
        confidence = self.cue.spec.confidence * factor
        return Hit(s, self.cue.predicate, o, f"cue.{self.cue.key}{suffix}", confidence, distribute=distribute)


def cue_hits(sl: Slotted, group_of: dict[int, list[int]], state: DocumentState) -> list[Hit]:
    """Every cue rule at every occurrence of its words."""
    found = []
    for cue in cue_rules():
        for m in cue.regex.finditer(sl.text):
            if not cue.reads_before(sl.text[: m.start()]):
                continue  # Xから50億円を調達: money, not goods
            for h in _hits_at(sl, group_of, state, cue, m.start(), m.end()):
                # BはAから調達 → A supplies B: a cue may read its roles the other way round
                found.append(h.reversed() if cue.spec.reverse else h)
    return found


def _hits_at(
    sl: Slotted, group_of: dict[int, list[int]], state: DocumentState, cue: CompiledCue, c0: int, c1: int
) -> list[Hit]:
    text, spec = sl.text, cue.spec
    after = text[c1:]
    if "«" in text[c0:c1] or URGED.match(after) or AGAINST.match(after):
        return []
    if RECEIVED.match(after) and not (spec.detect_passive and spec.passive_swaps_roles):
        return []  # Xの支援を受けながら: the receiver is helped; the case frame reads who gives
    site = CueSite(cue, c0, c1, spec.detect_passive and bool(PASSIVE.match(after)))
    marked = marked_object(sl, c0, spec)
    genitive = marked is not None and marked[1] == "の" and text[c0:c1] in spec.genitive_agents
    if genitive and not SHARES_OF.search(text, 0, c0):
        return []  # 南海化学のTOB: the bidder's; who it targets the case frame reads, if anything
    obj = marked[0] if marked else None
    if marked and marked[1] == "の" and sl.mentions[marked[0]].type in ("Government", "Country"):
        # 米政府の輸出規制: a government before の owns the measure, it is not its target
        return _owner_hits(sl, site, marked[0])
    subj = relative_head(sl, c1)
    if subj is not None and spec.relative_past_only and not PAST_BEFORE_NAME.match(after):
        return []  # 北斗運輸を中核子会社とする«ソラHD»: what it holds, not a deal
    if subj is not None and text[c0:c1] in spec.made_together:
        if obj is None:
            return []  # AとBが共同出資するC: C is what they made together
        subj = None  # AはBと共同出資するCを通じて: C is what they made, A is B's partner
    if subj is not None and obj is None:
        # 「Xが支援するY」: the clause has a subject, so the head is the object
        agent = marked_before(sl, c0, ("が",), spec.subject, max_gap=6)
        if agent is not None and sl.fits(subj, spec.object):
            return [site.hit(agent, subj, ".relative")]
    if subj is not None and not sl.fits(subj, spec.subject):
        subj = None
    suffix = ""
    unnamed = UNNAMED_AGENT.match(after) or UNFOUND_HEAD.match(text, c1)
    if subj is None and (NOMINALISED.match(after) or unnamed):
        return []  # 〜を使うことを奨励 / 〜を手がける子会社: the clause's subject is not the sentence's
    if subj is None:
        subj = _clause_subject(sl, site, obj)
        suffix = ".clause" if subj is not None else ""
    if site.passive and spec.passive_swaps_roles:
        return _passive_hits(sl, site)
    factor = 1.0
    if subj is None and obj is not None:
        subj = _topic_after(sl, site)
        suffix = suffix + ".topic_after" if subj is not None else suffix
    made = (spec.predicate or cue.key) == "develops" and obj is not None
    maker_said = made and bool(MAKER_SAID.search(sl.text[: sl.positions[obj][0]]))
    if subj is None and obj is not None:
        survivor = [int(m.group(1)) for m in SURVIVOR_NAMED.finditer(text, 0, site.start)]
        subj = survivor[-1] if survivor and survivor[-1] != obj else None
        suffix = suffix + ".survivor" if subj is not None else suffix
    if subj is None and obj is not None and not maker_said:
        subj = _carried_subject(sl, site, state)  # not for 北斗製スマートフォンの発売: its maker is said
        if subj is not None:
            suffix, factor = suffix + ".carried", CARRIED_FACTOR
    if subj is None:
        return []
    if obj is None and spec.symmetric and not spec.coordinated_pairs:
        return []
    if obj is None and spec.symmetric and UNNAMED_PARTY.search(text[sl.positions[subj][1] : c0]):
        return []  # AとB、CはDと契約を結ぶ (D unfound): each with D, not with each other
    if obj is None and spec.symmetric:
        group = group_of.get(subj, [subj])
        pairs = mutual_parties(sl, group)  # 「モネ」といすゞ、スズキが提携: each with モネ only
        # each pair is one edge: a member is not to stand for its whole list again
        suffix += ".coordinated"
        return [site.hit(a, b, suffix, COORDINATED_FACTOR, distribute=False) for a, b in pairs]
    if obj is None or obj == subj:
        return []
    return [site.hit(subj, obj, suffix, factor)]


def _owner_hits(sl: Slotted, site: CueSite, owner: int) -> list[Hit]:
    """中興通訊は米国の制裁を受けた: the topic is what the owner's measure hits; 米政府の規制により、
    «X»の«T»を使えない: the names the measure keeps from something (not those of a clause it only leads
    to: 政府の規制を受け、AはBと提携した)."""
    spec = site.cue.spec
    if not sl.fits(owner, spec.subject):
        return []
    if site.passive:
        patient = marked_before(sl, site.start, TOPIC_PARTICLES, spec.object)
        return [site.hit(owner, patient, ".owner", OWNER_FACTOR)] if patient not in (None, owner) else []
    return [site.hit(owner, j, ".owner", OWNER_FACTOR) for j in objects_after(sl, site.end, spec.object)]


def _clause_subject(sl: Slotted, site: CueSite, obj: int | None) -> int | None:
    """The subject marked before the cue (or its object): the topic of the main clause first."""
    spec = site.cue.spec
    limit = sl.positions[obj][0] if obj is not None else site.start
    if obj is not None and "それぞれ" in sl.text[sl.positions[obj][1] : site.start]:
        # AはBと、CはDとそれぞれ提携: each object goes with the subject written just before it
        return marked_before(sl, limit, ("は", "が", "も"), spec.subject)
    if SENTENCE_FINAL.match(sl.text[site.end :]):
        # the sentence's main predicate: its subject is the topic (は), not a が inside a relative
        # clause (政府は…XやYが支援するZを採用するよう奨励した), and only after the last clause boundary
        cut = last_clause_boundary(sl.text, limit)
        subj = marked_before(sl, limit, ("は", "も"), spec.subject, first=True, after=cut)
        if subj is not None:
            return subj
    if not spec.clause_subject:
        return None  # 〜が開発した電池の採用: a name marked inside the sentence seldom acts at this cue
    subj = marked_before(sl, limit, ("は", "が", "も", "では"), spec.subject)
    if subj is not None and CLEFT.search(sl.text, sl.positions[subj][1], limit):
        return None  # 北斗が属しているのは、大阪市に本社を置く…: the subject is the cleft clause's
    if subj is not None and RELATIVE_CLAUSE.search(sl.text[sl.positions[subj][1] : limit + 1]):
        # メタが公開した«モデル»を土台に«生成AI»を開発, 南海が出資する«X»を買収 (the object's slot
        # mark read too): that が is the relative clause's subject
        return marked_before(sl, sl.positions[subj][0], ("は", "も"), spec.subject)
    return subj


#: The のは of a cleft (北斗が属しているのは、…だ): what follows is what the clause before it is about.
CLEFT = re.compile(r"[^«»。、]のは、?")


def _passive_hits(sl: Slotted, site: CueSite) -> list[Hit]:
    """XはYに買収された: the agent before に/によって, the patient marked は/が/も; or the name the
    passive clause describes (Yによって買収されたX)."""
    spec = site.cue.spec
    agent = marked_before(sl, site.start, tuple(spec.passive_agent_particles), spec.subject, max_gap=30)
    described = PASSIVE_DESCRIBES.match(sl.text, site.end)
    if described is not None:
        slot = int(described.group(1))
        patient = slot if sl.fits(slot, spec.object) else None
    else:
        patient = marked_before(sl, site.start, TOPIC_PARTICLES, spec.object)
    if agent is None or patient is None or agent == patient:
        return []
    return [site.hit(agent, patient, ".passive")]


def _carried_subject(sl: Slotted, site: CueSite, state: DocumentState) -> int | None:
    """No subject in the sentence: the previous sentence's topic, when nothing here is marked は/が."""
    topic = state.previous_topic
    if (
        topic is None
        or not site.cue.spec.carried_subject
        or slot_code(topic.type) not in site.cue.spec.subject
        or has_marked_topic(sl, site.start)
        or AGENT_BEFORE.search(sl.text[: site.start])
        or TOPIC_AFTER.match(sl.text[site.end :])
        or DESCRIBES_A_NAME_AFTER.match(sl.text, site.end)
    ):
        return None
    return sl.add_virtual(topic)


#: The cue inside a clause that describes a name right after it (蓄電池の生産を進める«国»は): the name is
#: the clause's subject, no earlier topic.
DESCRIBES_A_NAME_AFTER = re.compile(r"[^«»。、]{0,12}?(?:る|た)«(?:CO|ORG|GOV|PER)#\d+»")


#: A topic this sentence names right after the cue's opening phrase of time or occasion (…との首脳
#: 会談で、山田首相は… / 会談を1週間後に控え、…): the previous sentence's topic does not stand in (not
#: …の買収を巡り、Xは: X's stance, not its deal).
TOPIC_AFTER = re.compile(r"^[^«»。、]{0,12}?(?:で|に際し|に際して|に向け|に向けて|控え)、«[A-Z]+#(\d+)»は")


def _topic_after(sl: Slotted, site: CueSite) -> int | None:
    """The topic named after the cue's opening phrase (…との首脳会談で、山田首相は…: 山田), when it
    may be the cue's subject."""
    m = TOPIC_AFTER.match(sl.text[site.end :])
    if m is None:
        return None
    i = int(m.group(1))
    return i if sl.fits(i, site.cue.spec.subject) else None


#: A name right before the cue says who does it (北斗電機による出資は…, 北斗電機による南海化学への
#: TOB, 北斗電機による南海化学の買収): no topic stands in.
AGENT_BEFORE = re.compile(r"»(?:による|によって|により)、?(?:[^«»。、]|«[A-Z]+#\d+»){0,16}$")
