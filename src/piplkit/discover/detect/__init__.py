"""Detection of Chinese personal information in text.

The public surface is small on purpose: build a :class:`Detector` (optionally for a subset of
type ids and an evaluation date) and call :meth:`Detector.detect` on strings.
"""

from piplkit.discover.detect.engine import Detector
from piplkit.discover.detect.model import Finding
from piplkit.discover.detect.registry import Registry, default_registry

__all__ = ["Detector", "Finding", "Registry", "default_registry"]
