"""Rules engine: facts about a processing (a profile) → obligations and transfer routes.

Pure core: imports only ``piplkit.assess.law``; no file, network or database I/O.
"""

from piplkit.assess.rules.diff import diff
from piplkit.assess.rules.engine import evaluate
from piplkit.assess.rules.profile import Profile, ProfileError, parse_profile, profile_from_data
from piplkit.assess.rules.result import Assessment

__all__ = [
    "Assessment",
    "Profile",
    "ProfileError",
    "diff",
    "evaluate",
    "parse_profile",
    "profile_from_data",
]
