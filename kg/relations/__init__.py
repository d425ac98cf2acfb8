"""The relations stage: typed edges from the rules in ``kg/data/rules/relations.yaml``.

Each sentence is rewritten with its resolved mentions as slots (``«CO#3»``,
:mod:`kg.relations.slots`), and three rule families run over it:

- ``patterns`` (:mod:`kg.relations.patterns`): phrases whose shape names the relation
  (``{CO:o}傘下の…{CO:s}``, X社のY社長);
- ``cues`` (:mod:`kg.relations.cues`): a cue word (開発, 出資, 提携…) with its object and
  subject found around it (:mod:`kg.relations.arguments`);
- ``context`` (:mod:`kg.relations.context`): a mention's nationality or title.

What the stage remembers between sentences (the previous topic, the salient company) is one
:class:`~kg.relations.state.DocumentState`. Every relation keeps its evidence: document,
sentence text, span in the original file, rule id and confidence. Relations are made between
resolution keys (:class:`kg.model.KeyedRelation`); the resolver turns them into node ids.
"""

from kg.relations.extract import extract_relations

__all__ = ["extract_relations"]
