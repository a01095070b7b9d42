"""Column rules for the header families, value shapes and table contexts of real exports
(issue 11, held-out set 4): romanised names, payees and defendants, corporate accounts,
amount-qualified balances, flats written building-unit-room, certificate numbers, coordinate
pairs of a person's event against a station's coordinates, realm logins and URLs in opaque
log columns, lab results, record words that do not veto values, and record fields (codes,
times) that are not the record."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import AS_OF, mobile

from piplkit.discover.scan.analysis import detector_for
from piplkit.discover.scan.classify import Classifier, SampleResult, classify_sample
from piplkit.discover.scan.hints import load_hints

_SURNAMES = ["WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "ZHOU", "WU"]
_GIVEN = ["WEI", "FANG", "XIAOMING", "JING", "HAOYU", "LEI", "YAN", "JUNJIE", "NA", "QIANG"]


def table(columns: dict[str, list[str]]) -> SampleResult:
    headers = list(columns)
    rows = [list(r) for r in zip(*columns.values(), strict=True)]
    return classify_sample(headers, rows, detector_for(None, AS_OF), Classifier.default())


def types(columns: dict[str, list[str]]) -> dict[str, str | None]:
    result = table(columns)
    return {s.name: d.pi_type for s, d in zip(result.stats, result.decisions, strict=True)}


def one(header: str, values: list[str]) -> str | None:
    return types({header: values})[header]


@pytest.fixture
def rng() -> random.Random:
    return random.Random(11)


def romanised(rng: random.Random) -> str:
    sep = rng.choice([" ", "/"])
    return f"{rng.choice(_SURNAMES)}{sep}{rng.choice(_GIVEN)}"


def test_romanised_names_decide_an_opaque_column(rng: random.Random) -> None:
    assert one("col_3", [romanised(rng) for _ in range(120)]) == "person_name"


def test_english_words_are_not_romanised_names(rng: random.Random) -> None:
    words = ["NEW YORK", "HELLO WORLD", "SALES TEAM", "RED LINE", "GRAND HOTEL", "OPEN DAY"]
    assert one("col_3", [rng.choice(words) for _ in range(120)]) is None


def test_payee_and_defendant_headers_name_a_person(rng: random.Random) -> None:
    assert one("收款人名称", [romanised(rng) for _ in range(100)]) == "person_name"
    names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇"]
    assert one("defendant", [rng.choice(names) for _ in range(100)]) == "person_name"


def test_customer_with_salutations_is_a_person(rng: random.Random) -> None:
    values = [f"{rng.choice('高张杜胡林陈苏岳')}{rng.choice(['先生', '女士'])}" for _ in range(100)]
    assert one("客户", values) == "person_name"


def test_amount_word_qualifies_a_balance_but_not_an_order() -> None:
    hints = load_hints()
    assert hints.analyse("存款证明金额").types == ("account_balance",)
    assert hints.analyse("存款证明金额").negative is False
    assert hints.analyse("订单金额").negative is True
    assert hints.analyse("手机订单号").negative is True


def test_corporate_account_is_not_a_persons_login(rng: random.Random) -> None:
    assert load_hints().analyse("对公账号").negative is True
    values = ["3201" + "".join(rng.choice("0123456789") for _ in range(16)) for _ in range(100)]
    assert one("对公账号", values) is None
    # a personal 账号 of logins is still one
    logins = [f"user{rng.randint(100, 99999)}" for _ in range(100)]
    assert one("账号", logins) == "account_name"


def test_record_word_does_not_veto_values_that_decide_alone(rng: random.Random) -> None:
    assert load_hints().analyse("矫正类别").neutral is True
    values = [rng.choice(["缓刑", "假释", "暂予监外执行", "管制"]) for _ in range(100)]
    assert one("矫正类别", values) == "criminal_record"
    assert one("账户类别", [rng.choice(["对公", "个人", "内部"]) for _ in range(100)]) is None


def test_code_and_time_fields_of_an_offence_record_are_not_the_record(rng: random.Random) -> None:
    codes = [str(rng.choice([1345, 6046, 1352, 1039])) for _ in range(100)]
    times = [f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} 07:02" for _ in range(100)]
    assert one("违法代码", codes) is None
    assert one("违法时间", times) is None
    said = ["闯红灯 罚款200元", "超速50%以上 记12分", "警告"]
    statements = [rng.choice(said) for _ in range(100)]
    assert one("违法情况", statements) == "criminal_record"


def test_flat_numbers_are_addresses_but_hotel_rooms_are_not(rng: random.Random) -> None:
    flats = [f"{rng.randint(1, 30)}-{rng.randint(1, 4)}-{rng.randint(1, 33)}0{rng.randint(1, 4)}"
             for _ in range(100)]  # fmt: skip
    assert one("房号", flats) == "address"
    rooms = [f"{rng.randint(2, 25)}{rng.randint(1, 40):02d}" for _ in range(100)]
    assert one("房号", rooms) is None


def test_real_estate_certificate_numbers_decide_alone(rng: random.Random) -> None:
    values = [
        f"{rng.choice('沪京浙')}({rng.randint(2010, 2025)}){rng.choice(['浦东新区', '朝阳区'])}"
        f"不动产权第{rng.randint(1, 9_999_999):07d}号"
        for _ in range(100)
    ]
    assert one("col_9", values) == "real_estate"
    assert one("产证号", values) == "real_estate"


def coordinate(rng: random.Random, low: float, high: float) -> str:
    """A GPS fix as exports write it: five decimals, trailing zeros dropped (23.1732)."""
    return f"{rng.uniform(low, high):.5f}".rstrip("0")


def test_a_pickup_coordinate_pair_is_a_persons(rng: random.Random) -> None:
    found = types(
        {
            "order_id": [str(rng.randint(10**9, 10**10)) for _ in range(100)],
            "pickup_lat": [coordinate(rng, 22, 40)[:7] for _ in range(100)],
            "pickup_lng": [coordinate(rng, 103, 122) for _ in range(100)],
        }
    )
    assert found["pickup_lat"] == "geo_coordinates"
    assert found["pickup_lng"] == "geo_coordinates"


def test_a_stations_coordinates_are_not_pi_unless_people_are_in_the_table(
    rng: random.Random,
) -> None:
    station = {
        "station_id": [f"S{rng.randint(1000, 9999)}" for _ in range(100)],
        "lat": [coordinate(rng, 22, 40) for _ in range(100)],
        "lon": [coordinate(rng, 103, 122) for _ in range(100)],
        "temp_c": [f"{rng.uniform(-5, 30):.1f}" for _ in range(100)],
    }
    found = types(station)
    assert found["lat"] is None and found["lon"] is None
    with_people = {**station, "手机": [mobile(rng) for _ in range(100)]}
    found = types(with_people)
    assert found["lat"] == "geo_coordinates" and found["lon"] == "geo_coordinates"


def test_realm_logins_and_urls_in_an_opaque_log(rng: random.Random) -> None:
    found = types(
        {
            "F2": [f"025{rng.randint(10**7, 10**8 - 1)}@njadsl" for _ in range(100)],
            "F8": [
                f"https://www.{rng.choice(['zhihu.com/question', 'douban.com/topic'])}/"
                f"{rng.randint(10**5, 10**9)}"
                for _ in range(100)
            ],
        }
    )
    assert found == {"F2": "account_name", "F8": "browsing_history"}
    # a named column of URLs is what its header names, not browsing history
    assert one("product_url", [f"https://shop.example.com/p/{i}" for i in range(100)]) is None


def test_lab_results_decide_alone(rng: random.Random) -> None:
    results = ["ALT 115.9 U/L ↑", "HbA1c 9.5 % ↑", "HBsAg:阴性", "WBC 12.3 10^9/L ↑"]
    values = [rng.choice(results) for _ in range(100)]
    assert one("result", values) == "health_record"


def test_a_specimen_barcode_does_not_make_a_patient_table_a_catalogue(rng: random.Random) -> None:
    found = types(
        {
            "barcode": [str(rng.randint(10**11, 10**12)) for _ in range(100)],
            "sex": [rng.choice(["M", "F"]) for _ in range(100)],
            "ageYears": [str(rng.randint(18, 90)) for _ in range(100)],
        }
    )
    assert found["ageYears"] == "age"
    assert not load_hints().is_product_table(["sku", "patient_sex", "weight"])
    assert load_hints().is_product_table(["sku", "weight"])


def test_employer_synonyms_of_registers_and_background_checks(rng: random.Random) -> None:
    companies = [f"{rng.choice(['九方', '彩虹', '凌颖'])}{rng.choice(['科技', '网络'])}有限公司"
                 for _ in range(100)]  # fmt: skip
    for header in ("所在企业", "上家公司", "安置单位"):
        assert one(header, companies) == "employer", header


def test_disability_grade_is_a_health_record(rng: random.Random) -> None:
    values = [rng.choice(["无", "七级", "八级", "六级"]) for _ in range(100)]
    assert one("伤残等级", values) == "health_record"


def test_school_names_and_ages_under_english_headers(rng: random.Random) -> None:
    schools = [rng.choice(["金陵中学", "南师附中", "六合实验高中", "中华中学"]) for _ in range(100)]
    assert one("毕业中学", schools) == "education"


def test_a_column_of_units_is_not_a_lab_result(rng: random.Random) -> None:
    units = [rng.choice(["mmol/L", "U/L", "10^9/L", "g/L", "%"]) for _ in range(100)]
    assert one("单位", units) is None
