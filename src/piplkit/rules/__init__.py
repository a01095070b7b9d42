"""Rules engine: facts about a processing (a profile) → obligations and transfer routes.

Pure core: imports only ``piplkit.law``; no file, network or database I/O.
"""

from piplkit.rules.diff import diff
from piplkit.rules.engine import evaluate
from piplkit.rules.profile import Profile, ProfileError, parse_profile, profile_from_data
from piplkit.rules.result import Assessment

__all__ = [
    "Assessment",
    "Profile",
    "ProfileError",
    "diff",
    "evaluate",
    "parse_profile",
    "profile_from_data",
]
