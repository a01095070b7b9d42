"""The law as data: instruments, articles, dated parameters and classification catalogues.

This package imports nothing else from piplkit, so every other package may depend on it.
``load_knowledge_base()`` returns the validated instruments and dated parameters;
``pi_types.load_catalogue()`` the PI type catalogue; ``data_grading.load_grading()`` the
data-grading rules (GB/T 43697-2024).
"""

from piplkit.assess.law.kb import KnowledgeBase, KnowledgeBaseError, load_knowledge_base
from piplkit.assess.law.models import Citation, Instrument, Parameter, ParameterValue

__all__ = [
    "Citation",
    "Instrument",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Parameter",
    "ParameterValue",
    "load_knowledge_base",
]
