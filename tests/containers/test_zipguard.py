"""The zip guard: bombs are refused from the central directory, before anything inflates."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.containers import ContainerError, ZipLimitError, ZipLimits, open_zip
from piplkit.discover.containers.xlsx import Workbook
from piplkit.discover.containers.zipguard import MIB, inspect
from piplkit.discover.evaluation.hostile import docx_bomb, xlsx_bomb


def test_a_high_ratio_member_is_refused_with_one_line_naming_it(tmp_path: Path) -> None:
    bomb = xlsx_bomb(tmp_path / "bomb.xlsx", 64 * MIB, "space")
    assert bomb.stat().st_size < MIB
    with pytest.raises(ZipLimitError) as caught:
        open_zip(bomb)
    message = str(caught.value)
    assert message.startswith("bomb.xlsx: member xl/worksheets/sheet1.xml would inflate")
    assert "zip bomb" in message and "\n" not in message
    assert caught.value.reason in message


def test_the_total_inflated_size_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for n in range(3):
            archive.writestr(f"part{n}.xml", b"<a/>" * (200 * 1024))
    with pytest.raises(ZipLimitError, match=r"would inflate to 2\.3 MiB, over the 2\.0 MiB limit"):
        open_zip(path, ZipLimits(max_total_bytes=2 * MIB))
    open_zip(path, ZipLimits(max_total_bytes=3 * MIB)).close()


def test_the_member_count_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(30):
            archive.writestr(f"m{n}", b"")
    with pytest.raises(ZipLimitError, match=r"30 members, over the limit of 20"):
        open_zip(path, ZipLimits(max_members=20))


def test_small_parts_may_compress_well(tmp_path: Path) -> None:
    """Styles and shared strings of real files compress 50-300:1; below the floor that is fine."""
    path = tmp_path / "styles.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/styles.xml", b" " * (3 * MIB))
    summary = inspect(zipfile.ZipFile(path), "styles.zip", ZipLimits())
    assert summary.total_bytes == 3 * MIB and summary.worst_ratio == 0.0


def test_a_forged_directory_cannot_smuggle_a_bigger_member(tmp_path: Path) -> None:
    """Declared sizes bind: zipfile stops at the declared size and fails the CRC."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook>" + b" " * 20_000_000 + b"</workbook>")
    data = bytearray(buffer.getvalue())
    struct.pack_into("<I", data, data.rfind(b"PK\x01\x02") + 24, 1000)  # central directory
    struct.pack_into("<I", data, data.find(b"PK\x03\x04") + 22, 1000)  # local header
    path = tmp_path / "forged.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(ContainerError, match=r"forged\.xlsx: .*(malformed|corrupt)"):
        Workbook(path)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ContainerError, match=r"x\.docx: not a zip archive"):
        open_zip(path)


def test_docx_bombs_are_refused_too(tmp_path: Path) -> None:
    with pytest.raises(ZipLimitError, match=r"word/document\.xml would inflate"):
        open_zip(docx_bomb(tmp_path / "b.docx", 32 * MIB))


def test_limits_from_the_environment() -> None:
    limits = ZipLimits.from_env(
        {"PIPLKIT_ZIP_MAX_MB": "10", "PIPLKIT_ZIP_MAX_RATIO": "50", "PIPLKIT_ZIP_MAX_MEMBERS": "9"}
    )
    assert limits == ZipLimits(max_total_bytes=10 * MIB, max_ratio=50.0, max_members=9)
    assert ZipLimits.from_env({}) == ZipLimits()
    with pytest.raises(ValueError, match=r"must be numbers"):
        ZipLimits.from_env({"PIPLKIT_ZIP_MAX_MB": "lots"})


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 40_000), st.booleans()), min_size=1, max_size=8),
    st.integers(1, 200_000),
)
def test_refused_exactly_when_the_declared_total_exceeds_the_limit(
    members: list[tuple[int, bool]], limit: int
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for n, (size, repetitive) in enumerate(members):
            body = b"a" * size if repetitive else bytes(range(256)) * (size // 256)
            archive.writestr(f"m{n}", body)
    archive = zipfile.ZipFile(buffer)
    total = sum(i.file_size for i in archive.infolist())
    limits = ZipLimits(max_total_bytes=limit, max_ratio=1e9)
    if total > limit:
        with pytest.raises(ZipLimitError):
            inspect(archive, "t.zip", limits)
    else:
        assert inspect(archive, "t.zip", limits).total_bytes == total
