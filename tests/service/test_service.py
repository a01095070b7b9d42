"""The service layer the three faces share: key lookup, the backend accessor, downloads."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from tests.api.helpers import SETTINGS, served

from piplkit.map.register.pseudonym import ENV_KEY
from piplkit.platform.service.backend import backend
from piplkit.platform.service.export import attachment_headers, file_bytes
from piplkit.platform.service.keys import KeyUnavailableError, hmac_key

BODY = {
    "request_id": "svc-1",
    "kind": "access",
    "identifier_type": "cn_mobile",
    "identifier": "13800138000",
}


def _holder(**state: Any) -> Any:
    return SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(**state)))


def test_key_from_app_state_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_KEY, "environment-key-0123456789abcdef")
    assert hmac_key(_holder(hmac_key=b"state-key")) == b"state-key"
    assert hmac_key(_holder()) == b"environment-key-0123456789abcdef"


def test_missing_key_is_a_service_error_that_says_how_to_fix_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_KEY, raising=False)
    with pytest.raises(KeyUnavailableError, match="restart it with the key set"):
        hmac_key(_holder())


def test_backend_is_the_one_on_the_application_state() -> None:
    marker = object()
    assert backend(_holder(backend=marker)) is marker


def test_file_bytes_returns_what_the_writer_wrote_and_leaves_nothing() -> None:
    seen: list[Path] = []

    def write(path: Path) -> None:
        seen.append(path)
        path.write_bytes(b"\x00abc")

    assert file_bytes(write, ".bin") == b"\x00abc"
    assert seen[0].suffix == ".bin" and not seen[0].parent.exists()


def test_attachment_names_are_utf8_encoded() -> None:
    header = attachment_headers("双清单 a;b.xlsx")["Content-Disposition"]
    assert header == "attachment; filename*=UTF-8''%E5%8F%8C%E6%B8%85%E5%8D%95%20a%3Bb.xlsx"


def test_api_answers_503_without_a_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_KEY, raising=False)
    with served(f"sqlite:///{tmp_path / 'piplkit.db'}", SETTINGS) as env:
        r = env.client.post("/api/v1/dsr/requests", json=BODY, headers=env.auth("editor"))
        assert r.status_code == 503, r.text
        assert r.json()["error"] == "service_unavailable"
        assert "cannot hash identifiers" in r.json()["detail"]
