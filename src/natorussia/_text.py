"""Text normalisation shared by lookups, matching and merging.

Kept in one place so that "NATO–Russia Council" typed with a hyphen, an
en dash or curly quotes matches the same thing everywhere.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["fold", "slug", "strip_accents"]

# Typographic variants that users do not type, mapped to what they do type.
_TRANSLATE = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        # Letters that NFKD does not decompose.
        "\u0142": "l",
        "\u0141": "L",
        "\u00f8": "o",
        "\u00d8": "O",
        "\u00df": "ss",
        "\u0111": "d",
        "\u0110": "D",
        "\u0131": "i",
    }
)
# The characters of _TRANSLATE as one class: a regex pass that replaces the few
# that occur is far faster than str.translate over every character.
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(_TRANSLATE)) + "]")


def _translated(match: re.Match[str]) -> str:
    return _TRANSLATE[ord(match.group())]


@functools.cache
def _combining() -> re.Pattern[str]:
    """Every combining mark (``unicodedata.combining() > 0``) of the Basic Multilingual Plane.

    One character class: a regex pass is far faster than a loop over
    characters. Built on first need (about 20 ms), not at import.
    """
    marks = (chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    return re.compile("[" + "".join(re.escape(c) for c in marks) + "]")


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def strip_accents(text: str) -> str:
    """Remove diacritics: ``"Wałęsa"`` → ``"Walesa"``, ``"Gülen"`` → ``"Gulen"``.

    >>> strip_accents("Wałęsa, Gülen, Détente")
    'Walesa, Gulen, Detente'
    """
    if text.isascii():
        return text
    translated = _TRANSLATED.sub(_translated, text)
    if translated.isascii():  # only typographic quotes, dashes or spaces: nothing to decompose
        return translated
    return _combining().sub("", unicodedata.normalize("NFKD", translated))


def fold(text: str) -> str:
    """The lookup key of a name: case-, accent-, dash- and space-insensitive.

    >>> fold("  The NATO–Russia  Council ")
    'the nato-russia council'
    >>> fold("Wałęsa") == fold("walesa")
    True
    """
    # str.split() and re's \s agree on what whitespace is (str.isspace).
    return " ".join(strip_accents(text).split()).casefold()


def slug(text: str) -> str:
    """A stable identifier made of lowercase ASCII words joined by hyphens.

    >>> slug("NATO–Russia Council (NRC)")
    'nato-russia-council-nrc'
    """
    return _NON_SLUG.sub("-", fold(text)).strip("-")
