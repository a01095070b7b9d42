"""Causes blind set 21 showed (issue 11, branch fix21a), each in this file's own wordings.

Non-PI columns the classifier reported as PI: an event's entry numbers shaped like a permit, an
averaged age, a site's safety induction, a venue's machines in its customers' session log, code
tables, a weight in grams of goods, a test ordered, a factory's workshops under initials that
spell an exam score, a venue's address, a tariff's sex. Mis-typed PI: 社保号's initials, a QQ
account and a background check in English, supervision levels of community correction.

Each rule has a control: the same shapes where they are a person's keep their type."""

from __future__ import annotations

import random

import pytest
from tests.scan.helpers import chinese_name, mobile, pick, random_id
from tests.scan.test_export_vocabulary import types

N = 60


@pytest.fixture
def rng() -> random.Random:
    return random.Random(2121)


def _names(rng: random.Random) -> list[str]:
    return [chinese_name(rng) for _ in range(N)]


def _ids(rng: random.Random) -> list[str]:
    return [random_id(rng) for _ in range(N)]


# --- an event's entry or bib number -------------------------------------------------------------


def test_an_entry_or_bib_number_shaped_like_a_permit_is_a_key(rng: random.Random) -> None:
    for header in ("参赛号码", "bib_number", "号码布", "报名编号", "REGISTRATION_NO"):
        found = types(
            {
                header: [f"H{rng.randint(10, 99)}{rng.randint(0, 999999):06d}" for _ in range(N)],
                "选手姓名": _names(rng),
                "证件号": _ids(rng),
            }
        )
        assert found[header] is None, header


def test_a_home_return_permit_column_keeps_its_type(rng: random.Random) -> None:
    found = types(
        {
            "回乡证号码": [f"H{rng.randint(10000000, 99999999)}" for _ in range(N)],
            "姓名": _names(rng),
        }
    )
    assert found["回乡证号码"] == "hk_macau_permit"


# --- an aggregate over people ---------------------------------------------------------------------


def test_an_averaged_age_is_no_ones_age(rng: random.Random) -> None:
    for header in ("avg_age", "平均年龄(岁)", "Mean Age"):
        found = types(
            {
                "分组": pick(rng, ["青年组", "中年组", "老年组", "少儿组"], N),
                header: [f"{rng.uniform(8, 70):.1f}" for _ in range(N)],
            }
        )
        assert found[header] is None, header


def test_an_age_column_stays_an_age(rng: random.Random) -> None:
    found = types({"姓名": _names(rng), "年龄": [str(rng.randint(18, 70)) for _ in range(N)]})
    assert found["年龄"] == "age"


# --- a site's safety induction --------------------------------------------------------------------


def test_a_safety_induction_is_no_schooling(rng: random.Random) -> None:
    for header in ("安全培训", "safety_training", "三级教育"):
        found = types(
            {
                "姓名": _names(rng),
                header: pick(rng, ["已培训", "未培训", "已完成三级教育", "待补训"], N),
                "学历": pick(rng, ["初中", "高中", "中专", "大专"], N),
            }
        )
        assert found[header] is None, header
        assert found["学历"] == "education"


# --- a venue's machines in its customers' log -----------------------------------------------------


def _session_log(rng: random.Random, machine: str, ip: str, mac: str, lan: bool) -> dict:
    def address() -> str:
        if lan:
            return f"10.0.{rng.randint(0, 3)}.{rng.randint(2, 250)}"
        first = rng.choice([36, 58, 112, 183, 223])
        return f"{first}.{rng.randint(1, 254)}.1.{rng.randint(2, 250)}"

    return types(
        {
            "会员姓名": _names(rng),
            "身份证": _ids(rng),
            machine: [f"{rng.choice('ABCD')}{rng.randint(1, 120):03d}" for _ in range(N)],
            ip: [address() for _ in range(N)],
            mac: [
                "3C:7C:3F:" + ":".join(f"{rng.randint(0, 255):02X}" for _ in range(3))
                for _ in range(N)
            ],
        }
    )


def test_a_venues_machines_are_not_the_customers(rng: random.Random) -> None:
    for machine, ip, mac in [
        ("电脑号", "主机IP", "网卡MAC"),
        ("pc_no", "lan_ip", "nic_mac"),
        ("机位", "ip地址", "mac地址"),
    ]:
        found = _session_log(rng, machine, ip, mac, lan=True)
        assert found[ip] is None, ip
        assert found[mac] is None, mac
        assert found["身份证"] == "cn_resident_id"


def test_public_addresses_beside_a_machine_number_stay_the_persons(rng: random.Random) -> None:
    found = _session_log(rng, "电脑号", "登录IP", "设备MAC", lan=False)
    assert found["登录IP"] == "ipv4"
    assert found["设备MAC"] == "mac_address"


def test_a_login_log_without_machine_numbers_keeps_its_addresses(rng: random.Random) -> None:
    found = types(
        {
            "用户": _names(rng),
            "手机": [mobile(rng) for _ in range(N)],
            "客户端IP": [f"192.168.{rng.randint(0, 3)}.{rng.randint(2, 250)}" for _ in range(N)],
            "设备MAC": [
                "A4:5E:60:" + ":".join(f"{rng.randint(0, 255):02X}" for _ in range(3))
                for _ in range(N)
            ],
        }
    )
    assert found["设备MAC"] == "mac_address"


# --- code tables ----------------------------------------------------------------------------------

_MARITAL = [("10", "未婚"), ("20", "已婚"), ("21", "初婚"), ("22", "再婚"), ("30", "丧偶"),
            ("40", "离婚")]  # fmt: skip
_NATIONS = [("01", "汉族"), ("02", "蒙古族"), ("03", "回族"), ("04", "藏族"), ("05", "维吾尔族"),
            ("06", "苗族"), ("07", "彝族"), ("08", "壮族")]  # fmt: skip
_BELIEFS = [("0", "无宗教信仰"), ("1", "佛教"), ("2", "道教"), ("3", "伊斯兰教"), ("4", "天主教"),
            ("5", "基督教")]  # fmt: skip


def _code_table(pairs: list[tuple[str, str]], code: str, word: str, repeat: int) -> dict:
    rows = pairs * repeat
    return types({code: [c for c, _ in rows], word: [w for _, w in rows]})


@pytest.mark.parametrize(
    ("pairs", "code", "word"),
    [(_MARITAL, "hyzk_dm", "婚姻状况名称"), (_NATIONS, "MZDM", "MZMC"), (_BELIEFS, "编码", "信仰")],
)
def test_a_code_table_lists_words_with_no_one_behind_them(
    pairs: list[tuple[str, str]], code: str, word: str
) -> None:
    for repeat in (1, 4):
        found = _code_table(pairs, code, word, repeat)
        assert found == {code: None, word: None}, (word, repeat)


def test_a_roster_of_staff_numbers_keeps_its_ethnicities(rng: random.Random) -> None:
    found = types(
        {
            "工号": [f"E{rng.randint(1000, 9999)}" for _ in range(N)],
            "民族": pick(rng, ["汉族", "汉族", "汉族", "回族", "壮族", "满族"], N),
        }
    )
    assert found["民族"] == "ethnicity"


# --- a weight in grams ----------------------------------------------------------------------------


def test_a_light_weight_in_grams_is_a_things(rng: random.Random) -> None:
    for header in ("克重", "weight(g)", "净重（克）"):
        found = types(
            {
                "客户姓名": _names(rng),
                "物品": pick(rng, ["足金手镯", "铂金戒指", "金条", "银项链"], N),
                header: [f"{rng.uniform(2, 300):.2f}" for _ in range(N)],
            }
        )
        assert found[header] is None, header


def test_a_newborns_weight_in_grams_stays_a_body_measurement(rng: random.Random) -> None:
    found = types(
        {
            "产妇姓名": _names(rng),
            "新生儿体重(g)": [str(rng.randint(2400, 4300)) for _ in range(N)],
        }
    )
    assert found["新生儿体重(g)"] == "body_measurement"


# --- a test ordered -------------------------------------------------------------------------------

_ORDERED = ["无创产前基因检测", "地中海贫血基因筛查", "全基因组测序（WGS）", "肿瘤易感基因检测",
            "叶酸代谢基因检测", "染色体核型分析"]  # fmt: skip
_FOUND = ["MTHFR c.677C>T 杂合", "46,XY", "HBA1 c.427T>C 杂合", "未检出致病变异", "47,XX,+18"]


def test_a_test_ordered_is_no_genetic_result(rng: random.Random) -> None:
    found = types(
        {
            "姓名": _names(rng),
            "身份证号": _ids(rng),
            "做什么": pick(rng, _ORDERED, N),
            "发现": pick(rng, _FOUND, N),
        }
    )
    assert found["做什么"] is None
    assert found["发现"] == "genetic_data"


# --- a factory's workshops under initials that spell an exam score --------------------------


def test_workshops_under_cj_are_no_exam_scores(rng: random.Random) -> None:
    found = types(
        {
            "XM": _names(rng),
            "CJ": pick(rng, ["焊装车间", "涂装车间", "机加工车间", "装配二车间", "喷涂工段"], N),
        }
    )
    assert found["CJ"] is None


def test_scores_under_cj_stay_education(rng: random.Random) -> None:
    found = types({"XM": _names(rng), "CJ": [str(rng.randint(55, 100)) for _ in range(N)]})
    assert found["CJ"] == "education"


# --- a venue's address ----------------------------------------------------------------------------


def test_a_venues_address_is_no_ones_home(rng: random.Random) -> None:
    streets = ["中山路", "解放大道", "人民北路", "滨江西路", "建设街"]
    found = types(
        {
            "场次": pick(rng, ["周五晚场", "周六午场", "周日晚场"], N),
            "场馆地址": [
                f"武汉市江汉区{rng.choice(streets)}{rng.randint(1, 999)}号" for _ in range(N)
            ],
            "票价": pick(rng, ["380", "580", "880"], N),
        }
    )
    assert found["场馆地址"] is None


# --- a tariff's sex -------------------------------------------------------------------------------


def test_a_tariffs_sex_beside_its_age_bands_is_no_ones(rng: random.Random) -> None:
    found = types(
        {
            "险种": pick(rng, ["重疾险", "意外险", "医疗险"], N),
            "投保年龄段": pick(rng, ["0-17岁", "18-30岁", "31-40岁", "41-50岁", "51-60岁"], N),
            "被保人性别": pick(rng, ["男", "女"], N),
            "年缴保费": [f"{rng.uniform(100, 9000):.2f}" for _ in range(N)],
        }
    )
    assert found["被保人性别"] is None


def test_a_patient_lists_sex_beside_its_diagnoses_stays(rng: random.Random) -> None:
    found = types(
        {
            "年龄段": pick(rng, ["18-30岁", "31-40岁", "41-50岁"], N),
            "性别": pick(rng, ["男", "女"], N),
            "诊断": pick(rng, ["2型糖尿病", "高血压", "支气管哮喘", "冠心病"], N),
        }
    )
    assert found["性别"] == "gender"


# --- mis-typed PI ---------------------------------------------------------------------------------


def test_social_security_initials_with_resident_ids_name_the_card(rng: random.Random) -> None:
    ids = _ids(rng)
    found = types({"XM": _names(rng), "SFZHM": ids, "sbh": ids})
    assert found["sbh"] == "social_security_card"


def test_device_number_initials_with_device_ids_stay_a_device(rng: random.Random) -> None:
    def part(k: int) -> str:
        return "".join(rng.choice("0123456789abcdef") for _ in range(k))

    oaids = ["-".join(part(k) for k in (8, 4, 4, 4, 12)) for _ in range(N)]
    assert types({"XM": _names(rng), "SBH": oaids})["SBH"] == "device_id"


def test_a_qq_account_in_english_is_its_number(rng: random.Random) -> None:
    for header in ("QQAccount", "qq_acct", "QQ_ID"):
        found = types(
            {"姓名": _names(rng), header: [str(rng.randint(10**7, 3 * 10**9)) for _ in range(N)]}
        )
        assert found[header] == "qq_number", header


def test_a_background_check_in_english_is_a_criminal_record(rng: random.Random) -> None:
    outcomes = ["通过", "通过", "未通过（有盗窃前科）", "通过", "未通过（涉毒）"]
    for header in ("backgroundCheck", "bg_check_status", "BACKGROUND_CHECK_RESULT"):
        found = types({"姓名": _names(rng), "身份证号": _ids(rng), header: pick(rng, outcomes, N)})
        assert found[header] == "criminal_record", header


def test_supervision_levels_of_correction_are_criminal_records(rng: random.Random) -> None:
    for header in ("监管级别", "level", "JGJB"):
        found = types(
            {
                "姓名": _names(rng),
                "身份证号": _ids(rng),
                header: pick(rng, ["严管", "普管", "宽管", "普管"], N),
            }
        )
        assert found[header] == "criminal_record", header
