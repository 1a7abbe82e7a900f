"""Recognisers of entity mentions, one job each, called by :mod:`natorussia._entities`.

Each module holds one kind of recognition as a small, data-driven function
over the text and the regions to search, returning spans with what they
name; none imports :mod:`natorussia._entities` (no cycles):

- :mod:`natorussia._mentions.shapes`: institutions known by their shape alone —
  a capitalised name before a lower-case head ("the Yalta agreement", "the
  Obama administration"), an acronym used without its definition ("KLA"),
  and the site a cited web address belongs to ("npr.org").
"""
