"""Case frames on the dependency parse: who did what to whom, read from the phrases around a cue.

For every phrase whose content holds a cue word of ``relations.yaml`` (出資, 提携, 買収…),
the frame collects the phrases that depend on it and reads their case:

- subject: が, or a bare topic は/も (and every が-marked name of a list whose phrases run
  into the cue: XにはYが約50%、Zが約27%出資);
- object: the cue's ``object_particles`` (を, に, と, への…); の only on a nominal cue
  (Xの買収);
- agent: による / によって / により — the subject of a nominal cue or of a passive one.

A frame without a subject takes, in this order, the noun its clause modifies (Xに出資する
Y: Y), the subject of the clause it belongs to (Aは…Bを買収すると発表した: A), or the previous
sentence's topic when nothing in this sentence is marked は/が. A slot that ends a
coordination stands for every member (:func:`kg.relations.slots.members`). Rule ids:
``frame.<cue>`` with ``.relative``, ``.inherited``, ``.carried``, ``.passive``,
``.coordinated`` for the less direct readings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import ParsedSentence
from kg.relations.arguments import has_marked_topic
from kg.relations.cues import URGED
from kg.relations.hits import Hit
from kg.relations.phrases import Phrase, build_phrases, phrase_slots, slot_spans
from kg.relations.ruleset import CompiledCue, cue_rules
from kg.relations.slots import Slotted, slot_code
from kg.relations.state import DocumentState

SUBJECT_PARTICLES = ("が",)
#: Light verbs: with a cue noun as object, the noun is the predicate (命令を下す, 提携を結ぶ).
LIGHT_VERBS = frozenset(
    {
        "行う",
        "下す",
        "出す",
        "課す",
        "科す",
        "発動",
        "実施",
        "結ぶ",
        "締結",
        "交わす",
        "進める",
        "決める",
        "決定",
        "始める",
        "開始",
        "強化",
        "拡大",
        "加速",
        "図る",
        "打ち出す",
        "表明",
        "検討",
        "目指す",
    }
)
#: Verbs that make a cue noun something received: its giver is the subject.
RECEIVING = frozenset({"受ける", "受け入れる", "得る", "仰ぐ"})
CONNECTIVE = re.compile(r"^(?:さらに|および|及び|並びに|そして|また)、?$")
LIKEWISE = re.compile(r"^(?:同じ|同様)")
#: A number and a counter: the noun that sums up a list (3社, 2都市, 42か国).
COUNTED = re.compile(
    r"^[0-9０-９一二三四五六七八九十両]+(?:都市|カ国|か国|ヶ国|国|社|市|県|町|団体|機関|行|者|グループ)$"
)
#: Cases of the members of such a list: A、 / Aや / Aと / (the last) Aの.
LIST_CASES = ("", "や", "と", "の")
#: Cases of a name that describes the noun after it: Xの製品, Xといった製品, Xなどの製品.
DESCRIBING = ("の", "といった", "のような", "など")
AGENT_PARTICLES = ("による", "によって", "により")
#: Nouns that turn a clause into a thing (使うこと, 採用するよう): the clause's subject is unsaid.
NOMINALISER = re.compile(r"^(?:こと|よう|ため|の|もの)$")
#: AはBとともに / Bと共に / Bと一緒に: acting together.
TOGETHER = re.compile(r"^と(?:とも|共)に|^と一緒に")
TOGETHER_WORD = re.compile(r"^(?:とも|共|一緒)に")
TOGETHER_CLASSES = ["CO", "ORG", "GOV"]
TOGETHER_CONFIDENCE = 0.6
INHERITED_FACTOR = 0.9
CARRIED_FACTOR = 0.7
COORDINATED_FACTOR = 0.9


@dataclass
class SentenceFrames:
    """The phrases of one sentence and the slot each phrase is about."""

    sl: Slotted
    phrases: list[Phrase]
    slot_of: dict[int, int]  # phrase index -> slot index
    text: str  # the sentence
    tokens: tuple = ()  # the sentence's words

    def children(self, p: Phrase) -> list[Phrase]:
        return [q for q in self.phrases if q.head == p.index]

    def reaches(self, q: Phrase, p: Phrase) -> bool:
        """Whether ``q``'s chain of heads runs into ``p`` through phrases that are not predicates."""
        seen = 0
        while q.head >= 0 and seen < len(self.phrases):
            seen += 1
            if q.head == p.index:
                return True
            q = self.phrases[q.head]
            if q.predicate:
                return False
        return False

    def ancestors(self, p: Phrase) -> list[int]:
        out, seen = [], 0
        while p.head >= 0 and seen < len(self.phrases):
            seen += 1
            out.append(p.head)
            p = self.phrases[p.head]
        return out

    def overreaches(self, q: Phrase, p: Phrase) -> bool:
        """A parse that attached ``q`` past the cue to a predicate above it, when everything between
        ``q`` and the cue belongs to the cue (日本法人へ、助成金を交付すると公表: へ goes with 交付)."""
        if q.head not in self.ancestors(p):
            return False
        between = [r for r in self.phrases if q.index < r.index < p.index]
        return all(p.index in self.ancestors(r) for r in between)

    def nominalised(self, p: Phrase) -> bool:
        """Whether ``p``'s clause is made a noun (使うこと, 採用するよう, 買収するため) before it
        joins the sentence: its subject is then not the sentence's."""
        head = self.phrases[p.head] if p.head >= 0 else None
        if head is None or not p.predicate:
            return False
        return bool(NOMINALISER.match(self.text[head.start : head.content_end]))

    def slot(self, p: Phrase) -> int | None:
        return self.slot_of.get(p.index)

    def relative_noun(self, p: Phrase) -> int | None:
        """The slot of the noun ``p``'s clause modifies, when it comes right after (Xが出資するY);
        for a noun that is a copula's predicate (AはXが出資する合弁会社だ) the copula's topic."""
        if p.head < 0 or p.head != p.index + 1 or self.phrases[p.head].start <= p.start:
            return None
        head = self.phrases[p.head]
        slot = self.noun_slot(head)
        if slot is None and head.predicate:
            for c in self.children(head):
                if c.start < p.start and c.case.particle == "" and c.case.marker == "は":
                    return self.slot(c)
        return slot

    def head_lemma(self, p: Phrase) -> str:
        """The dictionary form of the word heading the phrase ``p`` depends on, when ``p`` is its
        object (出資を受ける: 受ける); empty otherwise."""
        if p.head < 0 or p.case.particle != "を":
            return ""
        head = self.phrases[p.head]
        words = [t for t in self.tokens[head.first : head.last] if t.end <= head.content_end]
        return words[-1].lemma if words else ""

    def received(self, p: Phrase) -> bool:
        """``p`` is a noun received (出資を受ける, 支援を受け入れる, 制裁を受けた)."""
        return self.head_lemma(p) in RECEIVING

    def partners_before(self, subjects: list[int]) -> list[int]:
        """AとBが提携: the と-names right before a subject's phrase are parties too, whatever
        their type (日立製作所と日立市が協定を締結)."""
        out = []
        for p in self.phrases:
            if self.slot(p) not in subjects:
                continue
            k = p.index - 1
            while k >= 0 and self.phrases[k].case.particle == "と" and self.slot(self.phrases[k]) is not None:
                out.append(self.slot(self.phrases[k]))
                k -= 1
        return out

    def likewise(self, q: Phrase) -> bool:
        """``q`` is the と of 「Xと同じように」 / 「Xと同様に」: X does what the clause says too."""
        if q.case.particle != "と" or q.index + 1 >= len(self.phrases):
            return False
        nxt = self.phrases[q.index + 1]
        return bool(LIKEWISE.match(self.text[nxt.start : nxt.end]))

    def noun_slots(self, p: Phrase) -> list[int]:
        """The slots a phrase stands for: its own or described one, or, for a counted noun after a
        list (A、B、Cの3社 / X・Y、Z・Wの2都市), every name of the list."""
        one = self.noun_slot(p)
        if not COUNTED.match(self.text[p.start : p.content_end]):
            return [one] if one is not None else []
        out = []
        k = p.index - 1
        while k >= 0:
            q = self.phrases[k]
            k -= 1
            if CONNECTIVE.match(self.text[q.start : q.end]):
                continue  # A、さらにB / A、およびB
            i = self.slot(q)
            if i is None or q.case.particle not in LIST_CASES:
                break
            out.insert(0, i)
        return out or ([one] if one is not None else [])

    def noun_slot(self, p: Phrase) -> int | None:
        """The phrase's own slot, else that of the name its noun describes: 「Starlink」の通信衛星,
        北斗電機の日本法人, 次世代メモリといった製品 (the nearest such name before it)."""
        own = self.slot(p)
        if own is not None:
            return own
        for q in reversed(self.children(p)):
            if q.case.particle in DESCRIBING and self.slot(q) is not None:
                return self.slot(q)
        return None


def _is_subject(p: Phrase) -> bool:
    return p.case.particle in SUBJECT_PARTICLES or (p.case.particle == "" and p.case.marker in ("は", "も"))


def _fits(sl: Slotted, i: int | None, classes: list[str]) -> bool:
    return i is not None and sl.fits(i, classes)


def frame_hits(
    sent: ParsedSentence, sl: Slotted, group_of: dict[int, list[int]], state: DocumentState
) -> list[Hit]:
    """Every cue frame of the sentence."""
    phrases = build_phrases(sent)
    if not phrases:
        return []
    f = SentenceFrames(
        sl, phrases, phrase_slots(phrases, slot_spans(sl, sent.start), sent.text), sent.text, sent.tokens
    )
    found: list[Hit] = []
    for cue in cue_rules():
        for p in phrases:
            previous = phrases[p.index - 1] if p.index else None
            if _is_cue(sent, p, cue, previous) and not URGED.match(sent.text[p.content_end :]):
                found.extend(_frame(f, sent, cue, p, group_of, state))
    found.extend(_together(f))
    return found


def _together(f: SentenceFrames) -> list[Hit]:
    """AはBとともに〜した: whoever acts together with B is B's partner, whatever the act."""
    hits = []
    for q in f.phrases:
        if q.case.particle != "と" or q.head < 0:
            continue
        head = f.phrases[q.head]
        if not TOGETHER.search(q.function):
            # 南海化学と / ともに: the adverb may be a phrase of its own
            if (
                head.index != q.index + 1
                or not TOGETHER_WORD.match(f.text[head.start : head.end])
                or head.head < 0
            ):
                continue
            head = f.phrases[head.head]
        partner = f.noun_slot(q)
        subject = _subject_of(f, head, TOGETHER_CLASSES, before=q)
        if (
            partner is not None
            and subject is not None
            and partner != subject
            and _fits(f.sl, partner, TOGETHER_CLASSES)
        ):
            hits.append(Hit(subject, "partnersWith", partner, "frame.together", TOGETHER_CONFIDENCE))
    return hits


def _subject_of(f: SentenceFrames, p: Phrase, classes: list[str], before: Phrase) -> int | None:
    """``p``'s own subject (a が/は child before ``before``), else the governing one."""
    for c in f.children(p):
        if c.start < before.start and _is_subject(c) and _fits(f.sl, f.slot(c), classes):
            return f.slot(c)
    return _governing_subject(f, p, classes)


def _is_cue(sent: ParsedSentence, p: Phrase, cue: CompiledCue, previous: Phrase | None) -> bool:
    """The phrase's content holds one of the cue's words (a cue of two words may begin in the phrase
    before: 本社を / 置く), or its head word is one of its lemmas."""
    start = previous.start if previous is not None else p.start
    for m in cue.regex.finditer(sent.text[start : p.content_end]):
        if m.end() > p.start - start:
            return True
    words = [t for t in sent.tokens[p.first : p.last] if t.end <= p.content_end]
    return bool(words) and words[-1].lemma in cue.spec.lemmas


def _frame(
    f: SentenceFrames,
    sent: ParsedSentence,
    cue: CompiledCue,
    p: Phrase,
    group_of: dict[int, list[int]],
    state: DocumentState,
) -> list[Hit]:
    spec, sl = cue.spec, f.sl
    subjects, objects, agents, passive_agents, givers = [], [], [], [], []
    nominal = not p.predicate
    receiving = nominal and f.received(p)
    # 命令を下す, 制裁を科す, 提携を結ぶ: a light verb's arguments are its noun's
    light = nominal and f.head_lemma(p) in LIGHT_VERBS
    for q in f.phrases:
        if q.index == p.index or q.start > p.start:
            continue
        if (
            receiving
            and q.case.particle == "から"
            and (q.head == p.head or f.reaches(q, p) or f.reaches(q, f.phrases[p.head]))
        ):
            givers.extend(f.noun_slots(q))  # 北斗電機は南海化学から出資を受ける
            continue
        if f.likewise(q) and p.index in f.ancestors(q):
            subjects.extend(f.noun_slots(q))  # SKも、キオクシアやWDと同じように製造: they make it too
            continue
        direct = q.head == p.index or ((receiving or light) and q.head == p.head)
        if not direct and not (
            q.case.particle != "の" and (f.reaches(q, p) or (not _is_subject(q) and f.overreaches(q, p)))
        ):
            continue
        case = q.case
        for i in f.noun_slots(q):
            if case.particle in spec.passive_agent_particles:
                passive_agents.append(i)
            if case.particle in AGENT_PARTICLES:
                agents.append(i)
            elif _is_subject(q):
                # a topic may be the object: «ChatGPT»は…ダイキンなどが採用している
                if case.particle == "" and _fits(sl, i, spec.object) and not _fits(sl, i, spec.subject):
                    objects.append(i)
                else:
                    subjects.append(i)
            elif case.particle in spec.object_particles and (case.particle != "の" or nominal):
                objects.append(i)
    if p.negated:
        return []  # NTTドコモはスペースXとは組まず: no relation
    suffix = ""
    if receiving:
        # 出資を受ける / 支援を受け入れる: the giver (から, の) acts on the receiver (は, が)
        givers += [i for i in objects if sl.mentions[i].type != "Technology"]
        receivers = subjects or [r for r in [_governing_subject(f, p, spec.object)] if r is not None]
        subjects, objects, suffix = givers + agents, receivers, ".received"
        agents = []
    if p.passive and spec.detect_passive:
        if not spec.passive_swaps_roles:
            return []
        subjects, objects, suffix = passive_agents, subjects, ".passive"
    elif agents and nominal:
        subjects = agents + subjects
    subjects = [i for i in subjects if _fits(sl, i, spec.subject)]
    objects = [i for i in objects if _fits(sl, i, spec.object)]
    factor = 1.0
    if subjects and not objects and p.predicate:
        # 北斗電機が出資する南海化学 / 南海化学は、北斗電機と東都商事が出資する合弁会社だ
        head = f.relative_noun(p)
        if head is not None and head not in subjects and _fits(sl, head, spec.object):
            objects, suffix = [head], suffix + ".relative"
    if not subjects:
        subjects, suffix, factor, objects = _missing_subject(f, sent, cue, p, objects, state, suffix)
    hits = []
    if not objects and spec.symmetric and spec.coordinated_pairs and subjects:
        # AとBは提携した / A、BとCの3者が協定: the subjects are the parties
        parties = sorted(
            {m for s in subjects for m in group_of.get(s, [s])} | set(f.partners_before(subjects))
        )
        conf = spec.confidence * factor * COORDINATED_FACTOR
        return [
            Hit(a, cue.predicate, b, f"frame.{cue.key}{suffix}.coordinated", conf)
            for a in parties
            for b in parties
            if a < b
        ]
    for s in subjects:
        for o in objects:
            if s != o:
                hits.append(Hit(s, cue.predicate, o, f"frame.{cue.key}{suffix}", spec.confidence * factor))
    return [h.reversed() if spec.reverse else h for h in hits]


def _missing_subject(
    f: SentenceFrames,
    sent: ParsedSentence,
    cue: CompiledCue,
    p: Phrase,
    objects: list[int],
    state: DocumentState,
    suffix: str,
) -> tuple[list[int], str, float, list[int]]:
    """The relative clause's noun, the governing clause's subject, or the previous topic."""
    spec, sl = cue.spec, f.sl
    if p.predicate and 0 <= p.head and f.phrases[p.head].start > p.start:
        head = f.noun_slot(f.phrases[p.head])
        if head is not None and head not in objects and objects and _fits(sl, head, spec.subject):
            return [head], suffix + ".relative", 1.0, objects
        if head is not None and not objects and spec.relative_head_object and _fits(sl, head, spec.object):
            # 本社のあるアメリカ・サンフランシスコ: the place the clause describes
            subject = _governing_subject(f, p, spec.subject)
            if subject is not None:
                return [subject], suffix + ".relative", 1.0, [head]
    if f.nominalised(p):
        return [], suffix, 1.0, objects  # 〜を使うことを禁止: whose action it is, the clause does not say
    inherited = _governing_subjects(f, p, spec.subject)
    if inherited:
        return inherited, suffix + ".inherited", INHERITED_FACTOR, objects
    topic = state.previous_topic
    if (
        objects
        and topic is not None
        and slot_code(topic.type) in spec.subject
        and not has_marked_topic(sl, _slot_text_position(sl, p, sent))
    ):
        return [sl.add_virtual(topic)], suffix + ".carried", CARRIED_FACTOR, objects
    return [], suffix, 1.0, objects


def _governing_subject(f: SentenceFrames, p: Phrase, classes: list[str]) -> int | None:
    """The first of :func:`_governing_subjects`."""
    found = _governing_subjects(f, p, classes)
    return found[0] if found else None


def _governing_subjects(f: SentenceFrames, p: Phrase, classes: list[str]) -> list[int]:
    """The subject of the nearest clause above ``p`` that has one (its topic は, or が; every name
    of a counted list: A、BとCの3者が), else the sentence's topic: a は/も phrase before ``p`` in
    any clause that runs into ``p``'s clause (XもYを開発しており、Zと提携している: X)."""
    seen = 0
    q = p
    chain = [p.index]
    while q.head >= 0 and seen < len(f.phrases):
        seen += 1
        q = f.phrases[q.head]
        chain.append(q.index)
        for c in f.children(q):
            if c.start < p.start and _is_subject(c):
                found = [i for i in f.noun_slots(c) if _fits(f.sl, i, classes)]
                if found:
                    return found
    for c in f.phrases:
        if c.start < p.start and c.case.particle == "" and c.case.marker in ("は", "も"):
            i = f.slot(c)
            if _fits(f.sl, i, classes) and _runs_into(f, c, set(chain)):
                return [i]
    return []


def _runs_into(f: SentenceFrames, q: Phrase, targets: set[int]) -> bool:
    seen = 0
    while q.head >= 0 and seen < len(f.phrases):
        seen += 1
        if q.head in targets:
            return True
        q = f.phrases[q.head]
    return False


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
