"""Recognisers of entity mentions, one job each, used by :mod:`natorussia._entities`.

Each module does one thing, reads its knowledge from validated data files,
and imports nothing from :mod:`natorussia._entities` (no cycles):

- :mod:`~natorussia._mentions.gazetteer_match`: the gazetteer compiled into
  two Aho-Corasick automata, built once per gazetteer;
- :mod:`~natorussia._mentions.names`: surnames folded for romanisation,
  head words of names, acronyms that fit a name;
- :mod:`~natorussia._mentions.lexicon_views`: look-up tables derived once from
  the lexicon (title starts, well-known persons by surname, words of the broad
  given-name list that are no given names);
- :mod:`~natorussia._mentions.shapes`: institutions known by their shape alone —
  "the Obama administration", an undefined acronym, a UN resolution, the site
  of a cited web address;
- :mod:`~natorussia._mentions.merge`: persons and institutions merged across
  the documents of a corpus (:func:`merge_across_documents`).

:mod:`natorussia._entities` keeps the pass over one document (runs of
capitalised words, persons, anaphora, overlap resolution) and the entry
points :func:`~natorussia._entities.find_mentions` and
:func:`~natorussia._entities.merge_across_documents`.
"""
