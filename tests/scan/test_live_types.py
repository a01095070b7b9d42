"""A full scan runs only the recognizers whose candidate pattern occurs in the text
(``analysis.live_types``): that must never change the findings."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import AS_OF
from tests.detect.test_vectorized import _PIECES, STRONG

from piplkit.discover.detect import Detector
from piplkit.discover.detect.registry import default_registry
from piplkit.discover.detect.vectorized import CANDIDATES
from piplkit.discover.scan.analysis import CELL_MIN_SCORE, _cue_driven, detector_for, live_types

#: Cells as a full scan joins them: the benchmark's pieces, digit runs of every length
#: (order numbers, ids, amounts), cue words and line breaks between cells.
_MORE = st.sampled_from(
    ["\n", "\n", "QQ", "微信号", "密码", "生日", "1", "20241105", "288296978535902474",
     "DD20241105123456", "75378.61", "20210416190053", "12345", "0", "9", "X", "x", "A"]
)  # fmt: skip
_TEXTS = st.lists(st.one_of(_PIECES, _MORE), max_size=12).map("".join)
_PATTERN_TYPES = [
    t for t in STRONG if t in CANDIDATES and not _cue_driven(t, AS_OF, default_registry().version)
]


def _candidate(text: str, type_id: str) -> bool:
    return bool(pc.match_substring_regex(pa.array([text]), CANDIDATES[type_id])[0].as_py())


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_pattern_recognizers_only_match_where_their_candidate_pattern_does(text: str) -> None:
    # Stronger than the superset test of tests/detect: every raw match, kept or not after
    # scores and overlaps, so that dropping the recognizer cannot change what others keep.
    for type_id in _PATTERN_TYPES:
        detector = detector_for((type_id,), AS_OF)
        recognizer = detector.recognizers[0]
        if list(recognizer.analyze(text, detector.context)):
            assert _candidate(text, type_id), type_id


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=8))
def test_live_types_find_what_every_type_finds(cells: list[str]) -> None:
    joined = "\n".join(cells)
    live = live_types(STRONG, pa.array([joined]), AS_OF)
    everything = Detector(STRONG, as_of=AS_OF, min_score=CELL_MIN_SCORE).detect(joined)
    assert detector_for(live, AS_OF).detect(joined) == everything


def test_live_types_drop_pattern_types_without_candidates_and_keep_cued_ones() -> None:
    live = live_types(STRONG, pa.array(["10001\n10002\n99999"]), AS_OF)
    assert "bank_card" not in live and "email" not in live and "cn_mobile" not in live
    assert "qq_number" in live  # cue-driven: kept for the engine's shared cue pass
    assert live == tuple(t for t in STRONG if t in live)  # order kept
    assert "cn_mobile" in live_types(STRONG, pa.array(["a\n13812345678"]), AS_OF)
