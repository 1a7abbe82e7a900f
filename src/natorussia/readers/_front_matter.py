"""Front matter of Markdown files: a YAML block between ``---`` lines or TOML between ``+++``."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from typing import Any

import yaml

from natorussia.readers._source import Metadata

__all__ = ["front_matter"]

_FENCE = re.compile(r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\r?\n")
_CLOSE = {
    "---": re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)", re.MULTILINE),
    "+++": re.compile(r"^\+\+\+[ \t]*(?:\r\n|\r|\n|\Z)", re.MULTILINE),
}
_KEYS = {
    "title": ("title", "headline", "name"),
    "subtitle": ("subtitle", "description", "summary", "excerpt", "lede", "dek"),
    "authors": ("authors", "author", "by", "creator", "creators", "byline"),
    "published": ("date", "published", "pubdate", "publishdate", "published_time", "created"),
    "outlet": ("site_name", "sitename", "publisher", "publication", "outlet"),
    "tags": ("tags", "categories", "keywords", "topics"),
    "url": ("url", "source_url", "canonical_url", "link", "permalink"),
}


def _string(value: Any) -> str | None:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str | int | float) and str(value).strip():
        return str(value).strip()
    if isinstance(value, Mapping):
        return _string(value.get("name"))
    return None


_NAMES_SPLIT = re.compile(r"\s*[;,]\s*|\s+and\s+|\s*&\s*")
_TAGS_SPLIT = re.compile(r"\s*[;,]\s*")


def _strings(value: Any, split: re.Pattern[str]) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        return tuple(s for item in value if (s := _string(item)))
    single = _string(value)
    if single is None:
        return ()
    return tuple(p.strip() for p in split.split(single) if p.strip())


def _first(data: Mapping[str, Any], field: str) -> Any:
    lowered = {str(k).casefold(): v for k, v in data.items()}
    for key in _KEYS[field]:
        if lowered.get(key) not in (None, "", []):
            return lowered[key]
    return None


def front_matter(text: str) -> Metadata | None:
    """The metadata of a YAML or TOML front matter block at the start of ``text``.

    Returns ``None`` when the text has none, or the block does not parse as
    a mapping (then it is left to be read as text).

    >>> md = front_matter("---\\ntitle: A Note\\nauthor: Jane Roe\\ndate: 2021-03-04\\n---\\nBody.\\n")
    >>> md.title, md.authors, md.published, md.front_matter
    ('A Note', ('Jane Roe',), '2021-03-04', (0, 56))
    >>> front_matter('+++\\ntitle = "T"\\nauthors = ["A B", "C D"]\\n+++\\n').authors
    ('A B', 'C D')
    """
    opening = _FENCE.match(text)
    if opening is None:
        return None
    fence = opening["fence"]
    closing = _CLOSE[fence].search(text, opening.end())
    if closing is None:
        return None
    block = text[opening.end() : closing.start()]
    try:
        data = tomllib.loads(block) if fence == "+++" else yaml.safe_load(block)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError):
        return None
    if not isinstance(data, Mapping):
        return None
    return Metadata(
        title=_string(_first(data, "title")),
        subtitle=_string(_first(data, "subtitle")),
        authors=_strings(_first(data, "authors"), _NAMES_SPLIT),
        published=_string(_first(data, "published")),
        outlet=_string(_first(data, "outlet")),
        tags=_strings(_first(data, "tags"), _TAGS_SPLIT),
        url=_string(_first(data, "url")),
        front_matter=(opening.start(), closing.end()),
    )
