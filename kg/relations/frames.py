"""Case frames on the dependency parse: who did what to whom, read from the phrases around a cue.

The clause structure it reads (which phrases belong to a predicate, where an unsaid subject
is) is :mod:`kg.relations.clauses`; the word lists are ``relations.yaml`` ``grammar``.

For every phrase whose content holds a cue word of ``relations.yaml`` (出資, 提携, 買収…),
the frame collects the phrases that depend on it and reads their case:

- subject: が, or a bare topic は/も (and every が-marked name of a list whose phrases run
  into the cue: XにはYが約50%、Zが約27%出資);
- object: the cue's ``object_particles`` (を, に, と, への…); の only on a nominal cue
  (Xの買収);
- agent: による / によって / により — the subject of a nominal cue or of a passive one.

A frame without a subject takes, in this order, the noun its clause modifies (Xに出資する
Y: Y), the subject of the clause it belongs to (Aは…Bを買収すると発表した: A), or the previous
sentence's topic when nothing in this sentence is marked は/が (an unnamed agent as topic,
親会社は, counts as marked). With a が-subject of its own and no object, the cue is about its
topic (南海化学は、北斗電機が出資している: ``.topic_is_object``); a nominal cue that is the means of
a passive clause has its の-names act on that clause's subject (Xは…Aの出資で設立された:
``.means``). A slot that ends a coordination stands for every member
(:func:`kg.relations.slots.members`). Rule ids: ``frame.<cue>`` with ``.relative``,
``.inherited``, ``.carried``, ``.passive``, ``.coordinated`` and the two above for the less
direct readings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.model import ParsedSentence
from kg.relations.arguments import COMPARED_WITH, agent_noun_at, has_marked_topic
from kg.relations.clauses import (
    CLEFT_CLAUSE,
    Clauses,
    acts_jointly,
    adverbial,
    counted_lists,
    described_slot,
    describes_an_agent,
    is_subject,
    likewise,
    noun_subject,
    past_relative_clause,
    relative_verb_above,
    relative_verb_between,
    role_complement,
    slots_with_listed,
    speaks_for,
)
from kg.relations.cues import AGAINST, MAKER_SAID, RECEIVED, SHARES_OF, SURVIVOR_NAMED, URGED
from kg.relations.hits import Hit
from kg.relations.newco import REACH as NEW_COMPANY_REACH
from kg.relations.phrases import Case, Phrase, build_phrases, phrase_slots, slot_spans
from kg.relations.ruleset import JOINT_VENTURE_WORD, MONEY_OBJECT, CompiledCue, cue_rules, grammar
from kg.relations.slots import Slotted, members, mutual_parties, slot_code
from kg.relations.state import DocumentState, theme
from kg.rules import CueRule

AGENT_PARTICLES = ("による", "によって", "により")
#: What follows a を-phrase that names a merger's survivor (Xを存続会社として): X absorbs, it is no object.
SURVIVOR = re.compile(r"、?存続会社(?:と|に)(?:して|し、|する)")
#: AとBはそれぞれCと提携: each did it, not together.
EACH = "それぞれ"
#: AはBとともに / Bと共に / Bと一緒に: acting together.
TOGETHER_CLASSES = ["CO", "ORG", "GOV"]
TOGETHER_CONFIDENCE = 0.6
INHERITED_FACTOR = 0.9
CARRIED_FACTOR = 0.7
COORDINATED_FACTOR = 0.9


def _bidder_before(f: Clauses, q: Phrase, p: Phrase, words: list[str]) -> bool:
    """Whether the の phrase ``q`` names who acts in the nominal cue ``p`` whose word is one of
    ``words`` (南海化学のTOB), not the company whose shares it is about (南海化学株式の公開買い付け)."""
    return _cue_holds(f, p, words) and not SHARES_OF.search(f.text[q.start : q.end])


def _cue_holds(f: Clauses, p: Phrase, words: list[str]) -> bool:
    """Whether the cue phrase ``p``'s content holds one of ``words`` (共同開発, 共同出資…)."""
    return any(w in f.text[p.start : p.content_end] for w in words)


def comma_topics(phrases: list[Phrase], slots: dict[int, int]) -> list[Phrase]:
    """北斗商事と南海化学、資本提携で合意: names joined by と and closed by 、 that open a sentence marking
    no subject are its topic (read as marked は); a lone 「X、」 is left to the slot rules'
    headline reading (slots.headline_topic), which the case frames do not share."""
    out = list(phrases)
    if any(p.case.particle == "が" or p.case.marker == "は" for p in phrases):
        return out  # 金融庁、Xに命令 SBIが支援へ: a sentence that marks a subject says whose each act is
    for p in phrases:
        if p.index not in slots or p.case.particle or p.case.marker or p.function.strip() != "、":
            continue
        # after names listed with it only (a lone 「トヨタ、」 opens headlines the parse reads poorly)
        opening = p.index > 0 and all(_listed_name(q, slots) for q in phrases[: p.index])
        following = p.index + 1 < len(phrases) and phrases[p.index + 1].index not in slots
        if opening and following:
            out[p.index] = replace(p, case=Case(particle="", marker="は"))
        break
    return out


def _listed_name(q: Phrase, slots: dict[int, int]) -> bool:
    return q.index in slots and q.case.particle == "と"


def _fits(sl: Slotted, i: int | None, classes: list[str]) -> bool:
    return i is not None and sl.fits(i, classes)


def frame_hits(
    sent: ParsedSentence, sl: Slotted, group_of: dict[int, list[int]], state: DocumentState
) -> list[Hit]:
    """Every cue frame of the sentence."""
    spans = slot_spans(sl, sent.start)
    phrases = build_phrases(sent, spans.values())
    if not phrases:
        return []
    slots = phrase_slots(phrases, spans, sent.text)
    phrases = comma_topics(phrases, slots)
    f = Clauses(sl, phrases, slots, sent.text, sent.tokens, counted_lists(phrases, spans, sent.text))
    found: list[Hit] = []
    for cue in cue_rules():
        for p in phrases:
            previous = phrases[p.index - 1] if p.index else None
            objects = [q for q in phrases if q.head == p.index and q.case.particle == "を"]
            if (
                _is_cue(sent, p, cue, previous, objects)
                and not URGED.match(sent.text[p.content_end :])
                and cue.reads_before(_before_cue_word(sent.text, p, cue))
            ):
                found.extend(_frame(f, sent, cue, p, group_of, state))
    found.extend(_together(f, group_of))
    return regapped(sl, found)


#: AはB、CはD、EはFを子会社化する: pairs of a topic and an object that share the verb written once.
GAPPED = re.compile(
    r"((?:«(?:CO|ORG|GOV)#\d+»は«(?:CO|ORG|GOV)#\d+»、)+)«(?:CO|ORG|GOV)#(\d+)»は«(?:CO|ORG|GOV)#(\d+)»を"
)  # groups: the earlier pairs, the last topic, the last object
GAPPED_PAIR = re.compile(r"«(?:CO|ORG|GOV)#(\d+)»は«(?:CO|ORG|GOV)#(\d+)»、")


#: XをAが、YをBが、それぞれ…: one pair of a sentence that shares its verb among pairs (object, subject).
EACH_PAIR = re.compile(r"«(?:CO|ORG|GOV)#(\d+)»(?:[(（][^()（）]*[)）])?を、?«(?:CO|ORG|GOV)#(\d+)»が、")


def _each_pair_alone(sl: Slotted, hits: list[Hit]) -> list[Hit]:
    """3月に北辰工業を東邦精工が、6月に朝霧製菓を南海化学が、それぞれ子会社化した: each pair shares the
    verb written once; no name of one pair acts on a name of another."""
    pairs = {frozenset((int(a), int(b))) for a, b in EACH_PAIR.findall(sl.text)}
    if len(pairs) < 2 or "それぞれ" not in sl.text:
        return hits
    named = set().union(*pairs)
    return [
        h
        for h in hits
        if not {h.subject, h.object} <= named or frozenset((h.subject, h.object)) in pairs
    ]


def regapped(sl: Slotted, hits: list[Hit]) -> list[Hit]:
    """Each earlier topic of a gapped sentence (AはB、CはDを子会社化する) acts on its own object: a
    frame that took it as one more subject of the last object (D) gets its own (B) instead; pairs
    that share a verb with それぞれ keep to themselves (:func:`_each_pair_alone`)."""
    hits = _each_pair_alone(sl, hits)
    for m in GAPPED.finditer(sl.text):
        topic, last = int(m.group(2)), int(m.group(3))
        own = {int(a): int(b) for a, b in GAPPED_PAIR.findall(m.group(1))}
        for k, h in enumerate(hits):
            if h.object == last and h.subject in own:
                hits[k] = replace(h, object=own[h.subject])
            elif h.subject == last and h.object in own:
                hits[k] = replace(h, subject=own[h.object])
        # the verb written once is every pair's: what the last pair does, each earlier one does
        for h in [h for h in hits if {h.subject, h.object} == {topic, last}]:
            swap = {topic: 0, last: 1}
            for a, b in own.items():
                ends = (a, b)
                hits.append(replace(h, subject=ends[swap[h.subject]], object=ends[swap[h.object]]))
    return hits


def _before_cue_word(text: str, p: Phrase, cue: CompiledCue) -> str:
    """The sentence up to the cue's word in phrase ``p`` (資金|調達: up to 調達)."""
    found = list(cue.regex.finditer(text, p.start, p.content_end))
    return text[: found[-1].start()] if found else text[: p.start]


def _together(f: Clauses, group_of: dict[int, list[int]]) -> list[Hit]:
    """AはBとともに〜した: whoever acts together with B is B's partner, whatever the act; so are the
    ones listed as acting (AとBは、Cとともに…: A and B too, rule ``frame.together.co_actors``)."""
    hits = []
    for q in f.phrases:
        if q.case.particle != "と" or q.head < 0:
            continue
        head = f.phrases[q.head]
        if not grammar().together_after.search(q.function):
            # 南海化学と / ともに: the adverb may be a phrase of its own
            if (
                head.index != q.index + 1
                or not grammar().together.match(f.text[head.start : head.end])
                or head.head < 0
            ):
                continue
            head = f.phrases[head.head]
        if any(c.case.marker == "も" for c in f.phrases[q.index + 1 : head.index]):
            continue  # 国は、A社とともに、同社も対象に選んだ: B is one more of the same, no partner
        partner = f.noun_slot(q)
        subject = _subject_of(f, head, TOGETHER_CLASSES, before=q)
        if (
            partner is not None
            and subject is not None
            and partner != subject
            and _fits(f.sl, partner, TOGETHER_CLASSES)
        ):
            hits.append(Hit(subject, "partnersWith", partner, "frame.together", TOGETHER_CONFIDENCE))
            if len(group_of.get(subject, [])) > 1:  # the last member stands for all: every pair of them
                rule = "frame.together.co_actors"
                hits.append(Hit(subject, "partnersWith", subject, rule, TOGETHER_CONFIDENCE))
    return hits


def _subject_of(f: Clauses, p: Phrase, classes: list[str], before: Phrase) -> int | None:
    """``p``'s own subject (a が/は child before ``before``), else the governing one."""
    for c in f.children(p):
        if c.start < before.start and is_subject(c) and _fits(f.sl, f.slot(c), classes):
            return f.slot(c)
    return f.governing_subject(p, classes)


def _received_in_phrase(sent: ParsedSentence, p: Phrase, cue: CompiledCue) -> bool:
    """The cue noun and a verb of receiving in one phrase (助成金活用して, 支援受け)."""
    text = sent.text[p.start : p.content_end]
    return any(RECEIVED.match(text[m.end() :]) for m in cue.regex.finditer(text))


def _is_cue(
    sent: ParsedSentence, p: Phrase, cue: CompiledCue, previous: Phrase | None, objects: list[Phrase] = ()
) -> bool:
    """The phrase's content holds one of the cue's words (a cue of two words may begin in the phrase
    before, 本社を / 置く, or in its object, 経営権を、…握った), or its head word is one of its lemmas."""
    start = previous.start if previous is not None else p.start
    for m in cue.regex.finditer(sent.text[start : p.content_end]):
        after = start + m.end()
        if m.end() > p.start - start and not AGAINST.match(sent.text[after:]):
            if not cue.reads_as_cue(sent.text, start + m.start(), after):
                continue  # 支援|を求め, その|傘下に収め: another word, or another's
            # 提携を解消した: the cue's phrase ends before the verb that calls the deal off
            return not grammar().called_off.match(sent.text, after)
    own = sent.text[p.start : p.content_end]
    for q in objects:
        joined = sent.text[q.start : q.content_end] + "を"
        if any(m.end() > len(joined) for m in cue.regex.finditer(joined + own)):
            return True
    words = [t for t in sent.tokens[p.first : p.last] if t.end <= p.content_end]
    verbs = [t for t in words if t.pos == "VERB"]
    heads = {w.lemma for w in (words[-1:] + verbs[:1])}  # 作っ|て|いる: 作る, not いる
    return bool(heads & set(cue.spec.lemmas))


@dataclass
class Arguments:
    """The names around a cue phrase, by the role their case gives them."""

    subjects: list[int] = field(default_factory=list)  # が, は/も
    objects: list[int] = field(default_factory=list)  # the cue's object particles
    agents: list[int] = field(default_factory=list)  # による, によって
    passive_agents: list[int] = field(default_factory=list)  # the cue's passive agent particles
    givers: list[int] = field(default_factory=list)  # から, before a received noun
    partners: list[int] = field(default_factory=list)  # と, before a joint cue word (共同開発)
    marked: list[int] = field(default_factory=list)  # が right on the cue
    topic_objects: list[int] = field(default_factory=list)  # objects read from a topic (は)
    also: list[int] = field(default_factory=list)  # も right on the cue, after a topic (Xは…Yも買収)
    object_suffix: str = ""  # how the objects were found, when not by their own case


@dataclass
class Roles:
    """Who did what to whom, as the frame reads it so far, and how (the rule id's suffix)."""

    subjects: list[int]
    objects: list[int]
    suffix: str = ""
    factor: float = 1.0


def read_arguments(f: Clauses, cue: CompiledCue, p: Phrase, receiving: bool, light: bool) -> Arguments:
    """The phrases before ``p`` that belong to it (directly, through a list, or past a parse that
    hung them too high), each in its role."""
    spec, args = cue.spec, Arguments()
    nominal = not p.predicate
    joint = _cue_holds(f, p, spec.joint_words)
    # 折半|出資する read as two phrases: what hangs on the first part belongs to the cue
    # (not a relative clause before a nominal cue: Aが出資する|合弁会社だ)
    parts = {
        r.index
        for r in f.phrases
        if r.head == p.index and r.end == p.start and not r.case.particle and _only_nouns(f, r)
    }
    for q in f.phrases:
        if q.index == p.index or q.start > p.start:
            continue
        if (
            receiving
            and q.case.particle == "から"
            and (q.head == p.head or f.reaches(q, p) or f.reaches(q, f.phrases[p.head]))
        ):
            args.givers.extend(slots_with_listed(f, q))  # 北斗電機は南海化学から出資を受ける
            continue
        if receiving and q.case.particle == "の" and q.head == p.index:
            args.givers.extend(slots_with_listed(f, q))  # 北斗電機の出資を受ける南海化学
            continue
        if (like := _besides(f, q, p)) is not None:
            # 東西自動車のほか、自動車メーカー各社へ供給する: X takes the role of what follows
            for i in f.noun_slots(q):
                if like.case.particle in spec.object_particles and like.case.particle != "の":
                    args.objects.append(i)
                elif is_subject(like):
                    args.subjects.append(i)
            continue
        if likewise(f, q) and p.index in f.ancestors(q):
            args.subjects.extend(f.noun_slots(q))  # SKも、キオクシアやWDと同じように製造: they make it too
            continue
        if q.case.particle == "を" and SURVIVOR.match(f.text, q.end) and f.reaches(q, p):
            args.subjects.extend(f.noun_slots(q))  # 北斗繊維を存続会社として南海繊維を吸収合併: 北斗繊維
            continue
        if "を" in spec.object_particles and _owns_shares_taken(f, q, p):
            args.objects.append(f.slot(q))  # 南海化学が発行している普通株式をすべて取得
            continue
        if f.through_means(q, p) or f.inside_genitive(q, p) or noun_subject(f, q):
            continue  # «Llama2»を土台に…開発: built on, not developed; AとBの共同出資: not A's partner
        if _subject_of_a_relative_clause(f, q, p, light):
            continue  # AとBが設立したXに対し、C、Dが提携: A and B are the relative clause's
        if q.case.particle == "に" and COMPARED_WITH.match(f.text[q.end :].lstrip("、")):
            continue  # «X»に次ぐ大型投資: what the deal is measured against
        if q.case.particle in ("に", "へ") and _described_actor(f, q, p, spec):
            continue  # «X»に、友好的な出資者として対抗する: no verb of the cue to take に
        if acts_jointly(f, q, p) and q.case.particle not in spec.object_particles:
            args.partners.extend(i for i in f.noun_slots(q) if f.fits(i, spec.subject))
            continue  # 南海化学と共同で開発 / 南海化学と組んで買収: it acts too
        direct = q.head == p.index or q.head in parts or ((receiving or light) and q.head == p.head)
        # 十日町市との|間で|協定を|締結: what reaches the light verb past a nameless noun is the
        # cue noun's (not AとBが…締結: A is listed with B)
        via_light = (
            light
            and p.head >= 0
            and q.head >= 0
            and f.slot(f.phrases[q.head]) is None
            and f.reaches(q, f.phrases[p.head])
        )
        owned_between = "の" in f.text[q.end : p.start]
        if not direct and q.case.particle in ADNOMINAL and not spec.object_of_noun and owned_between:
            continue  # トルコなどへの|IHHの進出拡大を|支援: への says what another's noun is for
        if not direct and not (
            q.case.particle != "の"
            and (
                f.reaches(q, p)
                or via_light
                or (not is_subject(q) and (f.overreaches(q, p) or past_relative_clause(f, q, p)))
            )
        ):
            continue
        case = q.case
        if case.particle in spec.passive_agent_particles:
            # 北斗電機はBの新型車「ソラ」に採用された: the product stands for its maker B
            args.passive_agents.extend(_product_owners(f, q, spec.subject) + slots_with_listed(f, q))
        for i in slots_with_listed(f, q):
            if case.particle in AGENT_PARTICLES:
                args.agents.append(i)
            elif is_subject(q):
                # a topic may be the object: «ChatGPT»は…ダイキンなどが採用している
                if case.particle == "" and f.fits(i, spec.object) and not f.fits(i, spec.subject):
                    args.objects.append(i)
                    args.topic_objects.append(i)
                else:
                    org = speaks_for(f, q, i, spec.subject, p)
                    args.subjects.append(i if org is None else org)
                if case.particle == "が" and q.head == p.index:
                    args.marked.append(i)
                if case.marker == "も" and not case.particle and q.head == p.index:
                    args.also.append(i)
            elif case.particle == "の" and nominal and _bidder_before(f, q, p, spec.genitive_agents):
                args.subjects.append(i)  # 南海化学のTOB: the bidder
            elif case.particle in spec.object_particles and (case.particle != "の" or nominal):
                args.objects.append(i)
            elif case.particle == "と" and joint and f.fits(i, spec.subject):
                args.partners.append(i)
        if spec.owner_object and case.particle in spec.object_particles and case.particle != "の":
            args.objects.extend(_product_owners(f, q, spec.object))
        if spec.object_from_clause and case.particle in spec.object_particles and not args.objects:
            made = _maker_slots(f, q)  # 北斗電機が建設する工場に対し…補助: the builder is helped
            args.objects.extend(made)
            args.object_suffix = ".clause_subject" if made else args.object_suffix
    return args


def _besides(f: Clauses, q: Phrase, p: Phrase) -> Phrase | None:
    """The phrase on the cue ``p`` right after ``Xのほか、`` (``q`` is Xの): X is listed with it."""
    if q.case.particle != "の" or not 0 <= q.head < len(f.phrases):
        return None
    h = f.phrases[q.head]
    if f.text[h.start : h.content_end] not in BESIDES or h.head != p.index:
        return None
    after = [r for r in f.phrases if h.index < r.index < p.index and r.head == p.index]
    return next((r for r in after if r.case.particle or r.case.marker), None)


#: The nouns of Xのほか、Y: besides X, Y too.
BESIDES = ("ほか", "他", "ほかに")


def _subject_of_a_relative_clause(f: Clauses, q: Phrase, p: Phrase, light: bool) -> bool:
    """A が the parse hung on the cue (or its light verb) past a verb that modifies a noun, while
    another が marks it after: the first is the relative clause's subject (one clause, one が)."""
    heads = (p.index, p.head) if light else (p.index,)
    return (
        q.case.particle == "が"
        and relative_verb_between(f, q) is not None
        and any(r.case.particle == "が" and r.head in heads for r in f.phrases[q.index + 1 :])
    )


def _product_owners(f: Clauses, q: Phrase, classes: list[str]) -> list[int]:
    """The companies before the の of a phrase that names a product (西濃自動車の新型SUV「アルタ」向けに:
    西濃自動車), when the phrase names no one the cue could take."""
    slots = f.noun_slots(q)
    if not slots or any(f.fits(i, classes) for i in slots) or not all(f.fits(i, ["TECH"]) for i in slots):
        return []
    owners = [c for c in f.children(q) if c.case.particle == "の"]
    return [i for c in owners for i in f.noun_slots(c) if f.fits(i, classes)]


def _only_nouns(f: Clauses, p: Phrase) -> bool:
    """``p`` is nouns only in Sudachi's words (折半, which the parse may still call a verb), not a
    clause with an inflected verb or an auxiliary (出資する)."""
    return all(t.tag.startswith("名詞") for t in f.tokens[p.first : p.last])


def _maker_slots(f: Clauses, p: Phrase) -> list[int]:
    """The が-subjects of the clause that modifies ``p``'s noun, when ``p`` names no one itself:
    北斗電機などが三重県に整備する施設 → 北斗電機 (whose facility it is)."""
    if f.noun_slot(p) is not None:
        return []
    clauses = [r for r in f.children(p) if r.predicate and r.index == p.index - 1]
    # a が the parse hung higher, with the clause between it and its head, is the clause's
    # (北斗電子(本社・東京)が…建設する新工場に対し、経済産業省が補助する)
    hung = [q for r in clauses for q in f.phrases[: r.index] if relative_verb_between(f, q) is r]
    subjects = [q for r in clauses for q in f.children(r)] + hung
    return [i for q in subjects if q.case.particle == "が" for i in f.noun_slots(q)]


def _says_an_object(f: Clauses, p: Phrase) -> bool:
    """The cue has a を-object of its own, named or not (その権益をAとBが取得した)."""
    return any(q.case.particle == "を" for q in f.children(p))


def _topic_after_clause(f: Clauses, p: Phrase, classes: list[str]) -> list[int]:
    """The topic written right after the cue's clause when the clause ends in a way that leaves its
    subject to it (grammar ``clauses_before_topic``: 南海物流を子会社化したように、北斗HDは…)."""
    if not (p.predicate and 0 <= p.head and grammar().before_topic.search(f.text[p.start : p.end])):
        return []
    after = f.phrases[p.index + 1] if p.index + 1 < len(f.phrases) else None
    if after is None or after.head != p.head or after.case.particle or after.case.marker != "は":
        return []
    return [i for i in f.noun_slots(after) if f.fits(i, classes)]


def _topics(f: Clauses, p: Phrase) -> list[int]:
    """The bare topics (は, も) of ``p``'s clause: on the cue, or on a clause joined right before it
    (南海化学は2018年に設立され、北斗電機が出資している)."""
    joined = {c.index for c in f.children(p) if c.predicate and c.function.rstrip().endswith(("、", "て"))}
    return [
        i
        for q in f.phrases
        if q.start < p.start
        and q.case.particle == ""
        and q.case.marker in ("は", "も")
        and (q.head == p.index or q.head in joined)
        for i in f.noun_slots(q)
    ]


def _described_actor(f: Clauses, q: Phrase, p: Phrase, spec: CueRule) -> bool:
    """The cue is a noun for the one who acts (出資者), described by a word between ``q`` and it
    (Xに、友好的な|出資者): a noun phrase of its own, which ``q`` cannot be the object of (not Xに
    出資者として加わる, where joining X as one says it)."""
    described = any(r.head == p.index for r in f.phrases[q.index + 1 : p.index])
    return described and agent_noun_at(f.text, p.start, spec)


def assign_roles(f: Clauses, cue: CompiledCue, p: Phrase, args: Arguments, receiving: bool) -> Roles | None:
    """Subjects and objects from the arguments: a received noun and a passive turn them round, a
    nominal cue's agent is its subject. None when the frame says nothing (a passive the cue does
    not read)."""
    spec, sl = cue.spec, f.sl
    subjects, objects, agents, suffix = args.subjects, args.objects, args.agents, args.object_suffix
    marked_objects = [i for i in objects if i not in args.topic_objects]
    if receiving and agents and marked_objects and not p.predicate:
        # 米政府による北斗電機に対する禁輸措置を受け、南海化学は…: the cue names both its ends, and
        # the one who receives the news of it (the topic) is neither
        receiving, objects = False, marked_objects
    if receiving:
        # 出資を受ける / 支援を受け入れる: the giver (から, の) acts on the receiver (は, が)
        givers = args.givers + [i for i in objects if sl.mentions[i].type != "Technology"]
        # the noun the receiving clause describes (北斗電機の出資を受ける南海化学), else the governing
        # subject; a person speaking for a company (「…支援を受けられる」と社長) is not who receives it
        described = f.relative_noun(f.phrases[p.head]) if 0 <= p.head else None
        receivers = subjects or [
            r
            for r in [described if described is not None else f.governing_subject(p, spec.object)]
            if r is not None and sl.mentions[r].type != "Person"
        ]
        subjects, objects, suffix, agents = givers + agents, receivers, ".received", []
    if p.passive and spec.detect_passive:
        if not spec.passive_swaps_roles:
            return None
        # the said subject is what is acted on (a topic that fits no subject was read as an object:
        # 北斗損保は公正取引委員会から納付を命じられた)
        # (its agent may be written with による / によって too: 南海化学によって買収された)
        subjects, objects, suffix = args.passive_agents + agents, subjects or objects, ".passive"
    elif agents and not p.predicate:
        subjects = agents + subjects
    elif not objects and _acted_on_too(f, cue, args, subjects, p):
        # 北斗電機は南海化学も子会社化した: after a topic, the も-name is what the deal takes too
        subjects, objects, suffix = [i for i in subjects if i not in args.also], args.also, ".also_object"
    elif (
        not objects
        and args.marked
        and not spec.symmetric
        and not receiving
        and not _says_an_object(f, p)
        and not _own_shares(f, p)
    ):
        # 南海化学は、北斗電機が出資している: with a が-subject of its own, the topic is what it is about
        about = [i for i in _topics(f, p) if i not in args.marked and f.fits(i, spec.object)]
        if about and not REST.search(f.text[: p.start]):  # not …に70%を出資し、残りはBが出資する
            subjects, objects, suffix = [i for i in subjects if i not in about], about, ".topic_is_object"
    return Roles(
        [i for i in subjects if f.fits(i, spec.subject)],
        [i for i in objects if f.fits(i, spec.object)],
        suffix,
    )


def _acted_on_too(
    f: Clauses, cue: CompiledCue, args: Arguments, subjects: list[int], p: Phrase
) -> bool:
    """A も-name on a cue that takes a を-object, after another subject written before it (a topic),
    or after a clause joined before the cue whose object is a name (Aを完全子会社とし、Bも…子会社に
    組み入れた): the も says "this one too" of what is acted on, not of who acts."""
    spec = cue.spec
    if spec.symmetric or "を" not in spec.object_particles or not args.also:
        return False
    first_also = min(f.sl.positions[i][0] for i in args.also)
    others = [i for i in subjects if i not in args.also and f.sl.positions[i][0] < first_also]
    parallel = not others and bool(_shared_object(f, cue, p))
    return (bool(others) or parallel) and all(f.fits(i, spec.object) for i in args.also)


def _frame(
    f: Clauses,
    sent: ParsedSentence,
    cue: CompiledCue,
    p: Phrase,
    group_of: dict[int, list[int]],
    state: DocumentState,
) -> list[Hit]:
    if p.negated:
        return []  # NTTドコモはスペースXとは組まず: no relation
    receiving = (not p.predicate and f.received(p)) or (p.predicate and _received_in_phrase(sent, p, cue))
    # 命令を下す, 制裁を科す, 提携を結ぶ: a light verb's arguments are its noun's
    # 南海化学を引受先とする: the を-name of する is the role noun's
    light = (not p.predicate and f.head_lemma(p) in grammar().light_verbs) or role_complement(f, p)
    args = read_arguments(f, cue, p, receiving, light)
    roles = assign_roles(f, cue, p, args, receiving)
    if roles is None:
        return []
    if not roles.subjects and not roles.objects and cue.spec.means_genitive:
        roles = _means_roles(f, cue, p) or roles
    _complete(f, sent, cue, p, group_of, state, roles)
    _measure_of_a_named_state(f, cue, p, roles)
    if roles.subjects and roles.objects:
        roles.subjects += [i for i in args.partners if i not in roles.subjects + roles.objects]
    each = EACH in sent.text[max(0, p.start - len(EACH) - 6) : p.start]
    if _partner_unnamed(f, p):
        # AとB、CはDと契約を結んで (D unfound): A is listed with B and C, no partner of theirs
        listed = {m for s in roles.subjects for m in group_of.get(s, [s])}
        roles.objects = [o for o in roles.objects if o not in listed]
        each = True
    return _hits(f, cue, group_of, roles, each)


#: Cases of a customer or a target (南海化学に, 南海化学へ, 南海化学向けに).
TARGET_CASES = ("に", "へ", "向けに")


def _topic_customer(f: Clauses, state: DocumentState, p: Phrase, subjects: list[int]) -> int | None:
    """北斗テレコムは…。代替の機器はミナト電機が納入する: goods made the topic (a noun marked は that
    names nobody) and a supplier that delivers them, with no customer said: the customer is the
    company the sentence before was about."""
    goods = [q for q in f.phrases if q.index < p.index and q.case.marker == "は" and f.slot(q) is None]
    customer = state.previous_topic
    if not goods or customer is None or customer.type != "Company" or not customer.entity:
        return None
    if any(f.sl.mentions[i].entity == customer.entity for i in subjects):
        return None
    # 部品は南海化学にミナト電子が供給する: a customer is named, whatever the parse made of it
    named = [q for q in f.phrases if q.index < p.index and q.case.particle in TARGET_CASES]
    if any(f.slot(q) is not None for q in named):
        return None
    return f.sl.add_virtual(customer)


def _partner_unnamed(f: Clauses, p: Phrase) -> bool:
    """The cue (or the verb its noun is the object of, or the noun object of the verb) takes a と-phrase
    that names nobody kg found
    (AとB、CはDと契約を結んで, with D unfound; 他社と提携): the subjects listed are each the party of
    another, not each other's partners."""
    heads = {p.index, p.head} | {r.index for r in f.phrases if r.head == p.index and r.case.particle == "を"}
    return any(
        q.case.particle in ("と", "との") and q.index < p.index and q.head in heads and f.slot(q) is None
        for q in f.phrases
    )


#: The classes of who imposes a measure named fused before its word (米国制裁, 米政府規制).
IMPOSERS = ["CTRY", "GOV"]


def _measure_of_a_named_state(f: Clauses, cue: CompiledCue, p: Phrase, r: Roles) -> None:
    """ロシアは米国制裁で…: a country or government fused before the cue word in its phrase imposes
    the measure (not after 対: 対ロシア制裁 targets it); the subjects read for it (the topic) are
    what it is imposed on (in place)."""
    phrase = f.text[p.start : p.end]
    fused = [
        i
        for i, m in enumerate(f.sl.mentions)
        if f.sl.written(i)
        and (at := phrase.find(m.text)) >= 0
        and cue.regex.match(phrase, at + len(m.text))
        and not phrase[:at].endswith("対")  # 対ロシア制裁: the country is the target
    ]
    if not fused or not f.fits(fused[0], IMPOSERS) or not f.fits(fused[0], cue.spec.subject):
        return
    i = fused[0]
    said = [j for j in r.subjects if j != i and f.fits(j, cue.spec.object)]
    if said:
        r.suffix = r.suffix.replace(".topic_object", "")  # the object the topic left unsaid is no target
    r.subjects, r.objects = [i], said or [j for j in r.objects if j != i]
    r.suffix += ".imposer"


def _relative_head_subject(f: Clauses, cue: CompiledCue, p: Phrase, r: Roles) -> None:
    """With ``relative_head_subject``, the company the cue's clause modifies is its subject, in place
    of a が GiNZA hung on the clause (北斗電機が大阪市に本社を置く南海化学を買収: 南海化学 is based there)."""
    if not (cue.spec.relative_head_subject and r.subjects and p.predicate and p.index < p.head):
        return
    head = f.noun_slot(f.phrases[p.head])
    described = head is not None and head not in r.objects and head not in r.subjects
    if described and f.fits(head, cue.spec.subject):
        r.subjects, r.suffix = [head], r.suffix + ".relative"


def _complete(
    f: Clauses,
    sent: ParsedSentence,
    cue: CompiledCue,
    p: Phrase,
    group_of: dict[int, list[int]],
    state: DocumentState,
    r: Roles,
) -> None:
    """Fill what the arguments leave unsaid (in place): the noun a clause modifies, the subject of
    the clause above or the previous topic, the place of an election, the previous topic as object."""
    spec, sl = cue.spec, f.sl
    _relative_object(f, cue, p, r)
    _relative_head_subject(f, cue, p, r)
    if not r.subjects and spec.context_object == "stake_target":
        _split_between_founders(sent, sl, state, r)
    unsaid = not r.subjects and not r.objects
    if unsaid and spec.context_object == "deal_target" and _says_no_object(f, cue, p):
        target = _previous_deal_target(f, state, spec, p)
        if target is not None:
            r.objects, r.suffix, r.factor = [target], r.suffix + ".deal_target", r.factor * CARRIED_FACTOR
    # 提携したのはAとBの2社だ: A and B; Xは設立された。出資したのはAとBの2社: A and B put money in X
    acting_cleft = unsaid and (spec.symmetric or spec.topic_object_any_kind)
    cleft_parties = [i for i in _cleft_object(f, cue, p) if f.fits(i, spec.subject)] if acting_cleft else []
    if not spec.symmetric and len(cleft_parties) < 2:
        cleft_parties = []  # 出資したのはミナトだ: one name may be what was put money in, not who did
    if spec.symmetric and len(cleft_parties) > CLEFT_PARTIES_MAX:
        return  # 参加するのはA、B、C、D…の9社だ: members of a body, not each one's partner
    if cleft_parties:
        r.subjects, r.suffix = cleft_parties, r.suffix + ".cleft"
    if not r.subjects:
        r.subjects, r.suffix, r.factor, r.objects = _missing_subject(
            f, sent, cue, p, r.objects, state, r.suffix, group_of
        )
        _relative_object(f, cue, p, r)  # 北斗製薬は、自社で開発した治療薬「ホシノール」を売る
    if p.passive and spec.detect_passive and spec.passive_swaps_roles and r.subjects and not r.objects:
        # 北斗物産は南海化学によって買収されることが決まった: the clause above's subject is acted on
        acted_on = f.governing_subject(p, spec.object)
        if acted_on is not None and acted_on not in r.subjects:
            r.objects, r.suffix, r.factor = [acted_on], r.suffix + ".inherited", r.factor * INHERITED_FACTOR
    if not r.subjects and spec.symmetric and _listed_with_to(f, r.objects):
        r.subjects, r.objects = r.objects, []  # 西浜市と北斗電機との協定の締結式: the listed are the parties
    pair = _pair_acted_on(f, r.objects, p) if spec.symmetric and r.subjects else None
    if pair is not None:
        # 北斗HDはAとBを統合する / Xは、AとBの経営統合で合意した: the two joined, not the one who joins them
        r.subjects, r.objects = [pair[0]], [pair[1]]
    if r.subjects and not r.objects and spec.context_object == "topic_customer":
        customer = _topic_customer(f, state, p, r.subjects)
        if customer is not None:
            r.objects, r.suffix, r.factor = [customer], r.suffix + ".customer", r.factor * CARRIED_FACTOR
    if r.subjects and not r.objects and spec.context_object == "election_place":
        place = state.election_in(sl)  # 北斗市長選で山田氏が当選した
        if place is not None:
            r.objects = [sl.mentions.index(place) if place in sl.mentions else sl.add_virtual(place)]
            r.suffix += ".election"
    holders = _holders(sl, _slot_text_position(sl, p, sent)) if spec.context_object == "stake_target" else []
    if r.subjects and not r.objects and set(r.subjects) & set(holders):
        # every holder listed with a stake before the cue, whatever the parse hung it on
        listed = {m for s in r.subjects + holders for m in group_of.get(s, [s])}
        # Aが80%、Bが20%を出資するY: the noun the clause describes, before any topic
        head = f.relative_noun(p) if p.predicate else None
        target, suffix = (head, ".relative") if head is not None and head not in listed else (None, "")
        if target is None:
            target, suffix = _topic_before_holders(f, holders), ".topic_is_object"
        unnamed = target is None and _unnamed_object(f, p, spec)
        if unnamed:
            # 北斗が存続会社となって吸収合併し、新会社には南海が66%を出資: the survivor is the new one
            target, suffix = _survivor(f.sl), ".survivor"
        if target is None and not unnamed:
            target, suffix = _stake_target(f, p, listed), ".stake_target"
        if target is None and _recent_new_company(state, sent, sl, listed):
            # 新会社「ミナト」を設立する。資本金のうち北斗電機が60%、南海化学が40%を出資する
            target, suffix = sl.add_virtual(state.new_company), ".new_company"
        if target is not None:
            r.subjects = sorted((set(r.subjects) | set(holders)) - {target})
            r.objects, r.suffix = [target], r.suffix + suffix
    if r.subjects and not r.objects and not cleft_parties:
        r.objects = _cleft_object(f, cue, p)  # Aが買収したのは、…Bだ: B
        r.suffix += ".cleft" if r.objects else ""
    if r.subjects and not r.objects and not spec.symmetric:
        r.objects = _shared_object(f, cue, p)  # Xの株式を取得し、連結子会社化する: X
        r.suffix += ".shared_object" if r.objects else ""
    if r.subjects and not r.objects and spec.symmetric and len(group_of.get(r.subjects[-1], [])) < 2:
        r.objects = _giver_of_joined_clause(f, p, spec.object, r.subjects)  # Xから出資を受け、提携を結ぶ
        r.suffix += ".giver" if r.objects else ""
    if r.subjects and not r.objects and not spec.symmetric:
        listed = {m for s in r.subjects for m in group_of.get(s, [s])}
        newco = _recent_new_company(state, sent, sl, listed)
        carried = _topic_object(f, state, spec, p, sorted(listed), newco)
        if carried is not None:
            r.objects, r.suffix, r.factor = [carried], r.suffix + ".topic_object", r.factor * CARRIED_FACTOR


def _listed_with_to(f: Clauses, objects: list[int]) -> bool:
    """A name joined with と right before the objects' phrase (AとBとの協定), not with や or 、
    (トヨタやホンダとの提携を模索する企業: the two are no parties of one act)."""
    return any(
        q.case.particle == "と" and f.slot(q) is not None and f.slot(f.phrases[q.index + 1]) in objects
        for q in f.phrases[:-1]
    )


def _pair_acted_on(f: Clauses, objects: list[int], p: Phrase) -> tuple[int, int] | None:
    """A name joined with と to the next name, which is marked を or の on the cue ``p`` itself
    (AとBを統合 / AとBの経営統合; not Aと、Bの事業で提携: B's business is the field): the two are what
    the act joins, whoever does it."""
    for k, q in enumerate(f.phrases):
        a = f.slot(q)
        if q.case.particle != "と" or a not in objects:
            continue
        # past descriptors of the next name (AとBの / Aと、同業2位のBの)
        nxt = next((r for r in f.phrases[k + 1 :] if f.slot(r) is not None or r.case.particle != "の"), None)
        joined = nxt is not None and nxt.head == p.index and nxt.case.particle in ("を", "の")
        if joined and f.slot(nxt) is not None:
            return a, f.slot(nxt)
    return None


#: The case of a nominal cue that says by what means its clause comes about: Aの出資で / Aの支援により.
MEANS_CASES = ("で", "により", "によって")


def _means_roles(f: Clauses, cue: CompiledCue, p: Phrase) -> Roles | None:
    """ミライは北斗電機、南海精機など国内8社の出資で設立された: a nominal cue as the means of a passive
    clause or one of coming into being (発足, 誕生): the names before its の act on that clause's
    subject. Not an active clause (Aの出資で工場を建てる: the plant is no company)."""
    if p.predicate or p.case.particle not in MEANS_CASES or p.head < 0:
        return None
    clause = f.phrases[p.head]
    coming = grammar().coming_into_being.search(f.text[clause.start : clause.content_end])
    if not (clause.passive or coming):
        return None
    spec = cue.spec
    owners = [q for q in f.children(p) if q.case.particle == "の"]
    subjects = [i for q in owners for i in f.noun_slots(q) if f.fits(i, spec.subject)]
    target = _subject_of(f, clause, spec.object, before=p)
    if not subjects or target is None or target in subjects or not f.fits(target, spec.object):
        return None
    return Roles(subjects, [target], ".means")


#: The most names a symmetric cleft pairs with each other (提携したのはA、BとCの3社だ); a longer list
#: names members of a consortium or a body, not partners of each other.
CLEFT_PARTIES_MAX = 3

#: The copula that closes a cleft: …Bだ。/ Bです。/ Bである。
CLEFT_COPULA = re.compile(r"^(?:だ|です|である|で|。)")


def _cleft_object(f: Clauses, cue: CompiledCue, p: Phrase) -> list[int]:
    """The name a cleft puts last: 北斗電機が買収したのは、米国で冷凍食品を手掛ける「ミナト社」です /
    出資を決めたのは南海化学だ. The cue's clause (or the verb its noun is the object of) ends with
    のは, and the sentence's last phrase, after it, closes the sentence with a copula; every name of
    a counted list there (AとB、それにCの3社です)."""
    clause = p
    if not CLEFT_CLAUSE.search(p.function.rstrip()) and 0 <= p.head:
        clause = f.phrases[p.head]  # 出資を|決めたのは
    if not CLEFT_CLAUSE.search(clause.function.rstrip()) or clause.head < 0:
        return []
    # the sentence's last phrase, which the parse may not hang the clause on (…のは、A、B、Cの3社。)
    named = f.phrases[-1]
    closes = named.head < 0 and named.index > clause.index
    if not closes or not CLEFT_COPULA.match(named.function.lstrip("」』")):
        return []
    return [i for i in f.noun_slots(named) if f.fits(i, cue.spec.object)]


#: Cases of the object a clause joined before a cue shares with it (Xを取得し、/ Xに出資し、子会社化).
SHARED_OBJECT_CASES = ("を", "に")


def _shared_object(f: Clauses, cue: CompiledCue, p: Phrase) -> list[int]:
    """The object of the clause joined right before the cue (its 連用形, with 、 or て or alone), which
    the cue leaves unsaid: 北斗電機はミナトの株式を取得し、連結子会社化する → ミナト (the shares' owner).
    Not for a passive cue (its subject is another), a cue with an object of its own that names no
    one (…発売し、新型車を投入), or a reporting verb (…を使い、…始めると発表した)."""
    own_object = any(
        q.case.particle == "を" and not MONEY_OBJECT.search(f.text[q.start : q.end]) for q in f.children(p)
    )  # …計画を認定し、最大100億円を助成: money is no object of its own
    if p.passive or own_object or grammar().reporting.search(f.text[p.start : p.content_end]):
        return []
    if all(particle.startswith("向け") for particle in cue.spec.object_particles):
        return []  # 子会社のXを置き、生産している: what was set up is no customer the goods are made for
    for c in f.children(p):
        # 取得し、/ 取得して / 取得し子会社化 (no comma)
        if not (c.predicate and c.index < p.index and c.function.rstrip().endswith(("、", "て", "で", "し"))):
            continue
        # the object may hang on a phrase inside the clause (株式を|公開買付けにより|取得し)
        inside = [q for q in f.phrases[: c.index] if f.runs_into(q, {c.index})]
        for particle in SHARED_OBJECT_CASES:
            for q in (q for q in inside if q.case.particle == particle):
                found = [i for i in f.noun_slots(q) or _owner_of_stake(f, q) if f.fits(i, cue.spec.object)]
                if found:
                    return found
    return []


def _giver_of_joined_clause(f: Clauses, p: Phrase, classes: list[str], subjects: list[int]) -> list[int]:
    """The one who gives in the clause joined right before a symmetric cue that names no partner:
    北斗電機は南海化学から出資を受け、資本業務提携を結んだ → 南海化学 (the partner the deal is with)."""
    heads = {p.index, p.head} - {-1}
    for c in f.phrases:
        joined = c.predicate and c.index < p.index and c.head in heads
        if not (joined and c.function.rstrip().endswith(("、", "て", "で", "し"))):
            continue
        inside = [q for q in f.phrases[: c.index] if f.runs_into(q, {c.index})]
        givers = [
            i for q in inside if q.case.particle == "から" for i in f.noun_slots(q) if f.fits(i, classes)
        ]
        if givers and not set(givers) & set(subjects):
            return givers
    return []


#: A stake or shares a clause takes as its object (株式の60%を, 株式を, 発行済み株式の過半を).
STAKE_PHRASE = re.compile(
    r"^(?:約)?(?:[0-9０-９.．]+[%％](?:超|強)?|過半|全株|全株式|(?:普通|発行済み?)?株式|株)を"
)


#: A word GiNZA may cut off from the 株式 after it as a phrase of its own (普通|株式を).
SHARE_KINDS = ("普通", "優先", "発行済み", "発行済")
#: A clause of issuing, which says whose the shares it describes are (南海化学が|発行している|株式を).
ISSUED = re.compile(r"^発行(?:し|する|済)")


def _owns_shares_taken(f: Clauses, q: Phrase, p: Phrase) -> bool:
    """``q`` names the company whose shares are the object of the cue ``p``, where the parse hangs it on
    no noun of them: 南海化学が|発行している|普通株式を|取得 (the issuer), 南海化学の|普通|株式を|取得 (the
    kind of shares cut off as a phrase of its own)."""
    if f.slot(q) is None or not 0 <= q.head < len(f.phrases) or q.head + 1 >= len(f.phrases):
        return False
    head = f.phrases[q.head]
    text = f.text[head.start : head.end]
    issued = q.case.particle == "が" and head.predicate and ISSUED.match(text)
    kind = q.case.particle == "の" and text in SHARE_KINDS
    shares = f.phrases[head.index + 1]
    taken = (shares.head == p.index or shares.index == p.index - 1) and head.head in (shares.index, p.index)
    return bool((issued or kind) and taken and STAKE_PHRASE.match(f.text[shares.start : shares.end]))


def _genitive_right_before(f: Clauses, p: Phrase) -> list[Phrase]:
    """The の phrase written right before ``p`` where the parse hung it elsewhere (a gloss inside it:
    南海化学(売上高26億円)の|株式の|70%を)."""
    before = f.phrases[p.index - 1] if p.index > 0 else None
    if before is None or before.case.particle != "の" or before.end != p.start:
        return []
    return [before]


def _owner_of_stake(f: Clauses, q: Phrase) -> list[int]:
    """The company whose stake the phrase ``q`` is (南海化学の株式の60%を: 南海化学), through the の
    phrases before it (at most two: the shares', then the company's)."""
    if not STAKE_PHRASE.match(f.text[q.start : q.end].lstrip("、")):
        return []
    p = q
    for _ in range(2):
        owners = [c for c in f.children(p) if c.case.particle == "の"] or _genitive_right_before(f, p)
        if not owners:
            return []
        p = owners[-1]
        if f.slot(p) is not None:
            return [f.slot(p)]
    return []


def _hits(
    f: Clauses, cue: CompiledCue, group_of: dict[int, list[int]], r: Roles, each: bool = False
) -> list[Hit]:
    """The frame's edges. ``each``: それぞれ before the cue (AとBはそれぞれCと提携), so the
    subjects are not each other's partners."""
    spec = cue.spec
    if not r.objects and spec.symmetric and spec.coordinated_pairs and r.subjects and not each:
        # AとBは提携した / A、BとCの3者が協定: the subjects are the parties
        listed = {m for s in r.subjects for m in group_of.get(s, [s])} | set(f.partners_before(r.subjects))
        # 大野市長と北斗電機の川口社長が署名: the mayor is no party a company's partner could be
        parties = sorted(m for m in listed if f.fits(m, spec.subject))
        conf = spec.confidence * r.factor * COORDINATED_FACTOR
        rule = f"frame.{cue.key}{r.suffix}.coordinated"
        pairs = mutual_parties(f.sl, parties)
        return [Hit(a, cue.predicate, b, rule, conf, distribute=False) for a, b in pairs]
    objects = r.objects
    if each:
        # AとBはそれぞれCと: A is listed with B, not B's partner
        listed = {m for s in r.subjects for m in group_of.get(s, [s])}
        objects = [o for o in objects if o not in listed] or objects
    pairs = _respective(f.sl, r.subjects, objects) or [(s, o) for s in r.subjects for o in objects]
    hits = [
        Hit(s, cue.predicate, o, f"frame.{cue.key}{r.suffix}", spec.confidence * r.factor)
        for s, o in pairs
        if s != o
    ]
    return [h.reversed() if spec.reverse else h for h in hits]


def _respective(sl: Slotted, subjects: list[int], objects: list[int]) -> list[tuple[int, int]]:
    """AはBと、CはDとそれぞれ提携: subjects and objects written in turns pair up in that order
    (A with B, C with D), not every subject with every object. [] when they are not in turns."""
    if len(subjects) < 2 or len(subjects) != len(objects):
        return []
    written = {i for i, m in enumerate(sl.mentions) if m.sent_index >= 0 and i < len(sl.positions)}
    if not set(subjects) | set(objects) <= written:
        return []
    order = sorted(set(subjects) | set(objects), key=lambda i: sl.positions[i][0])
    turns = [i in subjects for i in order]
    if len(order) != 2 * len(subjects) or turns != [True, False] * len(subjects):
        return []
    return list(zip(order[::2], order[1::2], strict=True))


#: A holder with its stake: «CO#1»が75%, «CO#2»がそれぞれ20%.
STAKE_AFTER = re.compile(r"^が(?:約|各|それぞれ)?[0-9０-９]")


def _holders(sl: Slotted, before: int) -> list[int]:
    """The written company slots before ``before`` followed by a stake (北斗電機が75%、南海化学が
    25%を出資)."""
    return [
        i
        for i, m in enumerate(sl.mentions)
        if m.type == "Company"
        and m.sent_index >= 0
        and sl.positions[i][1] <= before
        and STAKE_AFTER.match(sl.text[sl.positions[i][1] :])
    ]


def _topic_before_holders(f: Clauses, holders: list[int]) -> int | None:
    """南海化学は北斗電機が50%、東邦自動車が50%を出資する: a company topic written right before the
    holders and their stakes is what they hold (not one with a stake of its own or a case between)."""
    first = next((q for q in f.phrases if f.slot(q) in holders), None)
    if first is None or first.index == 0:
        return None
    k = first.index - 1
    while k > 0 and k >= first.index - 3 and _says_what_it_is(f, f.phrases[k]):
        k -= 1  # 三菱ふそうは国内3位で、ダイムラーが89%を出資: a copula clause about the topic between
    topic = f.phrases[k]
    if topic.case.marker != "は" and _says_what_it_is(f, f.phrases[first.index - 1]):
        topic = _theme_of_copula(f, first.index - 1) or topic
    i = f.slot(topic)
    if i is None or i in holders or topic.case.particle or topic.case.marker != "は":
        return None
    return i if f.sl.mentions[i].type == "Company" else None


def _theme_of_copula(f: Clauses, end: int) -> Phrase | None:
    """The theme a longer copula clause ending at phrase ``end`` is about (ソラ・アメリカは、米国シアトルに
    ある北斗電機の連結子会社で、北斗電機が75%を出資: ソラ・アメリカ): the nearest phrase marked は before it,
    with no other subject between."""
    for k in range(end - 1, -1, -1):
        q = f.phrases[k]
        if q.case.marker == "は" and not q.case.particle:
            return q
        if q.case.marker in ("が", "も"):
            return None
    return None


#: Case endings that make a phrase modify the noun after it (Xへの支援, Xとの提携): what reaches the cue
#: only through another's noun (Xへの|Yの進出を|支援) belongs to that noun, unless the cue reads the
#: object of a noun (中国への|装置の輸出規制を|強化: restricts).
ADNOMINAL = frozenset({"への", "に対する", "との", "からの", "での"})
#: A copula clause (国内3位で、 …の老舗であり、): it says what the topic before it is.
COPULA_CLAUSE = re.compile(r"(?:で|であり|であって)、$")


def _says_what_it_is(f: Clauses, q: Phrase) -> bool:
    return f.slot(q) is None and bool(COPULA_CLAUSE.search(f.text[q.start : q.end]))


def _survivor(sl: Slotted) -> int | None:
    """The company the sentence says survives a merger (北斗が存続会社となって / 北斗を存続会社として)."""
    found = SURVIVOR_NAMED.search(sl.text)
    return int(found.group(1)) if found else None


def _unnamed_object(f: Clauses, p: Phrase, spec: CueRule) -> bool:
    """The cue's own object is a noun that names no one (この新会社に北斗電機が40%を出資): what the
    holders put money in is said, only not by name."""
    return any(
        q.case.particle in spec.object_particles
        and q.case.particle != "を"
        and not q.predicate
        and f.noun_slot(q) is None
        and (q.head == p.index or f.reaches(q, p))
        for q in f.phrases[: p.index]
    )


def _stake_target(f: Clauses, p: Phrase, listed: set[int]) -> int | None:
    """新会社はミナトと名付け、北斗電機が75%、南海化学が25%を出資する: what the holders put money
    in, unsaid at the cue — the one other company written before it in the sentence."""
    others = {
        f.slot(q)
        for q in f.phrases
        if q.start < p.start and f.slot(q) is not None and f.slot(q) not in listed
    }
    others = {i for i in others if f.sl.mentions[i].type == "Company"}
    return others.pop() if len(others) == 1 else None


#: 出資比率は折半 / それぞれが50%を出す / 半分ずつ: a stake split evenly between parties left unsaid.
SPLIT = re.compile(r"折半|それぞれ|半分ずつ|[0-9０-９]+[%％]ずつ")


def _split_between_founders(sent: ParsedSentence, sl: Slotted, state: DocumentState, r: Roles) -> None:
    """出資割合は折半で、それぞれが50%を出す, after 北斗電機は南海化学と共同で「ミナト蓄電」を設立した:
    with no company named but the new one (新会社への出資), the founders each hold a stake in the
    new company (in place)."""
    newco = state.new_company
    if (
        newco is None
        or len(state.founders) < 2
        or not SPLIT.search(sent.text)
        or any(m.type == "Company" and m.entity != newco.entity for m in sl.mentions)
        or any(sl.mentions[i].entity != newco.entity for i in r.objects)
        or not _recent_new_company(state, sent, sl, set())
    ):
        return
    r.subjects = [sl.add_virtual(m) for m in state.founders]
    r.objects = r.objects or [sl.add_virtual(newco)]
    r.suffix += ".founders"


def _recent_new_company(state: DocumentState, sent: ParsedSentence, sl: Slotted, listed: set[int]) -> bool:
    """Whether a company introduced as new in the last sentences is not among the stake holders."""
    newco = state.new_company
    return (
        newco is not None
        and sent.index - newco.sent_index <= NEW_COMPANY_REACH
        and newco.entity not in {sl.mentions[i].entity for i in listed}
    )


def _says_no_object(f: Clauses, cue: CompiledCue, p: Phrase) -> bool:
    """The cue has no object, not even one no name stands for (朝霧堂を…子会社化した with 朝霧堂 not
    found), and shares none with the clause before it."""
    said = any(q.head == p.index and q.case.particle in cue.spec.object_particles for q in f.phrases)
    return not said and not _shared_object(f, cue, p)


def _previous_deal_target(f: Clauses, state: DocumentState, spec, p: Phrase) -> int | None:
    """北斗電機は南海化学を買収する。株式の80%を取得し、子会社化する: the company the previous
    sentence's deal was about is the object a deal cue with neither subject nor object leaves unsaid,
    when no company named before the cue could be what it is about instead."""
    target = state.deal_target
    if target is None or state.deal_target_at != state.sentences - 1:
        return None
    if slot_code(target.type) not in spec.object:
        return None
    before = [f.slot(q) for q in f.phrases if q.start < p.start and f.slot(q) is not None]
    if any(f.sl.mentions[i].type == "Company" for i in before):
        return None
    return f.sl.add_virtual(target)


def _topic_object(
    f: Clauses, state: DocumentState, spec, p: Phrase, subjects: list[int], new_company_recent: bool
) -> int | None:
    """ChatGPTは…。日本では、ダイキンや楽天が採用している: the previous sentence's topic is the
    object a frame with subjects and no object leaves unsaid, when it can only be an object
    (a technology for 採用する), or, for a cue that says so, is none of the said subjects of a verb
    (XはN年に設立された。A、Bなどが出資している: X; a company just introduced as new goes before the
    topic); and nothing before the cue could be one."""
    topic = state.previous_topic
    if spec.topic_object_any_kind and p.predicate and new_company_recent:
        topic = state.new_company  # Xは新会社Yを設立する。南海化学も出資する: Y
    if UNNAMED_NEW_COMPANY.search(f.text[: p.start]):
        return None  # 3社で合弁会社を設立し、北斗電機が過半を出資する: the new one, left unnamed
    if _own_shares(f, p):
        return None  # 北斗電機が自己株取得の形で買い取る: its own shares, no one else's
    if topic is None or slot_code(topic.type) not in spec.object:
        return None
    if slot_code(topic.type) in spec.subject and not (
        spec.topic_object_any_kind
        # a verb (出資することになった too), or received: Xは…。Yから出資を受ける: X receives it
        and (p.predicate or VERB_FORM.search(f.text[p.start : p.end]) or f.received(p))
        # 出資 buys into a company; 10兆円を投じる spends on something of one's own
        and EQUITY.search(f.text[p.start : p.content_end])
        and all(f.sl.mentions[i].entity != topic.entity for i in subjects)
        and not _says_unnamed_object(f, spec, p, subjects)
    ):
        return None
    before = [f.slot(q) for q in f.phrases if q.start < p.start and f.slot(q) is not None]
    if any(_fits(f.sl, i, spec.object) for i in before if i not in subjects):
        return None
    return f.sl.add_virtual(topic)


#: A company the sentence founds without naming it (合弁会社を設立し), or a new one it names as the
#: target without a name (新会社に対しては、AとBが出資する): what a stake after it is in.
UNNAMED_NEW_COMPANY = re.compile(
    f"(?:{JOINT_VENTURE_WORD}|新会社|持ち株会社|持株会社)を(?:設立|立ち上げ|新設)"
    "|(?:新会社|統合会社|統合新会社|合併会社|新法人)(?:に対して|に対し|へ|に)(?:は|も)?、"
)
#: A company's own shares bought back (自己株取得, 自社株買い), within this many characters before the cue.
OWN_SHARES = re.compile(r"自己株|自社株")
OWN_SHARES_REACH = 12


def _own_shares(f: Clauses, p: Phrase) -> bool:
    """北斗電機が自己株取得の形で買い取る: the cue ``p`` buys the buyer's own shares back."""
    return bool(OWN_SHARES.search(f.text[max(0, p.start - OWN_SHARES_REACH) : p.content_end]))


#: The rest of a stake the sentence gave before (残りは, 残る30%を): it is the same company's.
REST = re.compile(r"、残り(?:の[^«»。、]{0,8})?(?:は|を)|、残る[0-9０-９]")
#: A cue noun made a verb even where the parse hangs the rest of the sentence on it (出資することに|なった).
VERB_FORM = re.compile(r"(?:出資|資本参加|資本参画)(?:する|した|して)")
#: The cue words of a stake in a company (not money spent: 投資, 投じる).
EQUITY = re.compile("出資|資本参加|資本参画")


def _says_unnamed_object(f: Clauses, spec, p: Phrase, subjects: list[int]) -> bool:
    """同事業にはXも出資していた / 社長は宇宙事業に1000億円を投じる: a phrase in an object case that
    names no one, on the cue or between its subjects and it (where the parse hung it elsewhere)."""
    said = [q.index for q in f.phrases if f.slot(q) in subjects]
    after = max(said, default=p.index)
    return any(
        q.case.particle in spec.object_particles
        and f.slot(q) is None
        and not adverbial(f, q)
        and (q.head == p.index or after < q.index < p.index)
        for q in f.phrases
    )


def _relative_object(f: Clauses, cue: CompiledCue, p: Phrase, r: Roles) -> None:
    """The noun a clause with a subject and no object modifies is its object (in place):
    北斗電機が出資する南海化学 / 南海化学は、北斗電機と東都商事が出資する合弁会社だ / 北斗電機が子会社化を
    発表した南海化学 (the cue a noun a verb of reporting takes); not when the
    clause says an object no name stands for (無人機を使う通信技術「HAPS」: HAPS uses the drones)."""
    if not cue.spec.relative_object:
        return  # Y向けに開発する企業X: only a marked object is one
    said = any(q.head == p.index and q.case.particle in cue.spec.object_particles for q in f.phrases)
    clause = p if p.predicate else _reported_act(f, p)
    if r.subjects and not r.objects and clause is not None and not said:
        head = f.relative_noun(clause)
        if head is not None and head not in r.subjects and f.fits(head, cue.spec.object):
            r.objects, r.suffix = [head], r.suffix + ".relative"


def _reported_act(f: Clauses, p: Phrase) -> Phrase | None:
    """北斗電機が子会社化を発表した南海化学: the verb of reporting a nominal cue ``p`` is the object of
    (its clause is the cue's), else None."""
    if p.case.particle != "を" or p.head < 0:
        return None
    verb = f.phrases[p.head]
    reports = grammar().reporting.match(f.text[verb.start : verb.content_end])
    return verb if verb.predicate and reports else None


def _missing_subject(
    f: Clauses,
    sent: ParsedSentence,
    cue: CompiledCue,
    p: Phrase,
    objects: list[int],
    state: DocumentState,
    suffix: str,
    group_of: dict[int, list[int]],
) -> tuple[list[int], str, float, list[int]]:
    """The relative clause's noun (with the names listed after it: 南海化学に出資する北斗電機と
    東邦自動車は), the governing clause's subject, or the previous topic."""
    spec, sl = cue.spec, f.sl
    if p.passive and p.predicate and 0 <= p.head and f.phrases[p.head].start > p.start:
        return [], suffix, 1.0, objects  # 回路形成に用いられる「フォトレジスト」: used by someone unsaid
    if p.predicate and 0 <= p.head and f.phrases[p.head].start > p.start:
        head = f.noun_slot(f.phrases[p.head])
        if head is None:
            head = described_slot(f, f.phrases[p.head])  # …を買収したネット証券大手ミナトグループ
        # not AはBと共同出資するCを通じて: C is what they made together, no subject
        made = _cue_holds(f, p, spec.made_together)
        if (
            head is not None
            and head not in objects
            and objects
            and _fits(sl, head, spec.subject)
            and not made
        ):
            if spec.relative_past_only and not _past(p):
                return [], suffix, 1.0, objects  # 北斗運輸を中核子会社とするソラHD: a holding, no deal
            return members(group_of, head, first=True), suffix + ".relative", 1.0, objects
        other = head is not None and head not in objects and objects and not made
        if other and not _fits(sl, head, spec.object):
            # 蓄電池の生産を進める国: the clause's subject is the body it describes, none the cue takes
            return [], suffix, 1.0, objects
        if head is not None and not objects and spec.relative_head_object and _fits(sl, head, spec.object):
            # 本社のあるアメリカ・サンフランシスコ: the place the clause describes
            subject = f.governing_subject(p, spec.subject)
            if subject is not None:
                return [subject], suffix + ".relative", 1.0, [head]
    verb = f.phrases[p.head] if not p.predicate and p.case.particle == "を" and 0 <= p.head else None
    if verb is not None and verb.predicate and verb.index < verb.head and objects:
        # 蓄電池の生産を進める国 / 電池の生産を進める北斗電機: a nominal cue, the object of a clause that
        # describes the noun after it: that noun is the clause's subject (none when the cue takes no such)
        head = f.noun_slot(f.phrases[verb.head])
        if head is not None and head not in objects:
            if _fits(sl, head, spec.subject):
                return members(group_of, head, first=True), suffix + ".relative", 1.0, objects
            return [], suffix, 1.0, objects
    if f.nominalised(p) or describes_an_agent(f, p):
        # 〜を使うことを禁止 / 風力発電を手がける子会社: the clause's subject is not the sentence's
        return [], suffix, 1.0, objects
    own = _own_subject_hung_elsewhere(f, p)
    if own is not None and (own in objects or f.fits(own, spec.subject)):
        # 残る54%は南海化学が自己株として取得する: the clause's own subject, not the topic (none when it
        # is the cue's object too; one of another kind, a person's or a place's, is none of the cue's)
        subjects = [] if own in objects else [own]
        return subjects, suffix + (".own_subject" if subjects else ""), 1.0, objects
    # 東邦銀行は北斗証券を売却し、南海化学株を取得した: the topic of a clause joined before the cue
    inherited = f.governing_subjects(p, spec.subject) or [i for i in _topics(f, p) if f.fits(i, spec.subject)]
    inherited = inherited or _topic_after_clause(f, p, spec.subject)
    inherited = [i for i in inherited if i not in objects]  # Bも…組み入れた: B is acted on, not who acts
    if inherited:
        return inherited, suffix + ".inherited", INHERITED_FACTOR, objects
    focus = _cleft_focus(f, p)
    if focus is not None and focus not in objects and f.fits(focus, spec.subject):
        return [focus], suffix + ".cleft_focus", INHERITED_FACTOR, objects
    topic, how = state.previous_topic, ".carried"
    if topic is None and spec.main_company_subject and state.main_company is not None and theme(sl) is None:
        # …参入のきっかけは、X社の買収だった。22年2月にY社を傘下に収めた: no company was the topic of the
        # sentence before, the article's company is the one who acts (not when this sentence has a
        # topic of its own: Xの買収を巡り、Yは反対を表明した)
        topic, how = state.main_company, ".main_company"
    newco = state.new_company
    if spec.new_company_subject and newco is not None and newco.sent_index == sent.index - 1:
        topic, how = newco, ".new_company"  # 北斗電機はミナト蓄電を設立した。本社を名古屋市に置く
    if (
        objects
        and spec.carried_subject
        and topic is not None
        and slot_code(topic.type) in spec.subject
        and not has_marked_topic(sl, _slot_text_position(sl, p, sent), _relative_clause_subjects(f, p))
        and not _maker_said(cue, sl, objects)
    ):
        carried = state.previous_topics if how == ".carried" and topic in state.previous_topics else (topic,)
        return [sl.add_virtual(m) for m in carried], suffix + how, CARRIED_FACTOR, objects
    return [], suffix, 1.0, objects


def _past(p: Phrase) -> bool:
    """A predicate in the past (収めた, 子会社とした, 買収していた)."""
    return p.function.rstrip("、。 　").endswith(("た", "だ"))


def _own_subject_hung_elsewhere(f: Clauses, p: Phrase) -> int | None:
    """A name marked が after the last clause joined before the cue with a comma (…を譲り、), which the
    parse hung on a phrase of the cue's own clause (南海化学が|自己株として|取得する) or on a clause joined
    to it with て (北斗HDが株式を取得して|子会社にする): the cue's own subject, so no other is inherited
    (not one inside a clause that describes a noun: Aが出資するBを買収)."""
    joined = [c.index for c in f.children(p) if c.index < p.index and _joins_clause(c)]
    for q in f.phrases[max(joined, default=-1) + 1 : p.index]:
        slot = f.slot(q)
        if q.case.particle == "が" and slot is not None and _reaches_through_clauses(f, q, p):
            return slot
    return None


def _joins_clause(c: Phrase) -> bool:
    """A clause joined before another with a comma (…を譲り、), whose subject may be another's (one
    joined with て, …を実施して取得する, shares the cue's)."""
    return c.predicate and c.function.endswith("、")


def _reaches_through_clauses(f: Clauses, q: Phrase, p: Phrase) -> bool:
    """Whether ``q``'s chain of heads reaches ``p`` through phrases that are no clause describing a
    noun: each predicate on the way is joined to the next (…して, …として), whatever the parse hung
    it on (Xが手がける半導体を使う: 手がける describes 半導体)."""
    while 0 <= q.head != p.index:
        if q.predicate and not q.function.endswith(JOINED_ENDINGS):
            return False
        q = f.phrases[q.head]
    return q.head == p.index and not (q.predicate and not q.function.endswith(JOINED_ENDINGS))


#: How a clause joined to the next one ends (…して, …し、, …として): not one that describes a noun.
JOINED_ENDINGS = ("て", "で", "し", "、", "として")


#: What opens a cleft's focus (…のは), a name's (新会社の名称は「X」で、…拠点を置く) or one of several cases
#: (もう1件は北斗電機で、…を買収する).
FOCUS_OPENS = re.compile(
    r"(?:のは|(?:名称|社名|名前|商号)は|(?:[0-9０-９一二三四五六七八九十]+|もう[0-9０-９一]?)(?:件目?|つ目|社目)は)$"
)
#: The same word inside the phrase that holds the name (the parse may join 名称は「X」で、 as one).
NAME_GIVEN_IN_PHRASE = re.compile(r"^[^「『]*?(?:名称|社名|名前|商号)は、?[「『]")


def _cleft_focus(f: Clauses, p: Phrase) -> int | None:
    """存続させるのは南海観光で、本社を阿南市に置く: the name a cleft focuses on (…のはXで、) before the
    cue's clause is its subject, not the topic of the sentence before; so is a name given as a
    company's (合弁会社の名称は「X」で、上海に拠点を置く)."""
    focus = None
    for q in f.phrases[: p.index]:
        slot = f.slot(q)
        before, own = f.text[: q.start].rstrip("、 「『"), f.text[q.start : q.end]
        opened = FOCUS_OPENS.search(before) is not None or NAME_GIVEN_IN_PHRASE.match(own) is not None
        ends = q.function.lstrip(")）」』").startswith("で") and q.function.endswith("、")
        if slot is not None and opened and ends:
            focus = slot
    return focus


def _maker_said(cue: CompiledCue, sl: Slotted, objects: list[int]) -> bool:
    """A product whose maker is written before it (北斗製スマートフォンの発売): no one else made it."""
    return (cue.spec.predicate or cue.key) == "develops" and any(
        MAKER_SAID.search(sl.text[: sl.positions[i][0]]) for i in objects if sl.written(i)
    )


def _relative_clause_subjects(f: Clauses, p: Phrase) -> frozenset[int]:
    """The slots that are subjects of a relative clause ``p`` is not in (南海化学が実施する増資を
    引き受け、同社に出資, 南海化学が出資するソラ工業を買収する; not Aが Bとの合弁で開発した車を: the cue
    合弁 is in A's clause)."""
    found = set()
    for c in f.phrases:
        i = f.slot(c)
        if c.case.particle == "が" and i is not None:
            verb = relative_verb_between(f, c) or relative_verb_above(f, c)
            if verb is not None and verb.index < p.index:
                found.add(i)
    return frozenset(found)


def _slot_text_position(sl: Slotted, p: Phrase, sent: ParsedSentence) -> int:
    """Where phrase ``p`` begins in the slotted text (slots are longer or shorter than names)."""
    shift = 0
    for i, (s, e) in enumerate(sl.positions):
        m = sl.mentions[i]
        if m.sent_index < 0 or m.start < sent.start:
            continue
        ms, me = m.start - sent.start, m.end - sent.start
        if me <= p.start:
            shift += (e - s) - (me - ms)
    return p.start + shift
