"""Receive a multipart upload straight to disk, with hard size limits and bounded memory.

Why not Starlette's form parser (``await request.form()``): it spools each file part to an
anonymous temporary file and hands the form over only once the whole body has arrived, so a
size limit could only be checked afterwards, and the API's body-limit middleware buffers bodies
in memory. Here the body is parsed while it streams in (python-multipart's push parser, the one
Starlette uses underneath), each file part is written to its own file in a private folder under
the client's file name (made safe), and the upload ends with 413 the moment a part or the whole
body passes its limit. Memory holds one network chunk and the small text fields.

Both HTTP faces use it (the REST endpoint and the web form of the app check); each maps
:class:`UploadError` onto its own answer. The caller owns the folder: :func:`upload_folder`
makes one and removes it, with everything in it, however the request ends.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import ClientDisconnect, Request

from piplkit.discover.containers.zipguard import size_text

_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)
#: Room for the multipart framing (boundaries and part headers) on top of the parts themselves.
FRAMING_BYTES = 64 * 1024


def safe_filename(name: str | None) -> str:
    """The last path component, with anything but word characters, dots and dashes replaced.

    The result names the file on disk and in error messages, so it can neither climb out of the
    upload folder nor carry control characters into a log line or a page.
    """
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    clean = _UNSAFE.sub("_", base).strip("._")[:120]
    return clean or "upload"


class UploadError(Exception):
    """The upload cannot be taken: ``status`` is the HTTP status, the message names the file or
    field and never quotes content."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class UploadSpec:
    """What an endpoint accepts: file fields with their byte limits, and text fields."""

    files: Mapping[str, int]
    fields: frozenset[str] = frozenset()
    max_field_bytes: int = 16 * 1024

    @property
    def max_body(self) -> int:
        """The largest body that can hold every part at its limit."""
        return (
            sum(self.files.values())
            + len(self.fields) * self.max_field_bytes
            + FRAMING_BYTES
        )

    def limits_text(self) -> str:
        return ", ".join(f"{name} up to {size_text(n)}" for name, n in self.files.items())


@dataclass(frozen=True, slots=True)
class FilePart:
    field: str
    #: the client's file name made safe (:func:`safe_filename`); also the name on disk
    filename: str
    path: Path
    size: int


@dataclass
class Upload:
    files: dict[str, FilePart] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)


@contextmanager
def upload_folder(prefix: str = "piplkit-upload-") -> Iterator[Path]:
    """A private temporary folder (mode 0700), removed with its contents when the block ends."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class _Receiver:
    """The parser's callbacks: one part at a time, files to disk, text fields to memory."""

    def __init__(self, folder: Path, spec: UploadSpec) -> None:
        self.folder = folder
        self.spec = spec
        self.upload = Upload()
        self.ended = False
        self._header_name = bytearray()
        self._header_value = bytearray()
        self._headers: dict[bytes, bytes] = {}
        self._name = ""
        self._filename: str | None = None
        self._unnamed = False
        self._fh: BinaryIO | None = None
        self._path: Path | None = None
        self._size = 0
        self._text = bytearray()
        self._seen: set[str] = set()

    # headers of a part
    def on_part_begin(self) -> None:
        self._headers = {}
        self._name, self._filename, self._size = "", None, 0
        self._text.clear()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        self._headers[bytes(self._header_name).lower()] = bytes(self._header_value)
        self._header_name.clear()
        self._header_value.clear()

    def on_headers_finished(self) -> None:
        disposition, options = parse_options_header(self._headers.get(b"content-disposition"))
        if disposition != b"form-data" or b"name" not in options:
            raise UploadError(400, "a part of the upload has no form-data name")
        name = options[b"name"].decode("utf-8", "replace")
        shown = safe_filename(name)
        if name in self._seen:
            raise UploadError(422, f"{shown}: sent more than once")
        self._seen.add(name)
        self._name = name
        if b"filename" in options:
            self._unnamed = not options[b"filename"]
            self._filename = safe_filename(options[b"filename"].decode("utf-8", "replace"))
            if name not in self.spec.files:
                raise UploadError(422, f"{shown}: unknown file field (expected: "
                                       f"{', '.join(self.spec.files)})")
            target = self.folder / f"part-{len(self._seen)}"
            target.mkdir()
            self._path = target / self._filename
            self._fh = self._path.open("wb")
        elif name in self.spec.files:
            raise UploadError(422, f"{shown}: must be a file")
        elif name not in self.spec.fields:
            raise UploadError(422, f"{shown}: unknown field")

    # content of a part
    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        n = end - start
        self._size += n
        if self._fh is not None:
            limit = self.spec.files[self._name]
            if self._size > limit:
                raise UploadError(413, f"{self._filename}: larger than the {size_text(limit)} "
                                       f"limit for {safe_filename(self._name)}")
            self._fh.write(data[start:end])
        else:
            if self._size > self.spec.max_field_bytes:
                raise UploadError(413, f"{safe_filename(self._name)}: longer than "
                                       f"{self.spec.max_field_bytes:,} bytes")
            self._text += data[start:end]

    def on_part_end(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
            assert self._path is not None and self._filename is not None
            # a file input left empty in a browser form arrives as an empty, unnamed part
            if self._size or not self._unnamed:
                self.upload.files[self._name] = FilePart(
                    self._name, self._filename, self._path, self._size
                )
            return
        try:
            self.upload.fields[self._name] = bytes(self._text).decode("utf-8")
        except UnicodeDecodeError:
            raise UploadError(422, f"{safe_filename(self._name)}: not UTF-8 text") from None

    def on_end(self) -> None:
        self.ended = True

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _boundary(request: Request, spec: UploadSpec) -> bytes:
    ctype, options = parse_options_header(request.headers.get("content-type"))
    if ctype != b"multipart/form-data":
        raise UploadError(415, "send the upload as multipart/form-data (fields: "
                               f"{', '.join([*spec.files, *sorted(spec.fields)])})")
    boundary = options.get(b"boundary")
    if not boundary:
        raise UploadError(400, "the multipart/form-data upload has no boundary")
    return boundary


def _declared_length(request: Request) -> int | None:
    raw = request.headers.get("content-length")
    if raw is None:
        return None
    try:
        return int(raw)
    except ValueError:
        raise UploadError(400, "the Content-Length header is not a number") from None


async def receive_upload(request: Request, folder: Path, spec: UploadSpec) -> Upload:
    """Parse the multipart body of ``request`` into ``folder``; :class:`UploadError` otherwise.

    A declared ``Content-Length`` over :attr:`UploadSpec.max_body` is refused before a byte is
    read; the real size is counted as it arrives, per part and in all.
    """
    boundary = _boundary(request, spec)
    declared = _declared_length(request)
    if declared is not None and declared > spec.max_body:
        raise UploadError(413, f"the upload ({size_text(declared)}) is larger than the limit "
                               f"({spec.limits_text()})")
    receiver = _Receiver(folder, spec)
    try:
        parser = MultipartParser(boundary, {
            "on_part_begin": receiver.on_part_begin,
            "on_part_data": receiver.on_part_data,
            "on_part_end": receiver.on_part_end,
            "on_header_field": receiver.on_header_field,
            "on_header_value": receiver.on_header_value,
            "on_header_end": receiver.on_header_end,
            "on_headers_finished": receiver.on_headers_finished,
            "on_end": receiver.on_end,
        })
        total = 0
        async for chunk in request.stream():
            total += len(chunk)
            if total > spec.max_body:
                raise UploadError(413, f"the upload is larger than the limit "
                                       f"({spec.limits_text()})")
            parser.write(chunk)
        parser.finalize()
    except FormParserError:
        raise UploadError(400, "the upload is not valid multipart/form-data") from None
    except ClientDisconnect:
        raise UploadError(400, "the client disconnected before the upload ended") from None
    finally:
        receiver.close()
    if not receiver.ended:
        raise UploadError(400, "the upload ended early: the multipart body has no closing "
                               "boundary (interrupted or truncated)")
    return receiver.upload
