"""The mentions stage: find spans that name companies, governments, people, technologies…

Sources (:mod:`kg.mentions.sources`), strongest first (a stronger source wins every overlap):

1. ``lexicon``: lexicon entries (``kg/data/lexicon``), matched on characters and kept only
   where they start and end on Sudachi's words (広島市 is not inside 東広島市); ``kg build
   --without-lexicon TYPES`` leaves the packaged entries of those types out;
2. ``patterns``: rules of ``kg/data/rules/mentions.yaml`` that read a name's form (suffixes:
   〜銀行, 〜省, 〜大学, 〜党; ``proper: true`` where the suffix is also a common word, 〜建設)
   or its context (家電大手のX, 新会社「X」, X(本社=…), Xの子会社, 出資するX), list rules
   (「A、B、Cの3社」, 自民・公明推薦), ``<country>政府``, anaphors (同社), a nationality
   prefix before a katakana or Latin name (米シージェン), and places Sudachi knows as one word
   (:mod:`kg.mentions.places`);
3. ``persons``: people next to a title or honorific (``titles.yaml``), their name ending where
   Sudachi's person-name words (人名) end, so that 日本銀行総裁 is no person and in
   藤本昌義双日社長 the person is 藤本昌義 and 双日 a company; people after a title or with an
   age in parentheses (:mod:`kg.mentions.words` reads the words);
4. ``known``: in a second pass, names found with a cue anywhere in the document, and their
   short forms (中外製薬 → 中外, 阪神タイガース → 阪神, 防衛装備庁 → 装備庁); and ``listed``, in both
   passes: a name right before a Japanese securities code the reader lifted (新日本科学 <2395>);
5. ``ner``: GiNZA's own NER, through the label map in ``ene.yaml``, each span checked against
   Sudachi's words (a person needs 人名 words, an organisation a proper noun).
6. ``deals`` and ``made``: the dependency parse, weakest of all (they fill only what nothing
   else took): the parties of a deal word are companies (ニップンは…を連結子会社化,
   :mod:`kg.mentions.sources.deals`), what a making verb makes is a technology
   (ビジネスジェットの販売, :mod:`kg.mentions.sources.made`).

Before the overlap choice, address chains are split (長野県須坂市 → 長野県, 須坂市) and
places inside event names (G7広島サミット) and venues named as organisations (国立競技場) are
dropped. The overlap policy (:mod:`kg.mentions.overlap`) is one named function the finder takes
as an argument; :mod:`kg.mentions.coordination` then types the untyped members of a list whose
other members are typed (「A」や「B」, AとBも). Then :mod:`kg.mentions.context` reads what stands
around each chosen mention: nationality prefixes (米エヌビディア) and descriptors
(英半導体設計会社アーム) become its ``country``, a name in parentheses right after it an alias,
a title next to a person its ``title``.
"""

from kg.mentions.candidate import Candidate
from kg.mentions.finder import MentionFinder, find_mentions
from kg.mentions.ruledata import FORMS_BEFORE_NAME, LEGAL_FORMS, READING_GLOSS, title_regex, title_sets

__all__ = [
    "FORMS_BEFORE_NAME",
    "LEGAL_FORMS",
    "READING_GLOSS",
    "Candidate",
    "MentionFinder",
    "find_mentions",
    "title_regex",
    "title_sets",
]
