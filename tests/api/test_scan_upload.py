"""Scan uploads run in a limited child: bombs and memory hogs get 4xx, the server stays flat."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.api.helpers import Served, served
from tests.register.conftest import db_url  # noqa: F401

from piplkit.discover.evaluation.hostile import xlsx_bomb
from piplkit.faces.api import Settings

MIB = 1024 * 1024
#: Room for one hungry upload; a warm scan child starts at about 0.4 GiB of address space.
TIGHT = Settings(max_upload_bytes=40 * MIB, scan_memory_bytes=640 * MIB, scan_seconds=120)


@pytest.fixture
def tight(db_url: str) -> Iterator[Served]:  # noqa: F811
    with served(db_url, TIGHT) as env:
        yield env


def _hungry_json() -> bytes:
    """20 MB of tiny JSON objects: a whole-document parse takes well over 0.5 GB."""
    return json.dumps([{"k": n, "v": "x"} for n in range(900_000)]).encode()


def _peak_kb() -> int:
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0])


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def test_a_zip_bomb_upload_is_refused_with_the_error_schema(api: Served, tmp_path: Path) -> None:
    data = xlsx_bomb(tmp_path / "b.xlsx", 64 * MIB).read_bytes()
    r = api.client.post(
        "/api/v1/scans/run", headers=api.auth("editor"), files={"file": ("客户.xlsx", data)}
    )
    assert r.status_code == 422
    body = r.json()
    assert set(body) == {"error", "detail"} and body["error"] == "invalid_input"
    assert body["detail"].startswith("客户.xlsx: ") and "zip bomb" in body["detail"]
    assert "piplkit-scan-" not in body["detail"], "no temporary path"


def test_a_memory_hog_gets_413_and_the_server_memory_stays_flat(tight: Served) -> None:
    upload = _hungry_json()
    if not _reset_peak():
        pytest.skip("/proc/self/clear_refs is not writable here")
    before = _peak_kb()
    r = tight.client.post(
        "/api/v1/scans/run",
        headers=tight.auth("editor"),
        files={"file": ("big.json", upload)},
        data={"import": "false"},
    )
    assert r.status_code == 413, r.text
    assert r.json() == {
        "error": "payload_too_large",
        "detail": "big.json: scanning needs more than the 640.0 MiB memory limit of a scan worker",
    }
    assert _peak_kb() - before < 150 * 1024, "the scan ran outside the server process"
    ok = tight.client.post(
        "/api/v1/scans/run",
        headers=tight.auth("editor"),
        files={"file": ("small.csv", "手机,姓名\n13812345678,张伟\n".encode())},
        data={"import": "false"},
    )
    assert ok.status_code == 200, ok.text
    [file] = ok.json()["report"]["files"]
    assert file["path"] == "small.csv" and file["columns"][0]["pi_type"] == "cn_mobile"


def test_a_slow_scan_gets_413(db_url: str) -> None:  # noqa: F811
    with served(db_url, Settings(scan_seconds=0.001)) as env:
        r = env.client.post(
            "/api/v1/scans/run",
            headers=env.auth("editor"),
            files={"file": ("a.csv", b"a,b\n1,2\n")},
        )
    assert r.status_code == 413
    assert r.json()["detail"] == "a.csv: scanning took longer than the 0.001 s limit"
