"""The register names its sibling pillars' tables explicitly, not by importing them for effect."""

from __future__ import annotations

import subprocess
import sys

from piplkit.map.register.schema import PILLAR_MODELS, full_metadata


def test_full_metadata_holds_every_pillars_tables() -> None:
    tables = set(full_metadata().tables)
    # one table of each pillar that declares its own
    assert {"dataset", "app_user", "dsr_request", "track_development"} <= tables
    assert len(PILLAR_MODELS) == len(set(PILLAR_MODELS))


def test_importing_the_register_pulls_in_no_other_pillar() -> None:
    code = (
        "import sys, piplkit.map.register, piplkit.map.register.store;"
        "print(sorted(m for m in sys.modules if m.startswith(('piplkit.platform.auth',"
        " 'piplkit.respond', 'piplkit.track'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
