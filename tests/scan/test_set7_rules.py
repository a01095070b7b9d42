"""Column rules for the causes held-out set 7 showed (issue 11): health word families (pregnancy,
screening, TCM, dialysis, function and alcohol tests), table rules (test outcomes in a register
of persons, clinical result words beside clinical columns, a site's address in a register of
persons, a machine's identifiers where no person is recorded), header overlaps and business
words (发生日期, 资产证明, 面积, 意向), role words and romanised names written given name first,
birth dates with their hour or in the lunar calendar, body measures, income and employer
families, chats and address books, subjects that are things (a photo of a home visit, a drug,
a broker's account, a demonstration car) and organisations' names the name model takes."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import mobile, random_id
from tests.scan.test_export_vocabulary import one, types

from piplkit.discover.scan.hints import load_hints


@pytest.fixture
def rng() -> random.Random:
    return random.Random(71)


def _names(rng: random.Random, n: int = 60) -> list[str]:
    return [
        rng.choice("王李张刘陈杨黄赵")
        + rng.choice(["伟", "芳", "娜", "敏", "静", "磊", "秀英", "建国"])
        for _ in range(n)
    ]


def _luhn(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _imei(rng: random.Random) -> str:
    return _luhn("867697" + "".join(rng.choice("0123456789") for _ in range(8)))


#: ISO 3779 transliteration of a VIN's letters (I, O and Q are never used) and position weights.
_VIN_VALUES = {str(d): d for d in range(10)} | {
    c: v
    for c, v in zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ", [*range(1, 9), *range(1, 6), 7, 9, *range(2, 10)], strict=True
    )
}
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def _vin(rng: random.Random) -> str:
    serial = "".join(rng.choice("0123456789") for _ in range(6))
    chars = list(f"LSVJMRV90L7{serial}")
    check = sum(_VIN_VALUES[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True)) % 11
    chars[8] = "X" if check == 10 else str(check)
    return "".join(chars)


def _private_ip(rng: random.Random) -> str:
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 250)}.{rng.randint(2, 250)}"


def _persons(rng: random.Random) -> dict[str, list[str]]:
    return {"姓名": _names(rng), "身份证号": [random_id(rng) for _ in range(60)]}


# -- health word families ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("血管通路", ["自体动静脉内瘘", "人工血管", "中心静脉导管"]),
        ("高危因素", ["高龄", "妊娠期糖尿病", "瘢痕子宫", "妊娠期高血压"]),
        ("孕期/哺乳期", ["否", "孕期", "哺乳期"]),
        ("pregnant_or_not", ["是", "否"]),
        ("舌象", ["舌淡苔白", "舌暗有瘀斑", "苔黄腻", "舌红少苔"]),
        ("脉象", ["脉细", "脉滑数", "脉沉", "脉弦"]),
        ("辨证", ["气血两虚", "肾阳虚", "肝郁脾虚", "湿热内蕴"]),
        ("处方", ["茯苓15g 白术12g", "柴胡12g 白芍15g 当归10g", "黄芪30g 党参15g"]),
        ("听力筛查", ["通过", "未通过"]),
        ("CHEST_XRAY", ["未见异常", "双肺纹理增多", "疑似尘肺"]),
        ("indication", ["三度房室传导阻滞", "心动过缓", "病态窦房结综合征"]),
        ("失能等级", ["轻度", "中度", "重度一级", "重度二级"]),
        ("残疾类别等级", ["肢体二级", "精神三级", "视力一级", "智力二级"]),
        ("blood_group", ["AB型 Rh+", "A型 Rh+", "O型 Rh-"]),
        ("Health Notes", ["孕期禁按", "高血压", "腰椎不好"]),
    ],
)
def test_health_word_families(rng: random.Random, header: str, words: list[str]) -> None:
    assert one(header, [rng.choice(words) for _ in range(60)]) == "health_record"


@pytest.mark.parametrize(
    "header",
    ["孕次", "孕周", "pacingPercent", "ahi", "ADL评分", "HEARING_DB", "酒精检测(mg/100ml)"],
)
def test_a_number_under_a_clinical_measure(rng: random.Random, header: str) -> None:
    assert one(header, [str(rng.randint(1, 95)) for _ in range(60)]) == "health_record"


def test_a_date_under_a_dated_clinical_fact(rng: random.Random) -> None:
    dates = [f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}" for _ in range(60)]
    assert one("末次月经", dates) == "health_record"
    # control: a date under a record word is no record (the 生日 of 发生日期 is no word of it)
    assert one("发生日期", dates) is None


def test_a_dose_number_is_no_dose_measure(rng: random.Random) -> None:
    assert one("服药剂量(ml)", [str(rng.randint(20, 120)) for _ in range(60)]) == "health_record"
    assert one("dose_no", [str(rng.randint(1, 3)) for _ in range(60)]) is None  # an ordinal


# -- table rules -----------------------------------------------------------------------------


def test_test_outcomes_in_a_register_of_persons(rng: random.Random) -> None:
    outcomes = [rng.choice(["阴性", "阳性", "弱阳性"]) for _ in range(60)]
    found = types({**_persons(rng), "检测结果": outcomes, "CH": outcomes})
    assert found["检测结果"] == "health_record"
    assert found["CH"] == "health_record"
    # control: a lab's quality-control sheet records no person
    qc = types({"质控批号": [f"QC{i:05d}" for i in range(60)], "检测结果": outcomes})
    assert qc["检测结果"] is None


def test_a_result_word_beside_clinical_columns(rng: random.Random) -> None:
    found = types(
        {
            **_persons(rng),
            "CHEST_XRAY": [rng.choice(["未见异常", "双肺纹理增多"]) for _ in range(60)],
            "CONCLUSION": [
                rng.choice(["职业禁忌证", "目前未见异常", "疑似职业病", "复查"]) for _ in range(60)
            ],
        }
    )
    assert found["CONCLUSION"] == "health_record"
    events = types(
        {
            "不良事件": [rng.choice(["头痛", "恶心", "皮疹"]) for _ in range(60)],
            "严重程度": [rng.choice(["1级", "2级", "3级"]) for _ in range(60)],
            "与试验药关系": [rng.choice(["可能有关", "肯定无关", "可能无关"]) for _ in range(60)],
        }
    )
    assert events["严重程度"] == "health_record"
    assert events["与试验药关系"] is None  # a causality assessment, not kinship
    # control: a QC sheet's conclusion has no clinical column beside it
    qc = types(
        {
            "批号": [f"L{i:05d}" for i in range(60)],
            "结论": [rng.choice(["合格", "不合格"]) for _ in range(60)],
        }
    )
    assert qc["结论"] is None


def test_a_sites_address_in_a_register_of_persons(rng: random.Random) -> None:
    addresses = [
        f"{rng.choice(['浙江省杭州市', '江苏省南京市'])}{rng.choice(['西湖区', '鼓楼区'])}"
        f"{rng.choice(['文一路', '中山路'])}{rng.randint(1, 300)}号{rng.randint(1, 30)}栋"
        f"{rng.randint(1, 4)}单元{rng.randint(101, 2802)}室"
        for _ in range(60)
    ]
    found = types({**_persons(rng), "station_address": addresses, "安装地址": addresses})
    assert found["station_address"] == "address"
    assert found["安装地址"] == "address"
    stations = [f"{rng.choice(['朝阳路', '中山路', '滨江'])}充电站" for _ in range(60)]
    charging = types({**_persons(rng), "stationName": stations})
    assert charging["stationName"] is None  # control: a station's name is the site's
    # control: a pipeline's stations, where no person is recorded
    sites = types(
        {
            "station_address": addresses,
            "pressure_mpa": [f"{rng.uniform(1, 4):.2f}" for _ in range(60)],
        }
    )
    assert sites["station_address"] is None


def test_a_machines_identifiers_where_no_person_is_recorded(rng: random.Random) -> None:
    imeis = [_imei(rng) for _ in range(60)]
    sensors = types(
        {
            "大棚编号": [f"GH{i:03d}" for i in range(60)],
            "空气温度(℃)": [f"{rng.uniform(10, 35):.1f}" for _ in range(60)],
            "网关IMEI": imeis,
        }
    )
    assert sensors["网关IMEI"] is None
    macs = [f"AC:1F:6B:{rng.randint(16, 255):02X}:{rng.randint(16, 255):02X}:0A" for _ in range(60)]
    cnc = types(
        {
            "machine_id": [f"CNC-{i:02d}" for i in range(60)],
            "spindle_rpm": [str(rng.randint(800, 9000)) for _ in range(60)],
            "controller_ip": [_private_ip(rng) for _ in range(60)],
            "controller_mac": macs,
        }
    )
    assert cnc["controller_ip"] is None
    assert cnc["controller_mac"] is None
    # control: a subscriber's phone module beside the subscriber's number
    cpap = types({"user_phone": [mobile(rng) for _ in range(60)], "module_imei": imeis})
    assert cpap["module_imei"] == "imei"


def test_turbines_and_vessels_positions(rng: random.Random) -> None:
    lat = [f"{rng.uniform(29, 42):.6f}" for _ in range(60)]
    lon = [f"{rng.uniform(110, 123):.6f}" for _ in range(60)]
    wind = types(
        {"WTG": [f"T{i:02d}" for i in range(60)], "ROTOR_RPM": ["12"] * 60, "LAT": lat, "LON": lon}
    )
    assert wind["LAT"] is None and wind["LON"] is None
    ais = types(
        {"MMSI": [str(412000000 + i) for i in range(60)], "VESSEL": ["海丰1"] * 60, "LAT": lat}
    )
    assert ais["LAT"] is None


def test_an_opaque_column_of_mostly_private_addresses(rng: random.Random) -> None:
    ips = [_private_ip(rng) if i % 3 else f"47.{rng.randint(90, 120)}.1.{i}" for i in range(60)]
    assert one("col_1", ips) is None
    public = [
        f"112.{rng.randint(0, 99)}.{rng.randint(0, 250)}.{rng.randint(2, 250)}" for _ in range(60)
    ]
    assert one("col_1", public) == "ipv4"  # control


# -- header words: overlaps, business words, subjects ------------------------------------------


def test_overlapping_and_business_words() -> None:
    hints = load_hints()
    assert "birth_date" not in hints.analyse("发生日期").types
    assert hints.analyse("出生日期").types == ("birth_date",)  # control
    assert "real_estate" not in hints.analyse("资产证明").types
    assert hints.analyse("存款证明金额").types == ("account_balance",)  # control
    assert hints.analyse("住房面积").negative
    assert hints.analyse("求职意向").negative
    assert hints.analyse("普通话等级").types == ("education",)  # 通话 is no word of it
    assert hints.analyse("indication").types == ("health_record",)  # nor cat a subject of it
    assert hints.analyse("检验结论").types == ()  # a vehicle's or a product's inspection too
    assert hints.analyse("检验结果").types == ("health_record",)


def test_an_area_and_an_intent_are_not_the_persons(rng: random.Random) -> None:
    assert one("住房面积", [str(rng.randint(40, 140)) for _ in range(60)]) is None
    assert (
        one("求职意向", [rng.choice(["护士", "销售", "行政", "会计"]) for _ in range(60)]) is None
    )
    assert (
        one("职位", [rng.choice(["护士", "销售", "行政", "会计"]) for _ in range(60)])
        == "job_title"
    )


def test_subjects_that_are_things(rng: random.Random) -> None:
    urls = [f"https://cdn.example.cn/p/{rng.randint(1000, 9999)}.jpg" for _ in range(60)]
    assert one("入户照片", urls) is None
    assert one("照片", urls) == "face_image"  # control
    accounts = [str(310000000000 + rng.randint(0, 99999999)) for _ in range(60)]
    assert one("brokerage_account", accounts) is None
    kin = [rng.choice(["配偶", "子女", "父亲"]) for _ in range(60)]
    assert one("与户主关系", kin) == "family_relationship"  # control


def test_a_demonstration_cars_vin(rng: random.Random) -> None:
    vins = [_vin(rng) for _ in range(60)]
    assert one("demo_vin", vins) is None
    assert one("车架号", vins) == "vin"  # control
    # control: a customer's car in a table about swap stations stays the customer's
    stations = types(
        {
            "station_name": ["滨江换电站"] * 60,
            "station_lat": [f"{rng.uniform(30, 31):.6f}" for _ in range(60)],
            "vehicle_vin": vins,
        }
    )
    assert stations["vehicle_vin"] == "vin"


def test_a_motor_number_with_a_permits_shape(rng: random.Random) -> None:
    numbers = [f"M{rng.randint(0, 9_999_999_999):010d}" for _ in range(60)]
    assert one("电机号", numbers) is None
    assert one("回乡证号", numbers) == "hk_macau_permit"  # control


# -- names -------------------------------------------------------------------------------------


def test_romanised_names_given_name_first(rng: random.Random) -> None:
    given = ["WEI", "XIULAN", "GUIYING", "QIANG", "JUAN", "HAOYU"]
    surnames = ["ZHOU", "LONG", "PAN", "DENG", "CAO", "WANG"]
    names = [f"{rng.choice(given)}/{rng.choice(surnames)}" for _ in range(60)]
    for header in ("CUSTOMER", "CLIMBER", "Guest Name", "passengerName", "英文姓名"):
        assert one(header, names) == "person_name", header


def test_role_words_name_a_person(rng: random.Random) -> None:
    hints = load_hints()
    for header in ("订户", "法名", "CLIMBER", "customer", "subscriber"):
        assert hints.analyse(header).types == ("person_name",), header
    masked = [rng.choice("曾张吴陈李王") + rng.choice(["*", "**"]) for _ in range(60)]
    assert one("订户", masked) == "person_name"


def test_an_office_is_not_a_name(rng: random.Random) -> None:
    # the name model reads 区住建局 and 区卫健委 as names (a 区 surname, a given name)
    offices = [rng.choice(["区住建局", "区卫健委"]) for _ in range(60)]
    assert one("转办单位", offices) is None
    assert one("信访人", _names(rng)) == "person_name"  # control


def test_a_subdistrict_is_a_place() -> None:
    streets = ["北关街道", "城关街道", "南湖街道"] * 20
    assert one("街道", streets) is None
    assert one("住址", [f"{s}幸福路{i}号" for i, s in enumerate(streets)]) == "address"


# -- dates, bodies, money, employers -----------------------------------------------------------


def test_birth_dates_with_their_hour_or_in_the_lunar_calendar(rng: random.Random) -> None:
    timed = [
        f"{rng.randint(1960, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
        f"{rng.randint(0, 23):02d}:{rng.choice(['00', '15', '30', '45'])}"
        for _ in range(60)
    ]
    assert one("出生时间", timed) == "birth_date"
    assert one("birthDateTime", timed) == "birth_date"
    assert one("checkin_time", timed) is None  # control
    lunar = [rng.choice(["丙寅年腊月十八", "壬申年八月十五", "庚午年五月初二"]) for _ in range(60)]
    assert one("lunarBirth", lunar) == "birth_date"
    years = [
        f"{rng.randint(1940, 2010)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        for _ in range(60)
    ]
    assert one("生年", years) == "birth_date"


def test_body_measures(rng: random.Random) -> None:
    assert one("Chest cm", [str(rng.randint(80, 120)) for _ in range(60)]) == "body_measurement"
    assert one("Shoulder cm", [str(rng.randint(38, 52)) for _ in range(60)]) == "body_measurement"
    build = [
        f"身高约{rng.randint(150, 185)}cm{rng.choice(['偏瘦', '偏胖', '中等'])}" for _ in range(60)
    ]
    assert one("Height Build", build) == "body_measurement"
    grams = [str(rng.randint(2400, 4300)) for _ in range(60)]
    assert one("出生体重(g)", grams) == "body_measurement"
    goods = types({"sku": [f"SKU{i:05d}" for i in range(60)], "重量(g)": grams})
    assert goods["重量(g)"] is None  # control: a product's weight


@pytest.mark.parametrize("header", ["分红", "月保障金", "年发电收益", "monthRoyalty"])
def test_income_families(rng: random.Random, header: str) -> None:
    assert one(header, [f"{rng.uniform(100, 30000):.2f}" for _ in range(60)]) == "income"


def test_a_yield_rate_is_no_income(rng: random.Random) -> None:
    assert one("年化收益率", [f"{rng.uniform(1, 6):.2f}%" for _ in range(60)]) is None


def test_employer_families(rng: random.Random) -> None:
    companies = [f"{rng.choice(['九方', '南康', '盟新', '太极'])}信息有限公司" for _ in range(60)]
    assert one("来访单位", companies) == "employer"
    assert one("firm", companies) == "employer"
    hospitals = [rng.choice(["市第一人民医院", "省中医院", "区妇幼保健院"]) for _ in range(60)]
    assert one("第一执业机构", hospitals) == "employer"


# -- records a person made -------------------------------------------------------------------

_CHATS = [
    "那个房子我们再看看",
    "孩子发烧了今天请假",
    "你把合同拍给我",
    "明天几点见？",
    "钱已经转你了",
]


def test_chats_and_questions(rng: random.Random) -> None:
    chats = [rng.choice(_CHATS) for _ in range(60)]
    for header in ("questionAsked", "咨询内容", "smsSample", "F02"):
        assert one(header, chats) == "communication_record", header
    items = [rng.choice(["不锈钢保温杯", "蓝牙耳机", "儿童书包"]) for _ in range(60)]
    assert one("F03", items) is None  # control: product names in an opaque column


def test_an_address_book_as_json(rng: random.Random) -> None:
    def book() -> str:
        people = [f'{{"name": "{n}", "tel": "{mobile(rng)}"}}' for n in _names(rng, 3)]
        return "[" + ", ".join(people) + "]"

    assert one("contactsSnapshot", [book() for _ in range(60)]) == "contacts"


def test_purchases_with_amounts_in_yuan(rng: random.Random) -> None:
    def bought() -> str:
        return "；".join(
            f"{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d} {rng.choice(['面包', '口红', '手表'])} "
            f"{rng.randint(10, 900)}元"
            for _ in range(rng.randint(1, 3))
        )

    assert one("topup_records", [bought() for _ in range(60)]) == "transaction_record"
    assert one("purchaseList", [bought() for _ in range(60)]) == "transaction_record"
    assert one("amount", [f"{rng.randint(10, 900)}元" for _ in range(60)]) is None  # control


def test_plays_views_and_stays(rng: random.Random) -> None:
    plays = [
        "；".join(
            f"{rng.choice(['晴天', '稻香', '夜曲'])}（11-{d:02d} 09:02）" for d in range(1, 4)
        )
        for _ in range(60)
    ]
    assert one("recent_plays", plays) == "browsing_history"
    assert one("viewing_history", plays) == "browsing_history"
    stays = [
        f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 沈阳如家酒店 {rng.randint(1, 3)}晚"
        for _ in range(60)
    ]
    assert one("fld_hotel_history", stays) == "accommodation_record"


def test_a_track_of_timed_points_is_a_trajectory(rng: random.Random) -> None:
    def track() -> str:
        return (
            ";".join(
                f"06:{m:02d} {rng.uniform(113, 120):.5f},{rng.uniform(30, 38):.5f}"
                for m in (1, 10, 20)
            )
            + ";"
        )

    assert one("route_gps", [track() for _ in range(60)]) == "trajectory"
    points = [f"{rng.uniform(113, 120):.5f},{rng.uniform(30, 38):.5f}" for _ in range(60)]
    assert one("route_gps", points) == "geo_coordinates"  # control: one point a cell


def test_ipv6_headers_and_generic_ip_headers(rng: random.Random) -> None:
    # as an export kept them, a group too many: no valid IPv6 address, the shape of one
    def ipv6() -> str:
        return "2409:8a3b:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(7))

    values = [ipv6() for _ in range(60)]
    assert one("IPv6地址", values) == "ipv6"
    assert one("client_ip", values) == "ipv6"
    macs = [f"AC:1F:6B:{rng.randint(16, 255):02X}:{rng.randint(16, 255):02X}:0A" for _ in range(60)]
    assert one("IPv6地址", macs) == "mac_address"  # control: six groups of two are a MAC
    v4 = [
        f"112.{rng.randint(0, 99)}.{rng.randint(0, 250)}.{rng.randint(2, 250)}" for _ in range(60)
    ]
    assert one("client_ip", v4) == "ipv4"  # control


# -- identifiers, religion, kinship, education, media --------------------------------------------


def test_a_disability_certificate_holds_the_resident_id(rng: random.Random) -> None:
    numbers = [random_id(rng) + f"{rng.randint(1, 7)}{rng.randint(1, 4)}" for _ in range(60)]
    assert one("残疾证号", numbers) == "cn_resident_id"


@pytest.mark.parametrize(
    ("header", "words", "expected"),
    [
        ("是否皈依", ["是", "否"], "religion"),
        ("家庭成员", ["配偶、长子", "配偶", "配偶、长女、次子"], "family_relationship"),
        ("吸食毒品种类", ["海洛因", "冰毒", "大麻", "氯胺酮"], "criminal_record"),
        ("成绩", ["4胜2负", "5胜1负", "3胜3负"], "education"),
        ("普通话等级", ["二级甲等", "一级乙等", "二级乙等"], "education"),
        ("上几年级", ["四年级", "二年级", "一年级", "大班"], "education"),
        ("微信名", ["gdai228", "li40524", "tao85849", "leilai555"], "account_name"),
        ("penName", ["guiying61337", "xiongjie233", "qiang60518"], "account_name"),
        ("底片目录", ["face/8f0113a8.png", "/data/photo/2026/45d2f101.jpg"], "face_image"),
        ("Payout Card", ["622848*********3649", "622202*********0077"], "bank_card"),
    ],
)
def test_word_families(rng: random.Random, header: str, words: list[str], expected: str) -> None:
    assert one(header, [rng.choice(words) for _ in range(60)]) == expected


def test_a_paternity_index(rng: random.Random) -> None:
    assert one("亲权指数CPI", [f"{rng.uniform(1e4, 1e5):.2f}" for _ in range(60)]) == "genetic_data"
