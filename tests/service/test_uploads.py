"""The streaming multipart receiver: parts split anywhere, limits hit mid-stream, safe names."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from starlette.requests import Request

from piplkit.platform.service.uploads import (
    UploadError,
    UploadSpec,
    receive_upload,
    safe_filename,
    upload_folder,
)

BOUNDARY = "----piplkitTestBoundary"


def _body(parts: list[tuple[str, str | None, bytes]]) -> bytes:
    out = b""
    for name, filename, content in parts:
        disposition = f'form-data; name="{name}"'
        if filename is not None:
            disposition += f'; filename="{filename}"'
        out += (f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n\r\n").encode()
        out += content + b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode()


class Feed:
    """An ASGI receive callable that hands the body over in ``size``-byte chunks, counting them."""

    def __init__(self, body: bytes, size: int) -> None:
        self.chunks = [body[i:i + size] for i in range(0, len(body), size)] or [b""]
        self.pulled = 0

    async def __call__(self) -> dict[str, Any]:
        self.pulled += 1
        chunk = self.chunks[self.pulled - 1]
        return {"type": "http.request", "body": chunk, "more_body": self.pulled < len(self.chunks)}


def _request(feed: Feed, length: int | None = None) -> Request:
    headers = [(b"content-type", f"multipart/form-data; boundary={BOUNDARY}".encode())]
    if length is not None:
        headers.append((b"content-length", str(length).encode()))
    scope = {"type": "http", "method": "POST", "path": "/", "headers": headers,
             "query_string": b""}
    return Request(scope, feed)


SPEC = UploadSpec(files={"apk": 64 * 1024, "policy": 1024}, fields=frozenset({"type"}))


@pytest.mark.parametrize("chunk", [1, 7, 4096])
def test_parts_split_at_any_byte_arrive_whole(tmp_path: Path, chunk: int) -> None:
    apk = bytes(range(256)) * 100  # binary, with CR and LF and boundary-like dashes inside
    body = _body([("type", None, "地图导航类".encode()), ("apk", "../../etc/我的 app.apk", apk),
                  ("policy", "", b"")])
    upload = asyncio.run(receive_upload(_request(Feed(body, chunk)), tmp_path, SPEC))
    assert upload.fields == {"type": "地图导航类"}
    part = upload.files["apk"]
    assert part.filename == "我的_app.apk" and part.size == len(apk)
    assert part.path.read_bytes() == apk
    assert part.path.parent.parent == tmp_path  # inside the folder, whatever the name said
    assert "policy" not in upload.files  # an empty, unnamed file input is "not given"


def test_the_limit_stops_reading_mid_stream(tmp_path: Path) -> None:
    body = _body([("apk", "big.apk", b"x" * 200_000)])
    feed = Feed(body, 4096)
    with pytest.raises(UploadError) as err:
        asyncio.run(receive_upload(_request(feed), tmp_path, SPEC))
    assert err.value.status == 413
    assert str(err.value) == "big.apk: larger than the 64.0 KiB limit for apk"
    assert feed.pulled < len(feed.chunks) // 2, "the rest of the body was not read"


def test_a_declared_length_over_the_limit_reads_nothing(tmp_path: Path) -> None:
    feed = Feed(_body([("apk", "a.apk", b"x")]), 10)
    with pytest.raises(UploadError) as err:
        asyncio.run(receive_upload(_request(feed, length=10**9), tmp_path, SPEC))
    assert err.value.status == 413 and feed.pulled == 0


@pytest.mark.parametrize(
    ("parts", "status", "message"),
    [
        ([("colour", None, b"red")], 422, "colour: unknown field"),
        ([("other", "x.bin", b"x")], 422, "other: unknown file field (expected: apk, policy)"),
        ([("apk", None, b"text")], 422, "apk: must be a file"),
        ([("type", None, b"a"), ("type", None, b"b")], 422, "type: sent more than once"),
        ([("type", None, b"\xff\xfe")], 422, "type: not UTF-8 text"),
        ([("type", None, b"t" * 20_000)], 413, "type: longer than 16,384 bytes"),
    ],
)
def test_form_mistakes(tmp_path: Path, parts: list[tuple[str, str | None, bytes]], status: int,
                       message: str) -> None:
    with pytest.raises(UploadError) as err:
        asyncio.run(receive_upload(_request(Feed(_body(parts), 512)), tmp_path, SPEC))
    assert (err.value.status, str(err.value)) == (status, message)


def test_a_body_cut_short_is_400(tmp_path: Path) -> None:
    body = _body([("apk", "a.apk", b"x" * 5000)])[:3000]
    with pytest.raises(UploadError, match="ended early") as err:
        asyncio.run(receive_upload(_request(Feed(body, 1000)), tmp_path, SPEC))
    assert err.value.status == 400


def test_the_folder_goes_whatever_happens() -> None:
    with pytest.raises(RuntimeError), upload_folder() as folder:
        (folder / "part-1").mkdir()
        (folder / "part-1" / "a.apk").write_bytes(b"x")
        raise RuntimeError("boom")
    assert not folder.exists()


def test_safe_filename() -> None:
    assert safe_filename("C:\\Users\\张伟\\app v2.apk") == "app_v2.apk"
    assert safe_filename("../..") == "upload" and safe_filename(None) == "upload"
    assert safe_filename("a\x00b\nc.apk") == "a_b_c.apk"
