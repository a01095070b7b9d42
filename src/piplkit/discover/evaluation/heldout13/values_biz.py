"""Set 13's makers of business values that are not PI, some shaped like PI on purpose: order
numbers of eleven digits starting with 1, SKU and equipment serials, amounts, statuses, product
and place names, company names and hotlines, JSON of product attributes, Excel date serials."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from piplkit.discover.evaluation.heldout13.person import Ctx
from piplkit.discover.evaluation.heldout13.values_pi import excel_serial

Maker = Callable[[Ctx], Any]


def _pick(*options: str) -> Maker:
    return lambda c: c.rng.choice(options)


def _day(c: Ctx, back: int = 400) -> str:
    return (c.ref - timedelta(days=c.rng.randint(0, back))).isoformat()


def _code(c: Ctx, prefix: str, digits: int) -> str:
    return prefix + f"{c.rng.randrange(10**digits):0{digits}d}"


BIZ: dict[str, Maker] = {
    "seq": lambda c: c.i + 1,
    "order_phone": lambda c: "1" + f"{c.rng.randrange(10**10):010d}",
    "order": lambda c: _code(c, c.ref.strftime("%Y%m%d"), 8),
    "sku": lambda c: _code(c, c.rng.choice(("SKU-", "JD", "TM")), 9),
    "serial": lambda c: _code(c, c.rng.choice(("SN", "HK", "DS2CD")), 12),
    "ean": lambda c: _code(c, "69", 11),
    "code": lambda c: _code(c, c.rng.choice("ABCDEFGH"), 5),
    "key": lambda c: _code(c, "", 8),
    "num:amount": lambda c: round(c.rng.uniform(10, 50000), 2),
    "num:fee": lambda c: round(c.rng.uniform(20, 900), 1),
    "int:qty": lambda c: c.rng.randint(1, 500),
    "int:count": lambda c: c.rng.randint(0, 40),
    "int:staff": lambda c: c.rng.randint(5, 3000),
    "pct": lambda c: f"{c.rng.randint(0, 100)}%",
    "date": _day,
    "date_future": lambda c: (c.ref + timedelta(days=c.rng.randint(1, 120))).isoformat(),
    "date_xl": lambda c: excel_serial(c.ref - timedelta(days=c.rng.randint(0, 900))),
    "datetime": lambda c: f"{_day(c)} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}",
    "time": lambda c: (
        f"{c.rng.randint(2, 6)}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}"
    ),
    "status": _pick("已完成", "处理中", "待审核", "已取消", "已关闭"),
    "yesno": _pick("是", "否"),
    "company": lambda c: c.fake.company(),
    "city": lambda c: c.fake.city_name(),
    "province": lambda c: c.fake.province(),
    "store": lambda c: f"{c.fake.city_name()}{c.rng.choice(('万达', '银泰', '大悦城'))}店",
    "hotline": lambda c: (
        c.rng.choice(("400-", "800-")) + f"{c.rng.randint(100, 999)}-{c.rng.randint(1000, 9999)}"
    ),
    "product": _pick("足金手镯", "纯净水18.9L", "电动牙刷", "保温杯500ml", "A4打印纸", "LED灯管"),
    "unit": _pick("个", "箱", "桶", "台", "套", "kg"),
    "dept": _pick("华东大区", "财务部", "市场部", "研发中心", "客服部", "仓储部"),
    "level": _pick("普通", "银卡", "金卡", "钻石"),
    "note": _pick("", "加急", "客户要求周末上门", "已电话确认", "见附件", "无"),
    "attrs_json": lambda c: json.dumps(
        {"颜色": c.rng.choice(("黑", "白", "蓝")), "规格": c.rng.choice(("S", "M", "L"))},
        ensure_ascii=False,
    ),
    "ip_server": lambda c: (
        f"10.{c.rng.randint(0, 20)}.{c.rng.randint(0, 255)}.{c.rng.randint(2, 250)}"
    ),
    "station_lat": lambda c: round(30.27 + c.rng.uniform(-0.01, 0.01), 4),
    "station_lng": lambda c: round(120.15 + c.rng.uniform(-0.01, 0.01), 4),
    "weather": _pick("晴", "多云", "小雨", "阴", "中雨"),
    "temp_air": lambda c: round(c.rng.uniform(-5, 35), 1),
    "size_box": _pick("小号", "中号", "大号"),
    "seat": lambda c: f"{c.rng.choice('ABCDEF')}区{c.rng.randint(1, 30)}排{c.rng.randint(1, 40)}座",
    "room": lambda c: f"{c.rng.randint(1, 12)}{c.rng.randint(1, 30):02d}",
    "bib": lambda c: f"{c.rng.choice('ABC')}{c.rng.randint(1, 30000):05d}",
    "photo_size": _pick("一寸", "二寸", "小二寸", "签证照"),
    "wave": _pick("A区", "B区", "C区", "D区"),
    "shift": _pick("上午班", "下午班", "夜班"),
    "lock": _pick("防盗门C级锁", "保险柜", "汽车门锁", "B级锁芯"),
    "item": _pick("黑色钱包", "蓝色双肩包", "银色保温杯", "雨伞", "身份证件袋"),
    "hazard": _pick("无隐患", "胶管老化", "未安装报警器", "灶具无熄火保护"),
    "damage": _pick("屏幕碎裂", "内屏漏液", "外屏划痕"),
    "repair": _pick("水电维修", "门窗维修", "公共照明", "管道疏通"),
    "grade": _pick("特困", "困难", "一般困难"),
    "dive_level": _pick("OW", "AOW", "救援潜水员", "潜水长"),
    "swim_level": _pick("初级", "中级", "高级", "海豚班"),
    "course": _pick("Python入门", "考研英语", "Excel实战", "高中数学提分"),
    "hospital": lambda c: f"{c.fake.city_name()}市第{c.rng.randint(1, 9)}人民医院",
    "route": _pick("1路", "K28", "B12", "夜班3号线"),
    "onu": lambda c: "ZTEG" + f"{c.rng.randrange(16**8):08X}",
    "port": lambda c: f"OLT-{c.rng.randint(1, 9)}/{c.rng.randint(0, 15)}/{c.rng.randint(1, 64)}",
    "result": _pick("合格", "合格", "复检", "不合格"),
    "slot": lambda c: f"{c.rng.randint(8, 16)}:00-{c.rng.randint(8, 16)}:30",
    "ring_no": lambda c: f"CHN2026-{c.rng.randint(1, 35):02d}-{c.rng.randrange(10**6):06d}",
    "pigeon_colour": _pick("雨点", "灰", "绛", "花"),
    "class_name": _pick("书法", "国画", "声乐", "智能手机应用", "太极拳"),
    "horse": _pick("闪电", "白雪", "雷霆", "Lucky", "追风"),
    "breed": _pick("温血马", "阿拉伯马", "纯血马", "蒙古马"),
    "video": _pick("手持视频", "第三方跟拍", "无"),
    "garment": _pick("羽绒服1件", "西装2套", "衬衫3件", "窗帘1副"),
    "bouquet": _pick("红玫瑰11枝", "向日葵花束", "康乃馨19枝", "百合混搭"),
    "nail_shape": _pick("方圆", "杏仁", "椭圆", "尖形"),
    "bow": _pick("反曲弓", "复合弓", "传统弓", "自带"),
    "center": _pick("城东检测站", "高新区检测站", "机动车检测中心"),
}
