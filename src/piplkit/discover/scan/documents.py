"""Document numbers under a header that names only "a document" (issue 11, set 13).

证件号, 证件号码, ID No, idNo, ZJH say that a column holds an identity document's number, not
which document. The hint data lists them under the resident ID, the document nearly all such
columns hold (a hotel's mixed 证件号码 is ``cn_resident_id``: the type of nearly all values,
gold conventions table). When the values are another document's (a concert's real-name tickets
bought with Taiwan residents' permits, an auction's foreign bidders' permanent resident IDs),
the values decide, as they do for any word listed under several types: the header is read as
naming the permits too, so their shapes count (an 8-digit permit number has no check digit and
counts only under a header naming it). A validated or masked resident ID still wins among the
named types (``columns._best``), so a resident-ID column does not change.

Passports and military IDs are not added: their loose shapes (6-9 digits) are any number's.
"""

from __future__ import annotations

from dataclasses import replace

from piplkit.discover.scan.hints import HeaderEvidence, normalise_header

#: Hint words (normalised) that name an identity document without saying which.
GENERIC_DOCUMENT_WORDS = frozenset(
    normalise_header(w)
    for w in (
        "证件号", "证件号码", "证件编号", "证件", "zjh", "zjhm", "zjbh", "idno", "idnumber",
        "certno", "certnum", "certificateno", "certificatenumber", "zhengjianhao",
        "zhengjianhaoma", "zhengjianbianhao", "aac147",
    )
)  # fmt: skip
#: Documents whose numbers a generic document header may hold besides the resident ID's.
PERMITS = ("taiwan_permit", "hk_macau_permit", "foreign_permanent_resident_id")


def widen_document_header(header: HeaderEvidence) -> HeaderEvidence:
    """The header read as naming every document it may hold, if it names only "a document"."""
    if header.negative or header.types != ("cn_resident_id",):
        return header
    if header.word is None or normalise_header(header.word) not in GENERIC_DOCUMENT_WORDS:
        return header
    return replace(header, types=(*header.types, *PERMITS))
