"""The mentions stage: find spans that name companies, governments, people, technologies…

Sources (:mod:`kg.mentions.sources`), strongest first (a stronger source wins every overlap):

1. ``lexicon``: lexicon entries (``kg/data/lexicon``), matched on characters;
2. ``patterns``: pattern rules (``kg/data/rules/mentions.yaml``): organisation, government,
   research-body and technology suffixes, quoted product names, ``<country>政府``, anaphors
   (同社), and a nationality prefix before a katakana or Latin name (米シージェン);
3. ``persons``: people found from a title or honorific after the name (``titles.yaml``),
   validated with Sudachi's part-of-speech tags (人名) so that 日本銀行総裁 does not become a person;
4. ``known``: in a second pass, names found with a cue anywhere in the document;
5. ``ner``: GiNZA's own NER, through the label map in ``ene.yaml`` and type-specific checks.

The overlap policy (:mod:`kg.mentions.overlap`) is one named function the finder takes as
an argument. Then :mod:`kg.mentions.context` reads what stands around each chosen mention:
nationality prefixes (米エヌビディア) and descriptors (英半導体設計会社アーム) become its
``country``, a name in parentheses right after it an alias, a title next to a person its ``title``.
"""

from kg.mentions.candidate import Candidate
from kg.mentions.finder import MentionFinder, find_mentions
from kg.mentions.ruledata import title_regex, title_sets

__all__ = ["Candidate", "MentionFinder", "find_mentions", "title_regex", "title_sets"]
