"""De-identification: policies, operators, file rewriting and re-identification risk.

Build a :class:`Deidentifier` from a :class:`Policy` (``load_policy``) and a key (``policy_key``:
loaded when the policy pseudonymises and a key is given or required), then call
:meth:`Deidentifier.text` / ``cell`` or :func:`piplkit.protect.deid.io.deidentify_file`.
:func:`assess` measures k-anonymity and l-diversity.
"""

from piplkit.protect.deid.engine import Deidentifier
from piplkit.protect.deid.keys import KeyMaterialError, load_key, policy_key
from piplkit.protect.deid.policy import Policy, PolicyError, default_policy, load_policy
from piplkit.protect.deid.report import ChangeReport
from piplkit.protect.deid.risk import RiskReport, assess

__all__ = [
    "ChangeReport",
    "Deidentifier",
    "KeyMaterialError",
    "Policy",
    "PolicyError",
    "RiskReport",
    "assess",
    "default_policy",
    "load_key",
    "load_policy",
    "policy_key",
]
