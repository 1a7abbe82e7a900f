"""Exceptions raised by natorussia.

Every exception the library raises on purpose derives from :class:`Error`, so
``except natorussia.Error`` catches them all. Each also derives from the
built-in exception a Python user would expect (``LookupError`` for lookups,
``ValueError`` for bad values, ``OSError`` for files), so existing handlers
keep working. The tree::

    Error
    ├── LoadError (OSError)            a file could not be read as an article
    │   ├── LoadErrors                 several files of one load (has .exceptions)
    │   ├── MissingFileError           the path does not exist / is not a file
    │   ├── EmptyFileError             the file holds no text
    │   ├── BinaryFileError            the file is binary (NUL bytes, control codes)
    │   ├── DecodeError                the file is not valid UTF-8 (has .offset)
    │   └── FileTooLargeError          the file is over the size limit
    ├── NotFound (LookupError)         a lookup matched nothing (has .suggestions)
    ├── Ambiguous (LookupError)        a lookup matched several things
    ├── DateError (ValueError)         an impossible date or malformed EDTF
    └── DataError (ValueError)         a malformed entry in a data file

Every one of them pickles and unpickles to an equal exception (same type,
``args``, message and attributes), so an error raised in a worker process of
``multiprocessing`` or ``concurrent.futures`` reaches the caller intact.
Two exceptions are equal when they have the same type, ``args`` and
attributes.

Examples:
    >>> import natorussia as nr
    >>> try:
    ...     nr.load("no/such/folder")
    ... except nr.Error as e:
    ...     print(type(e).__name__, e.path)
    MissingFileError no/such/folder
    >>> import pickle
    >>> e = nr.NotFound("institution", "NTAO", ["NATO"])
    >>> again = pickle.loads(pickle.dumps(e))
    >>> again == e, again.suggestions
    (True, ('NATO',))
"""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from typing import Any

__all__ = [
    "Ambiguous",
    "BinaryFileError",
    "DataError",
    "DateError",
    "DecodeError",
    "EmptyFileError",
    "Error",
    "FileTooLargeError",
    "LoadError",
    "LoadErrors",
    "LoadWarning",
    "MissingExtraError",
    "MissingFileError",
    "NotFound",
]


def _rebuild(cls: type[Error], args: tuple[Any, ...]) -> Error:
    """An exception of ``cls`` with ``args``, without calling its ``__init__``.

    Unpickling calls this; the attributes are then restored from the pickled
    ``__dict__``. The ``__init__`` of most subclasses takes other arguments
    than the message kept in ``args``, which is why the default pickling
    (``cls(*args)``) cannot rebuild them.
    """
    exc = cls.__new__(cls, *args)
    exc.args = args
    return exc


class Error(Exception):
    """Base class of every exception natorussia raises.

    Subclasses pickle faithfully whatever their ``__init__`` takes, and
    compare equal when type, ``args`` and attributes are equal.

    Examples:
        >>> import natorussia as nr
        >>> issubclass(nr.LoadError, nr.Error), issubclass(nr.NotFound, nr.Error)
        (True, True)
        >>> try:
        ...     nr.FuzzyDate.from_edtf("1999-13")
        ... except nr.Error as e:
        ...     print(type(e).__name__)
        DateError
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args), dict(vars(self)) or None)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Error):
            return NotImplemented
        return type(self) is type(other) and self.args == other.args and vars(self) == vars(other)

    def __hash__(self) -> int:
        return hash((type(self), repr(self.args)))


class LoadError(Error, OSError):
    """A file could not be loaded as an article.

    Attributes:
        path: The offending file, as given.
        reason: What is wrong with it, in words.

    Examples:
        >>> import natorussia as nr
        >>> try:
        ...     nr.load("no/such/article.txt")
        ... except nr.LoadError as e:
        ...     print(e.path, "|", e.reason)
        no/such/article.txt | no such file or folder...
        >>> isinstance(nr.LoadError("a.txt", "unreadable"), OSError)
        True
    """

    def __init__(self, path: str | PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class LoadErrors(LoadError):
    """Files of one load that could not be read, every one of them at once.

    Like an ``ExceptionGroup`` (and cattrs' validation errors), it collects
    the failure of each bad file instead of stopping at the first.

    Attributes:
        exceptions: The error of each bad file, in the order of the files.

    Examples:
        >>> import natorussia as nr, pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("")
        >>> _ = (folder / "b.txt").write_bytes(b"Title\\n\\ncaf\\xe9")
        >>> _ = (folder / "c.txt").write_text("A title\\n\\nNATO met Russia in 1997.\\n")
        >>> try:
        ...     nr.load(folder)
        ... except nr.LoadErrors as e:
        ...     print([type(x).__name__ for x in e.exceptions])
        ['EmptyFileError', 'DecodeError']
    """

    def __init__(self, path: str | PathLike[str], errors: Sequence[LoadError]) -> None:
        self.exceptions = tuple(errors)
        listed = "".join(f"\n  {e}" for e in self.exceptions)
        count = len(self.exceptions)
        super().__init__(
            path, f"{count} file{'s' if count != 1 else ''} could not be loaded:{listed}"
        )


class LoadWarning(UserWarning):
    """A file was left out of a load made with ``strict=False``.

    The load goes on with the other files; the error of each file left out
    is also on :attr:`Corpus.problems <natorussia.Corpus.problems>`.

    Examples:
        >>> import natorussia as nr, pathlib, tempfile, warnings
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "empty.txt").write_text("  ")
        >>> _ = (folder / "good.txt").write_text("A title\\n\\nNATO met Russia in 1997.\\n")
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     corpus = nr.load(folder, strict=False)
        >>> len(corpus), caught[0].category is nr.LoadWarning
        (1, True)
        >>> str(caught[0].message)
        'left out .../empty.txt: empty file (no text)'
        >>> type(corpus.problems[0]).__name__
        'EmptyFileError'
    """


class MissingFileError(LoadError, FileNotFoundError):
    """The path does not exist, or is not a readable file or folder.

    It is also a :class:`FileNotFoundError`.

    Examples:
        >>> import natorussia as nr
        >>> try:
        ...     nr.load("missing.txt")
        ... except FileNotFoundError as e:
        ...     print(type(e).__name__, e.path)
        MissingFileError missing.txt
    """


class EmptyFileError(LoadError):
    """The file is empty or holds only whitespace.

    Examples:
        >>> import natorussia as nr, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "blank.txt"
        >>> _ = path.write_text("\\n   \\n")
        >>> try:
        ...     nr.load(path)
        ... except nr.EmptyFileError as e:
        ...     print(e.reason)
        empty file (no text)
    """


class BinaryFileError(LoadError):
    """The file is binary data (NUL bytes or control characters), not text.

    Examples:
        >>> import natorussia as nr, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "image.txt"
        >>> _ = path.write_bytes(b"GIF89a\\x00\\x01")
        >>> try:
        ...     nr.load(path)
        ... except nr.BinaryFileError as e:
        ...     print(e.reason)
        binary data (NUL byte at offset 6), not text
    """


class DecodeError(LoadError):
    """The file is not valid UTF-8.

    Attributes:
        offset: Byte offset of the first byte that cannot be decoded.

    Examples:
        >>> import natorussia as nr, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "latin1.txt"
        >>> _ = path.write_bytes("Title\\n\\nThe café is open".encode("latin-1"))
        >>> try:
        ...     nr.load(path)
        ... except nr.DecodeError as e:
        ...     print(e.offset, "|", e.reason)
        14 | not valid UTF-8: byte 0xe9 at offset 14 (invalid continuation byte)
    """

    def __init__(self, path: str | PathLike[str], reason: str, *, offset: int) -> None:
        self.offset = offset
        super().__init__(path, reason)


class FileTooLargeError(LoadError):
    """The file is larger than the ``max_bytes`` limit given to the loader.

    Attributes:
        size: The file's size in bytes.
        limit: The limit in bytes.

    Examples:
        >>> import natorussia as nr, pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "long.txt"
        >>> _ = path.write_text("A title\\n\\n" + "NATO met Russia. " * 100)
        >>> try:
        ...     nr.load(path, max_bytes=1_000)
        ... except nr.FileTooLargeError as e:
        ...     print(e.size, e.limit)
        1709 1000
    """

    def __init__(self, path: str | PathLike[str], *, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            path,
            f"file is {size:,} bytes, over the limit of {limit:,} (pass max_bytes= to raise it)",
        )


class NotFound(Error, LookupError):
    """A lookup by name matched nothing.

    Attributes:
        query: What was looked up.
        suggestions: Close matches, best first (may be empty).

    Examples:
        >>> import natorussia as nr
        >>> try:
        ...     nr.load().institution("NTAO")
        ... except nr.NotFound as e:
        ...     print(e)
        ...     print(e.query, e.suggestions, isinstance(e, LookupError))
        no institution matches 'NTAO'; did you mean 'North Atlantic Treaty Organization'?
        NTAO ('North Atlantic Treaty Organization',) True
    """

    def __init__(self, what: str, query: str, suggestions: Sequence[str] = ()) -> None:
        self.what = what
        self.query = query
        self.suggestions = tuple(suggestions)
        message = f"no {what} matches {query!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class Ambiguous(Error, LookupError):
    """A lookup by name matched several distinct things.

    Attributes:
        query: What was looked up.
        candidates: Names of everything it matched.

    Examples:
        >>> import natorussia as nr
        >>> e = nr.Ambiguous("person", "Ivanov", ["Igor Ivanov", "Sergei Ivanov"])
        >>> print(e)
        'Ivanov' matches several persons: 'Igor Ivanov', 'Sergei Ivanov'
        >>> e.candidates
        ('Igor Ivanov', 'Sergei Ivanov')
    """

    def __init__(self, what: str, query: str, candidates: Sequence[str]) -> None:
        self.what = what
        self.query = query
        self.candidates = tuple(candidates)
        super().__init__(
            f"{query!r} matches several {what}s: " + ", ".join(repr(c) for c in self.candidates)
        )

    def __str__(self) -> str:
        return str(self.args[0])


class DateError(Error, ValueError):
    """An impossible calendar date or a malformed EDTF string.

    Attributes:
        text: The offending input (quoted in the message, shortened there
            if it is longer than 200 characters).

    Examples:
        >>> import natorussia as nr
        >>> try:
        ...     nr.FuzzyDate.from_edtf("1999-02-30")
        ... except nr.DateError as e:
        ...     print(e)
        ...     print(e.text, "|", e.reason, "|", isinstance(e, ValueError))
        '1999-02-30': day is out of range for month
        1999-02-30 | day is out of range for month | True
    """

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"{_quote(text)}: {reason}")

    def __str__(self) -> str:
        return f"{_quote(self.text)}: {self.reason}"


def _quote(text: str) -> str:
    """``repr(text)``, shortened when the text is too long to read in a message."""
    if not isinstance(text, str) or len(text) <= _QUOTE_LIMIT:
        return repr(text)
    return f"{text[:_QUOTE_HEAD]!r}… ({len(text):,} characters)"


_QUOTE_LIMIT = 200
_QUOTE_HEAD = 60


class DataError(Error, ValueError):
    """A malformed entry in one of the library's data files (or a user's).

    Attributes:
        source: The data file.
        entry: The entry's identifier (or index) within it.
        problems: Every problem found in the entry.

    Examples:
        >>> import natorussia as nr
        >>> problems = nr.validate_gazetteer([{"id": "x", "name": "X"}], source="mine.json")
        >>> e = problems[0]
        >>> e.source, e.entry, e.problems
        ('mine.json', 'x', ("missing or empty required field 'kind'",))
        >>> print(e)
        mine.json: entry 'x': missing or empty required field 'kind'
    """

    def __init__(self, source: str, entry: str, problems: Sequence[str]) -> None:
        self.source = source
        self.entry = entry
        self.problems = tuple(problems)
        super().__init__(f"{source}: entry {entry!r}: " + "; ".join(self.problems))

    def __str__(self) -> str:
        return str(self.args[0])


class MissingExtraError(Error, ImportError):
    """A feature needs an optional dependency that is not installed.

    The message names the extra to install. It is also an ``ImportError``.

    Attributes:
        extra: The extra to install (``pip install "natorussia[EXTRA]"``).
        module: The missing module.

    Examples:
        >>> e = MissingExtraError("to_dataframe()", "pandas", "pandas")
        >>> print(e)
        to_dataframe() needs the optional dependency 'pandas': pip install "natorussia[pandas]"
        >>> isinstance(e, ImportError), e.extra
        (True, 'pandas')
    """

    def __init__(self, feature: str, extra: str, module: str) -> None:
        self.extra = extra
        self.module = module
        super().__init__(
            f'{feature} needs the optional dependency {module!r}: pip install "natorussia[{extra}]"'
        )

    def __str__(self) -> str:
        return str(self.args[0])
