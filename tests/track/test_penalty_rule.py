"""One written rule for an item's penalty (issue 19 item 14): the total of every fine it
reports, amounts "each" counted per person; company abbreviations do not end a sentence."""

from __future__ import annotations

import pytest

from piplkit.track.penalties import penalty_cny


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 November 2026, the Shanghai CAC fined Example Tech Co., Ltd. RMB 500,000 for "
            "collecting personal information beyond the necessary scope, and two managers were "
            "fined a further RMB 50,000 each.",
            600_000,
        ),
        ("对该公司处以罚款50万元，对2名直接责任人员各处罚款5万元。", 600_000),
        ("对该公司罚款100万元，对两名负责人每人罚款10万元。", 1_200_000),
        ("fined RMB 1 million in total, including RMB 200,000 each for two officers.", 1_000_000),
        ("The CAC fined the company RMB 80,000.", 80_000),
        ("The manager was fined RMB 30,000 each time.", 30_000),
    ],
)
def test_penalty_total(text: str, expected: int) -> None:
    assert penalty_cny(text) == expected
