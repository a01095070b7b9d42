"""The whole catalogue in columns: headers (Chinese, English, pinyin, opaque) and values
(vocabularies, shapes, ages) decide; ordinary business columns stay non-PI."""

from __future__ import annotations

import csv
import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from faker import Faker
from tests.scan.helpers import AS_OF

from piplkit.discover.evaluation.values import ValueFactory
from piplkit.discover.scan import ScanOptions, scan
from piplkit.discover.scan.analysis import detector_for
from piplkit.discover.scan.classify import Classifier, classify_sample, column_report
from piplkit.discover.scan.hints import load_hints

N = 150
Gen = Callable[[random.Random, Faker], str]


def classify(header: str, values: list[str]):  # type: ignore[no-untyped-def]
    result = classify_sample(
        [header], [[v] for v in values], detector_for(None, AS_OF), Classifier.default()
    )
    return column_report(result.stats[0], result.decisions[0], result.headers[0], [], AS_OF)


def _values(gen: Gen, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    return [gen(rng, fake) for _ in range(N)]


def _birth(rng: random.Random, fake: Faker) -> str:
    return fake.date_of_birth(minimum_age=18, maximum_age=80).isoformat()


PI_CASES: list[tuple[str, Gen, str]] = [
    ("出生日期", _birth, "birth_date"),
    ("csrq", lambda r, f: f.date_of_birth().strftime("%Y年%m月%d日"), "birth_date"),
    ("dateOfBirth", lambda r, f: f.date_of_birth().strftime("%Y%m%d"), "birth_date"),
    ("性别", lambda r, f: r.choice("男女"), "gender"),
    ("xb", lambda r, f: r.choice("12"), "gender"),
    ("gender", lambda r, f: r.choice(["Male", "Female"]), "gender"),
    ("民族", lambda r, f: r.choice(["汉族"] * 8 + ["回族", "壮族", "满族"]), "ethnicity"),
    ("mz", lambda r, f: r.choice(["汉", "回", "蒙古", "藏"]), "ethnicity"),
    ("国籍", lambda r, f: r.choice(["中国", "美国", "日本", "德国"]), "nationality"),
    ("婚姻状况", lambda r, f: r.choice(["已婚", "未婚", "离异", "丧偶"]), "marital_status"),
    ("hyzk", lambda r, f: r.choice(["已婚", "未婚"]), "marital_status"),
    ("宗教信仰", lambda r, f: r.choice(["无", "佛教", "基督教", "伊斯兰教", "道教"]), "religion"),
    ("zjxy", lambda r, f: r.choice(["无宗教信仰", "佛教"]), "religion"),
    ("性取向", lambda r, f: r.choice(["异性恋", "同性恋", "双性恋"]), "sexual_orientation"),
    ("学历", lambda r, f: r.choice(["本科", "硕士", "大专", "高中", "博士"]), "education"),
    ("最高学历", lambda r, f: r.choice(["本科", "硕士研究生", "博士"]), "education"),
    ("工作单位", lambda r, f: f.company(), "employer"),
    ("gzdw", lambda r, f: f.company(), "employer"),
    ("职务", lambda r, f: f.job(), "job_title"),
    ("jobTitle", lambda r, f: r.choice(["Manager", "Engineer", "经理", "会计"]), "job_title"),
    (
        "既往病史",
        lambda r, f: r.choice(["高血压", "2型糖尿病", "冠心病", "哮喘", "无"]),
        "health_record",
    ),
    ("diagnosis", lambda r, f: r.choice(["E11.9", "I10", "J45.9", "K29.7"]), "health_record"),
    ("身高(cm)", lambda r, f: str(r.randint(150, 195)), "body_measurement"),
    ("体重", lambda r, f: f"{r.uniform(40, 100):.1f}kg", "body_measurement"),
    ("血压", lambda r, f: f"{r.randint(100, 160)}/{r.randint(60, 100)}", "body_measurement"),
    ("账户余额", lambda r, f: f"{r.uniform(0, 1e6):.2f}", "account_balance"),
    ("balance", lambda r, f: f"{r.randint(0, 99999):,}.{r.randint(0, 99):02d}", "account_balance"),
    (
        "征信记录",
        lambda r, f: r.choice(["近24个月无逾期", "逾期3次", "信用良好", "呆账1笔"]),
        "credit_record",
    ),
    ("交易记录", lambda r, f: f"{f.date()} 消费 {r.randint(1, 999)}.00元", "transaction_record"),
    (
        "通话记录",
        lambda r, f: f"主叫 {f.phone_number()} 通话{r.randint(1, 600)}秒",
        "communication_record",
    ),
    (
        "通讯录",
        lambda r, f: f"{f.name()}:{f.phone_number()};{f.name()}:{f.phone_number()}",
        "contacts",
    ),
    ("浏览记录", lambda r, f: f.url() + f.uri_path(), "browsing_history"),
    ("行程轨迹", lambda r, f: f"{f.city()}→{f.city()}→{f.city()}", "trajectory"),
    (
        "经纬度",
        lambda r, f: f"{r.uniform(20, 45):.6f},{r.uniform(100, 125):.6f}",
        "geo_coordinates",
    ),
    ("经度", lambda r, f: f"{r.uniform(100, 125):.6f}", "geo_coordinates"),
    ("纬度", lambda r, f: f"{r.uniform(20, 45):.6f}", "geo_coordinates"),
    ("人脸照片", lambda r, f: f"/data/face/{f.uuid4()}.jpg", "face_image"),
    ("指纹模板", lambda r, f: f.sha256() + f.sha256(), "biometric"),
    ("登录密码", lambda r, f: f.password(), "password"),
    ("password_hash", lambda r, f: f.md5(), "password"),
    ("用户名", lambda r, f: f.user_name(), "account_name"),
    ("微信号", lambda r, f: f.user_name() + str(r.randint(10, 99)), "wechat_id"),
    ("QQ号", lambda r, f: str(r.randint(10000, 3999999999)), "qq_number"),
    ("设备ID", lambda r, f: f.uuid4(), "device_id"),
    (
        "犯罪记录",
        lambda r, f: r.choice(["无犯罪记录", "2015年因盗窃罪被判处有期徒刑1年"]),
        "criminal_record",
    ),
    ("年龄", lambda r, f: str(r.randint(1, 90)), "age"),
]


@pytest.mark.parametrize(("header", "gen", "expected"), PI_CASES, ids=[c[0] for c in PI_CASES])
def test_catalogue_columns(header: str, gen: Gen, expected: str) -> None:
    report = classify(header, _values(gen))
    assert report.pi_type == expected, report.reason
    assert report.reason and report.evidence is not None
    assert report.confidence >= 0.5


OPAQUE_CASES: list[tuple[Gen, str]] = [
    (lambda r, f: r.choice(["汉族"] * 8 + ["回族", "壮族"]), "ethnicity"),
    (lambda r, f: r.choice(["已婚", "未婚", "离异"]), "marital_status"),
    (lambda r, f: r.choice(["本科", "硕士", "大专"]), "education"),
    (lambda r, f: r.choice(["男", "女"]), "gender"),
    (lambda r, f: r.choice(["佛教", "基督教", "伊斯兰教", "道教"]), "religion"),
    (lambda r, f: r.choice(["高血压3级", "2型糖尿病", "慢性胃炎", "支气管哮喘"]), "health_record"),
    (lambda r, f: f"{r.uniform(100, 125):.6f}", "geo_coordinates"),
    (_birth, "birth_date"),
]


@pytest.mark.parametrize(("gen", "expected"), OPAQUE_CASES, ids=[c[1] for c in OPAQUE_CASES])
def test_opaque_headers_are_decided_by_values_alone(gen: Gen, expected: str) -> None:
    report = classify("col_7", _values(gen))
    assert report.pi_type == expected, report.reason
    assert report.evidence is not None and report.evidence["header"] is None


def _business_date(r: random.Random, f: Faker) -> str:
    return (date(2024, 1, 1) + timedelta(days=r.randint(0, 600))).isoformat()


NON_PI_CASES: list[tuple[str, Gen]] = [
    ("订单号", lambda r, f: f"DD{r.randint(10**11, 10**12)}"),
    ("sku", lambda r, f: f"SKU-{r.randint(1000, 9999)}-{r.choice('ABC')}"),
    ("商品名称", lambda r, f: r.choice(["感冒灵颗粒", "维生素C片", "布洛芬缓释胶囊", "手机壳"])),
    ("单价", lambda r, f: f"{r.uniform(1, 999):.2f}"),
    ("数量", lambda r, f: str(r.randint(1, 50))),
    ("下单时间", lambda r, f: f.date_time_this_year().isoformat(sep=" ")),
    ("订单日期", _business_date),
    ("col_3", _business_date),
    ("状态", lambda r, f: r.choice(["已支付", "已发货", "已签收", "退款中"])),
    ("部门", lambda r, f: r.choice(["财务部", "人事部", "技术部"])),
    ("record_id", lambda r, f: f.uuid4()),
    ("version", lambda r, f: f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}"),
    ("rate", lambda r, f: f"{r.uniform(0, 1):.5f}"),
    ("score", lambda r, f: str(r.randint(0, 100))),
    ("remark", lambda r, f: r.choice(["加急", "已电话确认", "无", "周末送货"])),
    ("category", lambda r, f: r.choice(["男装", "女装", "童装", "家电"])),
    ("tracking_no", lambda r, f: f"SF{r.randint(10**11, 10**12)}"),
]


@pytest.mark.parametrize(("header", "gen"), NON_PI_CASES, ids=[c[0] for c in NON_PI_CASES])
def test_business_columns_stay_non_pi(header: str, gen: Gen) -> None:
    report = classify(header, _values(gen))
    assert report.pi_type is None, report.reason
    assert not report.is_pi


def test_children_birth_dates_count_as_minors() -> None:
    values = [(date(2016, 1, 1) + timedelta(days=i * 7)).isoformat() for i in range(N)]
    report = classify("出生日期", values)
    assert report.pi_type == "birth_date"
    assert report.minors == N
    assert report.sensitive, "minors' PI is sensitive whatever its type (PIPL Art. 28)"


def test_null_tokens_are_left_out_of_the_share() -> None:
    values = ["无"] * 100 + ["佛教", "基督教"] * 25
    report = classify("宗教信仰", values)
    assert report.pi_type == "religion"
    assert report.non_empty == 50


def test_header_word_ambiguity_is_settled_by_values() -> None:
    factory = ValueFactory(5)
    cards = [factory.draw("bank_card").text for _ in range(N)]
    fake = Faker("zh_CN")
    fake.seed_instance(5)
    names = [fake.user_name() for _ in range(N)]
    assert classify("账号", cards).pi_type == "bank_card"
    assert classify("账号", names).pi_type == "account_name"


@pytest.mark.parametrize(
    ("header", "types", "negative"),
    [
        ("手机订单号", (), True),
        ("订单联系人电话", ("cn_mobile",), False),
        ("婚姻状态", ("marital_status",), False),
        ("客户婚姻状态", ("marital_status",), False),
        ("password_hash", ("password",), False),
        ("病历号", (), True),
        ("账户余额", ("account_balance",), False),
        ("支付金额", (), True),
        ("col_12", (), False),
        ("userName", ("person_name", "account_name"), False),
    ],
)
def test_header_evidence(header: str, types: tuple[str, ...], negative: bool) -> None:
    evidence = load_hints().analyse(header)
    assert set(evidence.types) == set(types)
    assert evidence.negative == negative


def test_opaque_header_is_recognised() -> None:
    hints = load_hints()
    for header in ("col_7", "field3", "字段12", "F5", "c03", "Unnamed: 4", ""):
        assert hints.analyse(header).opaque, header
    assert not hints.analyse("性别").opaque


def test_full_scan_counts_profile_columns_like_the_sample(tmp_path: Path) -> None:
    rng = random.Random(9)
    path = tmp_path / "people.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["性别", "民族", "出生日期", "备注"])
        for i in range(3000):
            born = date(2014 if i % 10 == 0 else 1980, 1 + i % 12, 1 + i % 28)
            writer.writerow([rng.choice("男女"), "汉族", born.isoformat(), "无"])
    sample = scan([str(path)], ScanOptions(as_of=AS_OF, jobs=1)).files[0]
    full = scan([str(path)], ScanOptions(as_of=AS_OF, jobs=1, full=True)).files[0]
    for report in (sample, full):
        types = {c.name: c.pi_type for c in report.columns}
        assert types == {
            "性别": "gender",
            "民族": "ethnicity",
            "出生日期": "birth_date",
            "备注": None,
        }
    by_name = {c.name: c for c in full.columns}
    assert by_name["性别"].matches == 3000
    assert by_name["出生日期"].minors == 300
    assert full.minors == 300


def test_name_header_over_product_names_is_not_a_person() -> None:
    products = ["感冒灵颗粒", "维生素C片", "手机壳", "蓝牙耳机", "保温杯", "电动牙刷", "运动鞋"]
    report = classify("name", [products[i % len(products)] for i in range(N)])
    assert report.pi_type is None, report.reason


def test_latin_and_masked_names_under_a_name_header() -> None:
    fake = Faker("en_US")
    fake.seed_instance(2)
    assert classify("name", [fake.name() for _ in range(N)]).pi_type == "person_name"
    masked = ["张*", "李**", "欧阳*", "王*", "陈**"] * 30
    report = classify("客户姓名", masked)
    assert report.pi_type == "person_name"


def test_masked_identifiers_under_their_headers() -> None:
    rng = random.Random(4)
    phones = [
        f"1{rng.choice('3589')}{rng.randint(0, 9)}****{rng.randint(0, 9999):04d}" for _ in range(N)
    ]
    report = classify("手机号", phones)
    assert report.pi_type == "cn_mobile"
    assert report.evidence is not None and report.evidence["values"] == "masked"
    assert classify("备注", phones).pi_type is None


def _classify_table(headers: list[str], columns: list[list[str]]) -> dict[str, str | None]:
    rows = [list(r) for r in zip(*columns, strict=True)]
    result = classify_sample(headers, rows, detector_for(None, AS_OF), Classifier.default())
    return {h: d.pi_type for h, d in zip(headers, result.decisions, strict=True)}


def test_product_catalogues_hold_no_body_measurements() -> None:
    rng = random.Random(8)
    weights = [f"{rng.uniform(0.1, 30):.2f}" for _ in range(N)]
    heights = [str(rng.randint(5, 180)) for _ in range(N)]
    skus = [f"SKU{rng.randint(10000, 99999)}" for _ in range(N)]
    names = [rng.choice(["保温杯", "台灯", "收纳箱"]) for _ in range(N)]
    product = _classify_table(
        ["sku", "商品名称", "weight_kg", "height_cm"], [skus, names, weights, heights]
    )
    assert product["weight_kg"] is None and product["height_cm"] is None
    # the same numbers in a table about people are body measurements
    people = [rng.choice(["张伟", "王芳", "李娜"]) for _ in range(N)]
    person = _classify_table(["姓名", "weight_kg", "height_cm"], [people, weights, heights])
    assert person["weight_kg"] == "body_measurement"
    # a loan application naming its loan product is still about a person
    loans = _classify_table(["姓名", "product", "month_income"], [people, ["消费贷"] * N, weights])
    assert loans["month_income"] == "income"


def test_store_tables_hold_no_personal_coordinates_or_addresses() -> None:
    rng = random.Random(9)
    fake = Faker("zh_CN")
    fake.seed_instance(9)
    lngs = [f"{rng.uniform(100, 120):.6f}" for _ in range(N)]
    lats = [f"{rng.uniform(20, 40):.6f}" for _ in range(N)]
    stores = _classify_table(
        ["store_id", "store_name", "store_address", "longitude", "latitude"],
        [[str(i) for i in range(N)], [f"{fake.city()}店" for _ in range(N)],
         [fake.address() for _ in range(N)], lngs, lats],
    )  # fmt: skip
    assert set(stores.values()) == {None}
    riders = _classify_table(
        ["姓名", "longitude", "latitude"], [[fake.name() for _ in range(N)], lngs, lats]
    )
    assert riders["longitude"] == "geo_coordinates"
