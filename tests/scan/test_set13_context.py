"""Coordinates of a weather station and a bare level (blind set 13, issue 11), in this file's own
wordings and values:

* a table of weather readings (风速, 降雨量, precipitation) that holds nobody's PI: its
  coordinates locate the station, not a person (set 7's 13);
* a bare 级别 (a swimmer's, a member's, a course's level: 初级, 中级) is no job title; 职级 is
  null already by the business conventions.

Controls that must not change: the same coordinates beside a person's name and mobile (a
courier's check-in), 初级/中级/高级 under 职称."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, mobile
from tests.scan.test_export_vocabulary import one, types

_SURNAMES = "唐董袁邓许傅沈曾彭吕"
_GIVEN = ["帆", "颖", "航", "莉", "鹏", "倩", "峰", "蕾", "昊", "珊"]


def _lat(rng: random.Random) -> str:
    return f"{rng.uniform(31.1, 31.4):.4f}"


def _lng(rng: random.Random) -> str:
    return f"{rng.uniform(121.3, 121.6):.4f}"


@pytest.fixture
def rng() -> random.Random:
    return random.Random(713)


@pytest.mark.parametrize("reading", ["风速(m/s)", "降雨量", "precipitation_mm", "wind_speed"])
def test_a_weather_stations_coordinates_are_no_pi(reading: str, rng: random.Random) -> None:
    n = 60
    table = {
        "纬度": [_lat(rng) for _ in range(n)],
        "经度": [_lng(rng) for _ in range(n)],
        reading: [f"{rng.uniform(0, 30):.1f}" for _ in range(n)],
        "记录时间": [f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 0{rng.randint(0, 9)}:00"
                 for _ in range(n)],
    }  # fmt: skip
    found = types(table)
    assert found["纬度"] is None
    assert found["经度"] is None


@pytest.mark.parametrize("header", ["级别", "Level"])
def test_a_bare_level_is_no_job_title(header: str, rng: random.Random) -> None:
    levels = ["初级", "中级", "高级", "入门"]
    n = 60
    table = {
        "会员": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(n)],
        "手机号": [mobile(rng) for _ in range(n)],
        header: [rng.choice(levels) for _ in range(n)],
    }
    assert types(table)[header] is None


# --- controls ---------------------------------------------------------------------------------


def test_coordinates_beside_a_person_stay(rng: random.Random) -> None:
    n = 60
    table = {
        "快递员": [chinese_name(rng, _SURNAMES, _GIVEN) for _ in range(n)],
        "手机": [mobile(rng) for _ in range(n)],
        "纬度": [_lat(rng) for _ in range(n)],
        "经度": [_lng(rng) for _ in range(n)],
        "天气": [rng.choice(["晴", "多云", "小雨"]) for _ in range(n)],
    }
    found = types(table)
    assert found["纬度"] == "geo_coordinates"
    assert found["经度"] == "geo_coordinates"


def test_professional_title_grades_stay_job_titles(rng: random.Random) -> None:
    assert one("职称", [rng.choice(["初级", "中级", "高级"]) for _ in range(60)]) == "job_title"
