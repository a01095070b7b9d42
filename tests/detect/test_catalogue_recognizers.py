"""Unit tests of the recognizers added for the national catalogue (issue 11): valid values and
their writings, invalid ones, boundaries, cue gating, whole-cell scores, masked previews."""

from __future__ import annotations

import pytest
from stdnum import luhn
from stdnum.iso7064 import mod_11_2
from tests.detect.helpers import AS_OF, detector, spans

from piplkit.discover.detect import Detector
from piplkit.discover.detect.recognizers.foreign_permanent_resident_id import check_731
from piplkit.discover.detect.recognizers.vin import vin_check_character

IMEI = "86201234567890" + luhn.calc_check_digit("86201234567890")
IMEI_BAD = IMEI[:-1] + str((int(IMEI[-1]) + 1) % 10)
VIN = "1G1ZT53826F109149"  # a North American VIN with a valid check digit
VIN_CN = "LSVAU2180N2183294"  # made up: position 9 is not its check digit
FPR = "911124198108030024"  # 9 + Beijing + Canada (124) + 1981-08-03 + 002 + check
FPR_OLD = "KAZ110090123105"


def cell(text: str, type_id: str) -> list[tuple[str, float]]:
    """(type, score) of the findings in ``text`` as the column classifier sees a cell (0.3)."""
    return [(f.type, f.score) for f in detector_at(0.3, type_id).detect(text)]


_DETECTORS: dict[tuple[float, str], Detector] = {}


def detector_at(min_score: float, type_id: str) -> Detector:
    key = (min_score, type_id)
    if key not in _DETECTORS:
        _DETECTORS[key] = Detector((type_id,), as_of=AS_OF, min_score=min_score)
    return _DETECTORS[key]


# -- IMEI ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"IMEI：{IMEI}",
        f"手机串号{IMEI}",
        f"IMEI1:{IMEI}，IMEI2 待补",
        f"IMEI（卡槽1）：{IMEI[:2]}-{IMEI[2:8]}-{IMEI[8:14]}-{IMEI[14]}",
        f"设备识别码 {IMEI[:2]} {IMEI[2:8]} {IMEI[8:14]} {IMEI[14]}",
    ],
)
def test_imei_after_a_cue(text: str) -> None:
    found = detector("imei").detect(text)
    assert [f.type for f in found] == ["imei"]
    assert found[0].score == 0.9
    assert text[found[0].start : found[0].end].replace("-", "").replace(" ", "") == IMEI


def test_imei_needs_a_cue_in_running_text_but_not_as_a_cell() -> None:
    assert spans(f"订单{IMEI}已发货", "imei") == []
    assert cell(IMEI, "imei") == [("imei", 0.45)]
    assert spans(IMEI, "imei") == []  # under the text threshold


@pytest.mark.parametrize(
    "value",
    [IMEI_BAD, "00" + IMEI[2:], "72" + IMEI[2:], "861111111111111", IMEI + "98", IMEI[:-1]],
)
def test_imei_rejects_bad_check_digits_prefixes_repeats_and_lengths(value: str) -> None:
    assert spans(f"IMEI：{value}", "imei") == []


def test_imeisv_only_after_a_cue() -> None:
    sv = IMEI[:14] + "23"
    assert [f.attributes["kind"] for f in detector("imei").detect(f"IMEISV {sv}")] == ["imeisv"]
    assert cell(sv, "imei") == []


# -- MAC ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("网卡 00:1A:2B:3C:4D:5E 已绑定", "00:1A:2B:3C:4D:5E"),
        ("mac=00-1a-2b-3c-4d-5e;", "00-1a-2b-3c-4d-5e"),
        ("交换机显示001a.2b3c.4d5e在线", "001a.2b3c.4d5e"),
        ("物理地址：001A2B3C4D5E", "001A2B3C4D5E"),
        ("MAC 02:00:5e:10:00:01", "02:00:5e:10:00:01"),
    ],
)
def test_mac_writings(text: str, value: str) -> None:
    assert spans(text, "mac_address") == [("mac_address", value)]


@pytest.mark.parametrize(
    "text",
    [
        "00:00:00:00:00:00",
        "FF:FF:FF:FF:FF:FF",
        "01:00:5e:00:00:fb",  # multicast
        "001A2B3C4D5E",  # bare without a cue
        "00:1A:2B:3C:4D",  # five groups
        "00:1A:2B:3C:4D:5E:6F",  # eight bytes
        "00:1A-2B:3C:4D:5E",  # mixed separators
        "fe80::1:2:3:4",
    ],
)
def test_mac_rejects(text: str) -> None:
    assert spans(text, "mac_address") == []


def test_mac_locally_administered_is_marked() -> None:
    found = detector("mac_address").detect("02:1A:2B:3C:4D:5E")
    assert found[0].attributes["locally_administered"] is True


# -- VIN ----------------------------------------------------------------------------------------


def test_vin_check_digit_examples() -> None:
    assert vin_check_character(VIN) == VIN[8]
    assert vin_check_character(VIN_CN) != VIN_CN[8]


def test_vin_with_check_digit_needs_no_cue() -> None:
    found = detector("vin").detect(f"车辆{VIN}已入库")
    assert [(f.type, f.score, f.attributes["check_digit"]) for f in found] == [("vin", 0.85, True)]


def test_vin_without_check_digit_needs_a_cue() -> None:
    assert spans(f"编号{VIN_CN}", "vin") == []
    assert spans(f"车架号：{VIN_CN}", "vin") == [("vin", VIN_CN)]
    assert cell(VIN_CN, "vin") == [("vin", 0.3)]


@pytest.mark.parametrize(
    "value",
    [
        VIN.replace("Z", "O"),  # O is never used
        VIN[:9] + "U" + VIN[10:],  # no model year U
        VIN[:-1] + "A",  # serial ends in digits
        "12345678901234567",  # digits only
        VIN + "1",
        "X" + VIN,
    ],
)
def test_vin_rejects(value: str) -> None:
    assert spans(f"车架号{value}", "vin") == []


# -- coordinates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "order", "china"),
    [
        ("定位39.9042,116.4074附近", "39.9042,116.4074", "lat_lng", True),
        ("高德坐标116.397428, 39.90923", "116.397428, 39.90923", "lng_lat", True),
        ("悉尼坐标 -33.8688,151.2093", "-33.8688,151.2093", "lat_lng", False),
        ("lat=39.9042&lng=116.4074", "lat=39.9042&lng=116.4074", "lat_lng", True),
        ('{"lat": 31.2304, "lon": 121.4737}', '"lat": 31.2304, "lon": 121.4737', "lat_lng", True),
        ("纬度30.27，经度120.15", "纬度30.27，经度120.15", "lat_lng", True),
        ("北纬39.90°，东经116.40°", "北纬39.90°，东经116.40°", "lat_lng", True),
        ("东经116°23′17″，北纬39°54′27″", "东经116°23′17″，北纬39°54′27″", "lng_lat", True),
        ("39°54'27\"N 116°23'17\"E", "39°54'27\"N 116°23'17\"E", "lat_lng", True),
        ("南纬33.86°，东经151.20°", "南纬33.86°，东经151.20°", "lat_lng", False),
    ],
)
def test_coordinate_writings(text: str, value: str, order: str, china: bool) -> None:
    found = detector("geo_coordinates").detect(text)
    assert [(text[f.start : f.end]) for f in found] == [value]
    assert found[0].attributes["order"] == order
    assert found[0].attributes["in_china_bbox"] is china


@pytest.mark.parametrize(
    "text",
    [
        "单价12.50,13.99元",
        "汇率7.1234,7.2345",  # in range, outside China, no cue: under the threshold
        "版本1.2.3,1.2.4",
        "0.1234,0.5678",
        "39.904,116.407",  # 3 decimals without a cue
        "纬度30，经度120",  # whole degrees locate no one
        "123.4567,234.5678",  # out of range either way
        "lat=39.9042&lat=40.1234",  # two latitudes
    ],
)
def test_coordinate_rejects(text: str) -> None:
    assert spans(text, "geo_coordinates") == []


def test_coordinate_cue_lifts_coarse_pairs() -> None:
    assert spans("坐标39.904,116.407", "geo_coordinates") == [("geo_coordinates", "39.904,116.407")]


# -- Taiwan permits -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "holder"),
    [
        ("台胞证号：12345678", "12345678", "taiwan_resident"),
        ("持台胞证（05616820）入境", "05616820", "taiwan_resident"),
        ("台湾居民来往大陆通行证 0561682001(D)", "0561682001(D)", "taiwan_resident"),
        ("臺胞證號碼1234567801", "1234567801", "taiwan_resident"),
        ("大陆居民往来台湾通行证L12345678", "L12345678", "mainland_resident"),
    ],
)
def test_taiwan_permit_after_a_cue(text: str, value: str, holder: str) -> None:
    found = detector("taiwan_permit").detect(text)
    assert [text[f.start : f.end] for f in found] == [value]
    assert found[0].attributes["holder"] == holder


def test_taiwan_permit_cells() -> None:
    assert cell("0561682001(D)", "taiwan_permit") == [("taiwan_permit", 0.45)]
    assert cell("05616820", "taiwan_permit") == [("taiwan_permit", 0.3)]
    assert detector_at(0.3, "taiwan_permit").detect("05616820")[0].attributes["shape_only"]
    assert cell("20240105", "taiwan_permit") == []  # reads as a date
    assert cell("1234567801", "taiwan_permit") == []  # ten bare digits: epoch times look so
    assert spans("发票号码12345678", "taiwan_permit") == []


# -- foreign permanent resident IDs ----------------------------------------------------------------


def test_fpr_2023_format() -> None:
    found = detector("foreign_permanent_resident_id").detect(f"永居证{FPR}")
    assert len(found) == 1
    attributes = found[0].attributes
    assert attributes["format"] == "2023"
    assert attributes["nationality"] == "CAN"
    assert attributes["birth_date"] == "1981-08-03"
    assert attributes["minor"] is False


def test_fpr_old_format_and_its_check_digit() -> None:
    assert check_731(FPR_OLD[:14]) == FPR_OLD[14]
    found = detector("foreign_permanent_resident_id").detect(FPR_OLD)
    assert found[0].attributes["nationality"] == "KAZ"
    assert found[0].attributes["birth_date"] == "1990-12-31"


def test_fpr_minor() -> None:
    body = "93182620150601001"  # Shanghai, France (250)? no: 826 = United Kingdom
    value = body + mod_11_2.calc_check_digit(body)
    found = detector("foreign_permanent_resident_id").detect(value)
    assert found[0].attributes["nationality"] == "GBR"
    assert found[0].attributes["age"] == 11
    assert found[0].attributes["minor"] is True


@pytest.mark.parametrize(
    "value",
    [
        FPR[:-1] + "5",  # check character
        "900124198108030024",  # place 00
        "911000198108030020",  # nationality 000
        "911156198108030026",  # China is no foreign nationality
        "911124198113030029",  # month 13
        "KAZ110090123104",  # 7-3-1 check digit
        "XXX110090123105",  # no such country
        "CHN110090123105",
        "KAZ990090123105",  # province 99
    ],
)
def test_fpr_rejects(value: str) -> None:
    assert spans(value, "foreign_permanent_resident_id") == []


# -- military IDs ---------------------------------------------------------------------------------


def test_military_id_writings() -> None:
    assert spans("持南字第1234567号军官证", "military_id") == [("military_id", "南字第1234567号")]
    found = detector("military_id").detect("军官证：海字第20231234号")
    assert found[0].score == 0.95
    assert spans("士兵证号 1234567", "military_id") == [("military_id", "1234567")]
    assert spans("编号1234567", "military_id") == []
    assert spans("某字第123号文件", "military_id") == []  # not an organ, too few digits


# -- device ids -----------------------------------------------------------------------------------

UUID = "6D92078A-8246-4BA4-AE5B-76104861E7DC"


@pytest.mark.parametrize(
    ("text", "value", "id_type"),
    [
        (f"IDFA: {UUID}", UUID, "idfa"),
        (f"oaid={UUID.lower()}", UUID.lower(), "oaid"),
        ("Android ID：9774d56d682e549c", "9774d56d682e549c", "android_id"),
        ("设备ID " + "a1b2c3d4" * 8, "a1b2c3d4" * 8, "device_id"),
        (f"device_id={UUID}", UUID, "device_id"),
    ],
)
def test_device_id_after_a_cue(text: str, value: str, id_type: str) -> None:
    found = detector("device_id").detect(text)
    assert [text[f.start : f.end] for f in found] == [value]
    assert found[0].attributes["id_type"] == id_type


def test_device_id_cells_and_uuids_in_logs() -> None:
    assert spans(f"request {UUID} done", "device_id") == []
    assert cell(UUID, "device_id") == [("device_id", 0.3)]
    assert cell("9774d56d682e549c", "device_id") == [("device_id", 0.3)]
    assert cell("a1b2c3d4" * 8, "device_id") == []  # a digest as often as not
    assert cell("1234567890123456", "device_id") == []  # digits only
    assert spans("IDFA: 00000000-0000-0000-0000-000000000000", "device_id") == []


# -- QQ, WeChat -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("QQ：12345678", ["12345678"]),
        ("扣扣 987654321", ["987654321"]),
        ("qq号是10001", ["10001"]),
        ("QQ群12345678", []),
        ("QQ：1234", []),  # too short
        ("QQ：012345678", []),
        ("QQ 12345678@qq.com", []),  # an e-mail address
        ("订单12345678", []),
        ("QQ：123456789012", []),  # too long
    ],
)
def test_qq(text: str, found: list[str]) -> None:
    assert [v for _, v in spans(text, "qq_number")] == found


def test_qq_mail_is_an_email_finding() -> None:
    assert [t for t, _ in spans("QQ邮箱12345678@qq.com", "qq_number", "email")] == ["email"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("微信号：zhang_san88", ["zhang_san88"]),
        ("加我vx abc-1234", ["abc-1234"]),
        ("微信：zhangsanfeng", ["zhangsanfeng"]),
        ("wechat please add me", []),  # letters only need an explicit separator
        ("wxid_abc123def456 发来一条消息", ["wxid_abc123def456"]),
        ("微信支付成功", []),
        ("微信：ab1", []),  # too short
        ("微信：1abcdef", []),  # must start with a letter
        ("微信：13812345678", []),  # a phone number, the mobile recognizer's
    ],
)
def test_wechat(text: str, found: list[str]) -> None:
    assert [v for _, v in spans(text, "wechat_id")] == found


# -- birth dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "born", "minor"),
    [
        ("出生日期：1990-01-02", "1990-01-02", "1990-01-02", False),
        ("生日 2015/3/4", "2015/3/4", "2015-03-04", True),
        ("出生于1988年12月31日", "1988年12月31日", "1988-12-31", False),
        ("DOB: 19900102", "19900102", "1990-01-02", False),
        ("出生年月：2013年5月", "2013年5月", "2013-05", True),
        ("Date of birth 1975.06.30", "1975.06.30", "1975-06-30", False),
    ],
)
def test_birth_dates(text: str, value: str, born: str, minor: bool) -> None:
    found = detector("birth_date").detect(text)
    assert [text[f.start : f.end] for f in found] == [value]
    assert found[0].attributes["birth_date"] == born
    assert found[0].attributes["minor"] is minor


@pytest.mark.parametrize(
    "text",
    [
        "下单日期：2024-01-02",
        "生日快乐！2024-01-01 见",
        "出生日期：2030-01-01",  # after the evaluation date
        "出生日期：1990-02-30",
        "出生日期：1880-01-01",
        "生日 1990-13-01",
    ],
)
def test_birth_date_rejects(text: str) -> None:
    assert spans(text, "birth_date") == []


def test_month_precision_minor_is_only_set_when_certain() -> None:
    # Born in November 2012, evaluated 2026-11-25: 14 if born on the 1st, maybe 13 later.
    found = detector("birth_date").detect("出生年月：2012年11月")
    assert found[0].attributes["age"] == 14
    assert found[0].attributes["minor"] is False


# -- passwords ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "hashed"),
    [
        ("密码：P@ssw0rd!", "P@ssw0rd!", False),
        ("初始口令为 888888，请修改", "888888", False),
        ("password=hunter2.", "hunter2", False),
        ("pwd: s3cr3t;", "s3cr3t", False),
        ("PIN: 1234", "1234", False),
        ("登录密码是abc123，用后即焚", "abc123", False),
        ("password: $2b$12$" + "a" * 53, "$2b$12$" + "a" * 53, True),
        ("密码 " + "0f" * 32, "0f" * 32, True),
        # a short password that starts like a label ("No", "id", "is") is the password itself
        ("密码：No00", "No00", False),
        ("密码：id12345，请妥善保管", "id12345", False),
        ("初始密码为is2024", "is2024", False),
        ("password: No00", "No00", False),
        # a label with a separator after it still labels the value
        ("密码ID：abc123", "abc123", False),
        ("密码 No. 778899", "778899", False),
    ],
)
def test_passwords(text: str, value: str, hashed: bool) -> None:
    found = detector("password").detect(text)
    assert [text[f.start : f.end] for f in found] == [value]
    assert found[0].attributes["hashed"] is hashed
    assert found[0].preview == "******"


@pytest.mark.parametrize(
    "text",
    [
        "the password you entered is wrong",
        "密码错误，请重试",
        "密码：******",
        "password=${DB_PASSWORD}",
        "密码：<password>",
        "拼音pinyin 1234",
        "PIN: abcd",
        "修改密码后需要重新登录",
    ],
)
def test_password_rejects(text: str) -> None:
    assert spans(text, "password") == []


# -- previews -------------------------------------------------------------------------------------

_EXAMPLES = [
    f"IMEI {IMEI}",
    "MAC 00:1A:2B:3C:4D:5E",
    f"VIN {VIN}",
    "坐标39.904211,116.407413",
    "台胞证 05616820",
    FPR,
    FPR_OLD,
    "军官证 南字第1234567号",
    f"IDFA {UUID}",
    "QQ 12345678",
    "微信号 zhang_san88",
    "出生日期 1990-01-02",
    "密码 P@ssw0rd!",
]


@pytest.mark.parametrize("text", _EXAMPLES)
def test_previews_never_hold_the_raw_value(text: str) -> None:
    found = Detector(as_of=AS_OF).detect(text)
    assert found
    for f in found:
        raw = text[f.start : f.end]
        assert raw not in f.preview
        assert "*" in f.preview
        for value in f.attributes.values():
            assert not (
                isinstance(value, str)
                and len(value) > 4
                and value in raw
                and f.type not in ("birth_date", "foreign_permanent_resident_id")
            )
