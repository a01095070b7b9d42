"""One synthetic person of a set-6 row: a Faker zh_CN surname with a given name that fits the
person's sex (Faker's zh_CN male and female name lists are mixed), Faker handles, a birth date in
the table's age band, and a resident ID that encodes that birth date and sex. Nothing is real."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker

from piplkit.discover.evaluation.heldout6 import ids


@dataclass(frozen=True)
class Person:
    name: str
    female: bool
    birth: date
    rid: str
    mobile: str
    email: str
    company: str
    job: str
    pay: int  # monthly pay in yuan, so that gross, deductions and net agree within a row


_MOBILE_PREFIXES = ("130", "131", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                    "155", "158", "159", "166", "177", "180", "181", "186", "187", "189", "191",
                    "198", "199")  # fmt: skip


_GIVEN_MALE = ("伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "超", "明", "刚", "平", "辉", "鹏",
               "浩", "建国", "志强", "俊杰", "宇轩", "子豪", "浩然", "博文", "家豪", "文博",
               "海波", "国庆", "建华", "志明", "晨阳", "一鸣")  # fmt: skip
_GIVEN_FEMALE = ("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "婷", "雪", "慧", "秀英",
                 "桂英", "玉兰", "欣怡", "梓涵", "诗琪", "雨桐", "晓燕", "丽娟", "海燕",
                 "春梅", "佳怡", "思雨", "淑珍", "美玲", "若曦", "紫萱")  # fmt: skip


def make_person(rng: random.Random, fake: Faker, ref: date, ages: tuple[int, int]) -> Person:
    female = rng.random() < 0.5
    lo, hi = ages
    # born between (ref - hi - 1 years, ref - lo years]: age in [lo, hi] on ref
    newest = ref - timedelta(days=int(lo * 365.25) + 1)
    oldest = ref - timedelta(days=int((hi + 1) * 365.25) - 2)
    birth = oldest + timedelta(days=rng.randrange(max(1, (newest - oldest).days)))
    name = fake.last_name() + rng.choice(_GIVEN_FEMALE if female else _GIVEN_MALE)
    mobile = rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
    return Person(
        name=name,
        female=female,
        birth=birth,
        rid=ids.resident_id(rng, birth, female),
        mobile=mobile,
        email=fake.free_email(),
        company=fake.company(),
        job=fake.job(),
        pay=int(round(rng.lognormvariate(9.0, 0.45), -1)),
    )
