"""Builders for rules-engine tests: small profiles from keyword arguments."""

from __future__ import annotations

from typing import Any

from piplkit.assess.rules.profile import Profile, profile_from_data


def xfer(
    name: str = "T1",
    purpose: str = "other",
    volumes: dict[int, int | tuple[int, int]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    vols = []
    for year, v in (volumes or {}).items():
        individuals, sensitive = v if isinstance(v, tuple) else (v, 0)
        vols.append({"year": year, "individuals": individuals, "sensitive_individuals": sensitive})
    return {
        "name": name,
        "recipient": {"name": "Recipient Ltd.", "country": "DE"},
        "purpose": purpose,
        "volumes": vols,
        **extra,
    }


def profile(
    *transfers: dict[str, Any],
    ciio: bool = False,
    processed: int = 50_000,
    processing: dict[str, Any] | None = None,
    **handler: Any,
) -> Profile:
    data: dict[str, Any] = {
        "handler": {
            "name": "Test Co.",
            "ciio": ciio,
            "individuals_processed": processed,
            **handler,
        },
        "transfers": list(transfers),
    }
    if processing is not None:
        data["processing"] = processing
    return profile_from_data(data)
