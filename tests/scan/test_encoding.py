"""Encoding sniffing: BOMs, UTF-8, GB18030 and binary, on generated Chinese text."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.scan.encoding import EncodingError, sniff_bytes
from piplkit.discover.scan.safety import mask_url, safe_message

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
TEXT = st.text(alphabet=st.one_of(CJK, st.sampled_from("abc,;123 \n，。")), min_size=20)


@settings(max_examples=60, deadline=None)
@given(TEXT.filter(lambda t: sum("\u4e00" <= c <= "\u9fa5" for c in t) >= 10))
def test_gb18030_and_utf8_round_trip(text: str) -> None:
    for codec in ("utf-8", "gb18030"):
        data = text.encode(codec)
        guessed = sniff_bytes(data, at_eof=True)
        assert data.decode(guessed) == text, (codec, guessed)


@given(TEXT)
def test_a_head_cut_inside_a_character_is_still_utf8(text: str) -> None:
    data = ("中" + text).encode("utf-8")
    assert sniff_bytes(data[: len(data) - 1], at_eof=False) in ("utf-8", "utf-8-sig")


def test_boms() -> None:
    assert sniff_bytes(codecs.BOM_UTF8 + "姓名".encode(), at_eof=True) == "utf-8-sig"
    assert sniff_bytes("姓名".encode("utf-16"), at_eof=True) == "utf-16"


def test_binary_is_refused() -> None:
    with pytest.raises(EncodingError, match="binary"):
        sniff_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", at_eof=True)


def test_masking_of_messages() -> None:
    assert (
        mask_url("postgresql+psycopg://app:s3cret@db:5432/x")
        == "postgresql+psycopg://app:***@db:5432/x"
    )
    message = safe_message(
        "row 3: value 13912345678 and card 6222021234567890123 in report_20250101.csv"
    )
    assert "13912345678" not in message
    assert "6222021234567890123" not in message
    assert "report_20250101.csv" in message


def test_a_line_neither_reading_makes_plausible_follows_the_others() -> None:
    # Found by hypothesis: 一 (D2 BB) is also UTF-8 for the letter һ, 亍 (D8 A1) for the Arabic
    # hamza. The first line reads clearly as Chinese; the second is rare either way and must
    # not pull the file to UTF-8 by tying the vote.
    text = "111111111一一一一一一一一一\n亍"
    data = text.encode("gb18030")
    assert sniff_bytes(data, at_eof=True) == "gb18030"
    assert data.decode(sniff_bytes(data, at_eof=True)) == text
    # A line of rare letters alone still reads as UTF-8.
    assert sniff_bytes("ء ء\n".encode(), at_eof=True) == "utf-8"
