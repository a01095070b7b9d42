"""Every column kind, PI and not: the three modules that define them, gathered.

``kinds_pi``, ``kinds_records`` and ``kinds_plain`` each call ``kinds.define`` as they load. The
gathering lived in ``kinds.py`` itself, which those modules import, so the two imported each
other; here it sits above both, and the import graph has no cycle.
"""

from __future__ import annotations

from piplkit.discover.evaluation.business import kinds_pi, kinds_plain, kinds_records
from piplkit.discover.evaluation.business.kinds import REGISTRY, Kind, KindDataError, header_data

#: The modules whose loading defines the kinds (named, so that the imports above are used).
DEFINING = (kinds_pi, kinds_records, kinds_plain)


def registry() -> dict[str, Kind]:
    """Every kind; fails when headers.yaml names a kind the code does not define."""
    orphans = sorted(set(header_data()) - set(REGISTRY))
    if orphans:
        raise KindDataError(f"headers.yaml names undefined kinds: {', '.join(orphans)}")
    return REGISTRY
