"""Render a fixed set of reports and write what a refactor of ``documents/`` must not change.

Usage (from the worktree): ``python tests/documents/render_snapshot.py OUTDIR`` before and after
a change, then ``diff -r BEFORE AFTER``. For each case and language it writes the report model
(``repr``), the HTML bytes, the DOCX ``word/document.xml`` and the DOCX text, and ``digest.json``
with their hashes. The cases cover every branch of the PIPIA builder: the sample profiles, the
2021/2023/2024 regimes, an assessment result and a certificate, important data, an empty profile
and a deadline in 2027 (unknown holiday schedule). Not a pytest module: snapshots would churn
with every intended wording change, so this is run by hand when behaviour must stay identical.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import sys
import zipfile
from importlib import resources
from pathlib import Path
from typing import Any

from piplkit.assess.documents import build_report
from piplkit.assess.documents.writer import render
from piplkit.assess.rules import Profile, evaluate, parse_profile, profile_from_data

D = dt.date.fromisoformat
SAMPLES = resources.files("piplkit.discover.samples").joinpath("profiles")

FULL: dict[str, Any] = {
    "handler": {
        "name": "Full <Co> & 'x'",
        "individuals_processed": 20_000_000,
        "located_outside_china": True,
        "important_data_handler": True,
    },
    "processing": {
        "sensitive_categories": ["medical_health", "minors_under_14"],
        "minors_under_14": True,
        "automated_decision_making": True,
        "entrusted_processing": True,
        "provides_to_other_handlers": True,
        "publishes_pi": True,
        "public_place_images_other_purpose": True,
        "facial_recognition": {"stored_individuals": 120_000},
        "industry_regulators": ["NHC"],
    },
    "transfers": [
        {
            "name": "A",
            "recipient": {"name": "RA", "country": "US"},
            "purpose": "other",
            "volumes": [{"year": 2025, "individuals": 2_000_000, "sensitive_individuals": 5}],
            "assessment_result_issued_on": "2023-01-05",
        },
        {
            "name": "B",
            "recipient": {"name": "RB", "country": "JP"},
            "purpose": "other",
            "important_data": True,
            "volumes": [{"year": 2025, "individuals": 5}],
            "certified_on": "2024-01-01",
        },
        {
            "name": "C",
            "recipient": {"name": "RC", "country": "DE"},
            "purpose": "emergency",
            "volumes": [{"year": 2025, "individuals": 5}],
        },
    ],
}
SCC: dict[str, Any] = {
    "handler": {"name": "SCC Co", "individuals_processed": 500_000},
    "transfers": [
        {
            "name": "S",
            "recipient": {"name": "R", "country": "SG"},
            "purpose": "other",
            "contract_effective_on": "2026-12-24",
            "certified_on": "2026-01-01",
            "volumes": [{"year": 2026, "individuals": 150_000, "sensitive_individuals": 100}],
        }
    ],
}
EMPTY: dict[str, Any] = {"handler": {"name": "Empty Co", "individuals_processed": 10}}


def sample(name: str) -> Profile:
    text = SAMPLES.joinpath(name).read_text("utf-8")
    return parse_profile(text, "json" if name.endswith(".json") else "yaml")


def cases() -> list[tuple[str, Profile, dt.date]]:
    return [
        ("retail", sample("retail_platform.yaml"), D("2025-12-01")),
        ("retail-2023", sample("retail_platform.yaml"), D("2023-01-10")),
        ("retail-2024", sample("retail_platform.yaml"), D("2024-04-01")),
        ("example", sample("example.yaml"), D("2024-03-21")),
        ("example-22", sample("example.yaml"), D("2024-03-22")),
        ("small", sample("small_exporter.json"), D("2025-06-01")),
        ("full-2025", profile_from_data(FULL), D("2025-12-01")),
        ("full-2021", profile_from_data(FULL), D("2021-12-01")),
        ("scc-2026", profile_from_data(SCC), D("2026-12-01")),
        ("empty", profile_from_data(EMPTY), D("2024-01-01")),
    ]


def docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    lines += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(lines)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    digest: dict[str, dict[str, str]] = {}
    for name, profile, day in cases():
        result = evaluate(profile, day)
        for lang in ("zh", "en"):
            report = build_report(profile, result, lang, generated_on=D("2026-01-05"))
            stem = f"{name}.{lang}"
            html = render(report, "html")
            docx_bytes = render(report, "docx")
            archive = zipfile.ZipFile(io.BytesIO(docx_bytes))
            # core.xml carries the creation time: everything else must be identical
            parts = {n: archive.read(n) for n in sorted(archive.namelist())}
            parts.pop("docProps/core.xml", None)
            (out / f"{stem}.model.txt").write_text(repr(report), "utf-8")
            (out / f"{stem}.html").write_bytes(html)
            (out / f"{stem}.docx.document.xml").write_bytes(parts["word/document.xml"])
            (out / f"{stem}.docx.txt").write_text(docx_text(docx_bytes), "utf-8")
            joined = b"".join(n.encode() + v for n, v in parts.items())
            digest[stem] = {
                "model": hashlib.sha256(repr(report).encode()).hexdigest()[:16],
                "html": hashlib.sha256(html).hexdigest()[:16],
                "docx_parts": hashlib.sha256(joined).hexdigest()[:16],
            }
    (out / "digest.json").write_text(json.dumps(digest, indent=1), "utf-8")
    print(f"{len(digest)} reports written to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: render_snapshot.py OUTDIR")
    main(Path(sys.argv[1]))
