"""Mobility and the workplace: a driving school, traffic violations, ride-hailing trips,
food-delivery riders, connected-car telematics, an MDM inventory of staff phones, and a
biometric attendance export."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout4 import ids
from piplkit.discover.evaluation.heldout4 import values as v
from piplkit.discover.evaluation.heldout4.spec import Col as C
from piplkit.discover.evaluation.heldout4.spec import Ctx, Table


def _vehicle(c: Ctx) -> tuple[str, str]:
    """One car per row, shared by the row's plate and VIN columns."""
    key = ("car", c.i)
    if key not in c.state:
        c.state[key] = (ids.plate(c.rng), ids.vin(c.rng))
    car: tuple[str, str] = c.state[key]
    return car


def _polyline(c: Ctx) -> str:
    return v.track(c)


def _lat_rounded(c: Ctx) -> float:
    return round(v.lat(c), 5)


def tables() -> list[Table]:
    school = Table(
        "driving_school",
        "驾校学员档案.csv",
        None,
        "csv",
        (
            C("学员编号", None, "zh_formal", v.serial("XY", 7)),
            C("学员姓名", "person_name", "zh_formal", v.name),
            C("身份证明号码", "cn_resident_id", "zh_formal", v.rid_excel, variant="excel_sci"),
            C("手机号", "cn_mobile", "zh_colloquial", v.mob),
            C("申请车型", None, "zh_formal", v.pick("C1", "C2", "C1", "B2", "D")),
            C("身高(cm)", "body_measurement", "annotated", v.integer(150, 192)),
            C("体重(kg)", "body_measurement", "annotated", v.integer(45, 100)),
            C("指纹", "biometric", "zh_colloquial", v.fingerprint),
            C("教练", "person_name", "zh_colloquial", v.staff("coach", 7)),
            C("教练电话", "cn_mobile", "zh_colloquial", v.mob_any),
            C("科目二", None, "zh_colloquial", v.pick("合格", "不合格", "未考", "90", "100")),
            C("报名日期", None, "zh_formal", v.day(400, "%Y/%m/%d")),
        ),
        encoding="gbk",
        ages=(18, 55),
    )
    violations = Table(
        "traffic_violations",
        "非现场违法记录_导出.xlsx",
        "违法记录",
        "xlsx",
        (
            C("号牌号码", "license_plate", "zh_formal", lambda c: _vehicle(c)[0]),
            C("号牌种类", None, "zh_formal", v.pick("小型汽车", "小型新能源汽车", "大型汽车")),
            C("车辆识别代号", "vin", "zh_formal", lambda c: _vehicle(c)[1]),
            C("机动车所有人", "person_name", "zh_formal", v.name),
            C("驾驶证号", "driver_license", "zh_formal", v.rid),
            C("联系电话", "cn_mobile", "zh_formal", v.mob_masked, variant="masked"),
            C("违法时间", None, "zh_formal", v.moment_text(180, "%Y-%m-%d %H:%M")),
            C("违法代码", None, "zh_formal", v.pick("1345", "1625", "1352", "6046", "1039")),
            C("采集点经度", "geo_coordinates", "zh_formal", v.lng),
            C("采集点纬度", "geo_coordinates", "zh_formal", v.lat),
            C("罚款金额", None, "zh_formal", v.pick(0, 50, 100, 200), total="sum"),
            C("记分", None, "zh_formal", v.pick(0, 1, 3, 6, 9), total="sum"),
            C("处理标记", None, "zh_formal", v.pick("未处理", "已处理", "已处理")),
        ),
        totals=True,
    )
    ride = Table(
        "ride_hailing",
        "trips_2026-11.parquet",
        None,
        "parquet",
        (
            C("order_id", None, "en_snake", v.rand_code("", 18)),
            C("passenger_phone", "cn_mobile", "en_snake", v.mob_masked, variant="masked"),
            C("driver_name", "person_name", "en_snake", v.name_q),
            C("plate_no", "license_plate", "en_snake", lambda c: ids.plate(c.rng)),
            C("pickup_lat", "geo_coordinates", "en_snake", _lat_rounded),
            C("pickup_lng", "geo_coordinates", "en_snake", v.lng),
            C("route", "trajectory", "en_snake", _polyline),
            C("distance_km", None, "en_snake", v.money(1, 60, 1)),
            C("fare", None, "en_snake", v.money(9, 220)),
            C("product", None, "en_snake", v.pick("快车", "专车", "拼车", "特惠快车")),
            C("created_at", None, "en_snake", v.moment(30)),
        ),
    )
    riders = Table(
        "delivery_riders",
        "骑手花名册_站点.csv",
        None,
        "csv",
        (
            C("骑手ID", None, "mixed", v.integer(1_000_000, 9_999_999)),
            C("姓名", "person_name", "zh_formal", v.name),
            C("手机", "cn_mobile", "zh_colloquial", v.mob),
            C("身份证", "cn_resident_id", "zh_colloquial", v.rid),
            C("健康证到期", None, "zh_colloquial", v.day(365, "%Y-%m-%d")),
            C("站点", None, "zh_colloquial", v.pick("江宁万达站", "新街口站", "河西站", "仙林站")),
            C("实时位置", "geo_coordinates", "zh_colloquial", v.latlng_text),
            C("今日单量", None, "zh_colloquial", v.integer(0, 80)),
            C("本月收入", "income", "zh_colloquial", v.money(2000, 15000)),
            C("工资卡", "bank_card", "zh_colloquial", v.card),
            C("紧急联系人电话", "cn_mobile", "zh_formal", v.mob_q),
        ),
        encoding="utf-8",
        ages=(18, 55),
    )
    telematics = Table(
        "car_telematics",
        "tbox_realtime.parquet",
        None,
        "parquet",
        (
            C("vin", "vin", "en_snake", lambda c: _vehicle(c)[1]),
            C("tbox_sn", None, "en_snake", v.rand_code("TB", 12)),
            C("owner_mobile", "cn_mobile", "en_snake", v.mob),
            C("ts", None, "en_snake", v.moment(3)),
            C("lat", "geo_coordinates", "en_snake", v.lat),
            C("lon", "geo_coordinates", "en_snake", v.lng),
            C("speed", None, "en_snake", v.money(0, 120, 1)),
            C("soc", None, "en_snake", v.integer(5, 100)),
            C("odometer", None, "en_snake", v.integer(100, 180000)),
            C("trip_points", "trajectory", "en_snake", _polyline),
            C("fw_version", None, "en_snake", v.pick("2.3.1", "2.4.0", "3.0.2")),
        ),
    )
    mdm = Table(
        "mdm_devices",
        "MDM_设备清单.xlsx",
        "Devices",
        "xlsx",
        (
            C("员工姓名", "person_name", "mixed", v.name),
            C("工号", None, "zh_formal", v.serial("E", 6, 10000)),
            C(
                "部门",
                None,
                "zh_formal",
                v.pick("研发中心", "销售部", "财务部", "人力资源部", "供应链"),
            ),
            C(
                "Model",
                None,
                "en_upper",
                v.pick("iPhone 15", "Mate 60", "小米14", "OPPO Reno11", "vivo X100"),
            ),
            C("IMEI", "imei", "en_upper", lambda c: ids.imei(c.rng)),
            C("IMEI2", "imei", "en_upper", lambda c: ids.imei(c.rng), blank=0.4),
            C(
                "Serial",
                None,
                "en_camel",
                lambda c: "".join(
                    c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)
                ),
            ),
            C("Wi-Fi MAC", "mac_address", "mixed", lambda c: ids.mac(c.rng)),
            C("IMSI", "imsi", "en_upper", lambda c: ids.imsi(c.rng)),
            C("Android ID", "device_id", "mixed", lambda c: ids.android_id(c.rng), blank=0.3),
            C("手机号码", "cn_mobile", "zh_formal", v.mob),
            C("最后定位", "geo_coordinates", "zh_colloquial", v.latlng_text),
            C("合规状态", None, "zh_formal", v.pick("合规", "合规", "未加密", "已越狱")),
        ),
    )
    attendance = Table(
        "attendance_biometric",
        "考勤机导出_11月.csv",
        None,
        "csv",
        (
            C("工号", None, "zh_formal", v.serial("", 5, 10000)),
            C("姓名", "person_name", "zh_formal", v.name),
            C("部门", None, "zh_formal", v.pick("生产部", "品质部", "行政部", "仓储部")),
            C("打卡时间", None, "zh_formal", v.moment_text(30)),
            C("验证方式", None, "zh_formal", v.pick("指纹", "人脸", "密码", "刷卡")),
            C("指纹模板", "biometric", "zh_formal", v.fingerprint),
            C("人脸照片", "face_image", "zh_formal", v.face_path),
            C("设备序列号", None, "zh_formal", v.rand_code("CKUP", 9)),
            C("打卡经纬度", "geo_coordinates", "zh_formal", v.latlng_text),
            C("col_10", None, "opaque", v.pick("正常", "迟到", "早退", "缺卡")),
        ),
        encoding="gb18030",
    )
    return [school, violations, ride, riders, telematics, mdm, attendance]
