"""``readers.decode`` strips a UTF-8 byte-order mark itself and decodes with the C decoder; the
text must be what the ``utf-8-sig`` codec gives (a second mark is text, as there)."""

from __future__ import annotations

import codecs

from hypothesis import given
from hypothesis import strategies as st

from piplkit.track.readers import TrackInputError, decode

_BOM = codecs.BOM_UTF8


@given(st.text(min_size=1), st.booleans(), st.booleans())
def test_decode_matches_the_utf8_sig_codec(text: str, bom: bool, second_bom: bool) -> None:
    data = (_BOM if bom else b"") + (_BOM if second_bom else b"") + text.encode("utf-8")
    expected = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    try:
        got = decode(data, "doc.txt")
    except TrackInputError as exc:  # empty or control-heavy text: the same checks as before apply
        assert not expected.strip() or "binary" in str(exc), exc
        return
    assert got == expected
