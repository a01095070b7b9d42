"""Track regulatory updates: split newsletters into developments and extract structured fields.

Pure core: no network and no database. ``ingest(bytes_or_text, name)`` returns the parsed
document and one ``Development`` per item; ``linking`` matches instruments to the law knowledge
base and proposes records for unknown ones; ``scoring`` compares output with gold labels.
"""

from piplkit.track.extract import developments, ingest, parse_document
from piplkit.track.model import Development, InstrumentMention, ParsedDocument, RawItem
from piplkit.track.readers import TrackInputError

__all__ = [
    "Development",
    "InstrumentMention",
    "ParsedDocument",
    "RawItem",
    "TrackInputError",
    "developments",
    "ingest",
    "parse_document",
]
