"""A staff member named by what customers call them (blind set 14, issue 11), in this file's own
wordings and values: a surname with a role or a form of address (赵老师, 钱教练), a familiar form
(小芳, 阿伟, 老孙) or an English name (Coco, Mike), under a header naming the staff role, is
``person_name`` (the gold conventions table's staff-appellation row, settled 2026-12-07).

Controls that must not change: a staff number (技师编号 8号), a teacher's written remark, a
course's name under a header with a role word."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import mobile
from tests.scan.test_export_vocabulary import types

from piplkit.discover.scan.staff_names import is_appellation


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1408)


def _table(rng: random.Random, header: str, pool: list[str]) -> dict[str, list[str]]:
    n = 60
    return {
        "会员手机": [mobile(rng) for _ in range(n)],
        "项目": [rng.choice(["美甲", "单色", "卸甲", "手部护理"]) for _ in range(n)],
        header: [rng.choice(pool) for _ in range(n)],
    }


@pytest.mark.parametrize(
    ("header", "pool"),
    [
        ("美甲师", ["小芳", "Coco", "阿伟", "陈姐"]),
        ("陪练", ["钱教练", "孙指导", "Mike"]),
        ("Instructor", ["Mike", "Lucy", "赵老师"]),
        ("推拿师", ["老孙", "小吴", "阿明"]),
    ],
)
def test_staff_appellations_are_names(header: str, pool: list[str], rng: random.Random) -> None:
    assert types(_table(rng, header, pool))[header] == "person_name"


@pytest.mark.parametrize(
    ("header", "pool"),
    [
        ("技师编号", ["8号", "12号", "23号", "31号"]),
        ("老师评语", ["孩子进步很大，继续加油", "上课专注，作业认真完成", "动作规范，需多练习"]),
        ("教练课程", ["私教课", "团课", "体验课"]),
    ],
)
def test_staff_keys_and_remarks_stay_none(header: str, pool: list[str], rng: random.Random) -> None:
    assert types(_table(rng, header, pool))[header] is None


@pytest.mark.parametrize("value", ["赵老师", "钱教练", "老孙", "小芳", "阿伟", "Mike", "欧阳老师"])
def test_appellation_shapes(value: str) -> None:
    assert is_appellation(value)


@pytest.mark.parametrize("value", ["8号", "语文老师", "私教课", "客服07", "mike123"])
def test_not_appellations(value: str) -> None:
    assert not is_appellation(value)
