"""Presidio analyzer configured offline, with pattern recognizers only.

Presidio's engine always runs an NLP pipeline; its default wants a downloaded spaCy model
(``en_core_web_lg``). No model may be downloaded here, so the engine gets a *blank* spaCy
pipeline (``spacy.blank("en")``: tokenizer only, no NER, nothing to download) through a small
``SpacyNlpEngine`` subclass. The recognizer registry keeps only ``PatternRecognizer`` instances:
Presidio's regex + validation + context recognizers, no NER-backed ones.

Presidio's email recognizer validates domains with ``tldextract``, whose default extractor
tries to download the public-suffix list on first use; it is pointed at the snapshot that ships
inside tldextract (``suffix_list_urls=()``) so that nothing touches the network.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

LANGUAGE = "en"
#: Presidio recognizers for the types both tools detect (cards, e-mail, IP addresses).
MATCHED = ("CreditCardRecognizer", "EmailRecognizer", "IpRecognizer")


def _offline_tldextract() -> None:
    import tldextract
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    offline = tldextract.TLDExtract(suffix_list_urls=())

    class _Shim:
        extract = staticmethod(offline)

    email_recognizer.tldextract = _Shim  # type: ignore[attr-defined]


def build_analyzer(only: Iterable[str] | None = None) -> Any:
    """An ``AnalyzerEngine`` with a blank spaCy pipeline and pattern recognizers.

    ``only``: class names to keep (default: every pattern recognizer Presidio loads by default
    for English).
    """
    import spacy
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    _offline_tldextract()

    class BlankSpacyNlpEngine(SpacyNlpEngine):
        """Tokenises with a blank pipeline instead of loading a trained model."""

        def load(self) -> None:
            self.nlp = {LANGUAGE: spacy.blank(LANGUAGE)}

    engine = BlankSpacyNlpEngine(models=[{"lang_code": LANGUAGE, "model_name": "blank"}])
    engine.load()
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    registry.load_predefined_recognizers(languages=[LANGUAGE], nlp_engine=engine)
    wanted = set(only) if only is not None else None
    registry.recognizers = [
        r
        for r in registry.recognizers
        if isinstance(r, PatternRecognizer) and (wanted is None or type(r).__name__ in wanted)
    ]
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=[LANGUAGE])


def recognizer_names(analyzer: Any) -> list[str]:
    return sorted(type(r).__name__ for r in analyzer.registry.recognizers)
