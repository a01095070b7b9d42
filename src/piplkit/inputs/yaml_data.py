"""The one way piplkit reads its YAML data files (catalogues, knowledge base, hints, profiles).

Why here: the law, the detectors, the scanner and the service all read shipped YAML, and each
had its own copy of the loader choice; this module needs nothing of piplkit, so every pillar may
import it (``inputs`` is the lowest layer).

Why libyaml's safe loader where PyYAML was built with it: the same mapping as the Python safe
loader (tests/test_data_files.py compares them on every data file) for a fraction of the CPU,
which start-up pays: 5 ms for the PI catalogue against 45 ms, 7 ms for an i18n catalogue against
39 ms (measured 2026-12-06); about a second of a sampling scan's 8.5 s and 0.4 s of loading the
law went to the Python loader (measured 2026-12-07).
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["LOADER", "load_yaml"]

#: libyaml's safe loader where PyYAML has it, else the Python one (both safe: no object tags).
LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The data of one YAML document, read with :data:`LOADER`."""
    return yaml.load(text, Loader=LOADER)  # a safe loader, C or Python
