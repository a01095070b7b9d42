"""The classes a dex file defines, read from its header and class table alone.

Why not androguard's ``DEX``: it parses every method, field and instruction, which takes minutes
for a large app, while SDK detection needs only class names. A dex file lists its classes in
``class_defs`` (32 bytes each, pointing through ``type_ids`` and ``string_ids`` to MUTF-8 class
descriptors such as ``Lcom/igexin/sdk/PushManager;``), so the names come from three tables and
the string data they point to. Every offset is checked against the file before use: a corrupt
or hostile dex raises :class:`DexError`, it never reads out of bounds or loops. The tests read
the same files with androguard and compare.
"""

from __future__ import annotations

import struct
from collections import Counter

_HEADER = struct.Struct("<8sI20sIIIIII" + "II" * 6 + "II")
_HEADER_SIZE = 0x70
_ENDIAN = 0x12345678


class DexError(ValueError):
    """The bytes are not a readable dex file."""


def _uleb_end(data: bytes, pos: int) -> int:
    for i in range(5):
        if pos + i >= len(data):
            raise DexError("string data runs past the end of the file")
        if not data[pos + i] & 0x80:
            return pos + i + 1
    raise DexError("malformed ULEB128 length")


def class_descriptors(data: bytes) -> list[str]:
    """Descriptors (``Lpkg/Name;``) of the classes defined in ``data``, in table order."""
    if len(data) < _HEADER_SIZE or not data.startswith(b"dex\n"):
        raise DexError("not a dex file (bad magic)")
    fields = _HEADER.unpack_from(data)
    endian = fields[5]
    if endian != _ENDIAN:
        raise DexError("unsupported byte order")
    n_strings, strings_off, n_types, types_off = fields[9:13]
    n_classes, classes_off = fields[19], fields[20]
    size = len(data)
    for count, off, width in (
        (n_strings, strings_off, 4),
        (n_types, types_off, 4),
        (n_classes, classes_off, 32),
    ):
        if count and (off < _HEADER_SIZE or off + count * width > size):
            raise DexError("a table lies outside the file")
    string_offsets = struct.unpack_from(f"<{n_strings}I", data, strings_off)
    type_strings = struct.unpack_from(f"<{n_types}I", data, types_off)
    out: list[str] = []
    class_types = struct.unpack_from(f"<{8 * n_classes}I", data, classes_off)[::8]
    for type_idx in class_types:
        if type_idx >= n_types:
            raise DexError("a class names a type that does not exist")
        string_idx = type_strings[type_idx]
        if string_idx >= n_strings:
            raise DexError("a type names a string that does not exist")
        start = _uleb_end(data, string_offsets[string_idx])
        end = data.find(b"\0", start, start + 4096)
        if end < 0:
            raise DexError("a class name is not terminated")
        # MUTF-8 differs from UTF-8 only for NUL and supplementary characters, which class
        # names do not use in practice; anything odd is replaced, never fatal.
        out.append(data[start:end].decode("utf-8", errors="replace"))
    return out


def package_of(desc: str) -> str:
    """``Lcom/igexin/sdk/PushManager;`` → ``com.igexin.sdk`` ("" for the default package)."""
    body = desc[1:-1] if desc.startswith("L") and desc.endswith(";") else desc
    head, _, _ = body.rpartition("/")
    return head.replace("/", ".")


def packages(descriptors: list[str]) -> Counter[str]:
    """Class count per package."""
    return Counter(package_of(d) for d in descriptors)
