"""Write real (unsigned) Android APK files: a binary AndroidManifest.xml and dex class tables.

Why piplkit ships an APK writer: the app check must be tested on real APK files that a real
parser (androguard) reads, and a 100 MB benchmark APK cannot be checked in. The writer encodes
the two formats the check reads, from their published layouts:

* Android binary XML (AXML): a UTF-16 string pool whose first entries are the attribute names
  named by the resource map (framework attribute ids such as ``android:name`` = 0x01010003),
  then namespace and element chunks with typed attribute values;
* dex (version 035): header, string ids, type ids and class definitions (each class extends
  ``java.lang.Object`` and has no code), string data and the map list, with the Adler-32
  checksum and SHA-1 signature.

The APK holds no resources table and no signature; static checks do not need them. Sizes are
padded with native libraries of random bytes (incompressible, like real ``.so`` files) and dex
filler strings, written in chunks so that a 100 MB file never sits in memory.
"""

from __future__ import annotations

import hashlib
import random
import struct
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ANDROID_NS = "http://schemas.android.com/apk/res/android"
#: Framework attribute ids (``android.R.attr``) of the manifest attributes the writer uses.
ATTR_IDS: dict[str, int] = {
    "label": 0x01010001,
    "name": 0x01010003,
    "debuggable": 0x0101000F,
    "exported": 0x01010010,
    "authorities": 0x01010018,
    "value": 0x01010024,
    "minSdkVersion": 0x0101020C,
    "versionCode": 0x0101021B,
    "versionName": 0x0101021C,
    "targetSdkVersion": 0x01010270,
    "maxSdkVersion": 0x01010271,
    "allowBackup": 0x01010280,
    "usesCleartextTraffic": 0x010104EC,
}
NO_INDEX = 0xFFFFFFFF
_TYPE_STRING, _TYPE_INT_DEC, _TYPE_INT_BOOLEAN = 0x03, 0x10, 0x12

AttrValue = str | int | bool


@dataclass
class Element:
    """An XML element; attribute names without a prefix are ``android:`` ones except ``package``."""

    tag: str
    attrs: dict[str, AttrValue] = field(default_factory=dict)
    children: list[Element] = field(default_factory=list)


# --- Android binary XML ---------------------------------------------------------------------


def _walk(element: Element) -> Iterable[Element]:
    yield element
    for child in element.children:
        yield from _walk(child)


def _string_pool(strings: list[str]) -> bytes:
    offsets, data = [], bytearray()
    for s in strings:
        offsets.append(len(data))
        units = s.encode("utf-16-le")
        n = len(units) // 2
        if n > 0x7FFF:
            data += struct.pack("<HH", 0x8000 | (n >> 16), n & 0xFFFF)
        else:
            data += struct.pack("<H", n)
        data += units + b"\0\0"
    while len(data) % 4:
        data += b"\0"
    header_size = 0x1C
    strings_start = header_size + 4 * len(strings)
    body = struct.pack(f"<{len(offsets)}I", *offsets) + bytes(data)
    head = struct.pack(
        "<HHIIIIII", 0x0001, header_size, header_size + len(body), len(strings), 0, 0,
        strings_start, 0,
    )
    return head + body


def encode_axml(root: Element) -> bytes:
    """``root`` as Android binary XML, the format of ``AndroidManifest.xml`` inside an APK."""
    attr_names: list[str] = []
    others: list[str] = ["android", ANDROID_NS]
    for el in _walk(root):
        others.append(el.tag)
        for name, value in el.attrs.items():
            if name in ATTR_IDS:
                if name not in attr_names:
                    attr_names.append(name)
            else:
                others.append(name)
            if isinstance(value, str):
                others.append(value)
    strings = list(dict.fromkeys(attr_names + others))
    index = {s: i for i, s in enumerate(strings)}
    chunks = [_string_pool(strings)]
    res_map = [ATTR_IDS[n] for n in attr_names]
    chunks.append(struct.pack(f"<HHI{len(res_map)}I", 0x0180, 8, 8 + 4 * len(res_map), *res_map))
    ns = (index["android"], index[ANDROID_NS])
    chunks.append(struct.pack("<HHIIIII", 0x0100, 0x10, 0x18, 1, NO_INDEX, *ns))

    def emit(el: Element, line: int) -> None:
        attrs = []
        for name, value in el.attrs.items():
            uri = index[ANDROID_NS] if name in ATTR_IDS else NO_INDEX
            if isinstance(value, bool):
                raw, kind, data = NO_INDEX, _TYPE_INT_BOOLEAN, 0xFFFFFFFF if value else 0
            elif isinstance(value, int):
                raw, kind, data = NO_INDEX, _TYPE_INT_DEC, value & 0xFFFFFFFF
            else:
                raw, kind, data = index[value], _TYPE_STRING, index[value]
            attrs.append((ATTR_IDS.get(name, 0xFFFFFFFF), uri, index[name], raw, kind, data))
        attrs.sort()  # Android finds attributes by binary search on the resource id
        body = b"".join(
            struct.pack("<IIIHBBI", uri, name, raw, 8, 0, kind, data)
            for _rid, uri, name, raw, kind, data in attrs
        )
        head = struct.pack(
            "<HHIIIIIHHHHHH", 0x0102, 0x10, 0x24 + len(body), line, NO_INDEX, NO_INDEX,
            index[el.tag], 0x14, 0x14, len(attrs), 0, 0, 0,
        )
        chunks.append(head + body)
        for child in el.children:
            emit(child, line + 1)
        chunks.append(struct.pack("<HHIIIII", 0x0103, 0x10, 0x18, line, NO_INDEX, NO_INDEX,
                                  index[el.tag]))

    emit(root, 2)
    chunks.append(struct.pack("<HHIIIII", 0x0101, 0x10, 0x18, 1, NO_INDEX, *ns))
    body = b"".join(chunks)
    return struct.pack("<HHI", 0x0003, 8, 8 + len(body)) + body


# --- dex ------------------------------------------------------------------------------------


def _uleb128(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def descriptor(class_name: str) -> str:
    """``com.example.Foo`` → ``Lcom/example/Foo;``."""
    return "L" + class_name.replace(".", "/") + ";"


def encode_dex(class_names: Iterable[str], extra_strings: Iterable[str] = ()) -> bytes:
    """A dex file defining ``class_names`` (empty classes extending java.lang.Object).

    ``extra_strings`` only enlarge the string table, as method and field names do in real code.
    Names are ASCII, so UTF-16 order (the dex sort order) is byte order.
    """
    classes = sorted({descriptor(c) for c in class_names} - {"Ljava/lang/Object;"})
    types = sorted({*classes, "Ljava/lang/Object;"})
    strings = sorted({*types, *extra_strings})
    for s in strings:
        if not s.isascii():
            raise ValueError(f"dex writer takes ASCII names only: {s!r}")
    sid = {s: i for i, s in enumerate(strings)}
    tid = {t: i for i, t in enumerate(types)}
    n_s, n_t, n_c = len(strings), len(types), len(classes)
    string_ids_off = 0x70
    type_ids_off = string_ids_off + 4 * n_s
    class_defs_off = type_ids_off + 4 * n_t
    data_off = class_defs_off + 32 * n_c
    data = bytearray()
    string_offsets = []
    for s in strings:
        string_offsets.append(data_off + len(data))
        data += _uleb128(len(s)) + s.encode("ascii") + b"\0"
    while len(data) % 4:
        data += b"\0"
    map_off = data_off + len(data)
    items = [
        (0x0000, 1, 0),
        (0x0001, n_s, string_ids_off),
        (0x0002, n_t, type_ids_off),
        (0x0006, n_c, class_defs_off),
        (0x2002, n_s, data_off),
        (0x1000, 1, map_off),
    ]
    items = [i for i in items if i[1]]
    data += struct.pack("<I", len(items))
    for kind, size, off in items:
        data += struct.pack("<HHII", kind, 0, size, off)
    file_size = data_off + len(data)
    obj = tid["Ljava/lang/Object;"]
    body = bytearray()
    body += struct.pack(f"<{n_s}I", *string_offsets)
    body += struct.pack(f"<{n_t}I", *(sid[t] for t in types))
    for c in classes:
        body += struct.pack("<8I", tid[c], 0x1, obj, 0, NO_INDEX, 0, 0, 0)
    header = bytearray(
        struct.pack(
            "<8sI20sIIIIIIIIIIIIIIIIIIII",
            b"dex\n035\0", 0, b"\0" * 20, file_size, 0x70, 0x12345678, 0, 0, map_off,
            n_s, string_ids_off, n_t, type_ids_off, 0, 0, 0, 0, 0, 0, n_c, class_defs_off,
            len(data), data_off,
        )
    )
    out = header + body + data
    out[12:32] = hashlib.sha1(out[32:], usedforsecurity=False).digest()
    out[8:12] = struct.pack("<I", zlib.adler32(out[12:]))
    return bytes(out)


# --- the APK --------------------------------------------------------------------------------


@dataclass
class SampleApk:
    """What the written APK declares and contains."""

    package: str
    version_name: str = "1.0.0"
    version_code: int = 1
    min_sdk: int = 21
    target_sdk: int = 33
    label: str = "Sample"
    permissions: list[str] = field(default_factory=list)
    #: (kind, class name) with kind activity / service / receiver / provider
    components: list[tuple[str, str]] = field(default_factory=list)
    meta_data: dict[str, str] = field(default_factory=dict)
    #: class names per dex file (classes.dex, classes2.dex, …)
    dex: list[list[str]] = field(default_factory=list)
    #: path inside the APK (``lib/arm64-v8a/libfoo.so``) → size in bytes of random content
    native_libs: dict[str, int] = field(default_factory=dict)
    assets: dict[str, bytes] = field(default_factory=dict)
    debuggable: bool | None = None
    cleartext: bool | None = None


def manifest_element(spec: SampleApk) -> Element:
    """The manifest as an element tree (``encode_axml`` turns it into binary XML)."""
    app = Element("application", {"label": spec.label})
    if spec.debuggable is not None:
        app.attrs["debuggable"] = spec.debuggable
    if spec.cleartext is not None:
        app.attrs["usesCleartextTraffic"] = spec.cleartext
    for kind, name in spec.components:
        attrs: dict[str, AttrValue] = {"name": name, "exported": False}
        if kind == "provider":
            attrs["authorities"] = f"{spec.package}.{name.rsplit('.', 1)[-1].lower()}"
        app.children.append(Element(kind, attrs))
    for key, value in spec.meta_data.items():
        app.children.append(Element("meta-data", {"name": key, "value": value}))
    root = Element(
        "manifest",
        {"package": spec.package, "versionCode": spec.version_code,
         "versionName": spec.version_name},
    )
    root.children.append(
        Element("uses-sdk", {"minSdkVersion": spec.min_sdk, "targetSdkVersion": spec.target_sdk})
    )
    for perm in spec.permissions:
        root.children.append(Element("uses-permission", {"name": perm}))
    root.children.append(app)
    return root


def _random_member(zf: zipfile.ZipFile, name: str, size: int, rng: random.Random) -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_STORED  # native libraries are stored uncompressed
    with zf.open(info, "w", force_zip64=size > 0x7FFFFFFF) as out:
        left = size
        while left:
            n = min(left, 1 << 20)
            out.write(rng.randbytes(n))
            left -= n


def write_apk(
    spec: SampleApk,
    path: Path,
    *,
    dex_filler: Mapping[int, Iterable[str]] | None = None,
    seed: int = 0,
) -> Path:
    """Write ``spec`` as an APK at ``path``; ``dex_filler`` adds strings to dex file i."""
    rng = random.Random(seed)
    filler = dex_filler or {}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("AndroidManifest.xml", encode_axml(manifest_element(spec)))
        for i, names in enumerate(spec.dex):
            member = "classes.dex" if i == 0 else f"classes{i + 1}.dex"
            zf.writestr(member, encode_dex(names, filler.get(i, ())))
        for name, size in spec.native_libs.items():
            _random_member(zf, name, size, rng)
        for name, data in spec.assets.items():
            zf.writestr(name, data)
    return path
