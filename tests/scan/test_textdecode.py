"""Mixed encodings: random Chinese text in each codec, mixed line by line, decodes back whole.

Lines are drawn from the characters real text is made of (GB2312 level 1 for simplified text,
Big5's frequent block for traditional), with ASCII digits and punctuation between them.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.scan.encoding import sniff_profile
from piplkit.discover.scan.textdecode import MixedDecoder


def _chars(codec: str, leads: range, trails: list[int]) -> list[str]:
    out = []
    for lead in leads:
        for trail in trails:
            try:
                ch = bytes((lead, trail)).decode(codec)
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= ch <= "\u9fff":
                out.append(ch)
    return out


SIMPLIFIED = _chars("gb2312", range(0xB0, 0xD8), list(range(0xA1, 0xFF)))
TRADITIONAL = _chars("big5", range(0xA4, 0xC6), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
ASCII = list("0123456789,:;.- ")


def line(chars: list[str]) -> st.SearchStrategy[str]:
    """CJK text with ASCII digits and punctuation inside: at least two CJK characters."""
    cjk = st.text(alphabet=st.sampled_from(chars), min_size=1, max_size=12)
    ascii_run = st.text(alphabet=st.sampled_from(ASCII), max_size=6)
    return st.builds(lambda a, b, c: a + b + c, cjk, ascii_run, cjk)


def _reads_as_simplified(ch: str) -> bool:
    """Whether the Big5 bytes of ``ch`` are also GB18030 for a common simplified character."""
    try:
        return ch.encode("big5").decode("gb18030") in SIMPLIFIED_SET
    except UnicodeDecodeError:
        return False


SIMPLIFIED_SET = frozenset(SIMPLIFIED)
#: Traditional characters whose Big5 bytes mean nothing common in GB18030: a Big5 line holding
#: none of them is bytes GB18030 reads as common simplified text, and is read so (documented).
TELLING = [ch for ch in TRADITIONAL if not _reads_as_simplified(ch)]
LINES = {
    "simplified": line(SIMPLIFIED),
    "traditional": st.builds(
        lambda a, b: a + b, line(TRADITIONAL), st.text(st.sampled_from(TELLING), min_size=1)
    ),
}


def _encode(parts: list[tuple[str, list[str]]], bom: bool) -> tuple[bytes, str]:
    """Bytes of the file and the text it holds; UTF-16 parts end lines with CRLF."""
    data, text = b"", ""
    for codec, lines in parts:
        if codec.startswith("utf-16"):
            body = "".join(f"{t}\r\n" for t in lines)
            mark = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
            data += (mark if bom else b"") + body.encode(codec)
        else:
            body = "".join(f"{t}\n" for t in lines)
            data += body.encode(codec)
        text += body
    return data, text


def _decode(data: bytes, block: int) -> tuple[str, MixedDecoder]:
    decoder = sniff_profile(data, at_eof=True).decoder()
    out = "".join(decoder.decode(data[i : i + block]) for i in range(0, len(data), block))
    return out + decoder.decode(b"", final=True), decoder


NARROW_PAIRS = [
    ("utf-8", "gb18030"),
    ("utf-8", "big5"),
    ("gb18030", "utf-8"),
    ("big5", "utf-8"),
]


@st.composite
def _flags(draw: st.DrawFn) -> list[bool]:
    """Which lines are in the other codec: fewer than those in the file's own."""
    main = draw(st.integers(2, 10))
    other = draw(st.integers(1, main - 1))
    return draw(st.permutations([False] * main + [True] * other))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(NARROW_PAIRS), _flags(), st.data(), st.sampled_from([7, 64, 4096]))
def test_lines_in_another_codec_decode_back(
    pair: tuple[str, str], flags: list[bool], data: st.DataObject, block: int
) -> None:
    main, other = pair
    parts = []
    for is_other in flags:
        codec = other if is_other else main
        lines = LINES["traditional" if codec == "big5" else "simplified"]
        parts.append((codec, [data.draw(lines)]))
    raw, text = _encode(parts, bom=False)
    decoded, decoder = _decode(raw, block)
    assert decoded == text
    assert decoder.main == main
    assert sum(decoder.lines.values()) == sum(flags), decoder.warnings()
    assert not decoder.replaced


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    st.sampled_from(["utf-8", "gb18030"]),
    st.sampled_from(["utf-16-le", "utf-16-be"]),
    st.lists(st.integers(1, 4), min_size=2, max_size=5),
    st.booleans(),
    st.data(),
    st.sampled_from([5, 64, 4096]),
)
def test_utf16_parts_decode_back(
    main: str, wide: str, sizes: list[int], bom: bool, data: st.DataObject, block: int
) -> None:
    """Parts alternate, the file's codec first; UTF-16 parts with or without a BOM.

    Derandomized: reading BOM-less or big-endian UTF-16 between 8-bit lines is a heuristic with
    known failures (the strict xfail tests below, found by this test); a fixed set of examples
    keeps CI from turning red on them at random while they stay listed."""
    parts = []
    for index, size in enumerate(sizes):
        codec = main if index % 2 == 0 else wide
        parts.append((codec, [data.draw(LINES["simplified"]) for _ in range(size)]))
    raw, text = _encode(parts, bom)
    decoded, decoder = _decode(raw, block)
    assert decoded == text
    # The main codec is the file's mostly; every line in another codec is counted.
    others = sum(len(lines) for codec, lines in parts if codec != decoder.main)
    if decoder.main == "utf-16":
        others = sum(len(lines) for codec, lines in parts if not codec.startswith("utf-16"))
    assert sum(decoder.lines.values()) == others, decoder.warnings()


def test_a_utf16_file_with_an_8bit_tail() -> None:
    raw = codecs.BOM_UTF16_LE + "姓名,手机\r\n张伟,13812345678\r\n".encode("utf-16-le")
    raw += "李娜,13912345678\n".encode("gb18030")
    decoded, decoder = _decode(raw, 64)
    assert decoded == "姓名,手机\r\n张伟,13812345678\r\n李娜,13912345678\n"
    assert decoder.warnings() == ["1 line(s) decoded as GB18030 in a UTF-16 file"]


def test_big5_bytes_that_are_common_gb18030_are_read_as_gb18030_and_said() -> None:
    """偃 is B0 B3 in Big5, which GB18030 reads as 俺: nothing in the bytes tells them apart."""
    raw = "姓名,手机\n张伟,1\n".encode() + "偃偃,2\n".encode("big5")
    decoded, decoder = _decode(raw, 4096)
    assert decoded.splitlines()[-1] == "俺俺,2"
    assert decoder.warnings() == ["1 line(s) decoded as GB18030 in a UTF-8 file"]


def test_utf8_lines_past_the_head_of_a_gb18030_file_that_mixes_them() -> None:
    """氨俺 in UTF-8 (E6 B0 A8 E4 BF BA) is also valid GB18030 and has no byte 80-A0, the
    cheap sign of UTF-8; once the head shows UTF-8 lines, every such line is checked."""
    head = "".join(f"李娜{n},13912345678\n" for n in range(8)).encode("gb18030")
    head += "张伟,13812345678\n".encode()
    sniff = sniff_profile(head, at_eof=False)
    assert (sniff.codec, sniff.careful) == ("gb18030", True)
    decoder = sniff.decoder()
    tail = "氨俺,1\n".encode() + "李娜,2\n".encode("gb18030")
    text = decoder.decode(head) + decoder.decode(tail, final=True)
    assert text.endswith("张伟,13812345678\n氨俺,1\n李娜,2\n")
    assert decoder.warnings() == ["2 line(s) decoded as UTF-8 in a GB18030 file"]


def test_bytes_valid_in_no_codec_are_replaced_and_said() -> None:
    raw = "姓名\n".encode() + b"\xff\xfe\xfa\n" + "张伟\n".encode()
    decoded, decoder = _decode(raw, 4096)
    assert decoded == "姓名\n\ufffd\ufffd\ufffd\n张伟\n"
    assert decoder.warnings() == [
        "1 line(s) held bytes valid in no encoding tried (UTF-8, GB18030, Big5); those bytes "
        "were replaced by U+FFFD"
    ]


@pytest.mark.xfail(strict=True, reason="known limit (docs/scanning.md): a BOM-less UTF-16BE part "
                   "whose first line is short CJK text holding an 0A byte (上) is misread")
def test_bomless_big_endian_part_with_an_0a_byte() -> None:
    raw, text = _encode([("utf-8", ["一一"]), ("utf-16-be", ["一上"])], bom=False)
    assert _decode(raw, 64)[0] == text


@pytest.mark.xfail(strict=True, reason="known limit (docs/scanning.md): an 8-bit line after a "
                   "UTF-16BE part that also reads as CJK in UTF-16BE stays in the UTF-16 part")
def test_eight_bit_line_that_reads_as_big_endian_cjk() -> None:
    parts = [("utf-8", ["一一"]), ("utf-16-be", ["一一"]), ("utf-8", ["一00000一"]),
             ("utf-16-be", ["上一"])]
    raw, text = _encode(parts, bom=True)
    assert _decode(raw, 64)[0] == text
