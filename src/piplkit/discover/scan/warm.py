"""Imported once by the scan worker's fork server (:mod:`piplkit.discover.scan.isolated`).

Importing piplkit and building the detectors (name and address models) takes seconds; doing it
here, before the fork server forks, lets every scan child start with both ready.
"""

from piplkit.discover.detect import Detector
from piplkit.discover.scan import scan as _scan  # noqa: F401 - imported for the children
from piplkit.discover.scan.analysis import TEXT_MIN_SCORE

for _score in (0.3, TEXT_MIN_SCORE):
    Detector(min_score=_score).detect("张伟 13812345678 上海市徐汇区虹漕路461号")
