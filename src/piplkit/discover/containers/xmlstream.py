"""Stream the XML parts of an office file through expat, with hostile XML refused.

ElementTree's ``iterparse`` keeps every element it has seen attached to its parent unless the
caller removes it, and it holds an element's whole text before handing it over; a sheet of
millions of rows, or one cell of hundreds of megabytes, then fills memory. Expat callbacks keep
nothing: the handlers decide what to keep, and cap it.

OOXML never needs a document type declaration, so any DTD (and with it entity expansion, the
"billion laughs" attack, and external entities) is refused outright.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from typing import IO, NoReturn
from xml.parsers import expat

from piplkit.discover.containers.zipguard import ContainerError

#: Bytes of inflated XML handed to expat at a time (bounds the rows pending between yields).
FEED_BYTES = 256 * 1024


class _Refused(Exception):
    pass


def _refuse(*_args: object) -> NoReturn:
    raise _Refused("XML with a document type declaration or entities is not accepted")


def new_parser() -> expat.XMLParserType:
    """An expat parser without namespace processing that refuses DTDs and entities."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 64 * 1024
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    return parser


def local(name: str, _cache: dict[str, str] = {}) -> str:  # noqa: B006 - a deliberate memo
    """``x:row`` → ``row``: OOXML writers differ in the prefixes they use, never in local names."""
    found = _cache.get(name)
    if found is None:
        found = name.rpartition(":")[2]
        if len(_cache) < 4096:
            _cache[name] = found
    return found


def attr(attrs: dict[str, str], name: str) -> str | None:
    """The attribute whose local name is ``name`` (``r:id``, ``rel:id`` … alike)."""
    if name in attrs:
        return attrs[name]
    for key, value in attrs.items():
        if local(key) == name:
            return value
    return None


def feed(
    parser: expat.XMLParserType, stream: IO[bytes], file_name: str, part: str
) -> Iterator[None]:
    """Feed ``stream`` to ``parser`` a block at a time, yielding after each block.

    Zip and XML errors become one :class:`ContainerError` naming the part and the line.
    """
    try:
        while block := stream.read(FEED_BYTES):
            parser.Parse(block, False)
            yield
        parser.Parse(b"", True)
        yield
    except _Refused as exc:
        raise ContainerError(file_name, f"{part}: {exc}") from None
    except expat.ExpatError as exc:
        raise ContainerError(
            file_name, f"{part}: malformed XML at line {exc.lineno} ({expat.ErrorString(exc.code)})"
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ContainerError(
            file_name, f"{part}: corrupt zip data ({type(exc).__name__})"
        ) from None


def parse_whole(parser: expat.XMLParserType, stream: IO[bytes], file_name: str, part: str) -> None:
    """Run ``parser`` over all of ``stream`` (for parts whose handlers collect small results)."""
    for _ in feed(parser, stream, file_name, part):
        pass
