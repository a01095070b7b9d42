"""Truncated and corrupted APKs, manifests and dex files: an ApkError or a result, never a crash.

Any other exception (IndexError, struct.error, zlib.error, UnicodeDecodeError, MemoryError …)
fails the test: the CLI turns only AppCheckError into its one-line error.
"""

from __future__ import annotations

import contextlib
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piplkit.discover.apps.apk import read_apk
from piplkit.discover.apps.dex import DexError, class_descriptors
from piplkit.discover.apps.errors import ApkError
from piplkit.discover.apps.sdks import find_sdks
from piplkit.discover.samples.apk import encode_axml, encode_dex, manifest_element, write_apk
from piplkit.discover.samples.app_demo import DEMO_APK

_DIR = Path(tempfile.mkdtemp(prefix="piplkit-apk-fuzz-"))
_GOOD = write_apk(DEMO_APK, _DIR / "good.apk").read_bytes()
_AXML = encode_axml(manifest_element(DEMO_APK))
_DEX = encode_dex(DEMO_APK.dex[0])
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read(data: bytes) -> None:
    path = _DIR / "fuzz.apk"
    path.write_bytes(data)
    try:
        facts = read_apk(path)
    except ApkError as exc:
        message = str(exc)
        assert "fuzz.apk" in message and "\n" not in message
        return
    find_sdks(facts)


@SETTINGS
@given(st.integers(min_value=0, max_value=len(_GOOD) - 1))
def test_truncated_apk(cut: int) -> None:
    _read(_GOOD[:cut])


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, len(_GOOD) - 1), st.integers(0, 255)),
                min_size=1, max_size=12))
def test_corrupted_apk_bytes(flips: list[tuple[int, int]]) -> None:
    data = bytearray(_GOOD)
    for pos, value in flips:
        data[pos] = value
    _read(bytes(data))


def _apk_with(manifest: bytes, dex: bytes = _DEX) -> bytes:
    path = _DIR / "built.apk"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("AndroidManifest.xml", manifest)
        zf.writestr("classes.dex", dex)
    return path.read_bytes()


@SETTINGS
@given(st.data())
def test_corrupted_manifest_axml(data: st.DataObject) -> None:
    axml = bytearray(_AXML)
    if data.draw(st.booleans()):
        axml = axml[: data.draw(st.integers(0, len(axml)))]
    for _ in range(data.draw(st.integers(0, 8))):
        if axml:
            axml[data.draw(st.integers(0, len(axml) - 1))] = data.draw(st.integers(0, 255))
    _read(_apk_with(bytes(axml)))


@SETTINGS
@given(st.binary(max_size=2048))
def test_random_manifest_bytes(blob: bytes) -> None:
    _read(_apk_with(blob))


@SETTINGS
@given(st.data())
def test_corrupted_dex(data: st.DataObject) -> None:
    dex = bytearray(_DEX)
    if data.draw(st.booleans()):
        dex = dex[: data.draw(st.integers(0, len(dex)))]
    for _ in range(data.draw(st.integers(0, 8))):
        if dex:
            dex[data.draw(st.integers(0, len(dex) - 1))] = data.draw(st.integers(0, 255))
    with contextlib.suppress(DexError):
        class_descriptors(bytes(dex))
    _read(_apk_with(_AXML, bytes(dex)))


def test_central_directory_pointing_before_the_file_start() -> None:
    """Found by the fuzz test: zipfile computes a negative member offset; seek() raised OSError."""
    data = bytearray(_GOOD)
    end = data.rfind(b"PK\x05\x06")
    cd_offset = int.from_bytes(data[end + 16:end + 20], "little")
    data[end + 16:end + 20] = (cd_offset + 65536).to_bytes(4, "little")
    _read(bytes(data))
