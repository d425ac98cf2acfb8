"""The mention finder: sources → filters → overlap policy → context → :class:`kg.model.Mention`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from kg.lexicon import Lexicon
from kg.mentions.candidate import Candidate
from kg.mentions.context import ContextReader
from kg.mentions.coordination import coordinated
from kg.mentions.nationality import Nationality
from kg.mentions.overlap import OverlapPolicy, people_then_longest
from kg.mentions.places import (
    PlaceWordSource,
    as_site,
    in_event_name,
    in_venue_name,
    is_venue,
    split_addresses,
    wards_with_their_cities,
)
from kg.mentions.ruledata import DESCRIBES_COMPANY, LISTING_GLOSS, title_regex
from kg.mentions.sources import Source
from kg.mentions.sources.deals import DealPartySource
from kg.mentions.sources.known import DECLARED_ALIAS, SHORT_FORM, KnownName, KnownNameSource, known_names
from kg.mentions.sources.lexicon import LexiconSource
from kg.mentions.sources.listed import JP_CODE, ListedNameSource
from kg.mentions.sources.made import MadeThingSource
from kg.mentions.sources.ner import NerSource
from kg.mentions.sources.patterns import (
    AnaphorSource,
    CountryPairSource,
    GovernmentSource,
    ListSource,
    PatternSource,
    PrefixedNameSource,
)
from kg.mentions.sources.persons import PersonContextSource, PersonSource
from kg.model import Mention, ParsedDocument, ParsedSentence

JAPANESE = re.compile(r"[ぁ-ゖァ-ヺ一-龥々]")


def mostly_japanese(text: str) -> bool:
    """A Japanese sentence (a URL or a Latin name in it does not count against it)."""
    japanese = len(JAPANESE.findall(text))
    letters = sum(1 for c in text if c.isalpha())
    return japanese >= 10 or (letters > 0 and japanese >= 0.3 * letters)


#: A description or a post, then a middle dot, before an organisation's name (トップメーカー・大洋電機,
#: 大手芸能事務所・JYPエンターテインメント, 米ファンド・ソラキャピタル, 乳製品卸・ミナト, トモニHD会長・
#: 徳島銀, 中国法人・北斗中国投資有限公司, 老舗百貨店・北斗屋), or the word for its present or former name
#: (現・近鉄GHD).
DESCRIPTOR_DOT = re.compile(
    r"^(?:[^・]*?(?:大手|メーカー|事務所|会社|企業|ファンド|卸|商社|チェーン|百貨店|スーパー|ゼネコン|法人|会長|社長|頭取"
    r"|理事長|CEO)|現|旧)・"
    r"(?=[一-龥々ァ-ヴA-Za-zＡ-Ｚ])"
)


def after_descriptor(c: Candidate) -> Candidate:
    """An organisation's candidate without the description or post a middle dot joined to its front."""
    m = DESCRIPTOR_DOT.match(c.name) if c.type in ("Company", "Organization") else None
    if m is None or c.end - c.start != len(c.name):
        return c  # no such front, or a name that is not the span's text
    return replace(c, start=c.start + m.end(), name=c.name[m.end() :])


#: What a pattern's organisation name may run on into, which is no part of it: an officer's post
#: (持ち株会社のミナトFG社長に…) or, after a Latin or katakana name, the word for its shares (鉄鋼メーカー
#: VIS株を買い増し); the name ends before it.
RUN_ON_TAIL = re.compile(
    r"(?<=..)(?:代表取締役)?(?:副社長|社長|会長|頭取|CEO|COO|CFO|専務|常務|取締役)$|(?<=[A-Za-zＡ-Ｚａ-ｚァ-ヴー])株$"
)


def without_run_on_tail(c: Candidate) -> Candidate:
    """An organisation's candidate without the post or the 株 its pattern ran on into."""
    pattern_org = c.type in ("Company", "Organization") and c.source == "pattern"
    m = RUN_ON_TAIL.search(c.name) if pattern_org else None
    if m is None or c.end - c.start != len(c.name):
        return c
    return replace(c, end=c.end - (len(c.name) - m.start()), name=c.name[: m.start()])


class MentionFinder:
    """Applies the strong sources, then the weak (NER) one, and settles overlaps with ``overlap``.

    Build one per lexicon with :meth:`for_lexicon`: the sources compile regexes from
    thousands of names.
    """

    def __init__(self, lexicon: Lexicon, overlap: OverlapPolicy = people_then_longest) -> None:
        self.lex = lexicon
        self.overlap = overlap
        nationality = Nationality(lexicon)
        self.strong: tuple[Source, ...] = (
            LexiconSource(lexicon, nationality),
            PatternSource(lexicon, nationality),
            GovernmentSource(nationality),
            AnaphorSource(),
            PersonSource(lexicon, nationality),
            PersonContextSource(lexicon),
            PrefixedNameSource(nationality),
            CountryPairSource(nationality),
            ListSource(),
            PlaceWordSource(),
        )
        self.weak: tuple[Source, ...] = (NerSource(lexicon), DealPartySource(), MadeThingSource())
        self.context = ContextReader(nationality)

    @classmethod
    def for_lexicon(cls, lexicon: Lexicon) -> MentionFinder:
        """The finder of ``lexicon`` (with the default policy), built once and kept in ``lexicon.cache``."""
        cached = lexicon.cache.get("finder")
        if not isinstance(cached, cls):
            cached = lexicon.cache["finder"] = cls(lexicon)
        return cached

    def sentence_mentions(
        self, doc_id: str, sent: ParsedSentence, extra: Iterable[Source] = ()
    ) -> list[Mention]:
        """Mentions of one sentence; ``extra`` sources (names known from the document) join the strong."""
        text = sent.text
        if not mostly_japanese(text):
            # English bylines and author bios: the rules are written for Japanese
            return []
        strong = [c for source in self.strong for c in source.candidates(sent)]
        known = [c for source in extra for c in source.candidates(sent)]
        strong = _document_names_first(strong, known) + known
        strong = [without_run_on_tail(after_descriptor(c)) for c in split_addresses(strong)]
        strong = self._drop_inside_words(text, [as_site(c) for c in strong])
        weak = [after_descriptor(c) for source in self.weak for c in source.candidates(sent)]
        weak = [
            as_site(c)
            for c in split_addresses(weak)
            if not _in_name_of_event_or_venue(text, c) and not is_venue(c, text)
        ]
        strong, weak = outside_listings(text, strong), outside_listings(text, weak)
        chosen = self.context.attach(text, coordinated(text, self.overlap(strong, weak, text), sent.tokens))
        chosen = wards_with_their_cities(chosen)
        return [_mention(doc_id, sent, c) for c in chosen]

    @staticmethod
    def _drop_inside_words(text: str, strong: list[Candidate]) -> list[Candidate]:
        # EV大手, 半導体設計会社, AI部門: a technology word that describes a company is not a mention
        strong = [c for c in strong if c.type != "Technology" or not DESCRIBES_COMPANY.match(text, c.end)]
        # G7広島サミット, 東京五輪, 「札幌プリンスホテル」: a place inside an event's or a venue's name
        strong = [c for c in strong if not _in_name_of_event_or_venue(text, c) and not is_venue(c, text)]
        # a word inside a title (主任AI, 最高AI責任者) is part of the title, never an entity
        titles = [(m.start(), m.end()) for m in title_regex().finditer(text) if m.end() - m.start() > 2]
        return [
            c for c in strong if c.type == "Person" or not any(a <= c.start and c.end <= b for a, b in titles)
        ]

    def find(self, parsed: ParsedDocument) -> list[Mention]:
        """Two passes: the second finds again, anywhere in the document, names the first found."""
        doc_id = parsed.document.id
        codes = [pos for pos, ticker in parsed.document.tickers if JP_CODE.fullmatch(ticker)]
        listed = (ListedNameSource(codes),)
        first = [m for sent in parsed.sentences for m in self.sentence_mentions(doc_id, sent, listed)]
        known: Mapping[str, KnownName] = {
            form: k
            for form, k in known_names(first).items()
            if not (k.latin_prefix and self.lex.lookup(form))  # NTT is no short form of NTTドコモ
        }
        if not known:
            return first
        deal_parties = frozenset((m.start, m.end) for m in first if m.source == "deal")
        again = (KnownNameSource(known, deal_parties), *listed)
        return [m for sent in parsed.sentences for m in self.sentence_mentions(doc_id, sent, again)]


def _in_name_of_event_or_venue(text: str, c: Candidate) -> bool:
    return in_event_name(text, c) or in_venue_name(text, c)


def outside_listings(text: str, cands: list[Candidate]) -> list[Candidate]:
    """南海化学(東証:4999): the exchange and the code in a listing gloss are no mentions."""
    glosses = [(m.start(), m.end()) for m in LISTING_GLOSS.finditer(text)]
    return [c for c in cands if not any(a <= c.start and c.end <= b for a, b in glosses)]


def _document_names_first(strong: list[Candidate], known: list[Candidate]) -> list[Candidate]:
    """埼玉 for the team 埼玉パナソニックワイルドナイツ the document named before: a team's short
    form the document itself introduced beats the lexicon's place of the same span, an alias it
    declared (フジドリームエアラインズ(FDA、静岡市)) beats any other reading of that span (the
    lexicon's US FDA, a company named 'FDA'), and a company's short form (大和ハウス of 大和ハウス工業)
    beats reading the span as a company of its own."""
    teams = {(c.start, c.end) for c in known if c.rule == "document.team_short_form"}
    declared = {(c.start, c.end): c.name for c in known if c.rule == DECLARED_ALIAS}
    shortened = {(c.start, c.end) for c in known if c.rule == SHORT_FORM}

    def overridden(c: Candidate) -> bool:
        span = (c.start, c.end)
        if span in declared:
            return declared[span] != c.name  # the lexicon's own name for it stays as found
        if span in shortened:  # 大和ハウス in a headline: the body's 大和ハウス工業, no company of its own
            return c.source != "lexicon" and c.type == "Company" and c.rule != SHORT_FORM
        return c.source == "lexicon" and c.type == "Place" and span in teams

    return [c for c in strong if not overridden(c)]


def _mention(doc_id: str, sent: ParsedSentence, c: Candidate) -> Mention:
    return Mention(
        doc_id=doc_id,
        sent_index=sent.index,
        start=sent.start + c.start,
        end=sent.start + c.end,
        text=sent.text[c.start : c.end],
        name=c.name,
        type=c.type,
        rule=c.rule,
        confidence=c.confidence,
        country=c.country,
        title=c.title,
        aliases=tuple(c.aliases),
        anaphor=c.anaphor,
        source=c.source,
        refind=c.refind,
    )


def find_mentions(parsed: ParsedDocument, finder: MentionFinder) -> list[Mention]:
    """Every mention of a parsed document (see :meth:`MentionFinder.find`)."""
    return finder.find(parsed)
